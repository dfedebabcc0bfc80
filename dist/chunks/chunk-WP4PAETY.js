import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  s3Settings,
  storageKind
} from "./chunk-3TU2QESQ.js";
import {
  SourceFile
} from "./chunk-FTAW6ASX.js";
import {
  UsageError,
  external_exports,
  require_dist
} from "./chunk-IGJNZOZN.js";
import {
  parseEnv
} from "./chunk-RXEVMTNR.js";
import {
  __toESM
} from "./chunk-NL7GRAD7.js";

// src/live/instance.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
var Ssh = external_exports.object({
  host: external_exports.string().min(1),
  port: external_exports.number().int().min(1).max(65535).default(22),
  user: external_exports.string().min(1),
  /** Path to the private key file, or the name of an environment variable holding it. */
  privateKeyFile: external_exports.string().optional(),
  privateKeyEnv: external_exports.string().optional(),
  /** Mandatory: `ssh-ed25519 AAAA...` or `SHA256:...` (ssh-keyscan HOST | ssh-keygen -lf -). */
  hostKey: external_exports.string().min(8, "pin the host key: an OpenSSH public key line or its SHA256: fingerprint"),
  /** Forward PostgreSQL and Redis through this SSH connection (they listen on the host's loopback). */
  tunnel: external_exports.boolean().default(false)
}).strict().refine((s) => s.privateKeyFile || s.privateKeyEnv, { message: "set privateKeyFile or privateKeyEnv", path: ["privateKeyFile"] });
var InstanceSchema = external_exports.object({
  /** Local path to .env.production; with `ssh`, the path on the host (default <mastodon.path>/.env.production). */
  env: external_exports.string().optional(),
  ssh: Ssh.optional(),
  mastodon: external_exports.object({
    path: external_exports.string().default("/home/mastodon/live"),
    user: external_exports.string().default("mastodon"),
    mediaPath: external_exports.string().optional()
  }).strict().default({ path: "/home/mastodon/live", user: "mastodon" }),
  /** Public base URL; default https://<WEB_DOMAIN or LOCAL_DOMAIN>. */
  url: external_exports.string().url().optional(),
  overrides: external_exports.object({
    databaseUrl: external_exports.string().optional(),
    redisUrl: external_exports.string().optional(),
    s3Endpoint: external_exports.string().optional()
  }).strict().default({}),
  timeouts: external_exports.object({ checkMs: external_exports.number().int().min(100).max(3e5).default(1e4) }).strict().default({ checkMs: 1e4 })
}).strict();
var OpsConfigSchema = external_exports.object({
  instances: external_exports.record(external_exports.string().min(1), InstanceSchema)
}).passthrough();
function loadOpsConfig(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`${path}: cannot read the config file (${e.code ?? "error"})`);
  }
  const cfg = parseOpsConfig(text, path);
  const dir = dirname(resolve(path));
  for (const inst of Object.values(cfg.instances)) {
    if (inst.env && !inst.ssh && !isAbsolute(inst.env)) inst.env = resolve(dir, inst.env);
    if (inst.ssh?.privateKeyFile && !isAbsolute(inst.ssh.privateKeyFile)) inst.ssh.privateKeyFile = resolve(dir, inst.ssh.privateKeyFile);
  }
  return cfg;
}
function parseOpsConfig(text, path) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const p = lc.linePos(e.pos[0]);
    throw new UsageError(`${path}:${p.line}:${p.col}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UsageError(`${path}: cannot be read: ${e.message}`);
  }
  const r = OpsConfigSchema.safeParse(data ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    const node = doc.getIn(i.path, true);
    const at = node?.range ? lc.linePos(node.range[0]) : void 0;
    throw new UsageError(`${path}${at ? `:${at.line}:${at.col}` : ""}: ${i.path.join(".") || "(top level)"}: ${i.message}; see docs/health.md`);
  }
  return r.data;
}
function envMapFromText(text, path) {
  const env = parseEnv(new SourceFile(path, text));
  const map = /* @__PURE__ */ new Map();
  for (const e of env.entries) map.set(e.key, e.value);
  return map;
}
function sshTarget(cfg, configPath) {
  let privateKey;
  if (cfg.privateKeyEnv) privateKey = process.env[cfg.privateKeyEnv];
  else if (cfg.privateKeyFile) {
    try {
      privateKey = readFileSync(cfg.privateKeyFile, "utf8");
    } catch (e) {
      throw new UsageError(`${configPath}: ssh.privateKeyFile ${cfg.privateKeyFile}: cannot read it (${e.code ?? "error"})`);
    }
  }
  if (!privateKey) throw new UsageError(`${configPath}: ssh.privateKeyEnv: the environment variable ${cfg.privateKeyEnv} is not set`);
  return { host: cfg.host, port: cfg.port, username: cfg.user, privateKey, hostKey: cfg.hostKey };
}
function instanceInfo(name, cfg, env) {
  const envWithOverrides = new Map(env);
  if (cfg.overrides.s3Endpoint) envWithOverrides.set("S3_ENDPOINT", cfg.overrides.s3Endpoint);
  const domain = env.get("WEB_DOMAIN") || env.get("LOCAL_DOMAIN");
  return {
    name,
    env: envWithOverrides,
    s3: storageKind(envWithOverrides) === "s3" ? s3Settings(envWithOverrides) : null,
    baseUrl: cfg.url ?? (domain ? `https://${domain}` : void 0),
    sshHost: cfg.ssh?.host,
    paths: { mastodon: cfg.mastodon.path, media: cfg.mastodon.mediaPath },
    mastodonUser: cfg.mastodon.user
  };
}

export {
  InstanceSchema,
  loadOpsConfig,
  parseOpsConfig,
  envMapFromText,
  sshTarget,
  instanceInfo
};
