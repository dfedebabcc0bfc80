// The bot's configuration: secrets from the environment only (Slack tokens, the confirmation key,
// the DSNs of the bot's own PostgreSQL and Redis), everything else from the YAML file that also
// holds `instances:` (validated by the engine's own schema through src/api.ts). Every problem is
// collected and reported at once, naming the variable or the file:line and key, and what to do.
// This file and src/cli/ are the only places that read process.env.

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { parseOpsConfig, UsageError, type InstanceConfig } from '../src/api.ts';

/** Thrown for any configuration problem; `problems` holds one line per problem. */
export class ConfigError extends UsageError {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`the bot configuration is not valid:\n  - ${problems.join('\n  - ')}`);
  }
}

z.config(en());

const userId = z.string().check(z.regex(/^[UW][A-Z0-9]{2,}$/, 'not a Slack user id (U… or W…; in Slack: profile, ⋮, Copy member ID)'));
const groupId = z.string().check(z.regex(/^S[A-Z0-9]{2,}$/, 'not a Slack user group id (S…; from the group page URL or usergroups.list)'));
const channelId = z.string().check(z.regex(/^[CGD][A-Z0-9]{2,}$/, 'not a Slack channel id (C…, G… or D…; channel details, bottom of About)'));

const RoleSchema = z.strictObject({
  /** Slack user ids allowed to run the command. */
  users: z._default(z.array(userId), []),
  /** User groups (@oncall): every member may run the command; resolved with usergroups.users.list. */
  usergroups: z._default(z.array(groupId), []),
  /** Anyone may run the command from these channels (use private channels for this). */
  channels: z._default(z.array(channelId), []),
});

export type Role = z.infer<typeof RoleSchema>;

/** Roles the bot knows; a command names the role it needs. Missing roles allow nobody. */
export const ROLE_NAMES = ['health', 'restore'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

const EMPTY_ROLE: Role = { users: [], usergroups: [], channels: [] };

/** An integer in [min, max] (inclusive), `def` when absent. */
const intIn = (min: number, max: number, def: number) => z._default(z.int().check(z.minimum(min), z.maximum(max)), def);

const BotSectionSchema = z.strictObject({
  /** socket (default: no inbound port) or http (Bolt's HTTP receiver, signatures verified by Bolt). */
  mode: z._default(z.enum(['socket', 'http']), 'socket'),
  http: z._default(
    z.strictObject({ port: intIn(1, 65535, 3000), path: z._default(z.string().check(z.startsWith('/')), '/slack/events') }),
    { port: 3000, path: '/slack/events' },
  ),
  /** Instance used when the command names none; default: the only instance, if there is one. */
  defaultInstance: z.optional(z.string()),
  roles: z._default(z.strictObject({ health: z.optional(RoleSchema), restore: z.optional(RoleSchema) }), {}),
  audit: z._default(
    z.strictObject({
      store: z._default(z.enum(['jsonl', 'postgres']), 'jsonl'),
      /** JSONL file (store: jsonl); MASTODON_OPS_AUDIT_FILE overrides it. */
      path: z.optional(z.string().check(z.minLength(1))),
    }),
    { store: 'jsonl' },
  ),
  redis: z._default(
    z.strictObject({ keyPrefix: z._default(z.string().check(z.regex(/^[A-Za-z0-9:_.-]+$/, 'letters, digits and : _ . - only')), 'mastodon-ops:bot:') }),
    { keyPrefix: 'mastodon-ops:bot:' },
  ),
  confirm: z._default(z.strictObject({ ttlSeconds: intIn(30, 3600, 300) }), { ttlSeconds: 300 }),
  lock: z._default(z.strictObject({ ttlSeconds: intIn(30, 24 * 3600, 900) }), { ttlSeconds: 900 }),
  /** How long a user group's member list is trusted. */
  usergroupCacheSeconds: intIn(0, 3600, 60),
  health: z._default(
    z.strictObject({
      /** channel: a message in the channel, updated in place; ephemeral: only the caller sees it (via response_url). */
      visibility: z._default(z.enum(['channel', 'ephemeral']), 'channel'),
      /** Minimum time between two progress updates of one message. */
      updateIntervalMs: intIn(200, 60_000, 1500),
      /** Bound on one whole run (loading the env over SSH included). */
      timeoutMs: intIn(1000, 3_600_000, 180_000),
    }),
    { visibility: 'channel', updateIntervalMs: 1500, timeoutMs: 180_000 },
  ),
  timeouts: z._default(
    z.strictObject({
      slackApiMs: intIn(100, 60_000, 10_000),
      auditMs: intIn(100, 60_000, 5_000),
      redisMs: intIn(100, 60_000, 2_000),
    }),
    { slackApiMs: 10_000, auditMs: 5_000, redisMs: 2_000 },
  ),
});

export type Env = Record<string, string | undefined>;

export type AuditSettings = { store: 'jsonl'; path: string; timeoutMs: number } | { store: 'postgres'; databaseUrl: string; timeoutMs: number };

export interface BotConfig {
  mode: 'socket' | 'http';
  slack: {
    botToken: string;
    appToken?: string;
    signingSecret?: string;
    port: number;
    path: string;
  };
  configPath: string;
  instances: Record<string, InstanceConfig>;
  defaultInstance?: string;
  roles: Record<RoleName, Role>;
  audit: AuditSettings;
  /** The bot's own Redis (not Mastodon's): locks, single-use confirmations, cross-replica cancel and replay guard. */
  redis?: { url: string; keyPrefix: string };
  /** HMAC keys for button payloads; the first signs, all verify (rotation). */
  confirm: { keys: string[]; ttlSeconds: number };
  lock: { ttlSeconds: number };
  usergroupCacheSeconds: number;
  health: { visibility: 'channel' | 'ephemeral'; updateIntervalMs: number; timeoutMs: number };
  timeouts: { slackApiMs: number; auditMs: number; redisMs: number };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable the bot reads, for docs and error messages. */
export const ENV_VARS = {
  MASTODON_OPS_CONFIG: 'path of the YAML file with `instances:` and `bot:`',
  SLACK_BOT_TOKEN: 'bot token (xoxb-…), OAuth & Permissions',
  SLACK_APP_TOKEN: 'app-level token (xapp-…) with connections:write, Basic Information; socket mode only',
  SLACK_SIGNING_SECRET: 'signing secret, Basic Information; http mode only',
  MASTODON_OPS_CONFIRM_KEY: 'at least 32 random characters (openssl rand -hex 32) signing button payloads',
  MASTODON_OPS_CONFIRM_KEY_PREVIOUS: 'optional: the previous confirm key, still accepted while rotating',
  MASTODON_OPS_BOT_MODE: 'optional: socket or http (overrides bot.mode)',
  MASTODON_OPS_BOT_PORT: 'optional: HTTP port in http mode (overrides bot.http.port)',
  MASTODON_OPS_BOT_REDIS_URL: "optional: the bot's own Redis (redis://…); required for confirmations and locks",
  MASTODON_OPS_AUDIT_DATABASE_URL: "the bot's own PostgreSQL database (postgres://…) when bot.audit.store is postgres",
  MASTODON_OPS_AUDIT_FILE: 'optional: the JSONL audit file (overrides bot.audit.path)',
  MASTODON_OPS_LOG_LEVEL: `optional: ${LOG_LEVELS.join(', ')} (default info)`,
} as const;

function filePos(text: string, path: (string | number)[]): string {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return '';
  const p = lc.linePos(node.range[0]);
  return `:${p.line}:${p.col}`;
}

function checkUrl(problems: string[], name: string, v: string | undefined, protocols: string[]): string | undefined {
  if (v === undefined || v === '') return undefined;
  try {
    const u = new URL(v);
    if (!protocols.includes(u.protocol)) problems.push(`${name}: expected a ${protocols.join(' or ')} URL, got ${u.protocol}`);
  } catch {
    problems.push(`${name}: not a URL (the value is not shown: it may hold a password)`);
  }
  return v;
}

/**
 * Validates the environment and the file text (YAML with `instances:` and `bot:`); pure, for tests.
 * Throws ConfigError listing every problem; never echoes a secret's value.
 */
export function parseBotConfig(env: Env, text: string, configPath: string): BotConfig {
  const problems: string[] = [];

  let instances: Record<string, InstanceConfig> = {};
  try {
    instances = parseOpsConfig(text, configPath).instances;
    if (Object.keys(instances).length === 0) problems.push(`${configPath}: instances: add at least one instance (see docs/bot.md)`);
  } catch (e) {
    problems.push((e as Error).message);
  }

  const doc = parseDocument(text);
  const raw = doc.errors.length ? {} : ((doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null) ?? {});
  const parsed = BotSectionSchema.safeParse(raw.bot ?? {});
  let bot: z.infer<typeof BotSectionSchema> = BotSectionSchema.parse({});
  if (parsed.success) bot = parsed.data;
  else for (const i of parsed.error.issues) problems.push(`${configPath}${filePos(text, ['bot', ...(i.path as (string | number)[])])}: bot.${i.path.join('.')}: ${i.message}`);

  const mode = env.MASTODON_OPS_BOT_MODE ?? bot.mode;
  if (mode !== 'socket' && mode !== 'http') problems.push(`MASTODON_OPS_BOT_MODE: "${mode}" is not socket or http`);

  let port = bot.http.port;
  if (env.MASTODON_OPS_BOT_PORT !== undefined) {
    port = Number(env.MASTODON_OPS_BOT_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`MASTODON_OPS_BOT_PORT: "${env.MASTODON_OPS_BOT_PORT}" is not a port (1-65535)`);
  }

  const botToken = env.SLACK_BOT_TOKEN ?? '';
  if (!botToken) problems.push(`SLACK_BOT_TOKEN: not set; the ${ENV_VARS.SLACK_BOT_TOKEN}`);
  else if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN: does not start with xoxb- (a bot token is needed, not a user or app token)');

  const appToken = env.SLACK_APP_TOKEN || undefined;
  if (mode === 'socket') {
    if (!appToken) problems.push(`SLACK_APP_TOKEN: not set; socket mode needs the ${ENV_VARS.SLACK_APP_TOKEN}`);
    else if (!appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN: does not start with xapp- (an app-level token is needed)');
  }
  const signingSecret = env.SLACK_SIGNING_SECRET || undefined;
  if (mode === 'http') {
    if (!signingSecret) problems.push(`SLACK_SIGNING_SECRET: not set; http mode needs the ${ENV_VARS.SLACK_SIGNING_SECRET}`);
    else if (!/^[0-9a-f]{32}$/i.test(signingSecret)) problems.push('SLACK_SIGNING_SECRET: expected 32 hex characters as Slack shows it');
  }

  const keys: string[] = [];
  for (const name of ['MASTODON_OPS_CONFIRM_KEY', 'MASTODON_OPS_CONFIRM_KEY_PREVIOUS'] as const) {
    const k = env[name];
    if (!k) {
      if (name === 'MASTODON_OPS_CONFIRM_KEY') problems.push(`${name}: not set; ${ENV_VARS.MASTODON_OPS_CONFIRM_KEY}`);
      continue;
    }
    if (k.length < 32) problems.push(`${name}: too short (${k.length} characters); use at least 32 random characters (openssl rand -hex 32)`);
    else if (signingSecret && k === signingSecret) problems.push(`${name}: must differ from SLACK_SIGNING_SECRET`);
    keys.push(k);
  }

  const redisUrl = checkUrl(problems, 'MASTODON_OPS_BOT_REDIS_URL', env.MASTODON_OPS_BOT_REDIS_URL, ['redis:', 'rediss:']);

  let audit: AuditSettings;
  if (bot.audit.store === 'postgres') {
    const url = checkUrl(problems, 'MASTODON_OPS_AUDIT_DATABASE_URL', env.MASTODON_OPS_AUDIT_DATABASE_URL, ['postgres:', 'postgresql:']);
    if (!url) problems.push("MASTODON_OPS_AUDIT_DATABASE_URL: not set; bot.audit.store is postgres: give the bot's own database (not Mastodon's), e.g. postgres://mastodon_ops_bot@db/mastodon_ops");
    audit = { store: 'postgres', databaseUrl: url ?? '', timeoutMs: bot.timeouts.auditMs };
  } else {
    audit = { store: 'jsonl', path: env.MASTODON_OPS_AUDIT_FILE || bot.audit.path || 'mastodon-ops-audit.jsonl', timeoutMs: bot.timeouts.auditMs };
  }

  const names = Object.keys(instances);
  // Checked even when another bot: key is wrong, so one run shows every problem.
  const rawDefault = (raw.bot as { defaultInstance?: unknown } | undefined)?.defaultInstance;
  const wanted = parsed.success ? bot.defaultInstance : typeof rawDefault === 'string' ? rawDefault : undefined;
  const defaultInstance = wanted ?? (names.length === 1 ? names[0] : undefined);
  if (wanted && names.length && !names.includes(wanted)) {
    problems.push(`${configPath}${filePos(text, ['bot', 'defaultInstance'])}: bot.defaultInstance: "${wanted}" is not an instance; choose from ${names.join(', ')}`);
  }

  const logLevel = (env.MASTODON_OPS_LOG_LEVEL ?? 'info') as BotConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`MASTODON_OPS_LOG_LEVEL: "${env.MASTODON_OPS_LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}`);

  if (problems.length) throw new ConfigError(problems);
  return {
    mode: mode as 'socket' | 'http',
    slack: { botToken, appToken, signingSecret, port, path: bot.http.path },
    configPath,
    instances,
    defaultInstance,
    roles: { health: bot.roles.health ?? EMPTY_ROLE, restore: bot.roles.restore ?? EMPTY_ROLE },
    audit,
    redis: redisUrl ? { url: redisUrl, keyPrefix: bot.redis.keyPrefix } : undefined,
    confirm: { keys, ttlSeconds: bot.confirm.ttlSeconds },
    lock: { ttlSeconds: bot.lock.ttlSeconds },
    usergroupCacheSeconds: bot.usergroupCacheSeconds,
    health: bot.health,
    timeouts: bot.timeouts,
    logLevel,
  };
}

/** Reads MASTODON_OPS_CONFIG (or `configPath`) and validates it with the environment. */
export function loadBotConfig(env: Env, configPath = env.MASTODON_OPS_CONFIG): BotConfig {
  if (!configPath) throw new ConfigError([`MASTODON_OPS_CONFIG: not set; the ${ENV_VARS.MASTODON_OPS_CONFIG} (or pass --config)`]);
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (e) {
    throw new ConfigError([`${configPath}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return parseBotConfig(env, text, configPath);
}

/** Where the audit log lives, for `mastodon-ops audit`: needs no Slack tokens. */
export function loadAuditSettings(env: Env, configPath = env.MASTODON_OPS_CONFIG): AuditSettings {
  let bot: z.infer<typeof BotSectionSchema> = BotSectionSchema.parse({});
  if (configPath) {
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (e) {
      throw new ConfigError([`${configPath}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
    }
    const raw = (parseDocument(text).toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null) ?? {};
    const r = BotSectionSchema.safeParse(raw.bot ?? {});
    if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${configPath}${filePos(text, ['bot', ...(i.path as (string | number)[])])}: bot.${i.path.join('.')}: ${i.message}`));
    bot = r.data;
  }
  if (bot.audit.store === 'postgres' || (!configPath && env.MASTODON_OPS_AUDIT_DATABASE_URL)) {
    const problems: string[] = [];
    const url = checkUrl(problems, 'MASTODON_OPS_AUDIT_DATABASE_URL', env.MASTODON_OPS_AUDIT_DATABASE_URL, ['postgres:', 'postgresql:']);
    if (!url) problems.push('MASTODON_OPS_AUDIT_DATABASE_URL: not set; bot.audit.store is postgres');
    if (problems.length) throw new ConfigError(problems);
    return { store: 'postgres', databaseUrl: url ?? '', timeoutMs: bot.timeouts.auditMs };
  }
  return { store: 'jsonl', path: env.MASTODON_OPS_AUDIT_FILE || bot.audit.path || 'mastodon-ops-audit.jsonl', timeoutMs: bot.timeouts.auditMs };
}

/** The configuration as it may be logged: no token, key or DSN. */
export function describeConfig(c: BotConfig): Record<string, unknown> {
  return {
    mode: c.mode,
    port: c.mode === 'http' ? c.slack.port : undefined,
    configPath: c.configPath,
    instances: Object.keys(c.instances),
    defaultInstance: c.defaultInstance,
    roles: Object.fromEntries(Object.entries(c.roles).map(([k, r]) => [k, { users: r.users.length, usergroups: r.usergroups.length, channels: r.channels.length }])),
    audit: c.audit.store === 'jsonl' ? { store: 'jsonl', path: c.audit.path } : { store: 'postgres' },
    redis: c.redis ? 'configured' : 'none (health only; confirmations and locks are refused)',
    confirmKeys: c.confirm.keys.length,
  };
}
