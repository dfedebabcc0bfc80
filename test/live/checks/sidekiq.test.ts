// The `sidekiq` check against a real Redis seeded the way Sidekiq 6.5 (Mastodon 4.3, namespaced),
// 7.3 (4.4) and 8.1 (4.6) write their keys (launcher.rb heartbeats, client.rb pushes). "Now" is
// injected, so latencies are exact numbers computed from the timestamps written here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { createSidekiqCheck, type SidekiqData } from '../../../src/live/checks/sidekiq.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { openConnections } from '../../../src/live/connections/index.ts';
import { InstanceSchema, envMapFromText, instanceInfo } from '../../../src/live/instance.ts';
import { createTestRedis, REDIS } from '../../support/redis.ts';
import type { CheckResult } from '../../../src/live/types.ts';

/** 2026-01-01T00:00:00.000Z */
const NOW_MS = 1_767_225_600_000;
const NOW_S = NOW_MS / 1000;
const ALL_8 = { default: 8, push: 6, ingress: 4, mailers: 2, scheduler: 1, fasp: 1 };

async function run(seed: (c: Redis) => Promise<void>, envText = 'LOCAL_DOMAIN=example.org\n'): Promise<CheckResult & { d: SidekiqData }> {
  const r = await createTestRedis();
  const info = instanceInfo('test', InstanceSchema.parse({}), envMapFromText(envText, '.env.production'));
  const conns = openConnections({ info, overrides: { redisUrl: `redis://${REDIS.host}:${REDIS.port}/${r.db}` } });
  try {
    await seed(r.client);
    const res = await runCheck(createSidekiqCheck({ now: () => NOW_MS }), info, conns);
    assert.notEqual(res.status, 'error', res.summary);
    return { ...res, d: res.data as unknown as SidekiqData };
  } finally {
    await conns.close();
    await r.close();
  }
}

/** A Sidekiq 8.1 heartbeat: capsules in info, concurrency in the hash. */
async function process8(c: Redis, identity: string, capsules: Record<string, Record<string, number>>, o: { beatAgoS: number; busy?: number; quiet?: boolean; prefix?: string }) {
  const p = o.prefix ?? '';
  const caps = Object.fromEntries(Object.entries(capsules).map(([name, weights]) => [name, { concurrency: 5, mode: 'weighted', weights }]));
  const info = { hostname: identity.split(':')[0], started_at: NOW_S - 3600, pid: 7, tag: '', capsules: caps, queues: [...new Set(Object.values(capsules).flatMap((w) => Object.keys(w)))], weights: Object.values(capsules), labels: [], identity, version: '8.1.6', embedded: false };
  await c.sadd(`${p}processes`, identity);
  await c.hset(`${p}${identity}`, { info: JSON.stringify(info), concurrency: String(5 * Object.keys(capsules).length), busy: String(o.busy ?? 0), beat: String(NOW_S - o.beatAgoS), quiet: String(o.quiet ?? false), rss: '250000', rtt_us: '150' });
}

/** A Sidekiq 6.5 (or 7.x with `version`) heartbeat: concurrency and queues inside info. */
async function processOld(c: Redis, identity: string, queues: string[], o: { beatAgoS: number; quiet?: boolean; prefix?: string; version?: string }) {
  const p = o.prefix ?? '';
  const info: Record<string, unknown> = { hostname: identity.split(':')[0], started_at: NOW_S - 3600, pid: 7, tag: 'mastodon', concurrency: 25, queues, labels: [], identity };
  if (o.version) info['version'] = o.version;
  await c.sadd(`${p}processes`, identity);
  await c.hset(`${p}${identity}`, { info: JSON.stringify(info), busy: '1', beat: String(NOW_S - o.beatAgoS), quiet: String(o.quiet ?? false), rss: '250000', rtt_us: '150' });
}

/** Jobs as client.rb pushes them; `enqueued` lists oldest first, each a JSON lexeme. */
async function pushJobs(c: Redis, queue: string, enqueued: string[], prefix = '') {
  await c.sadd(`${prefix}queues`, queue);
  for (const [i, ts] of enqueued.entries()) {
    const jid = i.toString(16).padStart(24, '0');
    await c.lpush(`${prefix}queue:${queue}`, `{"retry":7,"queue":"${queue}","class":"RedownloadAvatarWorker","args":[109876543210987654],"jid":"${jid}","created_at":${ts},"enqueued_at":${ts}}`);
  }
}

test('sidekiq: Sidekiq 8.1 (integer ms), capsules serve every queue, a dead identity, retry/dead sizes: ok', async () => {
  const res = await run(async (c) => {
    await process8(c, 'worker-a:10:aaaaaaaaaaaa', { default: ALL_8 }, { beatAgoS: 4.5, busy: 2 });
    await process8(c, 'worker-b:11:bbbbbbbbbbbb', { default: { pull: 0 } }, { beatAgoS: 1 });
    await c.sadd('processes', 'worker-c:12:cccccccccccc'); // heartbeat expired: dead
    await pushJobs(c, 'pull', [String(NOW_MS - 120_000), String(NOW_MS - 60_000), String(NOW_MS - 1000)]);
    await pushJobs(c, 'default', [String(NOW_MS - 2500)]);
    await c.zadd('retry', NOW_S + 60, '{"class":"A","args":[],"jid":"1"}', NOW_S + 90, '{"class":"B","args":[],"jid":"2"}');
    await c.zadd('dead', NOW_S - 60, '{"class":"C","args":[],"jid":"3"}');
  });
  assert.equal(res.status, 'ok', res.summary);
  assert.equal(res.d.version, '8.1.6');
  assert.deepEqual(res.d.queues[0], { name: 'pull', size: 3, latencyS: 120 });
  assert.deepEqual(res.d.queues.find((q) => q.name === 'default'), { name: 'default', size: 1, latencyS: 2.5 });
  assert.deepEqual(res.d.queues.find((q) => q.name === 'fasp'), { name: 'fasp', size: 0, latencyS: 0 }, 'expected queues are listed even when absent');
  assert.deepEqual(res.d.queues.map((q) => q.name), ['pull', 'default', 'push', 'mailers', 'scheduler', 'ingress', 'fasp']);
  assert.equal(res.d.retry, 2);
  assert.equal(res.d.dead, 1);
  assert.deepEqual(res.d.processes.map((p) => [p.identity, p.busy, p.beatAgeS, p.concurrency]), [
    ['worker-a:10:aaaaaaaaaaaa', 2, 4.5, 5],
    ['worker-b:11:bbbbbbbbbbbb', 0, 1, 5],
  ]);
  assert.deepEqual(res.d.processes[1]!.queues, ['pull']);
  assert.deepEqual(res.d.deadProcesses, ['worker-c:12:cccccccccccc']);
  assert.deepEqual(res.d.unserved, []);
  assert.equal(res.fix, undefined);
  assert.match(res.summary, /2 live Sidekiq processes \(8\.1\.6\)/);
  assert.ok(res.details.some((l) => /worker-c:12:cccccccccccc.*dead/.test(l)));
});

test('sidekiq: Mastodon 4.3 with REDIS_NAMESPACE, Sidekiq 6.5 floats, scheduler served only by a quiet process: fail', async () => {
  const ns = 'mastodon43';
  const res = await run(
    async (c) => {
      await processOld(c, 'web-1:20:111111111111', ['default', 'push', 'mailers', 'pull', 'ingress'], { beatAgoS: 3, prefix: `${ns}:` });
      await processOld(c, 'web-2:21:222222222222', ['scheduler'], { beatAgoS: 2, quiet: true, prefix: `${ns}:` });
      await pushJobs(c, 'pull', [(NOW_S - 30.25).toFixed(2), (NOW_S - 10).toFixed(1)], `${ns}:`);
      // Un-prefixed decoys a namespace-blind reader would see instead.
      await process8(c, 'decoy:1:dddddddddddd', { default: { ...ALL_8, pull: 1 } }, { beatAgoS: 1 });
      await pushJobs(c, 'pull', Array.from({ length: 99 }, () => String(NOW_MS - 999_000)));
    },
    `LOCAL_DOMAIN=example.org\nREDIS_NAMESPACE=${ns}\n`,
  );
  assert.equal(res.status, 'fail');
  assert.deepEqual(res.d.unserved, ['scheduler'], 'fasp is not expected of Sidekiq 6.5 (Mastodon <= 4.3)');
  assert.equal(res.d.version, null);
  assert.deepEqual(res.d.queues[0], { name: 'pull', size: 2, latencyS: 30.25 });
  assert.deepEqual(res.d.processes.map((p) => [p.identity, p.quiet, p.concurrency]), [
    ['web-1:20:111111111111', false, 25],
    ['web-2:21:222222222222', true, 25],
  ]);
  assert.match(res.summary, /no live Sidekiq process serves scheduler: jobs there never run/);
  assert.match(res.summary, /quiet/);
  assert.match(res.fix ?? '', /-q scheduler/);
  assert.doesNotMatch(res.fix ?? '', /-q fasp/);
  assert.ok(res.details.some((l) => l.includes('"mastodon43:"')));
});

test('sidekiq: a big, old pull queue under Sidekiq 7.3 warns with the schedulers it pauses', async () => {
  const res = await run(async (c) => {
    await processOld(c, 'w:30:333333333333', ['default', 'push', 'mailers', 'pull', 'scheduler', 'ingress', 'fasp'], { beatAgoS: 5, version: '7.3.9' });
    // 60 jobs, the oldest enqueued 400.5 s before now (float seconds, as 7.3 writes them).
    await pushJobs(c, 'pull', Array.from({ length: 60 }, (_, i) => (NOW_S - 400.5 + i).toFixed(1)));
  });
  assert.equal(res.status, 'warn', res.summary);
  assert.equal(res.d.version, '7.3.9');
  assert.deepEqual(res.d.queues[0], { name: 'pull', size: 60, latencyS: 400.5 });
  assert.deepEqual(res.d.unserved, []);
  assert.match(res.summary, /pull queue: 60 jobs, oldest waiting 6 min 41 s/);
  assert.match(res.summary, /more than 50 jobs pauses Mastodon's account deletions/);
  assert.match(res.summary, /above 300 s pauses users' statuses auto-delete/);
  assert.match(res.fix ?? '', /drain/);
});

test('sidekiq: 50 jobs and 300 s exactly are not over the thresholds', async () => {
  const res = await run(async (c) => {
    await process8(c, 'w:40:444444444444', { default: { ...ALL_8, pull: 1 } }, { beatAgoS: 1 });
    await pushJobs(c, 'pull', Array.from({ length: 50 }, (_, i) => String(NOW_MS - 300_000 + i)));
  });
  assert.equal(res.status, 'ok', res.summary);
  assert.deepEqual(res.d.queues[0], { name: 'pull', size: 50, latencyS: 300 });
});

test('sidekiq: identities without heartbeat hashes only: fail, no job runs', async () => {
  const res = await run(async (c) => {
    await c.sadd('processes', 'old-1:1:eeeeeeeeeeee', 'old-2:2:ffffffffffff');
    await pushJobs(c, 'pull', [String(NOW_MS - 5000)]);
  });
  assert.equal(res.status, 'fail');
  assert.deepEqual(res.d.processes, []);
  assert.deepEqual(res.d.deadProcesses, ['old-1:1:eeeeeeeeeeee', 'old-2:2:ffffffffffff']);
  assert.deepEqual(res.d.unserved, ['default', 'push', 'mailers', 'pull', 'scheduler', 'ingress']);
  assert.match(res.summary, /^no live Sidekiq process \(2 registered with expired heartbeats\): no job runs, pull holds 1/);
  assert.match(res.fix ?? '', /start Sidekiq/i);
});

test('sidekiq: integer seconds pushed into Sidekiq 8 read as ms (55 years): warn about the wrong unit', async () => {
  const res = await run(async (c) => {
    await process8(c, 'w:50:555555555555', { default: { ...ALL_8, pull: 1 } }, { beatAgoS: 1 });
    await pushJobs(c, 'pull', [String(NOW_S - 10)]);
  });
  assert.equal(res.status, 'warn');
  assert.equal(res.d.queues[0]!.latencyS, (NOW_MS - (NOW_S - 10)) / 1000);
  assert.match(res.summary, /wrong unit/);
  assert.ok(res.details.some((l) => /wrong timestamp unit: pull: .*integer seconds/.test(l)));
});

test('sidekiq: Redis unreachable gives an error result, not a hang', async () => {
  const info = instanceInfo('test', InstanceSchema.parse({}), envMapFromText('LOCAL_DOMAIN=example.org\n', '.env.production'));
  const conns = openConnections({ info, overrides: { redisUrl: 'redis://127.0.0.1:1/0' }, timeoutMs: 2000 });
  try {
    const res = await runCheck(createSidekiqCheck({ now: () => NOW_MS }), info, conns);
    assert.equal(res.status, 'error');
  } finally {
    await conns.close();
  }
});
