import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  AUDIT_OUTCOMES,
  AUDIT_TABLE,
  AUDIT_TABLE_SQL,
  JsonlAuditLog,
  PgAuditLog,
  formatAuditText,
  openAuditLog,
  parseSince
} from "./chunk-6NIFUIKN.js";
import "./chunk-DXXOIZC5.js";
import "./chunk-DQHIOTKA.js";
import "./chunk-P5NUJPBO.js";
import "./chunk-7UXBKFJB.js";
import "./chunk-OPWKECVV.js";
import "./chunk-ZR2GA637.js";
import "./chunk-AHLGYGID.js";
import "./chunk-3376YZKJ.js";
import "./chunk-ZHF7QFZJ.js";
import "./chunk-NL7GRAD7.js";
export {
  AUDIT_OUTCOMES,
  AUDIT_TABLE,
  AUDIT_TABLE_SQL,
  JsonlAuditLog,
  PgAuditLog,
  formatAuditText,
  openAuditLog,
  parseSince
};
