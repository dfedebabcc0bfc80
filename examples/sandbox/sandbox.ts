// The mastodon-ops sandbox: one command seeds a small local Mastodon instance in a chosen broken
// state on the local PostgreSQL and Redis and on the S3 test server, so `mastodon-ops health` has
// something real to diagnose. See examples/sandbox/README.md.
//
//   npx tsx examples/sandbox/sandbox.ts up acl          # seed, serve S3 and the web fake, stay up
//   npx tsx examples/sandbox/sandbox.ts states          # list the states
//   npx tsx examples/sandbox/sandbox.ts down            # stop it and drop what it created
//
// `up` runs in the foreground (Ctrl-C stops it): it is the S3 server (127.0.0.1:9000), a fake
// Mastodon web frontend (127.0.0.1:9001) and the Sidekiq heartbeat (refreshed every 10 s, 60 s TTL,
// as a live Sidekiq does). It creates the database mastodon_ops_sandbox (127.0.0.1:5432, trust) and
// uses Redis DB 9; it refuses to touch either if it did not create it. `down` stops a running `up`,
// drops the database, flushes DB 9 and deletes examples/sandbox/.state/.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { S3TestServer } from '../../test/support/s3-server.ts';
import { startFakeMastodon, type FakeMastodon } from '../../test/support/http-fake.ts';
import { PG } from '../../test/support/pg.ts';
import { REDIS } from '../../test/support/redis.ts';
import { buildWorld, isState, LOCAL_DOMAIN, STATE_INFO, STATES, DEFAULT_BUCKET, type SandboxState, type World } from './world.ts';
import { envProduction, instanceYaml, loadSchema, seedBucket, seedPostgres, writeSidekiq, type Endpoints } from './seed.ts';

export const SANDBOX_DB = 'mastodon_ops_sandbox';
export const SANDBOX_REDIS_DB = 9;
const DB_COMMENT = 'mastodon-ops sandbox (examples/sandbox/sandbox.ts); dropped by `sandbox.ts down`';
const MARKER = 'mastodon-ops-sandbox:state';
/** test/support/redis.ts claims DBs 1..15 with these keys: holding ours keeps test runs off DB 9. */
const TEST_LOCK = `mastodon-ops-test:db:${SANDBOX_REDIS_DB}`;
const STATE_DIR = fileURLToPath(new URL('./.state/', import.meta.url));
const PID_FILE = `${STATE_DIR}sandbox.json`;
const HEARTBEAT_MS = 10_000;

class SandboxError extends Error {}

interface Args {
  cmd: string;
  state?: string;
  s3Port: number;
  webPort: number;
  remote?: number;
  seed?: number;
  force: boolean;
}

const USAGE = `usage: sandbox.ts up <state> [--s3-port 9000] [--web-port 9001] [--remote 320] [--seed N] [--force]
       sandbox.ts down
       sandbox.ts states
states: ${STATES.join(', ')}`;

function parseArgs(argv: string[]): Args {
  const a: Args = { cmd: argv[0] ?? '', s3Port: 9000, webPort: 9001, force: false };
  const rest = argv.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const k = rest[i]!;
    const v = rest[i + 1];
    const num = () => {
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < 0) throw new SandboxError(`${k} needs a non-negative integer\n${USAGE}`);
      i++;
      return n;
    };
    if (k === '--s3-port') a.s3Port = num();
    else if (k === '--web-port') a.webPort = num();
    else if (k === '--remote') a.remote = num();
    else if (k === '--seed') a.seed = num();
    else if (k === '--force') a.force = true;
    else if (!k.startsWith('-') && a.state === undefined) a.state = k;
    else throw new SandboxError(`unknown argument ${k}\n${USAGE}`);
  }
  return a;
}

// -------------------------------------------------------------------------------------------------
// Services

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ ...PG, database: 'postgres', connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
  } catch (e) {
    throw new SandboxError(`cannot reach PostgreSQL at ${PG.host}:${PG.port} as ${PG.user} (${(e as Error).message}); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`);
  }
  try {
    return await f(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/** null: no such database; true: ours (our comment on it); false: someone else's. */
async function dbOwnership(c: pg.Client): Promise<boolean | null> {
  const r = await c.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [SANDBOX_DB]);
  if (!r.rows.length) return null;
  return r.rows[0]!.comment === DB_COMMENT;
}

async function redisClient(): Promise<Redis> {
  const r = new Redis({ ...REDIS, db: SANDBOX_REDIS_DB, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
  } catch (e) {
    throw new SandboxError(`cannot reach Redis at ${REDIS.host}:${REDIS.port} (${(e as Error).message})`);
  }
  return r;
}

/** A loopback TCP forwarder from a fixed port to a server on an ephemeral one. */
async function forward(port: number, to: number, option: string): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((c) => {
    const u = connect(to, '127.0.0.1');
    sockets.add(c).add(u);
    const end = () => {
      c.destroy();
      u.destroy();
      sockets.delete(c);
      sockets.delete(u);
    };
    c.on('error', end).on('close', end);
    u.on('error', end).on('close', end);
    c.pipe(u);
    u.pipe(c);
  });
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new SandboxError(e.code === 'EADDRINUSE' ? `127.0.0.1:${port} is in use: is a sandbox already up? (or pass another port: ${option} ${port + 100})` : e.message)),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

function running(): { pid: number; state: string } | null {
  if (!existsSync(PID_FILE)) return null;
  try {
    const j = JSON.parse(readFileSync(PID_FILE, 'utf8')) as { pid: number; state: string };
    process.kill(j.pid, 0);
    const cmdline = existsSync(`/proc/${j.pid}/cmdline`) ? readFileSync(`/proc/${j.pid}/cmdline`, 'utf8') : 'sandbox.ts';
    return cmdline.includes('sandbox') ? j : null;
  } catch {
    return null;
  }
}

// -------------------------------------------------------------------------------------------------
// up

async function up(a: Args): Promise<void> {
  if (!a.state || !isState(a.state)) throw new SandboxError(`say which state: ${STATES.join(', ')}\n${USAGE}`);
  const state: SandboxState = a.state;
  const already = running();
  if (already) throw new SandboxError(`a sandbox is already up (state ${already.state}, pid ${already.pid}); stop it with Ctrl-C or \`sandbox.ts down\` first`);

  // Redis DB 9: ours only if empty or marked; held against test runs while up.
  const redis = await redisClient();
  const token = randomBytes(8).toString('hex');
  const lockDb0 = new Redis({ ...REDIS, db: 0, lazyConnect: true, maxRetriesPerRequest: 1 });
  lockDb0.on('error', () => {});
  await lockDb0.connect();
  if ((await lockDb0.set(TEST_LOCK, token, 'EX', 120, 'NX')) !== 'OK') {
    lockDb0.disconnect();
    redis.disconnect();
    throw new SandboxError(`Redis DB ${SANDBOX_REDIS_DB} is claimed by a running test (key ${TEST_LOCK} in DB 0); try again when the tests are done`);
  }
  const size = await redis.dbsize();
  const marked = await redis.exists(MARKER);
  if (size > 0 && !marked && !a.force) {
    await lockDb0.del(TEST_LOCK);
    lockDb0.disconnect();
    redis.disconnect();
    throw new SandboxError(`Redis DB ${SANDBOX_REDIS_DB} at ${REDIS.host}:${REDIS.port} holds ${size} keys the sandbox did not write; empty it yourself or pass --force to flush it`);
  }
  const release = async () => {
    await lockDb0.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, TEST_LOCK, token).catch(() => 0);
    redis.disconnect();
    lockDb0.disconnect();
  };
  let started: { world: World; s3: S3TestServer; web: FakeMastodon; servers: Server[] };
  try {
    await redis.flushdb();
    await redis.set(MARKER, state);

    // PostgreSQL: (re)create our database.
    await admin(async (c) => {
      const ours = await dbOwnership(c);
      if (ours === false && !a.force) throw new SandboxError(`database ${SANDBOX_DB} exists and was not created by the sandbox; drop it yourself or pass --force`);
      if (ours !== null) await c.query(`DROP DATABASE ${SANDBOX_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${SANDBOX_DB}`);
      await c.query(`COMMENT ON DATABASE ${SANDBOX_DB} IS '${DB_COMMENT.replace(/'/g, "''")}'`);
    });
    const nowMs = Date.now();
    const world = buildWorld(state, { now: nowMs, remote: a.remote, seed: a.seed });
    const db = new pg.Client({ ...PG, database: SANDBOX_DB });
    await db.connect();
    try {
      await loadSchema(db);
      await seedPostgres(db, world);
    } finally {
      await db.end();
    }

    // S3 and the web fake, on fixed loopback ports.
    let s3: S3TestServer;
    try {
      s3 = await new S3TestServer().start(a.s3Port);
    } catch (e) {
      throw new Error(`--s3-port ${a.s3Port}: cannot listen on 127.0.0.1:${a.s3Port} (${(e as NodeJS.ErrnoException).code ?? 'error'}); choose another port with --s3-port`);
    }
    seedBucket(s3, world, DEFAULT_BUCKET);
    const web: FakeMastodon = await startFakeMastodon();
    const servers: Server[] = [];
    const s3Port = s3.port;
    const webPort = a.webPort === 0 ? Number(new URL(web.url).port) : (servers.push(await forward(a.webPort, Number(new URL(web.url).port), '--web-port')), a.webPort);

    await writeSidekiq(redis, world.sidekiq, nowMs);

    mkdirSync(STATE_DIR, { recursive: true });
    const endpoints: Endpoints = {
      s3: `http://127.0.0.1:${s3Port}`,
      web: `http://127.0.0.1:${webPort}`,
      db: { host: PG.host, port: PG.port, name: SANDBOX_DB, user: PG.user },
      redis: { host: REDIS.host, port: REDIS.port, db: SANDBOX_REDIS_DB },
      bucket: DEFAULT_BUCKET,
    };
    const envPath = `${STATE_DIR}.env.production`;
    const configPath = `${STATE_DIR}instance.yml`;
    writeFileSync(envPath, envProduction(world, endpoints), { mode: 0o600 });
    writeFileSync(configPath, instanceYaml(envPath, endpoints.web, { comment: `mastodon-ops instance config for the sandbox, state ${state} (docs/health.md)` }));
    writeFileSync(PID_FILE, JSON.stringify({ pid: process.pid, state, s3: endpoints.s3, web: endpoints.web, startedAt: new Date(nowMs).toISOString() }, null, 2));

    const info = STATE_INFO[state];
    const rel = relative(process.cwd(), configPath) || configPath;
    const f = world.facts;
    process.stdout.write(
      [
        `mastodon-ops sandbox: ${state}: ${info.title}`,
        `  ${info.story}`,
        '',
        `  instance   ${LOCAL_DOMAIN}: ${f['localAccounts']} local and ${f['remoteAccounts']} remote accounts, ${world.follows.length} follows, ${world.media.length} media attachments`,
        `  PostgreSQL ${PG.host}:${PG.port}/${SANDBOX_DB} (Mastodon v4.6.5 schema)`,
        `  Redis      ${REDIS.host}:${REDIS.port} DB ${SANDBOX_REDIS_DB} (Sidekiq ${world.sidekiq.version} keys, heartbeat every ${HEARTBEAT_MS / 1000} s)`,
        `  S3         ${endpoints.s3}/${DEFAULT_BUCKET}: ${world.objects.length} objects (Object Ownership ${world.bucket.ownership ?? 'not set'}${world.bucket.publicAccessBlock?.BlockPublicAcls ? ', BlockPublicAcls' : ''}); S3_PERMISSION ${world.s3Permission === undefined ? 'not set (public-read)' : 'empty (no ACL)'}`,
        `  web        ${endpoints.web} (a fake Mastodon 4.6.5 frontend for the http check); no SSH, so the host check is skipped`,
        ...(f['objectsDeleted'] !== undefined ? [`  damage     ${f['objectsDeleted']} objects removed from the bucket${f['prunedAvatars'] !== undefined ? `, ${f['prunedAvatars']} avatars nulled in the database` : ` for ${f['accountsWithDeletedFiles']} accounts (written before ${f['cutoff']}); the database still names them`}`] : []),
        ...(state === 'sidekiq-backlog' ? [`  damage     pull holds ${world.sidekiq.queues['pull']?.length} jobs (oldest 25 min), ingress ${world.sidekiq.queues['ingress']?.length} jobs and no process serves it`] : []),
        '',
        `  expected   ${info.diagnoses.length ? `diagnosis ${info.diagnoses.join(', ')}; failing ${info.failing.join(', ')}` : 'every check ok (host skipped), no diagnosis, exit 0'}`,
        '',
        'In another terminal, run:',
        '',
        `  npx mastodon-ops health --config ${rel}`,
        '',
        `(from a checkout without a build: node --import tsx src/cli/bin.ts health --config ${rel})`,
        'Ctrl-C stops the sandbox (S3 objects live in this process); `sandbox.ts down` also drops the database and Redis DB 9.',
        '',
      ].join('\n'),
    );
    started = { world, s3, web, servers };
  } catch (e) {
    await release();
    throw e;
  }
  const { world, s3, web, servers } = started;

  const timer = setInterval(() => {
    void (async () => {
      try {
        await writeSidekiq(redis, world.sidekiq, Date.now());
        await lockDb0.set(TEST_LOCK, token, 'EX', 120);
      } catch (e) {
        process.stderr.write(`sandbox: cannot refresh Sidekiq's heartbeat in Redis: ${(e as Error).message}\n`);
      }
    })();
  }, HEARTBEAT_MS);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    process.stdout.write(`\nsandbox: ${signal}: stopping (the database and Redis DB ${SANDBOX_REDIS_DB} stay until \`sandbox.ts down\`)\n`);
    for (const s of servers) await new Promise<void>((r) => s.close(() => r()));
    await s3.stop();
    await web.close();
    // Sidekiq is gone with the sandbox: its heartbeat goes too, as a stopped Sidekiq's expires.
    for (const p of world.sidekiq.processes) await redis.del(p.identity, `${p.identity}:work`).catch(() => 0);
    await redis.srem('processes', ...world.sidekiq.processes.map((p) => p.identity)).catch(() => 0);
    await release();
    rmSync(PID_FILE, { force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

// -------------------------------------------------------------------------------------------------
// down

async function down(): Promise<void> {
  const r = running();
  if (r) {
    process.kill(r.pid, 'SIGTERM');
    for (let i = 0; i < 50 && running(); i++) await new Promise((res) => setTimeout(res, 100));
    process.stdout.write(`stopped the sandbox (pid ${r.pid}, state ${r.state})\n`);
  }
  await admin(async (c) => {
    const ours = await dbOwnership(c);
    if (ours === true) {
      await c.query(`DROP DATABASE ${SANDBOX_DB} WITH (FORCE)`);
      process.stdout.write(`dropped database ${SANDBOX_DB}\n`);
    } else if (ours === false) process.stdout.write(`left database ${SANDBOX_DB} alone: the sandbox did not create it\n`);
  });
  const redis = await redisClient();
  try {
    if (await redis.exists(MARKER)) {
      await redis.flushdb();
      process.stdout.write(`flushed Redis DB ${SANDBOX_REDIS_DB}\n`);
    } else if ((await redis.dbsize()) > 0) process.stdout.write(`left Redis DB ${SANDBOX_REDIS_DB} alone: the sandbox did not write it\n`);
  } finally {
    redis.disconnect();
  }
  rmSync(STATE_DIR, { recursive: true, force: true });
  process.stdout.write('sandbox removed\n');
}

function states(): void {
  for (const s of STATES) {
    const i = STATE_INFO[s];
    process.stdout.write(`${s.padEnd(18)} ${i.title}\n${' '.repeat(19)}diagnosis: ${i.diagnoses.join(', ') || '(none)'}\n`);
  }
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  if (a.cmd === 'up') await up(a);
  else if (a.cmd === 'down') await down();
  else if (a.cmd === 'states') states();
  else throw new SandboxError(USAGE);
}

main().catch((e: unknown) => {
  process.stderr.write(`sandbox: ${e instanceof SandboxError ? e.message : ((e as Error)?.stack ?? String(e))}\n`);
  process.exit(e instanceof SandboxError ? 2 : 1);
});
