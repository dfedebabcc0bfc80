// The bot's logger: pino (JSON lines on stdout for journald/containers) with secrets removed
// twice: by key (pino `redact` paths: token, secret, password, authorization, DSNs) and by value
// (every string field and message is scrubbed of Slack tokens, request signatures, URL
// credentials and the literal values of the configured secrets). Bolt logs through an adapter.

import pino, { type Logger as PinoLogger } from 'pino';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { redact, redactDeep, withoutSecrets } from '../src/api.ts';

export type BotLogger = PinoLogger;

const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'secret',
  '*.secret',
  'password',
  '*.password',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'databaseUrl',
  '*.databaseUrl',
  'response_url',
  '*.response_url',
  'keys',
  '*.keys',
];

const TOKEN = /\bxox[abposre]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+/g;
const SIGNATURE = /\bv0=[0-9a-f]{64}\b/g;
const RESPONSE_URL = /https:\/\/hooks\.slack\.com\/[^\s"']+/g;

/** Removes secrets from one string: tokens, signatures, response URLs, URL credentials, known values. */
export function scrub(s: string, secrets: readonly string[] = []): string {
  const out = redact(s).replace(TOKEN, '[token]').replace(SIGNATURE, 'v0=[signature]').replace(RESPONSE_URL, '[response_url]');
  return withoutSecrets(out, secrets, '[secret]', 8);
}

function scrubDeep(v: unknown, secrets: readonly string[]): unknown {
  // Errors are not plain objects: log their name, message and stack, scrubbed.
  if (v instanceof Error) return { type: v.name, message: scrub(v.message, secrets), stack: v.stack ? scrub(v.stack, secrets) : undefined };
  return redactDeep(v, (s) => scrub(s, secrets), 6);
}

export interface LoggerOptions {
  level?: string;
  /** Literal secret values (tokens, keys, DSNs) to remove wherever they appear. */
  secrets?: readonly string[];
  /** Where lines go; default stdout. */
  destination?: pino.DestinationStream;
}

export function createLogger(o: LoggerOptions = {}): BotLogger {
  const secrets = (o.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return pino(
    {
      name: 'mastodon-ops-bot',
      level: o.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { log: (obj) => scrubDeep(obj, secrets) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const clean = args.map((a) => (typeof a === 'string' ? scrub(a, secrets) : a)) as Parameters<typeof method>;
          method.apply(this, clean);
        },
      },
    },
    o.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

const TO_PINO: Record<LogLevel, string> = { [LogLevel.DEBUG]: 'debug', [LogLevel.INFO]: 'info', [LogLevel.WARN]: 'warn', [LogLevel.ERROR]: 'error' };

/** Bolt's Logger interface on top of pino; Bolt's messages pass the same scrubbing. */
export function boltLogger(p: BotLogger): BoltLogger {
  let child = p.child({ component: 'bolt' });
  const line = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...m: unknown[]) => child.debug(line(m)),
    info: (...m: unknown[]) => child.info(line(m)),
    warn: (...m: unknown[]) => child.warn(line(m)),
    error: (...m: unknown[]) => child.error(line(m)),
    setLevel(level: LogLevel) {
      child.level = TO_PINO[level] ?? 'info';
    },
    getLevel(): LogLevel {
      const l = child.level;
      return l === 'debug' || l === 'trace' ? LogLevel.DEBUG : l === 'warn' ? LogLevel.WARN : l === 'error' || l === 'fatal' ? LogLevel.ERROR : LogLevel.INFO;
    },
    setName(name: string) {
      child = p.child({ component: name });
    },
  };
}
