import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  parseOpsConfig
} from "./chunk-DQHIOTKA.js";
import {
  UsageError,
  _default,
  _enum,
  _gte,
  _lte,
  _minLength,
  _regex,
  _startsWith,
  array,
  config,
  en_default,
  int,
  optional,
  require_dist,
  strictObject,
  string
} from "./chunk-ZR2GA637.js";
import {
  __toESM
} from "./chunk-NL7GRAD7.js";

// bot/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var ConfigError = class extends UsageError {
  constructor(problems) {
    super(`the bot configuration is not valid:
  - ${problems.join("\n  - ")}`);
    this.problems = problems;
  }
  problems;
  name = "ConfigError";
};
config(en_default());
var userId = string().check(_regex(/^[UW][A-Z0-9]{2,}$/, "not a Slack user id (U\u2026 or W\u2026; in Slack: profile, \u22EE, Copy member ID)"));
var groupId = string().check(_regex(/^S[A-Z0-9]{2,}$/, "not a Slack user group id (S\u2026; from the group page URL or usergroups.list)"));
var channelId = string().check(_regex(/^[CGD][A-Z0-9]{2,}$/, "not a Slack channel id (C\u2026, G\u2026 or D\u2026; channel details, bottom of About)"));
var RoleSchema = strictObject({
  /** Slack user ids allowed to run the command. */
  users: _default(array(userId), []),
  /** User groups (@oncall): every member may run the command; resolved with usergroups.users.list. */
  usergroups: _default(array(groupId), []),
  /** Anyone may run the command from these channels (use private channels for this). */
  channels: _default(array(channelId), [])
});
var ROLE_NAMES = ["health", "restore"];
var EMPTY_ROLE = { users: [], usergroups: [], channels: [] };
var intIn = (min, max, def) => _default(int().check(_gte(min), _lte(max)), def);
var BotSectionSchema = strictObject({
  /** socket (default: no inbound port) or http (Bolt's HTTP receiver, signatures verified by Bolt). */
  mode: _default(_enum(["socket", "http"]), "socket"),
  http: _default(
    strictObject({ port: intIn(1, 65535, 3e3), path: _default(string().check(_startsWith("/")), "/slack/events") }),
    { port: 3e3, path: "/slack/events" }
  ),
  /** Instance used when the command names none; default: the only instance, if there is one. */
  defaultInstance: optional(string()),
  roles: _default(strictObject({ health: optional(RoleSchema), restore: optional(RoleSchema) }), {}),
  audit: _default(
    strictObject({
      store: _default(_enum(["jsonl", "postgres"]), "jsonl"),
      /** JSONL file (store: jsonl); MASTODON_OPS_AUDIT_FILE overrides it. */
      path: optional(string().check(_minLength(1)))
    }),
    { store: "jsonl" }
  ),
  redis: _default(
    strictObject({ keyPrefix: _default(string().check(_regex(/^[A-Za-z0-9:_.-]+$/, "letters, digits and : _ . - only")), "mastodon-ops:bot:") }),
    { keyPrefix: "mastodon-ops:bot:" }
  ),
  confirm: _default(strictObject({ ttlSeconds: intIn(30, 3600, 300) }), { ttlSeconds: 300 }),
  lock: _default(strictObject({ ttlSeconds: intIn(30, 24 * 3600, 900) }), { ttlSeconds: 900 }),
  /** How long a user group's member list is trusted. */
  usergroupCacheSeconds: intIn(0, 3600, 60),
  health: _default(
    strictObject({
      /** channel: a message in the channel, updated in place; ephemeral: only the caller sees it (via response_url). */
      visibility: _default(_enum(["channel", "ephemeral"]), "channel"),
      /** Minimum time between two progress updates of one message. */
      updateIntervalMs: intIn(200, 6e4, 1500),
      /** Bound on one whole run (loading the env over SSH included). */
      timeoutMs: intIn(1e3, 36e5, 18e4)
    }),
    { visibility: "channel", updateIntervalMs: 1500, timeoutMs: 18e4 }
  ),
  timeouts: _default(
    strictObject({
      slackApiMs: intIn(100, 6e4, 1e4),
      auditMs: intIn(100, 6e4, 5e3),
      redisMs: intIn(100, 6e4, 2e3)
    }),
    { slackApiMs: 1e4, auditMs: 5e3, redisMs: 2e3 }
  )
});
var LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
var ENV_VARS = {
  MASTODON_OPS_CONFIG: "path of the YAML file with `instances:` and `bot:`",
  SLACK_BOT_TOKEN: "bot token (xoxb-\u2026), OAuth & Permissions",
  SLACK_APP_TOKEN: "app-level token (xapp-\u2026) with connections:write, Basic Information; socket mode only",
  SLACK_SIGNING_SECRET: "signing secret, Basic Information; http mode only",
  MASTODON_OPS_CONFIRM_KEY: "at least 32 random characters (openssl rand -hex 32) signing button payloads",
  MASTODON_OPS_CONFIRM_KEY_PREVIOUS: "optional: the previous confirm key, still accepted while rotating",
  MASTODON_OPS_BOT_MODE: "optional: socket or http (overrides bot.mode)",
  MASTODON_OPS_BOT_PORT: "optional: HTTP port in http mode (overrides bot.http.port)",
  MASTODON_OPS_BOT_REDIS_URL: "optional: the bot's own Redis (redis://\u2026); required for confirmations and locks",
  MASTODON_OPS_AUDIT_DATABASE_URL: "the bot's own PostgreSQL database (postgres://\u2026) when bot.audit.store is postgres",
  MASTODON_OPS_AUDIT_FILE: "optional: the JSONL audit file (overrides bot.audit.path)",
  MASTODON_OPS_LOG_LEVEL: `optional: ${LOG_LEVELS.join(", ")} (default info)`
};
function filePos(text, path) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc });
  const node = doc.getIn(path, true);
  if (!node?.range) return "";
  const p = lc.linePos(node.range[0]);
  return `:${p.line}:${p.col}`;
}
function checkUrl(problems, name, v, protocols) {
  if (v === void 0 || v === "") return void 0;
  try {
    const u = new URL(v);
    if (!protocols.includes(u.protocol)) problems.push(`${name}: expected a ${protocols.join(" or ")} URL, got ${u.protocol}`);
  } catch {
    problems.push(`${name}: not a URL (the value is not shown: it may hold a password)`);
  }
  return v;
}
function parseBotConfig(env, text, configPath) {
  const problems = [];
  let instances = {};
  try {
    instances = parseOpsConfig(text, configPath).instances;
    if (Object.keys(instances).length === 0) problems.push(`${configPath}: instances: add at least one instance (see docs/bot.md)`);
  } catch (e) {
    problems.push(e.message);
  }
  const doc = (0, import_yaml.parseDocument)(text);
  const raw = doc.errors.length ? {} : doc.toJS({ maxAliasCount: 100 }) ?? {};
  const parsed = BotSectionSchema.safeParse(raw.bot ?? {});
  let bot = BotSectionSchema.parse({});
  if (parsed.success) bot = parsed.data;
  else for (const i of parsed.error.issues) problems.push(`${configPath}${filePos(text, ["bot", ...i.path])}: bot.${i.path.join(".")}: ${i.message}`);
  const mode = env.MASTODON_OPS_BOT_MODE ?? bot.mode;
  if (mode !== "socket" && mode !== "http") problems.push(`MASTODON_OPS_BOT_MODE: "${mode}" is not socket or http`);
  let port = bot.http.port;
  if (env.MASTODON_OPS_BOT_PORT !== void 0) {
    port = Number(env.MASTODON_OPS_BOT_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`MASTODON_OPS_BOT_PORT: "${env.MASTODON_OPS_BOT_PORT}" is not a port (1-65535)`);
  }
  const botToken = env.SLACK_BOT_TOKEN ?? "";
  if (!botToken) problems.push(`SLACK_BOT_TOKEN: not set; the ${ENV_VARS.SLACK_BOT_TOKEN}`);
  else if (!botToken.startsWith("xoxb-")) problems.push("SLACK_BOT_TOKEN: does not start with xoxb- (a bot token is needed, not a user or app token)");
  const appToken = env.SLACK_APP_TOKEN || void 0;
  if (mode === "socket") {
    if (!appToken) problems.push(`SLACK_APP_TOKEN: not set; socket mode needs the ${ENV_VARS.SLACK_APP_TOKEN}`);
    else if (!appToken.startsWith("xapp-")) problems.push("SLACK_APP_TOKEN: does not start with xapp- (an app-level token is needed)");
  }
  const signingSecret = env.SLACK_SIGNING_SECRET || void 0;
  if (mode === "http") {
    if (!signingSecret) problems.push(`SLACK_SIGNING_SECRET: not set; http mode needs the ${ENV_VARS.SLACK_SIGNING_SECRET}`);
    else if (!/^[0-9a-f]{32}$/i.test(signingSecret)) problems.push("SLACK_SIGNING_SECRET: expected 32 hex characters as Slack shows it");
  }
  const keys = [];
  for (const name of ["MASTODON_OPS_CONFIRM_KEY", "MASTODON_OPS_CONFIRM_KEY_PREVIOUS"]) {
    const k = env[name];
    if (!k) {
      if (name === "MASTODON_OPS_CONFIRM_KEY") problems.push(`${name}: not set; ${ENV_VARS.MASTODON_OPS_CONFIRM_KEY}`);
      continue;
    }
    if (k.length < 32) problems.push(`${name}: too short (${k.length} characters); use at least 32 random characters (openssl rand -hex 32)`);
    else if (signingSecret && k === signingSecret) problems.push(`${name}: must differ from SLACK_SIGNING_SECRET`);
    keys.push(k);
  }
  const redisUrl = checkUrl(problems, "MASTODON_OPS_BOT_REDIS_URL", env.MASTODON_OPS_BOT_REDIS_URL, ["redis:", "rediss:"]);
  let audit;
  if (bot.audit.store === "postgres") {
    const url = checkUrl(problems, "MASTODON_OPS_AUDIT_DATABASE_URL", env.MASTODON_OPS_AUDIT_DATABASE_URL, ["postgres:", "postgresql:"]);
    if (!url) problems.push("MASTODON_OPS_AUDIT_DATABASE_URL: not set; bot.audit.store is postgres: give the bot's own database (not Mastodon's), e.g. postgres://mastodon_ops_bot@db/mastodon_ops");
    audit = { store: "postgres", databaseUrl: url ?? "", timeoutMs: bot.timeouts.auditMs };
  } else {
    audit = { store: "jsonl", path: env.MASTODON_OPS_AUDIT_FILE || bot.audit.path || "mastodon-ops-audit.jsonl", timeoutMs: bot.timeouts.auditMs };
  }
  const names = Object.keys(instances);
  const rawDefault = raw.bot?.defaultInstance;
  const wanted = parsed.success ? bot.defaultInstance : typeof rawDefault === "string" ? rawDefault : void 0;
  const defaultInstance = wanted ?? (names.length === 1 ? names[0] : void 0);
  if (wanted && names.length && !names.includes(wanted)) {
    problems.push(`${configPath}${filePos(text, ["bot", "defaultInstance"])}: bot.defaultInstance: "${wanted}" is not an instance; choose from ${names.join(", ")}`);
  }
  const logLevel = env.MASTODON_OPS_LOG_LEVEL ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`MASTODON_OPS_LOG_LEVEL: "${env.MASTODON_OPS_LOG_LEVEL}" is not one of ${LOG_LEVELS.join(", ")}`);
  if (problems.length) throw new ConfigError(problems);
  return {
    mode,
    slack: { botToken, appToken, signingSecret, port, path: bot.http.path },
    configPath,
    instances,
    defaultInstance,
    roles: { health: bot.roles.health ?? EMPTY_ROLE, restore: bot.roles.restore ?? EMPTY_ROLE },
    audit,
    redis: redisUrl ? { url: redisUrl, keyPrefix: bot.redis.keyPrefix } : void 0,
    confirm: { keys, ttlSeconds: bot.confirm.ttlSeconds },
    lock: { ttlSeconds: bot.lock.ttlSeconds },
    usergroupCacheSeconds: bot.usergroupCacheSeconds,
    health: bot.health,
    timeouts: bot.timeouts,
    logLevel
  };
}
function loadBotConfig(env, configPath = env.MASTODON_OPS_CONFIG) {
  if (!configPath) throw new ConfigError([`MASTODON_OPS_CONFIG: not set; the ${ENV_VARS.MASTODON_OPS_CONFIG} (or pass --config)`]);
  let text;
  try {
    text = readFileSync(configPath, "utf8");
  } catch (e) {
    throw new ConfigError([`${configPath}: cannot read the config file (${e.code ?? "error"})`]);
  }
  return parseBotConfig(env, text, configPath);
}
function loadAuditSettings(env, configPath = env.MASTODON_OPS_CONFIG) {
  let bot = BotSectionSchema.parse({});
  if (configPath) {
    let text;
    try {
      text = readFileSync(configPath, "utf8");
    } catch (e) {
      throw new ConfigError([`${configPath}: cannot read the config file (${e.code ?? "error"})`]);
    }
    const raw = (0, import_yaml.parseDocument)(text).toJS({ maxAliasCount: 100 }) ?? {};
    const r = BotSectionSchema.safeParse(raw.bot ?? {});
    if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${configPath}${filePos(text, ["bot", ...i.path])}: bot.${i.path.join(".")}: ${i.message}`));
    bot = r.data;
  }
  if (bot.audit.store === "postgres" || !configPath && env.MASTODON_OPS_AUDIT_DATABASE_URL) {
    const problems = [];
    const url = checkUrl(problems, "MASTODON_OPS_AUDIT_DATABASE_URL", env.MASTODON_OPS_AUDIT_DATABASE_URL, ["postgres:", "postgresql:"]);
    if (!url) problems.push("MASTODON_OPS_AUDIT_DATABASE_URL: not set; bot.audit.store is postgres");
    if (problems.length) throw new ConfigError(problems);
    return { store: "postgres", databaseUrl: url ?? "", timeoutMs: bot.timeouts.auditMs };
  }
  return { store: "jsonl", path: env.MASTODON_OPS_AUDIT_FILE || bot.audit.path || "mastodon-ops-audit.jsonl", timeoutMs: bot.timeouts.auditMs };
}
function describeConfig(c) {
  return {
    mode: c.mode,
    port: c.mode === "http" ? c.slack.port : void 0,
    configPath: c.configPath,
    instances: Object.keys(c.instances),
    defaultInstance: c.defaultInstance,
    roles: Object.fromEntries(Object.entries(c.roles).map(([k, r]) => [k, { users: r.users.length, usergroups: r.usergroups.length, channels: r.channels.length }])),
    audit: c.audit.store === "jsonl" ? { store: "jsonl", path: c.audit.path } : { store: "postgres" },
    redis: c.redis ? "configured" : "none (health only; confirmations and locks are refused)",
    confirmKeys: c.confirm.keys.length
  };
}

export {
  ConfigError,
  ROLE_NAMES,
  ENV_VARS,
  parseBotConfig,
  loadBotConfig,
  loadAuditSettings,
  describeConfig
};
