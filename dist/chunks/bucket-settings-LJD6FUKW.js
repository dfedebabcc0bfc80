import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  addLiveBuckets,
  lintWithLiveBucket
} from "./chunk-HZV2KTRD.js";
import "./chunk-AHLGYGID.js";
import "./chunk-3376YZKJ.js";
import "./chunk-ZHF7QFZJ.js";
import "./chunk-NL7GRAD7.js";
export {
  addLiveBuckets,
  lintWithLiveBucket
};
