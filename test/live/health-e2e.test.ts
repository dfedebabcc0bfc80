// `mastodon-ops health` end to end: the CLI as a process (`node --import tsx src/cli/bin.ts health
// --config <file> --format json`), against a real PostgreSQL database with Mastodon's schema, a
// real Redis DB with Sidekiq 8.1's keys, the S3 test server and the fake web frontend, all seeded
// with the sandbox's instance (examples/sandbox/world.ts) in each of its states. The servers run
// in this process, so the CLI is spawned asynchronously and they keep answering while it runs.
//
// What is proved: each sandbox state gets exactly the diagnosis and failing checks the sandbox
// promises (STATE_INFO); exit codes 0 (healthy), 1 (fail or error) and 2 (bad config, with
// file:line); a hung S3 endpoint costs the S3 checks a timeout while the database, Sidekiq and
// web checks still report and the run ends; Redis down costs only the sidekiq check; --only runs
// one check; the single synthetic write stays under mastodon-ops-healthcheck/ and is deleted; no
// secret reaches the output.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3TestServer } from '../support/s3-server.ts';
import { startFakeMastodon, type FakeMastodon } from '../support/http-fake.ts';
import { createTestDb, PG, type TestDb } from '../support/pg.ts';
import { createTestRedis, REDIS, type TestRedis } from '../support/redis.ts';
import { accountKeys, buildWorld, STATE_INFO, STATES, type SandboxState, type World } from '../../examples/sandbox/world.ts';
import { envProduction, instanceYaml, SANDBOX_AKID, SANDBOX_SECRET, seedBucket, seedPostgres, writeSidekiq, type Endpoints } from '../../examples/sandbox/seed.ts';
import type { CheckResult, HealthReport } from '../../src/live/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUCKET = 'sandbox-media';
const HEALTHCHECK_PREFIX = 'mastodon-ops-healthcheck/';

interface Fixture {
  world: World;
  s3: S3TestServer;
  web: FakeMastodon;
  db: TestDb;
  redis: TestRedis;
  dir: string;
  config: string;
  endpoints: Endpoints;
  /** Rewrites .env.production (e.g. to point Redis at a closed port). */
  writeEnv(e: Endpoints): void;
  close(): Promise<void>;
}

async function fixture(state: SandboxState): Promise<Fixture> {
  const now = Date.now();
  const world = buildWorld(state, { now });
  const [db, redis, s3, web] = await Promise.all([createTestDb(), createTestRedis(), new S3TestServer().start(), startFakeMastodon()]);
  await seedPostgres(db.client, world);
  await writeSidekiq(redis.client, world.sidekiq, now);
  seedBucket(s3, world, BUCKET);
  const dir = mkdtempSync(join(tmpdir(), 'mops-health-e2e-'));
  const envPath = join(dir, '.env.production');
  const config = join(dir, 'instance.yml');
  const endpoints: Endpoints = {
    s3: s3.endpoint,
    web: web.url,
    db: { host: PG.host, port: PG.port, name: db.name, user: PG.user },
    redis: { host: REDIS.host, port: REDIS.port, db: redis.db },
    bucket: BUCKET,
  };
  const writeEnv = (e: Endpoints) => writeFileSync(envPath, envProduction(world, e));
  writeEnv(endpoints);
  writeFileSync(config, instanceYaml(envPath, web.url));
  return {
    world, s3, web, db, redis, dir, config, endpoints, writeEnv,
    async close() {
      await Promise.allSettled([s3.stop(), web.close(), db.drop(), redis.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withFixture(state: SandboxState, fn: (f: Fixture) => Promise<void>): Promise<void> {
  const f = await fixture(state);
  try {
    await fn(f);
  } finally {
    await f.close();
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The CLI as a child process, never blocking this process's event loop (the servers live here). */
function cli(args: string[], limitMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mastodon-ops ${args.join(' ')} did not end within ${limitMs / 1000} s\n${stderr}`));
    }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

async function health(f: Fixture, extra: string[] = [], limitMs?: number): Promise<{ run: Run; report: HealthReport; byId: Map<string, CheckResult> }> {
  const run = await cli(['health', '--config', f.config, '--format', 'json', ...extra], limitMs);
  let report: HealthReport;
  try {
    report = JSON.parse(run.stdout) as HealthReport;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`);
  }
  return { run, report, byId: new Map(report.checks.map((c) => [c.id, c])) };
}

function statuses(r: HealthReport): string {
  return r.checks.map((c) => `${c.id}=${c.status}: ${c.summary}`).join('\n');
}

function assertNoSecrets(run: Run): void {
  for (const s of [SANDBOX_SECRET, SANDBOX_AKID]) {
    assert.ok(!run.stdout.includes(s), `${s} appears in the output`);
    assert.ok(!run.stderr.includes(s), `${s} appears on stderr`);
  }
}

// -------------------------------------------------------------------------------------------------
// Every sandbox state: the diagnosis and the failing checks the sandbox promises.

describe('health e2e: every sandbox state is diagnosed as the sandbox says', { concurrency: 3 }, () => {
  for (const state of STATES) {
    test(`sandbox state ${state}: diagnosis ${STATE_INFO[state].diagnoses.join(', ') || '(none)'}`, async () => {
      await withFixture(state, async (f) => {
        const { run, report } = await health(f);
        const expect = STATE_INFO[state];
        assert.equal(run.code, expect.failing.length ? 1 : 0, `${statuses(report)}\n${run.stderr}`);
        assert.deepEqual(report.diagnosis.map((d) => d.id), expect.diagnoses, statuses(report));
        assert.deepEqual(report.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort(), [...expect.failing].sort(), statuses(report));
        assert.deepEqual(report.checks.filter((c) => c.status === 'error').map((c) => c.id), [], statuses(report));
        assertNoSecrets(run);
      });
    });
  }
});

// -------------------------------------------------------------------------------------------------
// The four failure modes of seed 000, in detail.

test('healthy: exit 0, no diagnosis, every check ok but host (skipped: no SSH); one synthetic write, deleted', async () => {
  await withFixture('healthy', async (f) => {
    const before = [...f.s3.bucket(BUCKET).objects.keys()].sort();
    const { run, report, byId } = await health(f);
    assert.equal(run.code, 0, statuses(report));
    assert.deepEqual(report.diagnosis, []);
    assert.equal(report.version, 1);
    assert.equal(report.instance, 'sandbox');
    for (const id of ['s3.write', 's3.bucket', 'storage.objects', 'db.profiles', 'sidekiq', 'http']) {
      assert.equal(byId.get(id)?.status, 'ok', `${id}: ${byId.get(id)?.summary ?? 'missing from the report'}`);
    }
    assert.equal(byId.get('host')?.status, 'skipped');
    assert.match(byId.get('host')?.summary ?? '', /no SSH/);
    // What the checks read matches what the sandbox wrote.
    assert.equal(byId.get('s3.write')?.data?.aclSent, null, 'S3_PERMISSION= sends no ACL');
    assert.equal(byId.get('storage.objects')?.data?.missing, 0);
    assert.ok(Number(byId.get('storage.objects')?.data?.sampled) >= 50, 'storage.objects HEADs at least one file per sampled account');
    assert.equal(byId.get('db.profiles')?.data?.prunedAvatars, 0);
    assert.equal(byId.get('db.profiles')?.data?.remoteAccounts, f.world.accounts.filter((a) => a.domain !== null && !a.suspendedAt).length);
    assert.equal(byId.get('sidekiq')?.data?.version, '8.1.6');
    // The only write: one object under mastodon-ops-healthcheck/, deleted again; nothing else touched.
    const writes = f.s3.log.filter((l) => ['PutObject', 'DeleteObject', 'DeleteObjects'].includes(l.op));
    assert.deepEqual(writes.map((w) => w.op), ['PutObject', 'DeleteObject']);
    for (const w of writes) assert.ok(w.path.startsWith(`/${BUCKET}/${HEALTHCHECK_PREFIX}`), w.path);
    assert.equal(writes[0]?.path, writes[1]?.path);
    assert.deepEqual([...f.s3.bucket(BUCKET).objects.keys()].sort(), before);
    assertNoSecrets(run);
  });
});

test('acl: BucketOwnerEnforced with S3_PERMISSION unset: exit 1, s3.write fails with AccessControlListNotSupported, diagnosis uploads-fail-acl', async () => {
  await withFixture('acl', async (f) => {
    const before = f.s3.bucket(BUCKET).objects.size;
    const { run, report, byId } = await health(f);
    assert.equal(run.code, 1);
    const write = byId.get('s3.write');
    assert.equal(write?.status, 'fail', write?.summary);
    assert.equal(write?.data?.errorCode, 'AccessControlListNotSupported');
    assert.equal(write?.data?.aclSent, 'public-read', 'Mastodon sends public-read when S3_PERMISSION is absent');
    assert.equal(report.diagnosis[0]?.id, 'uploads-fail-acl');
    assert.ok(report.diagnosis[0]?.evidence.some((e) => /BucketOwnerEnforced/.test(e)), 'the diagnosis cites s3.bucket');
    assert.ok(report.diagnosis[0]?.next.some((n) => n.includes('S3_PERMISSION=')));
    assert.equal(f.s3.bucket(BUCKET).objects.size, before, 'the rejected upload left nothing behind');
    assert.deepEqual(f.s3.log.filter((l) => l.op === 'PutObject').map((l) => [l.acl, l.status]), [['public-read', 400]]);
  });
});

test('deleted-objects: files deleted behind the database: storage.objects names missing keys, diagnosis objects-deleted-in-storage', async () => {
  await withFixture('deleted-objects', async (f) => {
    const { run, report, byId } = await health(f);
    assert.equal(run.code, 1);
    const objects = byId.get('storage.objects');
    assert.equal(objects?.status, 'fail', objects?.summary);
    const samples = (objects?.data?.missingSamples ?? []) as { accountId: string; key: string }[];
    assert.ok(samples.length > 0);
    const present = f.s3.bucket(BUCKET).objects;
    for (const s of samples) {
      assert.ok(!present.has(s.key), `${s.key} is reported missing but exists`);
      // The check's key (src/mastodon/object-keys.ts) equals the sandbox's own (world.ts), written apart.
      const a = f.world.accounts.find((x) => x.id === s.accountId);
      assert.ok(a, `no account ${s.accountId}`);
      const expected = [...(a.avatar ? accountKeys(a, 'avatars', a.avatar) : []), ...(a.header ? accountKeys(a, 'headers', a.header) : [])];
      assert.ok(expected.includes(s.key), `${s.key} is not a key of account ${s.accountId}: ${expected.join(', ')}`);
      assert.match(s.key, /^cache\/accounts\/(avatars|headers)\//, 'the cutoff deleted remote files under cache/');
    }
    assert.ok(samples.some((s) => /^\d{18}$/.test(s.accountId)), 'snowflake ids (above 2^53) survive as strings');
    assert.deepEqual(report.diagnosis.map((d) => d.id), ['objects-deleted-in-storage']);
    assert.equal(byId.get('db.profiles')?.status, 'ok', 'the database still names the files: not a prune');
  });
});

test('pruned: avatar_file_name NULL with remote URLs: db.profiles counts exactly the pruned avatars, diagnosis avatars-pruned', async () => {
  await withFixture('pruned', async (f) => {
    const { run, report, byId } = await health(f);
    assert.equal(run.code, 1);
    const profiles = byId.get('db.profiles');
    assert.equal(profiles?.status, 'fail', profiles?.summary);
    assert.equal(profiles?.data?.prunedAvatars, f.world.facts['prunedAvatars']);
    assert.equal(profiles?.data?.prunedHeaders, 0, '--prune-profiles leaves headers alone');
    assert.equal(profiles?.data?.complete, true);
    assert.deepEqual(report.diagnosis.map((d) => d.id), ['avatars-pruned']);
    assert.equal(byId.get('storage.objects')?.status, 'ok', 'a prune nulls the names: nothing the database names is missing');
  });
});

// -------------------------------------------------------------------------------------------------
// Failures of the services themselves: each costs its own checks, never the report.

test('a hung S3 endpoint: the S3 checks time out as errors, db.profiles, sidekiq and http still report, the run ends', async () => {
  await withFixture('healthy', async (f) => {
    f.s3.faults.push({ kind: 'hang' });
    const { run, report, byId } = await health(f, [], 60_000);
    assert.equal(run.code, 1, statuses(report));
    for (const id of ['s3.write', 's3.bucket', 'storage.objects']) {
      const c = byId.get(id);
      assert.equal(c?.status, 'error', `${id}: ${c?.status} ${c?.summary}`);
      assert.match(c?.summary ?? '', /^error: timed out after \d+(\.\d+)? s$/, `${id}: ${c?.summary}`);
    }
    for (const id of ['db.profiles', 'sidekiq', 'http']) assert.equal(byId.get(id)?.status, 'ok', `${id}: ${byId.get(id)?.summary}`);
    assert.ok((byId.get('db.profiles')?.durationMs ?? Infinity) < 5000, 'the database check does not wait for S3');
    // Bounded by the slowest check's own timeout (storage.objects, 20 s), plus process start.
    assert.ok(report.durationMs <= 21_000, `the report took ${report.durationMs} ms`);
    assert.ok(run.ms < 30_000, `the process took ${Math.round(run.ms)} ms to end`);
    assert.deepEqual(report.diagnosis, []);
  });
});

test('Redis down (a closed port): sidekiq is an error, every other check reports normally', async () => {
  await withFixture('healthy', async (f) => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    f.writeEnv({ ...f.endpoints, redis: { ...f.endpoints.redis, port: closed } });
    const { run, report, byId } = await health(f);
    assert.equal(run.code, 1);
    assert.equal(byId.get('sidekiq')?.status, 'error');
    assert.match(byId.get('sidekiq')?.summary ?? '', /ECONNREFUSED|connect|closed/i);
    for (const id of ['s3.write', 's3.bucket', 'storage.objects', 'db.profiles', 'http']) assert.equal(byId.get(id)?.status, 'ok', `${id}: ${byId.get(id)?.summary}`);
    assert.ok(report.durationMs < 10_000, `${report.durationMs} ms`);
  });
});

test('--only sidekiq runs that one check', async () => {
  await withFixture('sidekiq-backlog', async (f) => {
    const { run, report } = await health(f, ['--only', 'sidekiq']);
    assert.deepEqual(report.checks.map((c) => c.id), ['sidekiq']);
    assert.equal(report.checks[0]?.status, 'fail');
    assert.deepEqual(report.diagnosis.map((d) => d.id), ['sidekiq-queue-unserved', 'sidekiq-pull-backlog']);
    assert.equal(run.code, 1);
    assert.equal(f.s3.log.length, 0, 'no S3 request without an S3 check');
  });
});

test('--only with an unknown check, and a config with a bad value: exit 2 with file:line, no stack trace', async () => {
  await withFixture('healthy', async (f) => {
    const unknown = await cli(['health', '--config', f.config, '--only', 'nosuch']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--only nosuch: no such check; choose from .*sidekiq/);

    const bad = join(f.dir, 'bad.yml');
    writeFileSync(bad, ['instances:', '  sandbox:', `    env: ${JSON.stringify(join(f.dir, '.env.production'))}`, '    timeouts:', '      checkMs: 5', ''].join('\n'));
    const r = await cli(['health', '--config', bad, '--format', 'json']);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    const escaped = bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.match(r.stderr, new RegExp(`^mastodon-ops: ${escaped}:5:\\d+: instances\\.sandbox\\.timeouts\\.checkMs: `, 'm'));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');

    const yaml = join(f.dir, 'broken.yml');
    writeFileSync(yaml, 'instances:\n  sandbox:\n    env: [unclosed\n');
    const y = await cli(['health', '--config', yaml]);
    assert.equal(y.code, 2);
    assert.match(y.stderr, new RegExp(`${yaml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid YAML`));
  });
});
