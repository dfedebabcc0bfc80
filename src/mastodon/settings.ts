// One place that turns a Mastodon environment (.env.production as a key→value map) into typed
// settings, following Mastodon's own rules (shared/reference/mastodon.md sections 1.1 and 1.2):
// `ENV.fetch(key) { default }` means a present-but-empty variable is used as-is, and
// `ENV.key?` means an empty value still counts as set. Shared by the linter's live bucket check,
// the health checks and the restore engine. Secrets stay in these objects; nothing here logs.

export type EnvMap = ReadonlyMap<string, string>;

function fetch(env: EnvMap, key: string, dflt: string): string {
  return env.has(key) ? env.get(key)! : dflt;
}

export type StorageKind = 's3' | 'swift' | 'azure' | 'filesystem';

export interface S3Settings {
  bucket: string | undefined;
  region: string;
  /** SDK endpoint: present only when S3_ENDPOINT is set (then path style unless overridden). */
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** The canned ACL every upload sends, or null when S3_PERMISSION is present and empty. */
  acl: string | null;
  /** Whether S3_PERMISSION was set at all (unset means the public-read default). */
  aclExplicit: boolean;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  keyPrefix: string | undefined;
  storageClass: string | undefined;
  protocol: string;
  hostname: string;
  aliasHost: string | undefined;
  openTimeoutS: number;
  readTimeoutS: number;
}

/** Which backend paperclip.rb picks: the first of S3, Swift, Azure whose flag is exactly `true`. */
export function storageKind(env: EnvMap): StorageKind {
  if (env.get('S3_ENABLED') === 'true') return 's3';
  if (env.get('SWIFT_ENABLED') === 'true') return 'swift';
  if (env.get('AZURE_ENABLED') === 'true') return 'azure';
  return 'filesystem';
}

export function s3Settings(env: EnvMap): S3Settings {
  const region = fetch(env, 'S3_REGION', 'us-east-1');
  const aclExplicit = env.has('S3_PERMISSION');
  const permission = fetch(env, 'S3_PERMISSION', 'public-read');
  const num = (k: string, d: number) => {
    const n = Number.parseInt(fetch(env, k, String(d)), 10);
    return Number.isFinite(n) ? n : d;
  };
  return {
    bucket: env.get('S3_BUCKET'),
    region,
    endpoint: env.has('S3_ENDPOINT') ? env.get('S3_ENDPOINT') : undefined,
    forcePathStyle: env.has('S3_ENDPOINT') && env.get('S3_OVERRIDE_PATH_STYLE') !== 'true',
    acl: permission === '' ? null : permission,
    aclExplicit,
    accessKeyId: env.get('AWS_ACCESS_KEY_ID'),
    secretAccessKey: env.get('AWS_SECRET_ACCESS_KEY'),
    keyPrefix: env.has('S3_KEY_PREFIX') ? env.get('S3_KEY_PREFIX') : undefined,
    storageClass: env.has('S3_STORAGE_CLASS') ? env.get('S3_STORAGE_CLASS') : undefined,
    protocol: fetch(env, 'S3_PROTOCOL', 'https'),
    hostname: fetch(env, 'S3_HOSTNAME', `s3-${region}.amazonaws.com`),
    aliasHost: env.has('S3_ALIAS_HOST') ? env.get('S3_ALIAS_HOST') : env.has('S3_CLOUDFRONT_HOST') ? env.get('S3_CLOUDFRONT_HOST') : undefined,
    openTimeoutS: num('S3_OPEN_TIMEOUT', 5),
    readTimeoutS: num('S3_READ_TIMEOUT', 5),
  };
}

/** The public URL Mastodon generates for an object key (`:s3_alias_url` or `:s3_path_url`). */
export function publicUrl(s: S3Settings, key: string): string {
  const k = key.split('/').map(encodeURIComponent).join('/');
  if (s.aliasHost !== undefined) return `${s.protocol}://${s.aliasHost}/${k}`;
  return `${s.protocol}://${s.hostname}/${s.bucket ?? ''}/${k}`;
}

export interface DbSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | undefined;
  sslmode: string;
  /** Set when DATABASE_URL is given: Rails merges it over the DB_* settings. */
  url: string | undefined;
}

export function dbSettings(env: EnvMap, prefix: '' | 'REPLICA_' = ''): DbSettings {
  const port = Number.parseInt(fetch(env, `${prefix}DB_PORT`, '5432'), 10);
  return {
    host: fetch(env, `${prefix}DB_HOST`, 'localhost'),
    port: Number.isFinite(port) ? port : 5432,
    database: fetch(env, `${prefix}DB_NAME`, 'mastodon_production'),
    user: fetch(env, `${prefix}DB_USER`, 'mastodon'),
    password: env.get(`${prefix}DB_PASS`),
    sslmode: fetch(env, 'DB_SSLMODE', 'prefer'),
    url: env.get(prefix ? 'REPLICA_DATABASE_URL' : 'DATABASE_URL') || undefined,
  };
}

export interface RedisSettings {
  url: string | undefined;
  host: string;
  port: number;
  db: number;
  username: string | undefined;
  password: string | undefined;
  sentinel: { master: string; sentinels: { host: string; port: number }[]; username?: string; password?: string } | undefined;
  /** For 4.3.x instances: Sidekiq keys are prefixed `<namespace>:`. Boot aborts with it from 4.4. */
  namespace: string | undefined;
  /** Which variables decided it: `REDIS_*` or `SIDEKIQ_REDIS_*`. */
  source: string;
}

function redisFrom(env: EnvMap, p: string): RedisSettings {
  const port = Number.parseInt(fetch(env, `${p}REDIS_PORT`, '6379'), 10);
  const db = Number.parseInt(fetch(env, `${p}REDIS_DB`, '0'), 10);
  const master = env.get(`${p}REDIS_SENTINEL_MASTER`);
  const sentinelPort = Number.parseInt(fetch(env, `${p}REDIS_SENTINEL_PORT`, '26379'), 10);
  const sentinels = (env.get(`${p}REDIS_SENTINELS`) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [h, pt] = s.split(':');
      return { host: h ?? s, port: pt ? Number.parseInt(pt, 10) : sentinelPort };
    });
  return {
    url: env.get(`${p}REDIS_URL`) || undefined,
    host: fetch(env, `${p}REDIS_HOST`, 'localhost'),
    port: Number.isFinite(port) ? port : 6379,
    db: Number.isFinite(db) ? db : 0,
    username: env.get(`${p}REDIS_USER`),
    password: env.get(`${p}REDIS_PASSWORD`),
    sentinel: master && sentinels.length ? { master, sentinels, username: env.get(`${p}REDIS_SENTINEL_USERNAME`), password: env.get(`${p}REDIS_SENTINEL_PASSWORD`) } : undefined,
    // redis-namespace treats an empty string as a namespace too (`:queues`).
    namespace: env.has('REDIS_NAMESPACE') ? env.get('REDIS_NAMESPACE') : undefined,
    source: `${p}REDIS_*`,
  };
}

/**
 * Sidekiq's (or the cache's) Redis: `SIDEKIQ_REDIS_*` only counts when its URL, HOST or sentinel
 * settings are given; otherwise the whole base REDIS_* configuration is used
 * (lib/mastodon/redis_configuration.rb), so SIDEKIQ_REDIS_PASSWORD alone is ignored.
 */
export function redisSettings(env: EnvMap, kind: 'base' | 'sidekiq' | 'cache' = 'base'): RedisSettings {
  if (kind === 'base') return redisFrom(env, '');
  const p = kind === 'sidekiq' ? 'SIDEKIQ_' : 'CACHE_';
  const own = env.has(`${p}REDIS_URL`) || env.has(`${p}REDIS_HOST`) || env.has(`${p}REDIS_SENTINEL_MASTER`) || env.has(`${p}REDIS_SENTINELS`);
  return own ? redisFrom(env, p) : redisFrom(env, '');
}
