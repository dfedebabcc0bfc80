// Every environment variable Mastodon v4.6.5 reads (Rails, Sidekiq, tootctl and the streaming
// server), with how its value is interpreted. Built from Mastodon's source (config/initializers/*.rb,
// config/*.yml ERB, lib/mastodon/redis_configuration.rb, streaming/*.js, app/lib, app/helpers), the
// upstream configuration annotations (lib/mastodon/configuration/annotations.yml) and the admin docs
// (mastodon/documentation content/en/admin/config.md). The rules MSTDN203-212 read only this table.
//
// Facts worth knowing before editing:
// - Most booleans are `ENV['X'] == 'true'`: `True`, `1` or `yes` are silently false.
// - `ENV.key?` tests (S3_ENDPOINT, S3_ALIAS_HOST, S3_CLOUDFRONT_HOST, S3_STORAGE_CLASS, S3_KEY_PREFIX,
//   AZURE_ALIAS_HOST) treat an empty value as set. Ruby's `if ENV['X']` is true for "" as well.
// - RAILS_ENV, NODE_ENV, PORT, BIND and SOCKET are read before dotenv loads, so they only work in
//   the process environment (systemd Environment=, docker env), not in `.env.production`.

export type EnvVarKind =
  /** `ENV['X'] == 'true'`: only the exact lowercase string `true` turns it on. */
  | 'boolean-exact-true'
  /** `ENV['X'] != 'false'`: on unless exactly `false`. */
  | 'boolean-not-false'
  /** A flag whose parsing was not checked character by character. */
  | 'boolean'
  | 'number'
  /** A full URL with a scheme (`https://...`, `redis://...`). */
  | 'url'
  /** A host, optionally with a port or path, and no scheme (`media.example.com`). */
  | 'host-without-scheme'
  /** A host name, IP or socket directory (DB_HOST, REDIS_HOST). */
  | 'host'
  /** Separated values (commas, pipes or spaces; see the note). */
  | 'list'
  /** A credential: never commit it, never print it. */
  | 'secret'
  | 'enum'
  | 'path'
  | 'email'
  | 'string';

/** Who reads the variable. `process`: read before dotenv loads, so only the process environment works. */
export type EnvReader = 'rails' | 'streaming' | 'rails+streaming' | 'rails-framework' | 'aws-sdk' | 'process';

export interface ObsoleteInfo {
  /** First Mastodon version where the variable no longer works as it used to (absent where not verified). */
  since?: string;
  /** `ignored`: no effect; `boot-abort`: Mastodon refuses to start; `deprecated`: still honoured, with a warning. */
  effect: 'ignored' | 'boot-abort' | 'deprecated';
  replacement?: string;
  /** What happens and what to do: the predicate of a message that starts with the quoted name. */
  note: string;
}

export interface EnvVar {
  name: string;
  kind: EnvVarKind;
  /** The default Mastodon applies when the variable is absent; null when it stays unset (nil). */
  default: string | null;
  /** Mastodon version that first read it, where that matters. */
  since?: string;
  obsolete?: ObsoleteInfo;
  /** The value is a credential (kind `secret`, or a URL that may embed `user:password@`). */
  secret: boolean;
  /** A URL whose `user:password@` part would be a committed credential. */
  credentialsInUrl?: boolean;
  /** Tested with `ENV.key?`: present-but-empty counts as set. */
  keyPresence?: boolean;
  reader: EnvReader;
  values?: readonly string[];
  /** Where Mastodon reads it. */
  source: string;
  note: string;
}

interface Opts {
  since?: string;
  obsolete?: ObsoleteInfo;
  credentialsInUrl?: boolean;
  keyPresence?: boolean;
  reader?: EnvReader;
  values?: readonly string[];
  secret?: boolean;
}

const CATALOG: EnvVar[] = [];

function v(name: string, kind: EnvVarKind, dflt: string | null, source: string, note: string, o: Opts = {}): void {
  CATALOG.push({
    name,
    kind,
    default: dflt,
    secret: o.secret ?? (kind === 'secret' || Boolean(o.credentialsInUrl)),
    reader: o.reader ?? 'rails',
    source,
    note,
    ...(o.since ? { since: o.since } : {}),
    ...(o.obsolete ? { obsolete: o.obsolete } : {}),
    ...(o.credentialsInUrl ? { credentialsInUrl: true } : {}),
    ...(o.keyPresence ? { keyPresence: true } : {}),
    ...(o.values ? { values: o.values } : {}),
  });
}

// ---------------------------------------------------------------- federation and display
const HOSTS = 'config/initializers/1_hosts.rb';
v('LOCAL_DOMAIN', 'host-without-scheme', 'localhost:<PORT>', HOSTS, 'the server identity (handles @user@LOCAL_DOMAIN); cannot be changed later; no scheme');
v('WEB_DOMAIN', 'host-without-scheme', '<LOCAL_DOMAIN>', HOSTS, 'where the web interface is served when it differs from LOCAL_DOMAIN; no scheme');
v('ALTERNATE_DOMAINS', 'list', '', HOSTS, 'comma-separated extra domains the server answers for');
v('LOCAL_HTTPS', 'boolean-exact-true', 'false', HOSTS, 'only outside production; production always uses https');
v('STREAMING_API_BASE_URL', 'url', 'wss://<WEB_DOMAIN>', HOSTS, 'URL the web app uses for the streaming API');
v('ALLOWED_PRIVATE_ADDRESSES', 'list', '', 'config/initializers/allowed_private_addresses.rb', 'comma-separated private IPs/CIDRs outgoing requests may reach');
v('AUTHORIZED_FETCH', 'boolean-exact-true', 'false', 'app/helpers/authorized_fetch_helper.rb, streaming', 'secure mode; when set at all it overrides the admin setting, and only `true` turns it on', { reader: 'rails+streaming' });
v('LIMITED_FEDERATION_MODE', 'boolean-exact-true', 'false', 'config/initializers/2_limited_federation_mode.rb', 'allow-list federation; implies AUTHORIZED_FETCH', { reader: 'rails+streaming' });
v('WHITELIST_MODE', 'boolean-exact-true', 'false', 'config/initializers/2_limited_federation_mode.rb, deprecations.rb', 'old name of LIMITED_FEDERATION_MODE', {
  reader: 'rails+streaming',
  obsolete: { since: '3.1.5', effect: 'deprecated', replacement: 'LIMITED_FEDERATION_MODE', note: 'is the pre-3.1.5 name of LIMITED_FEDERATION_MODE and logs a deprecation warning at every boot; rename it to LIMITED_FEDERATION_MODE' },
});
v('DISALLOW_UNAUTHENTICATED_API_ACCESS', 'boolean', 'false', 'app/controllers/api/base_controller.rb', 'logged-out API access off');
v('SINGLE_USER_MODE', 'boolean-exact-true', 'false', 'config/initializers/single_user_mode.rb', 'front page redirects to the first profile, registrations off');
v('DISABLE_AUTOMATIC_SWITCHING_TO_APPROVED_REGISTRATIONS', 'boolean', 'false', 'app/workers/scheduler/auto_close_registrations_scheduler.rb', 'keep open registrations open without moderator activity', { since: '4.2.8' });
v('DEFAULT_LOCALE', 'string', 'en', 'config/initializers/i18n.rb', 'fallback UI language');
v('FORCE_DEFAULT_LOCALE', 'boolean', 'false', 'app/controllers/concerns/localized.rb', 'ignore the browser language', { since: '4.4.0' });
v('SELF_DESTRUCT', 'string', null, 'config/mastodon.yml', 'token from `tootctl self-destruct enable`; deletes the server');
v('EXPERIMENTAL_FEATURES', 'list', '', 'config/mastodon.yml', 'comma-separated feature flags');
v('UPDATE_CHECK_URL', 'url', 'https://api.joinmastodon.org/update-check', 'config/mastodon.yml', 'empty disables update checks');
v('DONATION_CAMPAIGNS_URL', 'url', null, 'config/mastodon.yml', 'donation campaigns API');
v('DONATION_CAMPAIGNS_ENVIRONMENT', 'string', null, 'config/mastodon.yml', 'donation campaigns environment tag');
v('SOURCE_BASE_URL', 'url', 'https://github.com/<GITHUB_REPOSITORY>', 'lib/mastodon/version.rb', 'source code link');
v('GITHUB_REPOSITORY', 'string', 'mastodon/mastodon', 'lib/mastodon/version.rb', 'source repository');
v('SOURCE_TAG', 'string', null, 'lib/mastodon/version.rb', 'git tag shown in the version API');
v('SOURCE_COMMIT', 'string', null, 'lib/mastodon/version.rb', 'git commit shown in the version API');
v('MASTODON_VERSION_PRERELEASE', 'string', null, 'lib/mastodon/version.rb', 'version suffix');
v('MASTODON_VERSION_METADATA', 'string', null, 'lib/mastodon/version.rb', 'version build metadata');

// ---------------------------------------------------------------- secrets
v('SECRET_KEY_BASE', 'secret', null, 'Rails (production)', 'signs sessions and cookies; Rails refuses to boot in production without it', { reader: 'rails-framework' });
v('SECRET_KEY_BASE_DUMMY', 'boolean', null, 'config/initializers/active_record_encryption.rb', 'asset builds only');
v('OTP_SECRET', 'secret', null, 'db/post_migrate/20240307180905_migrate_devise_two_factor_secrets.rb', 'required by production.rb up to 4.3.x; from 4.4.0 only the 2FA secret migration reads it');
const ARE = 'config/initializers/active_record_encryption.rb';
for (const k of ['DETERMINISTIC_KEY', 'KEY_DERIVATION_SALT', 'PRIMARY_KEY']) {
  v(`ACTIVE_RECORD_ENCRYPTION_${k}`, 'secret', null, ARE, 'boot aborts when missing; in production also when it ends with DO_NOT_USE_IN_PRODUCTION; generate with `bin/rails db:encryption:init`, never change', { since: '4.3.0' });
}
v('VAPID_PRIVATE_KEY', 'secret', null, 'config/initializers/vapid.rb', 'Web Push signing key; generate with `rake mastodon:webpush:generate_vapid_key`');
v('VAPID_PUBLIC_KEY', 'string', null, 'config/initializers/vapid.rb', 'Web Push public key, published in /api/v2/instance');
v('MIGRATION_IGNORE_INVALID_OTP_SECRET', 'boolean', null, 'db/post_migrate/20240307180905_migrate_devise_two_factor_secrets.rb', 'skip undecryptable 2FA secrets during that migration');

// ---------------------------------------------------------------- deployment
v('RAILS_ENV', 'enum', 'development', 'config/boot.rb', 'read before dotenv, so set it in the process environment (the Docker image sets production)', { reader: 'process', values: ['production', 'development', 'test'] });
v('NODE_ENV', 'enum', 'development', 'streaming/index.js', 'read before dotenv; picks .env.production for the streaming server', { reader: 'process', values: ['production', 'development', 'test'] });
v('RACK_ENV', 'string', null, 'Rails', 'fallback for RAILS_ENV', { reader: 'process' });
v('PORT', 'number', '3000 (web), 4000 (streaming)', 'config/puma.rb, streaming/index.js', 'per process; read before dotenv', { reader: 'process' });
v('BIND', 'host', '127.0.0.1 (0.0.0.0 in the image)', 'config/puma.rb, streaming/index.js', 'per process; read before dotenv', { reader: 'process' });
v('SOCKET', 'path', null, 'config/puma.rb, streaming/index.js', 'Unix socket instead of BIND/PORT; read before dotenv', { reader: 'process' });
v('RAILS_SERVE_STATIC_FILES', 'boolean-exact-true', 'false', 'config/application.rb', 'Rails serves public/ itself (Mastodon::Middleware::PublicFileServer)');
v('RAILS_LOG_LEVEL', 'enum', 'info', 'config/environments/production.rb', 'web and Sidekiq log level', { values: ['debug', 'info', 'warn', 'error', 'fatal', 'unknown'] });
v('RAILS_LOG_TO_STDOUT', 'boolean', null, 'config/environments/production.rb', 'log to stdout');
v('LOG_LEVEL', 'enum', 'info', 'streaming/logging.js', 'streaming server log level', { reader: 'streaming', values: ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] });
v('TRUSTED_PROXY_IP', 'list', 'loopback and private ranges', 'config/environments/production.rb, streaming', 'comma-separated IPs/CIDRs of reverse proxies; replaces the defaults', { reader: 'rails+streaming' });
v('PROXY_PROTO_V1', 'boolean-exact-true', 'false', 'config/puma.rb', 'PROXY protocol v1 in Puma');
v('SENDFILE_HEADER', 'enum', null, 'config/environments/production.rb', 'X-Sendfile / X-Accel-Redirect', { values: ['X-Sendfile', 'X-Accel-Redirect'] });
v('MASTODON_USE_LIBVIPS', 'boolean-exact-true', 'true (4.6.0+)', 'config/application.rb (up to 4.5)', 'libvips instead of ImageMagick', {
  since: '4.3.0',
  obsolete: { since: '4.6.0', effect: 'ignored', note: 'has been ignored since Mastodon 4.6.0, which dropped ImageMagick and always uses libvips; remove it and make sure libvips 8.13 or newer is installed' },
});
v('MASTODON_SIDEKIQ_READY_FILENAME', 'string', null, 'config/initializers/sidekiq.rb', 'file Sidekiq touches once ready (readiness probes)');
v('VIPS_BLOCK_UNTRUSTED', 'boolean', 'true', 'config/initializers/vips.rb', 'block untrusted libvips loaders');
v('FFMPEG_BINARY', 'path', 'ffmpeg', 'config/initializers/ffmpeg.rb', 'ffmpeg executable');
v('FFPROBE_BINARY', 'path', 'ffprobe', 'config/initializers/ffmpeg.rb', 'ffprobe executable');
v('MAX_REQUEST_POOL_SIZE', 'number', '512', 'app/lib/request_pool.rb', 'outgoing HTTP connection pool');

// ---------------------------------------------------------------- scaling
v('WEB_CONCURRENCY', 'number', '2', 'config/puma.rb', 'Puma worker processes');
v('MAX_THREADS', 'number', '5', 'config/puma.rb, lib/mastodon/redis_configuration.rb', 'Puma threads per worker; also the default DB and Redis pool size in web');
v('MIN_THREADS', 'number', '<MAX_THREADS>', 'config/puma.rb', 'minimum Puma threads');
v('PERSISTENT_TIMEOUT', 'number', '20', 'config/puma.rb', 'Puma keep-alive timeout (s)');
v('SIDEKIQ_CONCURRENCY', 'number', '5', 'config/sidekiq.yml', 'Sidekiq threads when -c is not given', { since: '4.1.0' });
v('STREAMING_CLUSTER_NUM', 'number', null, 'streaming/index.js (up to 4.2)', 'streaming worker processes', {
  reader: 'streaming',
  obsolete: { since: '4.3.0', effect: 'ignored', note: 'has been ignored since Mastodon 4.3.0, where the streaming server became a single process; remove it and run more streaming processes instead' },
});

// ---------------------------------------------------------------- PostgreSQL
const DB = 'config/database.yml, streaming/database.js';
v('DB_HOST', 'host', 'localhost', DB, 'host or socket directory', { reader: 'rails+streaming' });
v('DB_PORT', 'number', '5432', DB, 'port', { reader: 'rails+streaming' });
v('DB_NAME', 'string', 'mastodon_production', DB, 'database', { reader: 'rails+streaming' });
v('DB_USER', 'string', 'mastodon', DB, 'user', { reader: 'rails+streaming' });
v('DB_PASS', 'secret', '', DB, 'password', { reader: 'rails+streaming' });
v('DB_POOL', 'number', 'Sidekiq concurrency, else MAX_THREADS, else 5 (streaming: 10)', DB, 'connection pool; smaller than the thread count starves threads', { reader: 'rails+streaming' });
v('DB_SSLMODE', 'enum', 'prefer', DB, 'libpq sslmode', { reader: 'rails+streaming', values: ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'] });
v('DATABASE_URL', 'url', null, 'Rails, streaming/database.js', 'wins over DB_*; may embed user:password@', { reader: 'rails+streaming', credentialsInUrl: true });
v('PREPARED_STATEMENTS', 'boolean-not-false', 'true', 'config/database.yml', 'set false behind a transaction-mode pooler (PgBouncer)');
v('QUERY_LOG_TAGS_ENABLED', 'boolean', 'false', 'config/application.rb', 'SQL comments with controller/job; disables prepared statements', { since: '4.4.0' });
v('REPLICA_DB_HOST', 'host', null, 'config/database.yml', 'read replica host');
v('REPLICA_DB_PORT', 'number', null, 'config/database.yml', 'read replica port');
v('REPLICA_DB_NAME', 'string', null, 'config/database.yml', 'read replica database');
v('REPLICA_DB_USER', 'string', null, 'config/database.yml', 'read replica user');
v('REPLICA_DB_PASS', 'secret', null, 'config/database.yml', 'read replica password');
v('REPLICA_DATABASE_URL', 'url', null, 'config/database.yml', 'read replica URL; may embed user:password@', { credentialsInUrl: true });
v('REPLICA_PREPARED_STATEMENTS', 'boolean-not-false', '<PREPARED_STATEMENTS>', 'config/database.yml', 'prepared statements on the replica');
v('REPLICA_DB_TASKS', 'boolean-not-false', 'true', 'config/database.yml', 'run schema tasks on the replica too');
v('SKIP_POST_DEPLOYMENT_MIGRATIONS', 'boolean-exact-true', 'false', 'lib/mastodon/database.rb', 'db:migrate skips post-deployment migrations');

// ---------------------------------------------------------------- Redis
const REDIS = 'lib/mastodon/redis_configuration.rb';
v('REDIS_URL', 'url', null, `${REDIS}, streaming/redis.js`, 'wins over every other REDIS_* setting; may embed user:password@', { reader: 'rails+streaming', credentialsInUrl: true });
v('REDIS_HOST', 'host', 'localhost (streaming: 127.0.0.1)', `${REDIS}, streaming/redis.js`, 'host', { reader: 'rails+streaming' });
v('REDIS_PORT', 'number', '6379', `${REDIS}, streaming/redis.js`, 'port', { reader: 'rails+streaming' });
v('REDIS_DB', 'number', '0', `${REDIS}, streaming/redis.js`, 'database number', { reader: 'rails+streaming' });
v('REDIS_USER', 'string', null, REDIS, 'ACL user for Rails and Sidekiq (the streaming server reads REDIS_USERNAME)', { since: '4.3.0' });
v('REDIS_USERNAME', 'string', null, 'streaming/redis.js', 'ACL user for the streaming server only; Rails and Sidekiq read REDIS_USER', { reader: 'streaming' });
v('REDIS_PASSWORD', 'secret', null, `${REDIS}, streaming/redis.js`, 'password', { reader: 'rails+streaming' });
v('REDIS_DRIVER', 'enum', 'hiredis', REDIS, '`ruby` is needed for TLS (rediss://)', { since: '4.3.0', values: ['hiredis', 'ruby'] });
v('REDIS_SENTINELS', 'list', null, `${REDIS}, streaming/redis.js`, 'comma-separated host:port; needs REDIS_SENTINEL_MASTER', { since: '4.3.0', reader: 'rails+streaming' });
v('REDIS_SENTINEL_MASTER', 'string', null, `${REDIS}, streaming/redis.js`, 'sentinel master name; needs REDIS_SENTINELS', { since: '4.3.0', reader: 'rails+streaming' });
v('REDIS_SENTINEL_PORT', 'number', '26379', `${REDIS}, streaming/redis.js`, 'default sentinel port', { since: '4.3.0', reader: 'rails+streaming' });
v('REDIS_SENTINEL_USERNAME', 'string', '<REDIS_USER>', `${REDIS}, streaming/redis.js`, 'sentinel user', { since: '4.3.0', reader: 'rails+streaming' });
v('REDIS_SENTINEL_PASSWORD', 'secret', '<REDIS_PASSWORD>', `${REDIS}, streaming/redis.js`, 'sentinel password', { since: '4.3.0', reader: 'rails+streaming' });
v('REDIS_NAMESPACE', 'string', null, 'config/initializers/deprecations.rb', 'prefix of every Redis key up to 4.3', {
  reader: 'rails+streaming',
  obsolete: {
    since: '4.4.0',
    effect: 'boot-abort',
    note: 'makes Mastodon 4.4.0 and later abort at boot, even when empty; migrate the keys with mastodon/redis_namespace_migration, then remove it',
  },
});
for (const p of ['SIDEKIQ', 'CACHE'] as const) {
  const who = p === 'SIDEKIQ' ? 'Sidekiq' : 'the Rails cache';
  const only = `only used when ${p}_REDIS_URL, ${p}_REDIS_HOST or ${p}_REDIS_SENTINELS with ${p}_REDIS_SENTINEL_MASTER is set; otherwise ${who} uses the base REDIS_* connection`;
  v(`${p}_REDIS_URL`, 'url', null, REDIS, `separate Redis for ${who}; wins over the other ${p}_REDIS_*; may embed user:password@`, { credentialsInUrl: true });
  v(`${p}_REDIS_HOST`, 'host', null, REDIS, `separate Redis for ${who}; blank means the base REDIS_* connection`);
  v(`${p}_REDIS_PORT`, 'number', null, REDIS, only);
  v(`${p}_REDIS_DB`, 'number', null, REDIS, only);
  v(`${p}_REDIS_USER`, 'string', null, REDIS, only, { since: '4.3.0' });
  v(`${p}_REDIS_PASSWORD`, 'secret', null, REDIS, only);
  v(`${p}_REDIS_SENTINELS`, 'list', null, REDIS, `sentinels for ${who}; needs ${p}_REDIS_SENTINEL_MASTER`, { since: '4.3.0' });
  v(`${p}_REDIS_SENTINEL_MASTER`, 'string', null, REDIS, `sentinel master for ${who}; needs ${p}_REDIS_SENTINELS`, { since: '4.3.0' });
  v(`${p}_REDIS_SENTINEL_PORT`, 'number', '26379', REDIS, only, { since: '4.3.0' });
  v(`${p}_REDIS_SENTINEL_USERNAME`, 'string', null, REDIS, only, { since: '4.3.0' });
  v(`${p}_REDIS_SENTINEL_PASSWORD`, 'secret', null, REDIS, only, { since: '4.3.0' });
  v(`${p}_REDIS_NAMESPACE`, 'string', null, `${REDIS} (up to 4.3)`, `key prefix for ${who} up to 4.3`, {
    obsolete: { since: '4.4.0', effect: 'ignored', note: 'has been ignored since Mastodon 4.4.0, which removed Redis namespaces; migrate namespaced keys with mastodon/redis_namespace_migration, then remove it' },
  });
}

// ---------------------------------------------------------------- Elasticsearch
const CHEWY = 'config/initializers/chewy.rb';
v('ES_ENABLED', 'boolean-exact-true', 'false', CHEWY, 'full-text search through Elasticsearch/OpenSearch');
v('ES_HOST', 'string', 'localhost', CHEWY, 'host, or https://host for TLS');
v('ES_PORT', 'number', '9200', CHEWY, 'port');
v('ES_USER', 'string', null, CHEWY, 'user');
v('ES_PASS', 'secret', null, CHEWY, 'password');
v('ES_PREFIX', 'string', null, CHEWY, 'index name prefix (was REDIS_NAMESPACE before 4.4)');
v('ES_CA_FILE', 'path', null, CHEWY, 'CA bundle', { since: '4.3.0' });
v('ES_PRESET', 'enum', 'single_node_cluster', `${CHEWY}, lib/chewy/index_extensions.rb`, 'shards and replicas', { values: ['single_node_cluster', 'small_cluster', 'large_cluster'] });

// ---------------------------------------------------------------- SMTP (config/email.yml, production only)
const EMAIL = 'config/email.yml';
for (const pre of ['', 'BULK_']) {
  const o: Opts = pre ? { since: '4.4.0' } : {};
  const what = pre ? 'bulk mail (announcements, terms of service)' : 'mail';
  v(`${pre}SMTP_SERVER`, 'host', null, EMAIL, `SMTP host for ${what}`, o);
  v(`${pre}SMTP_PORT`, 'number', null, EMAIL, 'SMTP port', o);
  v(`${pre}SMTP_LOGIN`, 'string', null, EMAIL, 'SMTP user', o);
  v(`${pre}SMTP_PASSWORD`, 'secret', null, EMAIL, 'SMTP password', o);
  v(`${pre}SMTP_DOMAIN`, 'string', '<LOCAL_DOMAIN>', EMAIL, 'HELO domain', o);
  v(`${pre}SMTP_AUTH_METHOD`, 'enum', 'plain', EMAIL, 'SASL method', { ...o, values: ['plain', 'login', 'cram_md5', 'none'] });
  v(`${pre}SMTP_CA_FILE`, 'path', '/etc/ssl/certs/ca-certificates.crt', EMAIL, 'CA bundle', o);
  v(`${pre}SMTP_OPENSSL_VERIFY_MODE`, 'enum', null, EMAIL, 'certificate verification', { ...o, values: ['none', 'peer', 'client_once', 'fail_if_no_peer_cert'] });
  v(`${pre}SMTP_ENABLE_STARTTLS`, 'enum', null, EMAIL, 'auto, always or never', { since: pre ? '4.4.0' : '4.0.0', values: ['auto', 'always', 'never'] });
  v(`${pre}SMTP_ENABLE_STARTTLS_AUTO`, 'boolean-not-false', 'true', EMAIL, 'on unless exactly false', o);
  v(`${pre}SMTP_TLS`, 'boolean-exact-true', 'false', EMAIL, 'implicit TLS', o);
  v(`${pre}SMTP_SSL`, 'boolean-exact-true', 'false', EMAIL, 'implicit TLS (alias)', o);
}
v('SMTP_FROM_ADDRESS', 'email', 'notifications@localhost', `${EMAIL}, config/initializers/devise.rb`, 'sender address');
v('SMTP_DELIVERY_METHOD', 'enum', 'smtp', EMAIL, 'delivery method', { values: ['smtp', 'sendmail', 'file', 'test', 'letter_opener'] });
v('SMTP_REPLY_TO', 'email', null, EMAIL, 'Reply-To address');
v('SMTP_RETURN_PATH', 'email', null, EMAIL, 'Return-Path address');

// ---------------------------------------------------------------- object storage (config/initializers/paperclip.rb)
const PC = 'config/initializers/paperclip.rb';
v('S3_ENABLED', 'boolean-exact-true', 'false', `${PC}, ${HOSTS}`, 'exactly `true` stores media in S3; anything else means the local disk');
v('S3_BUCKET', 'string', null, PC, 'bucket name');
v('AWS_ACCESS_KEY_ID', 'string', null, PC, 'S3 access key id (an identifier; the secret is AWS_SECRET_ACCESS_KEY)');
v('AWS_SECRET_ACCESS_KEY', 'secret', null, PC, 'S3 secret key');
v('S3_REGION', 'string', 'us-east-1', PC, 'SDK region, always passed explicitly (so AWS_REGION has no effect)');
v('S3_PROTOCOL', 'enum', 'https', PC, 'scheme of generated media URLs, not of the API endpoint', { values: ['http', 'https'] });
v('S3_HOSTNAME', 'host-without-scheme', 's3-<S3_REGION>.amazonaws.com', PC, 'host in generated media URLs (<S3_PROTOCOL>://<S3_HOSTNAME>/<bucket>/<key>); not the API endpoint');
v('S3_ENDPOINT', 'url', null, PC, 'API endpoint with scheme; when present forces path-style and :s3_path_url URLs', { keyPresence: true });
v('S3_OVERRIDE_PATH_STYLE', 'boolean-exact-true', 'false', PC, 'only with S3_ENDPOINT: `true` switches to virtual-hosted style');
v('S3_ALIAS_HOST', 'host-without-scheme', null, `${PC}, app/lib/content_security_policy.rb`, 'CDN host (optionally with a path) for media URLs <S3_PROTOCOL>://<alias>/<key>; no scheme', { keyPresence: true });
v('S3_CLOUDFRONT_HOST', 'host-without-scheme', null, PC, 'legacy name of S3_ALIAS_HOST (S3_ALIAS_HOST wins); no scheme', { keyPresence: true });
v('S3_PERMISSION', 'enum', 'public-read', `${PC}, app/models/backup.rb, app/services/update_media_attachments_permissions_service.rb`, 'canned ACL on every upload; present-but-empty sends no ACL (needed when the bucket has ACLs disabled)', {
  values: ['', 'private', 'public-read', 'authenticated-read', 'bucket-owner-full-control'],
});
v('S3_SIGNATURE_VERSION', 'enum', 'v4', PC, 'SDK signature version', { values: ['v2', 'v4'] });
v('S3_OPEN_TIMEOUT', 'number', '5', PC, 'SDK http_open_timeout (s)');
v('S3_READ_TIMEOUT', 'number', '5', PC, 'SDK http_read_timeout (s)', { since: '3.3.0' });
v('S3_RETRY_LIMIT', 'number', '0', PC, 'SDK retry_limit', { since: '4.3.0' });
v('S3_MULTIPART_THRESHOLD', 'number', '15728640', PC, 'multipart upload threshold in bytes (15 MiB)');
v('S3_STORAGE_CLASS', 'enum', null, PC, 'storage class on upload; present-but-empty sends an empty class', {
  since: '4.2.0',
  keyPresence: true,
  values: ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR', 'EXPRESS_ONEZONE'],
});
v('S3_KEY_PREFIX', 'string', null, PC, 'object keys become <prefix>/<path>; present-but-empty gives keys starting with "/"', { since: '4.3.0', keyPresence: true });
v('S3_FORCE_SINGLE_REQUEST', 'boolean-exact-true', 'false', PC, 'single-request downloads for providers that break ranged GETs (#16822)', { since: '4.0.0' });
v('S3_ENABLE_CHECKSUM_MODE', 'boolean-exact-true', 'false', PC, 'checksum validation on downloads; off by default since 4.2.0', { since: '4.2.0' });
v('S3_DISABLE_CHECKSUM_MODE', 'boolean-exact-true', null, PC, 'only existed in 4.2.0-beta2 to rc2 (#26435)', {
  obsolete: { since: '4.2.0', effect: 'ignored', replacement: 'S3_ENABLE_CHECKSUM_MODE', note: 'has been ignored since Mastodon 4.2.0, where checksum validation became off by default; remove it, and set S3_ENABLE_CHECKSUM_MODE=true only if your provider supports checksums' },
});
v('S3_BATCH_DELETE_LIMIT', 'number', '1000', 'app/lib/attachment_batch.rb', 'keys per DeleteObjects call', { since: '4.3.0' });
v('S3_BATCH_DELETE_RETRY', 'number', '3', 'app/lib/attachment_batch.rb', 'tries for batch deletes', { since: '4.3.0' });
v('EXTRA_MEDIA_HOSTS', 'list', '', 'app/lib/content_security_policy.rb', 'extra CSP media sources (commas or spaces); does not change media URLs', { since: '4.4.0' });
v('CDN_HOST', 'url', null, 'config/environments/production.rb', 'asset host for compiled assets, not media');
v('PAPERCLIP_ROOT_PATH', 'path', ':rails_root/public/system', PC, 'local media directory');
v('PAPERCLIP_ROOT_URL', 'string', '/system', PC, 'URL path of local media');
v('SWIFT_ENABLED', 'boolean-exact-true', 'false', `${PC}, ${HOSTS}`, 'exactly `true` stores media in OpenStack Swift (only when S3_ENABLED is not true)');
v('SWIFT_USERNAME', 'string', null, PC, 'Swift user');
v('SWIFT_TENANT', 'string', null, PC, 'project name and tenant');
v('SWIFT_PASSWORD', 'secret', null, PC, 'Swift password');
v('SWIFT_PROJECT_ID', 'string', null, PC, 'project id');
v('SWIFT_AUTH_URL', 'url', null, PC, 'Keystone URL');
v('SWIFT_CONTAINER', 'string', null, PC, 'container');
v('SWIFT_OBJECT_URL', 'url', null, PC, 'public object URL (fog host)');
v('SWIFT_REGION', 'string', null, PC, 'region');
v('SWIFT_DOMAIN_NAME', 'string', 'default', PC, 'domain');
v('SWIFT_CACHE_TTL', 'number', '60', PC, 'auth cache TTL (s)');
v('SWIFT_TEMP_URL_KEY', 'secret', null, PC, 'temporary URL key');
v('AZURE_ENABLED', 'boolean-exact-true', 'false', PC, 'exactly `true` stores media in Azure Blob Storage (only when S3 and Swift are not enabled)', { since: '4.2.0' });
v('AZURE_STORAGE_ACCOUNT', 'string', null, PC, 'storage account', { since: '4.2.0' });
v('AZURE_STORAGE_ACCESS_KEY', 'secret', null, PC, 'access key', { since: '4.2.0' });
v('AZURE_CONTAINER_NAME', 'string', null, PC, 'container', { since: '4.2.0' });
v('AZURE_ALIAS_HOST', 'host-without-scheme', null, PC, 'CDN host for media URLs https://<alias>/<key>; no scheme', { since: '4.2.0', keyPresence: true });

// ---------------------------------------------------------------- cache buster
v('CACHE_BUSTER_ENABLED', 'boolean-exact-true', 'false', 'config/initializers/cache_buster.rb', 'purge deleted media from a caching proxy');
v('CACHE_BUSTER_HTTP_METHOD', 'enum', 'GET', 'config/initializers/cache_buster.rb', 'purge request method', { values: ['GET', 'POST', 'PURGE'] });
v('CACHE_BUSTER_SECRET_HEADER', 'string', null, 'config/initializers/cache_buster.rb', 'header carrying CACHE_BUSTER_SECRET');
v('CACHE_BUSTER_SECRET', 'secret', null, 'config/initializers/cache_buster.rb', 'purge secret');

// ---------------------------------------------------------------- translation, captcha, observability
v('DEEPL_API_KEY', 'secret', null, 'config/translation.yml', 'DeepL key');
v('DEEPL_PLAN', 'enum', 'free', 'config/translation.yml', 'DeepL plan', { since: '4.2.6', values: ['free', 'pro'] });
v('LIBRE_TRANSLATE_ENDPOINT', 'url', null, 'config/translation.yml', 'LibreTranslate URL');
v('LIBRE_TRANSLATE_API_KEY', 'secret', null, 'config/translation.yml', 'LibreTranslate key');
v('HCAPTCHA_SITE_KEY', 'string', null, 'config/captcha.yml', 'hCaptcha site key (public)');
v('HCAPTCHA_SECRET_KEY', 'secret', null, 'config/captcha.yml', 'hCaptcha secret');
for (const k of ['ENABLED', 'WEB_DETAILED_METRICS', 'SIDEKIQ_DETAILED_METRICS', 'LOCAL']) {
  v(`MASTODON_PROMETHEUS_EXPORTER_${k}`, 'boolean-exact-true', 'false', 'config/initializers/prometheus_exporter.rb', 'Prometheus instrumentation', { since: '4.4.0' });
}
v('MASTODON_PROMETHEUS_EXPORTER_HOST', 'host', 'localhost', 'config/initializers/prometheus_exporter.rb', 'in-process exporter host', { since: '4.4.0' });
v('MASTODON_PROMETHEUS_EXPORTER_PORT', 'number', '9394', 'config/initializers/prometheus_exporter.rb', 'in-process exporter port', { since: '4.4.0' });
v('PROMETHEUS_EXPORTER_HOST', 'host', 'localhost', 'prometheus_exporter gem', 'external exporter host', { since: '4.4.0' });
v('PROMETHEUS_EXPORTER_PORT', 'number', '9394', 'prometheus_exporter gem', 'external exporter port', { since: '4.4.0' });
v('OTEL_EXPORTER_OTLP_ENDPOINT', 'url', null, 'config/initializers/opentelemetry.rb', 'tracing is off unless set', { since: '4.3.0' });
v('OTEL_SERVICE_NAME_PREFIX', 'string', 'mastodon', 'config/initializers/opentelemetry.rb', 'service name prefix', { since: '4.3.0' });
v('OTEL_SERVICE_NAME_SEPARATOR', 'string', '/', 'config/initializers/opentelemetry.rb', 'service name separator', { since: '4.3.0' });
for (const k of ['ADDR', 'NAMESPACE', 'SIDEKIQ']) {
  v(`STATSD_${k}`, 'string', null, 'config/initializers/statsd.rb (up to 4.2)', 'StatsD metrics', {
    obsolete: { since: '4.3.0', effect: 'ignored', replacement: 'MASTODON_PROMETHEUS_EXPORTER_ENABLED', note: 'has been ignored since Mastodon 4.3.0, which removed StatsD support; remove it and use the Prometheus exporter or OpenTelemetry' },
  });
}

// ---------------------------------------------------------------- authentication
v('OMNIAUTH_ONLY', 'boolean-exact-true', 'false', 'app/controllers/application_controller.rb', 'only external login');
v('ONE_CLICK_SSO_LOGIN', 'boolean-exact-true', 'false', 'app/lib/content_security_policy.rb', 'single "Login or Register" button');
v('ALLOW_UNSAFE_AUTH_PROVIDER_REATTACH', 'boolean-exact-true', 'false', 'app/models/concerns/user/omniauthable.rb', 'link providers by e-mail (account takeover risk)', { since: '4.2.6' });
v('SSO_ACCOUNT_SIGN_UP', 'url', null, 'config/initializers/3_omniauth.rb', 'external sign-up page');
v('SSO_ACCOUNT_SETTINGS', 'url', null, 'config/initializers/3_omniauth.rb', 'external account settings page');
const DEVISE = 'config/initializers/devise.rb';
v('LDAP_ENABLED', 'boolean-exact-true', 'false', DEVISE, 'LDAP login');
v('LDAP_HOST', 'host', 'localhost', DEVISE, 'LDAP host');
v('LDAP_PORT', 'number', '389', DEVISE, 'LDAP port');
v('LDAP_METHOD', 'enum', 'simple_tls', DEVISE, 'encryption', { values: ['simple_tls', 'start_tls', 'plain'] });
v('LDAP_BASE', 'string', null, DEVISE, 'search base');
v('LDAP_BIND_DN', 'string', null, DEVISE, 'bind DN');
v('LDAP_PASSWORD', 'secret', null, DEVISE, 'bind password');
v('LDAP_UID', 'string', 'cn', DEVISE, 'uid attribute');
v('LDAP_MAIL', 'string', 'mail', DEVISE, 'mail attribute');
v('LDAP_SEARCH_FILTER', 'string', null, DEVISE, 'search filter');
v('LDAP_TLS_NO_VERIFY', 'boolean-exact-true', 'false', DEVISE, 'skip certificate verification');
v('LDAP_UID_CONVERSION_ENABLED', 'boolean-exact-true', 'false', DEVISE, 'rewrite uids');
v('LDAP_UID_CONVERSION_SEARCH', 'string', '.,- ', DEVISE, 'characters to replace');
v('LDAP_UID_CONVERSION_REPLACE', 'string', '_', DEVISE, 'replacement');
v('PAM_ENABLED', 'boolean-exact-true', 'false', `${DEVISE}, config/application.rb`, 'PAM login');
v('PAM_EMAIL_DOMAIN', 'string', null, DEVISE, 'e-mail domain for PAM users');
v('PAM_DEFAULT_SERVICE', 'string', 'rpam', DEVISE, 'PAM service');
v('PAM_CONTROLLED_SERVICE', 'string', null, DEVISE, 'PAM controlled service');
const OMNI = 'config/initializers/3_omniauth.rb';
v('CAS_ENABLED', 'boolean-exact-true', 'false', OMNI, 'CAS login');
v('CAS_DISPLAY_NAME', 'string', null, OMNI, 'button label');
for (const k of ['URL', 'VALIDATE_URL', 'CALLBACK_URL', 'LOGOUT_URL', 'LOGIN_URL']) v(`CAS_${k}`, 'url', null, OMNI, 'CAS endpoint');
v('CAS_HOST', 'host', null, OMNI, 'CAS host');
v('CAS_PORT', 'number', null, OMNI, 'CAS port');
v('CAS_SSL', 'boolean-exact-true', 'false', OMNI, 'https to CAS');
v('CAS_UID_FIELD', 'string', 'user', OMNI, 'uid field');
v('CAS_CA_PATH', 'path', null, OMNI, 'CA path');
v('CAS_DISABLE_SSL_VERIFICATION', 'boolean-exact-true', 'false', OMNI, 'skip certificate verification');
for (const [k, d] of [['UID', 'user'], ['NAME', 'name'], ['EMAIL', 'email'], ['NICKNAME', 'nickname'], ['FIRST_NAME', 'firstname'], ['LAST_NAME', 'lastname'], ['LOCATION', 'location'], ['IMAGE', 'image'], ['PHONE', 'phone']] as const) {
  v(`CAS_${k}_KEY`, 'string', d, OMNI, 'CAS attribute');
}
v('CAS_SECURITY_ASSUME_EMAIL_IS_VERIFIED', 'boolean-exact-true', 'false', OMNI, 'trust CAS e-mails');
v('SAML_ENABLED', 'boolean-exact-true', 'false', OMNI, 'SAML login');
v('SAML_DISPLAY_NAME', 'string', null, OMNI, 'button label');
v('SAML_ACS_URL', 'url', null, OMNI, 'assertion consumer URL');
v('SAML_ISSUER', 'string', null, OMNI, 'issuer');
v('SAML_IDP_SSO_TARGET_URL', 'url', null, OMNI, 'IdP SSO URL');
v('SAML_IDP_SSO_TARGET_PARAMS', 'string', null, OMNI, 'extra IdP parameters');
v('SAML_IDP_CERT', 'string', null, OMNI, 'IdP certificate (public)');
v('SAML_IDP_CERT_FINGERPRINT', 'string', null, OMNI, 'IdP certificate fingerprint');
v('SAML_IDP_CERT_FINGERPRINT_VALIDATOR', 'string', null, OMNI, 'fingerprint validator');
v('SAML_NAME_IDENTIFIER_FORMAT', 'string', null, OMNI, 'NameID format');
v('SAML_CERT', 'string', null, OMNI, 'SP certificate (public)');
v('SAML_PRIVATE_KEY', 'secret', null, OMNI, 'SP private key');
v('SAML_SECURITY_WANT_ASSERTION_SIGNED', 'boolean-exact-true', 'false', OMNI, 'require signed assertions');
v('SAML_SECURITY_WANT_ASSERTION_ENCRYPTED', 'boolean-exact-true', 'false', OMNI, 'require encrypted assertions');
v('SAML_SECURITY_ASSUME_EMAIL_IS_VERIFIED', 'boolean-exact-true', 'false', OMNI, 'trust SAML e-mails');
for (const k of ['UID', 'EMAIL', 'FULL_NAME', 'FIRST_NAME', 'LAST_NAME', 'VERIFIED', 'VERIFIED_EMAIL']) v(`SAML_ATTRIBUTES_STATEMENTS_${k}`, 'string', null, OMNI, 'SAML attribute');
v('SAML_UID_ATTRIBUTE', 'string', null, OMNI, 'uid attribute');
v('SAML_ALLOWED_CLOCK_DRIFT', 'number', '0', OMNI, 'clock skew (s)');
v('OIDC_ENABLED', 'boolean-exact-true', 'false', OMNI, 'OpenID Connect login');
v('OIDC_DISPLAY_NAME', 'string', null, OMNI, 'button label');
v('OIDC_ISSUER', 'url', null, OMNI, 'issuer URL');
v('OIDC_DISCOVERY', 'boolean-exact-true', 'false', OMNI, 'fetch endpoints from discovery');
v('OIDC_SCOPE', 'list', null, OMNI, 'comma-separated scopes');
v('OIDC_UID_FIELD', 'string', null, OMNI, 'uid claim');
v('OIDC_CLIENT_ID', 'string', null, OMNI, 'client id');
v('OIDC_CLIENT_SECRET', 'secret', null, OMNI, 'client secret');
v('OIDC_REDIRECT_URI', 'url', null, OMNI, 'callback URL');
for (const k of ['AUTH_ENDPOINT', 'TOKEN_ENDPOINT', 'USER_INFO_ENDPOINT', 'JWKS_URI', 'END_SESSION_ENDPOINT', 'IDP_LOGOUT_REDIRECT_URI']) v(`OIDC_${k}`, 'url', null, OMNI, 'OIDC endpoint');
v('OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED', 'boolean-exact-true', 'false', OMNI, 'trust OIDC e-mails');
v('OIDC_CLIENT_AUTH_METHOD', 'enum', 'client_secret_basic', OMNI, 'client authentication');
v('OIDC_USE_PKCE', 'boolean-exact-true', 'false', OMNI, 'PKCE');
v('OIDC_SEND_NONCE', 'boolean-not-false', 'true', OMNI, 'send nonce');
v('OIDC_SEND_SCOPE_TO_TOKEN_ENDPOINT', 'boolean-not-false', 'true', OMNI, 'send scope to the token endpoint');
v('OIDC_RESPONSE_TYPE', 'enum', 'code', OMNI, 'response type');
v('OIDC_RESPONSE_MODE', 'enum', null, OMNI, 'response mode');
v('OIDC_DISPLAY', 'enum', null, OMNI, 'display hint');
v('OIDC_PROMPT', 'string', null, OMNI, 'prompt');
v('OIDC_HOST', 'host', null, OMNI, 'provider host');
v('OIDC_PORT', 'number', null, OMNI, 'provider port');
v('OIDC_HTTP_SCHEME', 'enum', 'https', OMNI, 'provider scheme', { values: ['http', 'https'] });

// ---------------------------------------------------------------- proxies, limits, retention
v('http_proxy', 'url', null, 'config/initializers/http_client_proxy.rb', 'proxy for outgoing requests (lowercase only); may embed user:password@', { credentialsInUrl: true });
v('http_hidden_proxy', 'url', null, 'config/initializers/http_client_proxy.rb', 'proxy for .onion/.i2p (lowercase only); may embed user:password@', { credentialsInUrl: true });
v('ALLOW_ACCESS_TO_HIDDEN_SERVICE', 'boolean-exact-true', 'false', 'config/initializers/http_client_proxy.rb', 'reach .onion/.i2p through http_proxy');
v('EMAIL_DOMAIN_ALLOWLIST', 'list', '', 'app/validators/email_mx_validator.rb', 'pipe-separated allowed e-mail domains');
v('EMAIL_DOMAIN_DENYLIST', 'list', '', 'app/validators/email_mx_validator.rb', 'pipe-separated denied e-mail domains', {
  obsolete: { effect: 'deprecated', note: 'still works but is deprecated; block e-mail domains in the admin interface or with tootctl email-domain-blocks instead' },
});
v('EMAIL_DOMAIN_BLACKLIST', 'list', '', 'app/validators (deprecated alias)', 'old name of EMAIL_DOMAIN_DENYLIST', {
  obsolete: { effect: 'deprecated', replacement: 'EMAIL_DOMAIN_DENYLIST', note: 'is a deprecated alias of EMAIL_DOMAIN_DENYLIST; block e-mail domains in the admin interface instead' },
});
v('EMAIL_DOMAIN_WHITELIST', 'list', '', 'app/validators (deprecated alias)', 'old name of EMAIL_DOMAIN_ALLOWLIST', {
  obsolete: { effect: 'deprecated', replacement: 'EMAIL_DOMAIN_ALLOWLIST', note: 'is a deprecated alias of EMAIL_DOMAIN_ALLOWLIST; rename it to EMAIL_DOMAIN_ALLOWLIST' },
});
v('EMAIL_DOMAIN_LISTS_APPLY_AFTER_CONFIRMATION', 'boolean-exact-true', 'false', 'app/models/user.rb', 're-check e-mail domains after confirmation');
v('MAX_SESSION_ACTIVATIONS', 'number', '10', 'config/initializers/session_activations.rb', 'browser sessions per user');
v('USER_ACTIVE_DAYS', 'number', '7', 'app/models/user.rb', 'home feeds of users idle longer are dropped');
v('DISABLE_EMAIL_SUBSCRIPTIONS', 'boolean', 'false', 'config/initializers/email_subscriptions.rb', 'turn off subscribing to accounts by e-mail');
v('DISABLE_FOLLOWERS_SYNCHRONIZATION', 'boolean-exact-true', 'false', 'app/workers/activitypub/delivery_worker.rb', 'skip follower synchronisation');
v('MAX_FOLLOWS_THRESHOLD', 'number', '7500', 'app/validators/follow_limit_validator.rb', 'follow limit');
v('MAX_FOLLOWS_RATIO', 'number', '1.1', 'app/validators/follow_limit_validator.rb', 'follow ratio above the threshold');
v('IP_RETENTION_PERIOD', 'number', '31556952', 'app/workers/scheduler/ip_cleanup_scheduler.rb', 'seconds IP addresses are kept');
v('SESSION_RETENTION_PERIOD', 'number', '31556952', 'app/workers/scheduler/ip_cleanup_scheduler.rb', 'seconds idle sessions are kept');
for (const [k, d] of [['ENABLED', 'false'], ['COOLDOWN_MINUTES', '15'], ['INITIAL_WAIT_MINUTES', '5'], ['MAX_GLOBAL', '1000'], ['MAX_SINGLE', '500'], ['MAX_PAGES', '500']] as const) {
  v(`FETCH_REPLIES_${k}`, k === 'ENABLED' ? 'boolean-exact-true' : 'number', d, 'app/services/activitypub/fetch_all_replies_service.rb (4.4 only)', 'fetch-all-replies tuning', {
    since: '4.4.0',
    obsolete: { since: '4.5.0', effect: 'ignored', note: 'has been ignored since Mastodon 4.5.0, where fetching all replies became unconditional and its settings were removed; remove it' },
  });
}
v('BACKTRACE', 'string', null, 'config/initializers/backtrace_silencers.rb', '`1` keeps framework frames in backtraces');
v('BUNDLE_GEMFILE', 'path', null, 'config/boot.rb', 'Bundler Gemfile', { reader: 'process' });
v('GITHUB_API_TOKEN', 'secret', null, 'lib/tasks', 'only for the AUTHORS.md rake task');

// ---------------------------------------------------------------- read by the AWS SDK that Mastodon's S3 client uses
// These are not Mastodon's, but they change how aws-sdk-s3 behaves inside Mastodon, so they are not "unknown".
for (const k of [
  'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CA_BUNDLE',
  'AWS_REQUEST_CHECKSUM_CALCULATION', 'AWS_RESPONSE_CHECKSUM_VALIDATION', 'AWS_MAX_ATTEMPTS', 'AWS_RETRY_MODE',
  'AWS_USE_FIPS_ENDPOINT', 'AWS_USE_DUALSTACK_ENDPOINT', 'AWS_S3_US_EAST_1_REGIONAL_ENDPOINT', 'AWS_S3_USE_ARN_REGION',
  'AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS', 'AWS_EC2_METADATA_DISABLED', 'AWS_EC2_METADATA_SERVICE_ENDPOINT',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_ROLE_SESSION_NAME',
  'AWS_SDK_CONFIG_OPT_OUT', 'AWS_SDK_UA_APP_ID', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', 'AWS_ACCOUNT_ID',
  'AWS_DISABLE_REQUEST_COMPRESSION', 'AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES', 'AWS_SIGV4A_SIGNING_REGION_SET',
  'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3',
]) {
  v(k, k === 'AWS_SESSION_TOKEN' ? 'secret' : 'string', null, 'aws-sdk-core', 'read by the AWS SDK, not by Mastodon', { reader: 'aws-sdk' });
}

/** Every variable, by exact (case-sensitive) name. */
export const ENV_VARS: ReadonlyMap<string, EnvVar> = new Map(CATALOG.map((e) => [e.name, e]));

/** Names Mastodon (or its S3 SDK) reads and that still work: did-you-mean candidates. */
export const LIVE_ENV_NAMES: readonly string[] = CATALOG.filter((e) => !e.obsolete || e.obsolete.effect === 'deprecated').map((e) => e.name);

export function envVar(name: string): EnvVar | undefined {
  return ENV_VARS.get(name);
}

/**
 * Names people write that Mastodon does not read, with what they meant and what the mistake costs
 * (a clause that follows "so"). Typos not listed here are found by edit distance.
 */
export const MISNAMED_ENV_VARS: ReadonlyMap<string, { use: string; cost: string }> = new Map(
  (
    [
      ['S3_ACL', 'S3_PERMISSION', 'uploads still send "public-read"'],
      ['S3_PERMISSIONS', 'S3_PERMISSION', 'uploads still send "public-read"'],
      ['S3_OBJECT_ACL', 'S3_PERMISSION', 'uploads still send "public-read"'],
      ['S3_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'the S3 client gets no access key'],
      ['S3_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'the S3 client gets no access key'],
      ['S3_KEY_ID', 'AWS_ACCESS_KEY_ID', 'the S3 client gets no access key'],
      ['S3_SECRET_KEY', 'AWS_SECRET_ACCESS_KEY', 'the S3 client gets no secret key'],
      ['S3_SECRET_ACCESS_KEY', 'AWS_SECRET_ACCESS_KEY', 'the S3 client gets no secret key'],
      ['S3_SECRET', 'AWS_SECRET_ACCESS_KEY', 'the S3 client gets no secret key'],
      ['S3_BUCKET_NAME', 'S3_BUCKET', 'no bucket is configured'],
      ['AWS_S3_BUCKET', 'S3_BUCKET', 'no bucket is configured'],
      ['AWS_BUCKET', 'S3_BUCKET', 'no bucket is configured'],
      ['AWS_S3_REGION', 'S3_REGION', 'requests are signed for "us-east-1"'],
      ['AWS_S3_ENDPOINT', 'S3_ENDPOINT', 'uploads go to AWS instead of your provider'],
      ['S3_ENDPOINT_URL', 'S3_ENDPOINT', 'uploads go to AWS instead of your provider'],
      ['S3_URL', 'S3_ENDPOINT', 'uploads go to AWS instead of your provider'],
      ['S3_CDN_HOST', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_CDN_URL', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_CLOUDFRONT_URL', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_ALIAS_URL', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_PUBLIC_URL', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_PUBLIC_HOST', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_CUSTOM_DOMAIN', 'S3_ALIAS_HOST', 'media URLs do not use your CDN'],
      ['S3_FORCE_PATH_STYLE', 'S3_OVERRIDE_PATH_STYLE', 'nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)'],
      ['S3_USE_PATH_STYLE', 'S3_OVERRIDE_PATH_STYLE', 'nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)'],
      ['S3_PATH_STYLE', 'S3_OVERRIDE_PATH_STYLE', 'nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)'],
      ['S3_CHECKSUM_MODE', 'S3_ENABLE_CHECKSUM_MODE', 'checksum validation stays off'],
      ['SMTP_USER', 'SMTP_LOGIN', 'mail is sent without authentication'],
      ['SMTP_USERNAME', 'SMTP_LOGIN', 'mail is sent without authentication'],
      ['SMTP_HOST', 'SMTP_SERVER', 'mail goes to no server'],
      ['SMTP_PASS', 'SMTP_PASSWORD', 'mail is sent without a password'],
      ['SMTP_FROM', 'SMTP_FROM_ADDRESS', 'mail is sent from "notifications@localhost"'],
      ['SMTP_SENDER', 'SMTP_FROM_ADDRESS', 'mail is sent from "notifications@localhost"'],
      ['SMTP_STARTTLS', 'SMTP_ENABLE_STARTTLS', 'STARTTLS stays on "auto"'],
      ['DB_PASSWORD', 'DB_PASS', 'Mastodon connects without a password'],
      ['DB_USERNAME', 'DB_USER', 'Mastodon connects as "mastodon"'],
      ['DB_DATABASE', 'DB_NAME', 'Mastodon uses "mastodon_production"'],
      ['ES_PASSWORD', 'ES_PASS', 'Elasticsearch is queried without a password'],
      ['ES_USERNAME', 'ES_USER', 'Elasticsearch is queried without a user'],
      ['REDIS_PASS', 'REDIS_PASSWORD', 'Redis is used without a password'],
      ['LDAP_BIND_PASSWORD', 'LDAP_PASSWORD', 'LDAP binds without a password'],
      ['SECRET_KEY', 'SECRET_KEY_BASE', 'Rails has no secret key base'],
      ['STREAMING_API_URL', 'STREAMING_API_BASE_URL', 'the web app connects to "wss://<WEB_DOMAIN>"'],
      ['STREAMING_URL', 'STREAMING_API_BASE_URL', 'the web app connects to "wss://<WEB_DOMAIN>"'],
      ['SIDEKIQ_THREADS', 'SIDEKIQ_CONCURRENCY', 'Sidekiq keeps its default of 5 threads'],
      ['DEEPL_KEY', 'DEEPL_API_KEY', 'translation stays off'],
      ['LIBRETRANSLATE_ENDPOINT', 'LIBRE_TRANSLATE_ENDPOINT', 'translation stays off'],
      ['LIBRETRANSLATE_API_KEY', 'LIBRE_TRANSLATE_API_KEY', 'translation stays off'],
    ] as const
  ).map(([name, use, cost]) => [name, { use, cost }]),
);

/** Prefixes only Mastodon's own settings use in a Mastodon env file: unknown names there are findings. */
export const MASTODON_NAMESPACES: readonly string[] = [
  'S3_', 'AWS_', 'DB_', 'REDIS_', 'CACHE_REDIS_', 'SIDEKIQ_', 'SMTP_', 'BULK_SMTP_', 'ES_', 'SWIFT_', 'AZURE_',
  'PAPERCLIP_', 'STREAMING_', 'LOCAL_', 'WEB_', 'VAPID_', 'OIDC_', 'SAML_', 'LDAP_', 'CAS_', 'PAM_', 'OMNIAUTH_',
  'HCAPTCHA_', 'DEEPL_', 'LIBRE_TRANSLATE_', 'ACTIVE_RECORD_ENCRYPTION_', 'REPLICA_', 'CACHE_BUSTER_', 'EMAIL_DOMAIN_',
  'FETCH_REPLIES_', 'STATSD_', 'SSO_',
];

export function inMastodonNamespace(name: string): boolean {
  const upper = name.toUpperCase();
  return MASTODON_NAMESPACES.some((p) => upper.startsWith(p));
}

/** Keys only a Mastodon env file has: one of them makes any `.env*` file Mastodon's. */
const DISTINCTIVE = new Set([
  'LOCAL_DOMAIN', 'WEB_DOMAIN', 'ALTERNATE_DOMAINS', 'S3_ENABLED', 'S3_ALIAS_HOST', 'S3_PERMISSION', 'PAPERCLIP_ROOT_PATH',
  'PAPERCLIP_ROOT_URL', 'VAPID_PRIVATE_KEY', 'VAPID_PUBLIC_KEY', 'OTP_SECRET', 'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY',
  'ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY', 'ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT', 'STREAMING_API_BASE_URL',
  'SINGLE_USER_MODE', 'AUTHORIZED_FETCH', 'LIMITED_FEDERATION_MODE', 'SMTP_FROM_ADDRESS', 'SIDEKIQ_REDIS_URL',
  'SIDEKIQ_REDIS_HOST', 'CACHE_REDIS_URL', 'CACHE_REDIS_HOST', 'ES_PRESET', 'DEEPL_API_KEY', 'LIBRE_TRANSLATE_ENDPOINT',
  'REDIS_NAMESPACE', 'SWIFT_ENABLED', 'AZURE_ENABLED', 'MASTODON_USE_LIBVIPS', 'IP_RETENTION_PERIOD', 'SESSION_RETENTION_PERIOD',
]);

const PRODUCTION_RE = /(^|\/)(\.env\.production|env\.production|\.?production\.env)[^/]*$/i;

/** `.env.production`, `env.production.j2`, `production.env` and friends. */
export function isProductionEnvPath(path: string): boolean {
  return PRODUCTION_RE.test(path);
}

/** Whether an env file is Mastodon's (its name, or a key only Mastodon uses), so its unknown keys matter. */
export function looksLikeMastodonEnv(path: string, keys: Iterable<string>): boolean {
  if (isProductionEnvPath(path)) return true;
  for (const k of keys) if (DISTINCTIVE.has(k)) return true;
  return false;
}

/** Dev and test env files (`.env.test`, `.env.development`): their credentials are throwaway. */
export function isDevOrTestEnvPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /(^|[.\-_])(test|testing|development|dev|ci|e2e)([.\-_]|$)/.test(base.replace(/^\.env/, ''));
}

// ---------------------------------------------------------------- value helpers

const PLACEHOLDER_RE =
  /^(?:<[^<>]*>|\[[^\]]*\]|x{3,}|\*{3,}|\.{3,}|_+|-+|\?+|changeme|change[-_ ]?me(?:[-_ ].*)?|change[-_ ]?this.*|replace[-_ ]?me.*|replace[-_ ]?with.*|fill[-_ ]?(?:me|in).*|your[-_ ].*|my[-_ ]?secret|secret|password|passwd|pass|todo|tbd|tba|none|null|nil|undefined|redacted|dummy|placeholder|example|sample|foo|foobar|test|insert[-_ ].*|put[-_ ].*|set[-_ ]?me|generate[-_ ].*|(?:my|some|a)[-_ ]?(?:random[-_ ]?)?(?:secret|password|key|token).*)$/i;

/** A value that stands for "fill this in": never a real secret, never a typo. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (!v) return false;
  if (PLACEHOLDER_RE.test(v)) return true;
  if (/change[-_ ]?me|replace[-_ ]?me|your[-_ ].*[-_ ]here|_here$|-here$|^xxx|xxx$|<[^<>]+>|\{\{|\}\}/i.test(v)) return true;
  return false;
}

const TRUTHY = new Set(['true', '1', 'yes', 'y', 'on', 't', 'enable', 'enabled']);

/** The value reads as "on" to a human (`True`, `1`, `yes`, `"true "`). */
export function meansTrue(value: string): boolean {
  return TRUTHY.has(value.trim().toLowerCase());
}

const SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

export function hasScheme(value: string): boolean {
  return SCHEME_RE.test(value.trim());
}

/** `scheme://user:password@host`: the password, when it is a real one (not empty, a placeholder or a variable). */
export function urlPassword(value: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@\s]*)@/i.exec(value.trim());
  if (!m) return null;
  const userinfo = m[1] ?? '';
  const colon = userinfo.indexOf(':');
  if (colon === -1) return null;
  const pw = userinfo.slice(colon + 1);
  if (!pw || isPlaceholderValue(pw) || /^\$|%24\{/.test(pw)) return null;
  return pw;
}

/** Generic credential names, for keys the catalog does not know (`MY_APP_PASSWORD`). */
export function looksLikeSecretName(name: string): boolean {
  return /(^|_)(PASSWORD|PASSWD|PASS|SECRET|SECRET_KEY|PRIVATE_KEY|API_KEY|ACCESS_KEY|AUTH_TOKEN|API_TOKEN|TOKEN)$/i.test(name);
}
