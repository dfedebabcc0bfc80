// An instance: its `.env.production` (local, or read over SSH) plus a small mastodon-ops config
// (SSH target with a pinned host key, where Mastodon lives, overrides for
// direct connections). Validated with zod; errors name the file, the key and what to do.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { parseEnv } from '../lint/parse/env.ts';
import { SourceFile } from '../lint/source.ts';
import { UsageError } from '../lint/errors.ts';
import { s3Settings, storageKind, type EnvMap } from '../mastodon/settings.ts';
import type { InstanceInfo } from './types.ts';
import type { SshTarget } from './connections/ssh.ts';

z.config(en());

const Ssh = z
  .strictObject({
    host: z.string().check(z.minLength(1)),
    port: z._default(z.int().check(z.minimum(1), z.maximum(65535)), 22),
    user: z.string().check(z.minLength(1)),
    /** Path to the private key file, or the name of an environment variable holding it. */
    privateKeyFile: z.optional(z.string()),
    privateKeyEnv: z.optional(z.string()),
    /** Mandatory: `ssh-ed25519 AAAA...` or `SHA256:...` (ssh-keyscan HOST | ssh-keygen -lf -). */
    hostKey: z.string().check(z.minLength(8, 'pin the host key: an OpenSSH public key line or its SHA256: fingerprint')),
    /** Forward PostgreSQL and Redis through this SSH connection (they listen on the host's loopback). */
    tunnel: z._default(z.boolean(), false),
  })
  .check(z.refine((s) => s.privateKeyFile || s.privateKeyEnv, { message: 'set privateKeyFile or privateKeyEnv', path: ['privateKeyFile'] }));

export const InstanceSchema = z.strictObject({
  /** Local path to .env.production; with `ssh`, the path on the host (default <mastodon.path>/.env.production). */
  env: z.optional(z.string()),
  ssh: z.optional(Ssh),
  mastodon: z._default(
    z.strictObject({
      path: z._default(z.string(), '/home/mastodon/live'),
      user: z._default(z.string(), 'mastodon'),
      mediaPath: z.optional(z.string()),
    }),
    { path: '/home/mastodon/live', user: 'mastodon' },
  ),
  /** Public base URL; default https://<WEB_DOMAIN or LOCAL_DOMAIN>. */
  url: z.optional(z.url()),
  overrides: z._default(
    z.strictObject({
      databaseUrl: z.optional(z.string()),
      redisUrl: z.optional(z.string()),
      s3Endpoint: z.optional(z.string()),
    }),
    {},
  ),
  timeouts: z._default(z.strictObject({ checkMs: z._default(z.int().check(z.minimum(100), z.maximum(300_000)), 10_000) }), { checkMs: 10_000 }),
});

export type InstanceConfig = z.infer<typeof InstanceSchema>;

export const OpsConfigSchema = z.looseObject({
  instances: z.record(z.string().check(z.minLength(1)), InstanceSchema),
});

export type OpsConfig = z.infer<typeof OpsConfigSchema>;

/** Reads and validates a mastodon-ops config (YAML); errors carry file:line and the key. */
export function loadOpsConfig(path: string): OpsConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const cfg = parseOpsConfig(text, path);
  // Paths in the file are relative to the file, not to wherever the command runs.
  const dir = dirname(resolve(path));
  for (const inst of Object.values(cfg.instances)) {
    if (inst.env && !inst.ssh && !isAbsolute(inst.env)) inst.env = resolve(dir, inst.env);
    if (inst.ssh?.privateKeyFile && !isAbsolute(inst.ssh.privateKeyFile)) inst.ssh.privateKeyFile = resolve(dir, inst.ssh.privateKeyFile);
  }
  return cfg;
}

export function parseOpsConfig(text: string, path: string): OpsConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const p = lc.linePos(e.pos[0]);
    throw new UsageError(`${path}:${p.line}:${p.col}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UsageError(`${path}: cannot be read: ${(e as Error).message}`);
  }
  const r = OpsConfigSchema.safeParse(data ?? {});
  if (!r.success) {
    const i = r.error.issues[0]!;
    const node = doc.getIn(i.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const at = node?.range ? lc.linePos(node.range[0]) : undefined;
    throw new UsageError(`${path}${at ? `:${at.line}:${at.col}` : ''}: ${i.path.join('.') || '(top level)'}: ${i.message}; see docs/health.md`);
  }
  return r.data;
}

/** Parses env text with the linter's env parser (one parser for every reader). */
export function envMapFromText(text: string, path: string): EnvMap {
  const env = parseEnv(new SourceFile(path, text));
  const map = new Map<string, string>();
  for (const e of env.entries) map.set(e.key, e.value);
  return map;
}

export function sshTarget(cfg: NonNullable<InstanceConfig['ssh']>, configPath: string): SshTarget {
  let privateKey: string | undefined;
  if (cfg.privateKeyEnv) privateKey = process.env[cfg.privateKeyEnv];
  else if (cfg.privateKeyFile) {
    try {
      privateKey = readFileSync(cfg.privateKeyFile, 'utf8');
    } catch (e) {
      throw new UsageError(`${configPath}: ssh.privateKeyFile ${cfg.privateKeyFile}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (!privateKey) throw new UsageError(`${configPath}: ssh.privateKeyEnv: the environment variable ${cfg.privateKeyEnv} is not set`);
  return { host: cfg.host, port: cfg.port, username: cfg.user, privateKey, hostKey: cfg.hostKey };
}

export function instanceInfo(name: string, cfg: InstanceConfig, env: EnvMap): InstanceInfo {
  const envWithOverrides = new Map(env);
  if (cfg.overrides.s3Endpoint) envWithOverrides.set('S3_ENDPOINT', cfg.overrides.s3Endpoint);
  const domain = env.get('WEB_DOMAIN') || env.get('LOCAL_DOMAIN');
  return {
    name,
    env: envWithOverrides,
    s3: storageKind(envWithOverrides) === 's3' ? s3Settings(envWithOverrides) : null,
    baseUrl: cfg.url ?? (domain ? `https://${domain}` : undefined),
    sshHost: cfg.ssh?.host,
    paths: { mastodon: cfg.mastodon.path, media: cfg.mastodon.mediaPath },
    mastodonUser: cfg.mastodon.user,
  };
}
