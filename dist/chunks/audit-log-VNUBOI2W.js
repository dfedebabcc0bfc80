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
} from "./chunk-CG4BQNOY.js";
import "./chunk-DXXOIZC5.js";
import "./chunk-MPU33EUG.js";
import "./chunk-CCJ2SDTL.js";
import "./chunk-QBCPIVVE.js";
import "./chunk-ZSG3DTZ5.js";
import "./chunk-IMXAAYA5.js";
import "./chunk-HH3HSMCQ.js";
import "./chunk-ZP56C5J5.js";
import "./chunk-WP4PAETY.js";
import "./chunk-3TU2QESQ.js";
import "./chunk-FTAW6ASX.js";
import "./chunk-IGJNZOZN.js";
import "./chunk-NL3YTGEA.js";
import "./chunk-HIL6MOFH.js";
import "./chunk-3376YZKJ.js";
import "./chunk-RXEVMTNR.js";
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
