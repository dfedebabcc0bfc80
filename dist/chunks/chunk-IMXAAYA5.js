import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  UsageError,
  external_exports,
  require_dist
} from "./chunk-IGJNZOZN.js";
import {
  __toESM
} from "./chunk-NL7GRAD7.js";

// src/lint/findings.ts
var SEVERITIES = ["error", "warning", "info"];
var RANK = { error: 3, warning: 2, info: 1 };
function severityRank(s) {
  return RANK[s];
}
function atOrAbove(s, threshold) {
  return threshold !== "none" && RANK[s] >= RANK[threshold];
}
function compareFindings(a, b) {
  return a.span.file.localeCompare(b.span.file) || a.span.start.offset - b.span.start.offset || a.ruleId.localeCompare(b.ruleId) || a.span.end.offset - b.span.end.offset;
}

// src/lint/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var CONFIG_FILES = [".github/mastodon-ops.yml", ".github/mastodon-ops.yaml", "mastodon-ops.yml", "mastodon-ops.yaml"];
var ruleId = external_exports.string().regex(/^MSTDN\d{3}$/, "a rule id such as MSTDN101");
var RuleConfig = external_exports.object({
  disable: external_exports.boolean().optional(),
  severity: external_exports.enum(SEVERITIES).optional(),
  ignore: external_exports.array(external_exports.string().min(1)).optional()
}).strict();
var ConfigSchema = external_exports.object({
  "failure-threshold": external_exports.enum([...SEVERITIES, "none"]).optional(),
  "min-severity": external_exports.enum(SEVERITIES).optional(),
  "min-prune-days": external_exports.number().int().min(0).optional(),
  rules: external_exports.record(ruleId, RuleConfig).optional()
}).strict();
function defaultSettings() {
  return { rules: /* @__PURE__ */ new Map(), failureThreshold: "error", minSeverity: "info", minPruneDays: 30, applyIgnores: true };
}
function discoverConfig(root) {
  for (const f of CONFIG_FILES) {
    const p = join(root, f);
    if (existsSync(p)) return p;
  }
  return void 0;
}
function loadConfig(path, root) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`${path}: cannot read the config file (${e.code ?? "error"})`);
  }
  const shown = relative(process.cwd(), path) || path;
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const p = lc.linePos(e.pos[0]);
    throw new UsageError(`${shown}:${p.line}:${p.col}: the config file is not valid YAML: ${e.message.split("\n")[0]}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new UsageError(`${shown}: the config file cannot be read: ${e.message}`);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = nodeAt(doc.contents, issue.path);
    const at = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    const where = issue.path.join(".") || "(top level)";
    throw new UsageError(`${shown}:${at.line}:${at.col}: ${where}: ${issue.message}; see docs/configuration.md`);
  }
  const settings = defaultSettings();
  const c = parsed.data;
  settings.configPath = relative(root, path) || path;
  if (c["failure-threshold"]) settings.failureThreshold = c["failure-threshold"];
  if (c["min-severity"]) settings.minSeverity = c["min-severity"];
  if (c["min-prune-days"] !== void 0) settings.minPruneDays = c["min-prune-days"];
  for (const [id, r] of Object.entries(c.rules ?? {})) {
    settings.rules.set(id, { disable: r.disable ?? false, severity: r.severity, ignore: r.ignore ?? [] });
  }
  return settings;
}
function nodeAt(node, path) {
  let cur = node;
  let last = node;
  for (const key of path) {
    if ((0, import_yaml.isMap)(cur)) {
      const pair = cur.items.find((p) => p.key?.value === key);
      if (!pair) return last;
      last = pair.key ?? last;
      cur = pair.value ?? null;
      if (cur) last = cur;
    } else if ((0, import_yaml.isSeq)(cur) && typeof key === "number") {
      cur = cur.items[key] ?? null;
      if (cur) last = cur;
    } else return last;
  }
  return last;
}
var INIT_CONFIG = `# mastodon-ops configuration: see docs/configuration.md
# Fail the check on findings at or above this severity: error, warning, info or none.
failure-threshold: error
# Do not report findings below this severity.
min-severity: info
# MSTDN106: profile prunes with --days below this are flagged.
min-prune-days: 30
rules: {}
#  MSTDN102:
#    severity: error
#  MSTDN208:
#    ignore:
#      - deploy/templates/env.production.j2
`;

export {
  SEVERITIES,
  severityRank,
  atOrAbove,
  compareFindings,
  defaultSettings,
  discoverConfig,
  loadConfig,
  INIT_CONFIG
};
