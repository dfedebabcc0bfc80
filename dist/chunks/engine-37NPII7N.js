import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  buildModel,
  buildModelSync,
  lint,
  lintModel,
  lintSync,
  loadParsers,
  runRules
} from "./chunk-OPWKECVV.js";
import "./chunk-ZR2GA637.js";
import "./chunk-ZHF7QFZJ.js";
import "./chunk-NL7GRAD7.js";
export {
  buildModel,
  buildModelSync,
  lint,
  lintModel,
  lintSync,
  loadParsers,
  runRules
};
