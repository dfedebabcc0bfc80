import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  addLiveBuckets,
  lintWithLiveBucket
} from "./chunk-FWHI4G6N.js";
import "./chunk-HH3HSMCQ.js";
import "./chunk-NL3YTGEA.js";
import "./chunk-UC4POCHP.js";
import "./chunk-3376YZKJ.js";
import "./chunk-RXEVMTNR.js";
import "./chunk-NL7GRAD7.js";
export {
  addLiveBuckets,
  lintWithLiveBucket
};
