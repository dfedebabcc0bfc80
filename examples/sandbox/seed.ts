// Writes a sandbox World (world.ts) into real services: PostgreSQL (Mastodon v4.6.5's schema from
// test/fixtures/mastodon-schema.sql), Redis (Sidekiq 8.1's keys) and the S3 test server (objects
// and bucket settings); and writes the .env.production and instance config that point
// `mastodon-ops health` at them. Used by the sandbox command, the end-to-end tests and the
// health benchmark, so all three run the same instance.

import { readFileSync } from 'node:fs';
import type { Client } from 'pg';
import type { Redis } from 'ioredis';
import type { S3TestServer } from '../../test/support/s3-server.ts';
import { jobPayload, LOCAL_DOMAIN, mediaKeys, type Account, type SidekiqSpec, type World } from './world.ts';

export const SCHEMA_SQL = new URL('../../test/fixtures/mastodon-schema.sql', import.meta.url);

/** The sandbox's S3 credentials: made up, accepted only by the sandbox's S3 server. */
export const SANDBOX_AKID = 'AKIASANDBOXMOPS00001';
export const SANDBOX_SECRET = 'sandbox/secret/NOT-A-REAL-KEY/mastodon-ops';

// -------------------------------------------------------------------------------------------------
// PostgreSQL

const iso = (d: Date | null) => (d ? d.toISOString().replace('Z', '') : null);

function accountRow(a: Account) {
  const remote = a.domain !== null;
  const base = remote ? `https://${a.domain}` : `https://${LOCAL_DOMAIN}`;
  return {
    id: a.id,
    username: a.username,
    domain: a.domain,
    display_name: a.displayName,
    actor_type: a.actorType,
    protocol: remote ? 1 : 0,
    uri: remote ? `${base}/users/${a.username}` : '',
    url: a.id === '-99' ? `${base}/about/more?instance_actor=true` : `${base}/@${a.username}`,
    inbox_url: remote ? `${base}/users/${a.username}/inbox` : '',
    outbox_url: remote ? `${base}/users/${a.username}/outbox` : '',
    shared_inbox_url: remote ? `${base}/inbox` : '',
    followers_url: remote ? `${base}/users/${a.username}/followers` : '',
    following_url: remote ? `${base}/users/${a.username}/following` : '',
    public_key: '-----BEGIN PUBLIC KEY-----\nsandbox\n-----END PUBLIC KEY-----\n',
    discoverable: a.actorType === 'Person' ? true : null,
    indexable: false,
    created_at: iso(a.createdAt),
    updated_at: iso(a.updatedAt),
    last_webfingered_at: iso(a.lastWebfingeredAt),
    suspended_at: iso(a.suspendedAt),
    suspension_origin: a.suspendedAt ? 0 : null,
    avatar_file_name: a.avatar?.fileName ?? null,
    avatar_content_type: a.avatar?.contentType ?? null,
    avatar_file_size: a.avatar?.fileSize ?? null,
    avatar_updated_at: iso(a.avatar?.updatedAt ?? null),
    avatar_remote_url: a.avatarRemoteUrl,
    // A prune or suspension keeps the schema version (mastodon.md section 2): 1 for remote files
    // written since 3.2, whether or not the file is still there.
    avatar_storage_schema_version: a.avatar ? a.avatar.schemaVersion : remote && a.avatarRemoteUrl ? 1 : null,
    header_file_name: a.header?.fileName ?? null,
    header_content_type: a.header?.contentType ?? null,
    header_file_size: a.header?.fileSize ?? null,
    header_updated_at: iso(a.header?.updatedAt ?? null),
    header_remote_url: a.headerRemoteUrl,
    header_storage_schema_version: a.header ? a.header.schemaVersion : remote && a.headerRemoteUrl ? 1 : null,
  };
}

/** Inserts a set of rows through json_populate_recordset, so 18-digit ids travel as text. */
async function insert(client: Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(chunk)]);
  }
}

/** Loads Mastodon's schema (the tables mastodon-ops reads) into an empty database. */
export async function loadSchema(client: Client): Promise<void> {
  await client.query(readFileSync(SCHEMA_SQL, 'utf8'));
}

export async function seedPostgres(client: Client, w: World): Promise<void> {
  await client.query('BEGIN');
  try {
    await insert(client, 'accounts', w.accounts.map(accountRow));
    const now = iso(w.now);
    await insert(
      client,
      'users',
      w.users.map((u) => ({ account_id: u.accountId, email: u.email, created_at: iso(u.createdAt), updated_at: now, confirmed_at: iso(u.createdAt), approved: true, locale: 'en' })),
    );
    await insert(client, 'follows', w.follows.map(([a, b]) => ({ account_id: a, target_account_id: b, created_at: now, updated_at: now, show_reblogs: true, notify: false })));
    await insert(client, 'domain_blocks', w.domainBlocks.map((d) => ({ domain: d.domain, severity: d.severity, reject_media: d.rejectMedia, created_at: now, updated_at: now })));
    await insert(
      client,
      'media_attachments',
      w.media.map((m) => ({
        id: m.id,
        account_id: m.accountId,
        file_file_name: m.file.fileName,
        file_content_type: m.file.contentType,
        file_file_size: m.file.fileSize,
        file_updated_at: iso(m.file.updatedAt),
        file_storage_schema_version: 1,
        remote_url: '',
        type: 0,
        processing: 2,
        created_at: iso(m.createdAt),
        updated_at: iso(m.createdAt),
      })),
    );
    const followers = new Map<string, number>();
    const following = new Map<string, number>();
    for (const [a, b] of w.follows) {
      following.set(a, (following.get(a) ?? 0) + 1);
      followers.set(b, (followers.get(b) ?? 0) + 1);
    }
    await insert(
      client,
      'account_stats',
      w.accounts
        .filter((a) => a.id !== '-99')
        .map((a) => ({ account_id: a.id, statuses_count: a.domain ? 0 : 40, followers_count: followers.get(a.id) ?? 0, following_count: following.get(a.id) ?? 0, created_at: now, updated_at: now })),
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
  await client.query('ANALYZE');
}

// -------------------------------------------------------------------------------------------------
// S3

export function seedBucket(server: S3TestServer, w: World, bucketName: string): void {
  server.users.set(SANDBOX_AKID, { listBucket: true });
  server.buckets.delete(bucketName);
  const b = server.bucket(bucketName);
  if (w.bucket.ownership) b.ownership = w.bucket.ownership;
  if (w.bucket.publicAccessBlock) b.publicAccessBlock = { ...w.bucket.publicAccessBlock };
  if (w.bucket.policy) b.policy = w.bucket.policy;
  for (const o of w.objects) {
    b.objects.set(o.key, { body: o.body, contentType: o.contentType, acl: o.acl, etag: `"${o.key.length.toString(16).padStart(32, '0')}"`, lastModified: o.lastModified, cacheControl: 'public, max-age=315576000, immutable' });
  }
}

/** Keys of the local media, for the sandbox's printout. */
export function mediaKeyCount(w: World): number {
  return w.media.reduce((n, m) => n + mediaKeys(m).length, 0);
}

// -------------------------------------------------------------------------------------------------
// Redis: what Sidekiq 8.1 keeps (launcher.rb heartbeat, client.rb pushes, job_retry.rb sets)

const QUEUE_NAMES = ['default', 'push', 'ingress', 'mailers', 'pull', 'scheduler', 'fasp'];

/** Seconds as Ruby's `Time.now.to_f` writes them: always with a fraction. */
const floatS = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Writes Sidekiq's state as of `nowMs` in one MULTI: queues with their jobs (oldest at the tail),
 * the retry and dead sets, each process's heartbeat hash (60 s TTL) and work hash. Called again
 * every few seconds by a running sandbox, as Sidekiq's own heartbeat would be.
 */
export async function writeSidekiq(redis: Redis, s: SidekiqSpec, nowMs: number): Promise<void> {
  const m = redis.multi();
  const queueNames = [...new Set([...QUEUE_NAMES, ...Object.keys(s.queues)])];
  m.del('queues', 'retry', 'dead', 'processes', ...queueNames.map((q) => `queue:${q}`));
  m.sadd('queues', ...queueNames);
  for (const [q, jobs] of Object.entries(s.queues)) {
    // LPUSH oldest first, so the oldest ends at the tail (LINDEX -1), where BRPOP takes it.
    if (jobs.length) m.lpush(`queue:${q}`, ...jobs.map((j) => jobPayload(j, nowMs)));
  }
  for (const r of s.retry) {
    const payload = jobPayload(r, nowMs).replace(/}$/, `,"error_message":${JSON.stringify(r.errorMessage)},"error_class":"${r.errorClass}","failed_at":${Math.floor(nowMs - r.ageS * 1000)},"retry_count":${r.retryCount},"retried_at":${Math.floor(nowMs - 60_000)}}`);
    m.zadd('retry', floatS(nowMs + r.retryInS * 1000), payload);
  }
  for (const d of s.dead) {
    const payload = jobPayload(d, nowMs).replace(/}$/, `,"error_message":${JSON.stringify(d.errorMessage)},"error_class":"${d.errorClass}","failed_at":${Math.floor(nowMs - d.ageS * 1000)},"retry_count":25}`);
    m.zadd('dead', floatS(nowMs - d.diedAgoS * 1000), payload);
  }
  for (const p of s.processes) {
    const queues = Object.keys(p.weights);
    const info = {
      hostname: p.hostname,
      started_at: Number(floatS(nowMs - p.startedAgoS * 1000)),
      pid: p.pid,
      tag: 'mastodon',
      capsules: { default: { concurrency: p.concurrency, mode: 'weighted', weights: p.weights } },
      queues,
      weights: [p.weights],
      labels: [],
      identity: p.identity,
      version: s.version,
      embedded: false,
    };
    m.sadd('processes', p.identity);
    m.hset(p.identity, { info: JSON.stringify(info), concurrency: String(p.concurrency), busy: String(p.busy), beat: floatS(nowMs), quiet: 'false', rss: '412345', rtt_us: '180' });
    m.expire(p.identity, 60);
    m.del(`${p.identity}:work`);
    const busyJobs = Object.values(s.queues).flat().slice(0, p.busy);
    for (const [i, j] of busyJobs.entries()) {
      m.hset(`${p.identity}:work`, `tid${i.toString(36)}`, JSON.stringify({ queue: j.queue, payload: jobPayload(j, nowMs), run_at: Math.floor(nowMs / 1000) - 2 }));
    }
    if (busyJobs.length) m.expire(`${p.identity}:work`, 60);
  }
  m.set('stat:processed', String(s.processed));
  m.set('stat:failed', String(s.failed));
  const res = await m.exec();
  const err = res?.find(([e]) => e)?.[0];
  if (err) throw err;
}

// -------------------------------------------------------------------------------------------------
// Files

export interface Endpoints {
  /** http://127.0.0.1:9000 */
  s3: string;
  /** Public base URL of the web frontend (the fake). */
  web: string;
  db: { host: string; port: number; name: string; user: string };
  redis: { host: string; port: number; db: number };
  bucket: string;
}

/** A Mastodon 4.6 .env.production for the sandbox (secrets are placeholders, never real). */
export function envProduction(w: World, e: Endpoints): string {
  const s3 = new URL(e.s3);
  const lines = [
    `# Written by examples/sandbox (state: ${w.state}). A sandbox, not a real instance: every secret is a placeholder.`,
    `LOCAL_DOMAIN=${LOCAL_DOMAIN}`,
    'SINGLE_USER_MODE=false',
    'SECRET_KEY_BASE=sandbox-placeholder-secret-key-base',
    'ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=sandbox-placeholder-deterministic-key',
    'ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=sandbox-placeholder-salt',
    'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=sandbox-placeholder-primary-key',
    'VAPID_PRIVATE_KEY=sandbox-placeholder-vapid-private',
    'VAPID_PUBLIC_KEY=sandbox-placeholder-vapid-public',
    '',
    '# PostgreSQL (trust auth on loopback)',
    `DB_HOST=${e.db.host}`,
    `DB_PORT=${e.db.port}`,
    `DB_NAME=${e.db.name}`,
    `DB_USER=${e.db.user}`,
    '',
    `# Redis: Sidekiq's keys live in DB ${e.redis.db}, away from anything else on this Redis`,
    `REDIS_HOST=${e.redis.host}`,
    `REDIS_PORT=${e.redis.port}`,
    `REDIS_DB=${e.redis.db}`,
    '',
    '# Object storage: the S3 test server (test/support/s3-server.ts)',
    'S3_ENABLED=true',
    `S3_BUCKET=${e.bucket}`,
    'S3_REGION=us-east-1',
    `S3_ENDPOINT=${e.s3}`,
    `S3_PROTOCOL=${s3.protocol.replace(':', '')}`,
    `S3_HOSTNAME=${s3.host}`,
    `AWS_ACCESS_KEY_ID=${SANDBOX_AKID}`,
    `AWS_SECRET_ACCESS_KEY=${SANDBOX_SECRET}`,
  ];
  if (w.s3Permission === undefined) lines.push('# S3_PERMISSION is not set: Mastodon sends its default ACL, public-read, with every upload');
  else lines.push('# Present and empty: Mastodon sends no ACL (public read comes from the bucket policy)', `S3_PERMISSION=${w.s3Permission}`);
  return `${lines.join('\n')}\n`;
}

/** The mastodon-ops instance config (docs/health.md): no SSH, so the host check is skipped. */
export function instanceYaml(envPath: string, webUrl: string, o: { name?: string; checkMs?: number; comment?: string } = {}): string {
  return [
    `# ${o.comment ?? 'mastodon-ops instance config for the sandbox (docs/health.md)'}`,
    'instances:',
    `  ${o.name ?? 'sandbox'}:`,
    `    env: ${JSON.stringify(envPath)}`,
    '    # The web frontend: a fake Mastodon that answers /health, /api/v2/instance and streaming health.',
    `    url: ${webUrl}`,
    '    # No ssh: the host check (cron, timers, disk) is skipped.',
    ...(o.checkMs ? ['    timeouts:', `      checkMs: ${o.checkMs}`] : []),
    '',
  ].join('\n');
}
