// Sidekiq's wire format as src/mastodon/sidekiq.ts reads and writes it, pinned to Sidekiq's source
// (sidekiq/sidekiq v6.5.12, v7.3.9, v8.0.x, v8.1.6: lib/sidekiq/api.rb, launcher.rb, client.rb,
// job_util.rb) and to shared/reference/mastodon.md section 5.1's payload table. Latency is
// computed from a fixed "now", never the wall clock.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accountIdString,
  beatAgeS,
  buildRedownloadJob,
  formatTimestamp,
  idArgument,
  latencyRuleFor,
  parseJob,
  parseJsonLossless,
  parseProcess,
  pushCommands,
  queueLatencyS,
  sidekiqKeys,
  sidekiqVersionForMastodon,
  timestampUnitForMastodon,
  timestampUnitForProcesses,
  timestampUnitForSidekiq,
  timestampUnitMismatch,
  SidekiqFormatError,
} from '../../src/mastodon/sidekiq.ts';
import { createTestRedis } from '../support/redis.ts';

/** 2026-01-01T00:00:00.000Z */
const NOW_MS = 1_767_225_600_000;
const BIG_ID = '109876543210987654'; // > 2^53: Number(BIG_ID) rounds to ...650
const ABOVE_2_53 = '9007199254740993'; // 2^53 + 1, the first integer a double cannot hold

test('precondition: the ids used here are corrupted by a JS number', () => {
  assert.notEqual(String(Number(BIG_ID)), BIG_ID);
  assert.notEqual(String(Number(ABOVE_2_53)), ABOVE_2_53);
  assert.notEqual(JSON.stringify(JSON.parse(`[${BIG_ID}]`)), `[${BIG_ID}]`);
});

test('lossless JSON: integers above 2^53 become bigint, floats keep their lexeme, __proto__ is data', () => {
  const { value, topLevelNumbers } = parseJsonLossless(
    `{"args":[${BIG_ID},"${BIG_ID}",${ABOVE_2_53},42,1.5e3],"created_at":1767225000.0,"enqueued_at":1767225000000,"n":{"x":1},"__proto__":{"polluted":true}}`,
  );
  const o = value as Record<string, unknown>;
  assert.deepEqual(o['args'], [BigInt(BIG_ID), BIG_ID, BigInt(ABOVE_2_53), 42, 1500]);
  assert.equal(topLevelNumbers.get('created_at'), '1767225000.0');
  assert.equal(topLevelNumbers.get('enqueued_at'), '1767225000000');
  assert.equal(topLevelNumbers.has('n'), false);
  assert.equal(Object.getPrototypeOf(o), Object.prototype);
  assert.deepEqual(Object.keys(o).includes('__proto__'), true);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  for (const bad of ['{"a":1', '{"a":01}', '[1,]', '{"a":1} x', '"\\x"']) {
    assert.throws(() => parseJsonLossless(bad), SidekiqFormatError, bad);
  }
});

test('parseJob: Sidekiq 6.5/7.3 payload (float seconds) and 8.x payload (integer ms), id arguments exact', () => {
  const v6 = parseJob(`{"retry":7,"queue":"pull","class":"RedownloadAvatarWorker","args":[${BIG_ID}],"jid":"0123456789abcdef01234567","created_at":1767225599.25,"enqueued_at":1767225599.5}`);
  assert.equal(v6.class, 'RedownloadAvatarWorker');
  assert.equal(v6.queue, 'pull');
  assert.equal(v6.retry, 7);
  assert.deepEqual(v6.enqueuedAt, { raw: '1767225599.5', float: true, value: 1767225599.5 });
  assert.equal(idArgument(v6.args[0]), BIG_ID, 'a Ruby Integer id written by Mastodon itself reads back exact');

  const v8 = parseJob(`{"class":"RedownloadHeaderWorker","args":["${BIG_ID}"],"queue":"pull","retry":7,"jid":"0123456789abcdef01234567","created_at":1767225599000,"enqueued_at":1767225599500}`);
  assert.deepEqual(v8.createdAt, { raw: '1767225599000', float: false, value: 1767225599000 });
  assert.equal(idArgument(v8.args[0]), BIG_ID);
  assert.throws(() => parseJob('[1]'), SidekiqFormatError);
});

test('queue latency per version, as api.rb computes it', () => {
  const float = parseJob('{"class":"X","args":[],"enqueued_at":1767225300.5,"created_at":1767225000.25}');
  const ms = parseJob('{"class":"X","args":[],"enqueued_at":1767225000000,"created_at":1767224000000}');
  const floatZero = parseJob('{"class":"X","args":[],"enqueued_at":1767225000.0}');
  const intSeconds = parseJob('{"class":"X","args":[],"enqueued_at":1767225000}');
  const createdOnly = parseJob('{"class":"X","args":[],"created_at":1767225540000}');
  const createdOnlyFloat = parseJob('{"class":"X","args":[],"created_at":1.76722554E9}');

  // 6.5.12 / 7.3.9: now - (enqueued_at || now), every number taken as seconds; no created_at.
  assert.equal(queueLatencyS(float, NOW_MS, 'sidekiq-6-7'), 299.5);
  assert.equal(queueLatencyS(ms, NOW_MS, 'sidekiq-6-7'), 1767225600 - 1767225000000);
  assert.equal(queueLatencyS(createdOnly, NOW_MS, 'sidekiq-6-7'), 0);
  // 8.0.0-8.1.0: enqueued_at only; Float = seconds, else ms.
  assert.equal(queueLatencyS(float, NOW_MS, 'sidekiq-8.0'), 299.5);
  assert.equal(queueLatencyS(ms, NOW_MS, 'sidekiq-8.0'), 600);
  assert.equal(queueLatencyS(createdOnly, NOW_MS, 'sidekiq-8.0'), 0);
  // 8.1.1+: calculate_latency, enqueued_at || created_at.
  assert.equal(queueLatencyS(ms, NOW_MS, 'sidekiq-8.1'), 600);
  assert.equal(queueLatencyS(createdOnly, NOW_MS, 'sidekiq-8.1'), 60);
  assert.equal(queueLatencyS(createdOnlyFloat, NOW_MS, 'sidekiq-8.1'), 60);
  // `1767225000.0` is a Ruby Float: seconds, although JSON.parse makes it an integer.
  assert.equal(queueLatencyS(floatZero, NOW_MS, 'sidekiq-8.1'), 600);
  // Integer seconds in Sidekiq 8 read as ms: about 55 years.
  const fiftyFive = queueLatencyS(intSeconds, NOW_MS, 'sidekiq-8.1');
  assert.equal(fiftyFive, (NOW_MS - 1767225000) / 1000);
  assert.ok(fiftyFive / (365.25 * 86400) > 55);
  assert.match(timestampUnitMismatch(intSeconds.enqueuedAt!, 'sidekiq-8.1') ?? '', /integer seconds/);
  assert.match(timestampUnitMismatch(ms.enqueuedAt!, 'sidekiq-6-7') ?? '', /integer milliseconds/);
  assert.equal(timestampUnitMismatch(ms.enqueuedAt!, 'sidekiq-8.1'), null);
  assert.equal(timestampUnitMismatch(float.enqueuedAt!, 'sidekiq-8.1'), null);
  // Empty queue.
  assert.equal(queueLatencyS(null, NOW_MS, 'sidekiq-8.1'), 0);
});

test('version rules: latency reader, timestamp unit, Mastodon -> Sidekiq', () => {
  assert.equal(latencyRuleFor('6.5.12'), 'sidekiq-6-7');
  assert.equal(latencyRuleFor('7.3.9'), 'sidekiq-6-7');
  assert.equal(latencyRuleFor('8.0.9'), 'sidekiq-8.0');
  assert.equal(latencyRuleFor('8.1.0'), 'sidekiq-8.0');
  assert.equal(latencyRuleFor('8.1.1'), 'sidekiq-8.1');
  assert.equal(latencyRuleFor('8.1.6'), 'sidekiq-8.1');
  assert.equal(latencyRuleFor(null), 'sidekiq-8.1');
  assert.equal(timestampUnitForSidekiq('6.5.12'), 'float-seconds');
  assert.equal(timestampUnitForSidekiq('7.3.9'), 'float-seconds');
  assert.equal(timestampUnitForSidekiq('8.0.0'), 'integer-ms');
  assert.equal(timestampUnitForSidekiq('8.1.6'), 'integer-ms');
  assert.throws(() => timestampUnitForSidekiq('unknown'), SidekiqFormatError);
  assert.deepEqual(['4.1.0', '4.3.8', '4.4.22', '4.5.15', '4.6.5'].map(sidekiqVersionForMastodon), ['6.5.12', '6.5.12', '7.3.9', '8.0.9', '8.1.6']);
  assert.equal(timestampUnitForMastodon('4.3.8'), 'float-seconds');
  assert.equal(timestampUnitForMastodon('4.4.0'), 'float-seconds');
  assert.equal(timestampUnitForMastodon('4.5.0'), 'integer-ms');
  assert.throws(() => timestampUnitForMastodon('3.5.0'), SidekiqFormatError);
  // From live heartbeats: no process, no answer; version-less (< 7.1) or mixed: floats.
  assert.equal(timestampUnitForProcesses([]), null);
  assert.equal(timestampUnitForProcesses([{ version: '8.1.6' }, { version: '8.1.6' }]), 'integer-ms');
  assert.equal(timestampUnitForProcesses([{ version: null }]), 'float-seconds');
  assert.equal(timestampUnitForProcesses([{ version: '7.3.9' }, { version: '8.0.9' }]), 'float-seconds');
});

test('parseProcess: Sidekiq 6.5 heartbeat (concurrency in info, no version)', () => {
  const info = JSON.stringify({
    hostname: 'worker-1',
    started_at: 1767220000.123,
    pid: 4321,
    tag: 'mastodon',
    concurrency: 25,
    queues: ['default', 'default', 'push', 'mailers', 'pull', 'scheduler', 'ingress'],
    labels: [],
    identity: 'worker-1:4321:0a1b2c3d4e5f',
  });
  const p = parseProcess('worker-1:4321:0a1b2c3d4e5f', { info, busy: '3', beat: '1767225590.5', quiet: 'false', rss: '345678', rtt_us: '120', concurrency: null });
  assert.ok(p);
  assert.equal(p.version, null);
  assert.equal(p.concurrency, 25);
  assert.deepEqual(p.queues, ['default', 'push', 'mailers', 'pull', 'scheduler', 'ingress']);
  assert.equal(p.busy, 3);
  assert.equal(p.quiet, false);
  assert.equal(p.capsules, null);
  assert.equal(beatAgeS(p, NOW_MS), 9.5);
  assert.equal(parseProcess('gone:1:abc', { info: null, busy: null }), null, 'no info: the hash expired, the process is dead');
});

test('parseProcess: Sidekiq 8.1 heartbeat, queues from capsules (api.rb Process#queues), concurrency from the hash', () => {
  const info = JSON.stringify({
    hostname: 'worker-2',
    started_at: 1767220000.5,
    pid: 99,
    tag: '',
    capsules: {
      default: { concurrency: 20, mode: 'weighted', weights: { default: 8, push: 6, ingress: 4, mailers: 2, scheduler: 1, fasp: 1 } },
      pulls: { concurrency: 5, mode: 'strict', weights: { pull: 0 } },
    },
    queues: ['default', 'push'], // deprecated; api.rb 8.1.6 prefers capsules when present
    weights: [],
    labels: [],
    identity: 'worker-2:99:ffffffffffff',
    version: '8.1.6',
    embedded: false,
  });
  const p = parseProcess('worker-2:99:ffffffffffff', { info, concurrency: '25', busy: '0', beat: '1767225599.75', quiet: 'true', rss: '1', rtt_us: '1' });
  assert.ok(p);
  assert.equal(p.version, '8.1.6');
  assert.deepEqual(p.queues, ['default', 'push', 'ingress', 'mailers', 'scheduler', 'fasp', 'pull']);
  assert.deepEqual(p.capsules?.map((c) => [c.name, c.concurrency]), [['default', 20], ['pulls', 5]]);
  assert.equal(p.concurrency, 25);
  assert.equal(p.quiet, true);
  assert.equal(beatAgeS(p, NOW_MS), 0.25);
  // 8.0.x: concurrency only inside info; capsules sum is the last resort.
  const p80 = parseProcess('x:1:a', { info: JSON.stringify({ capsules: { default: { concurrency: 7, weights: { pull: 0 } } }, version: '8.0.9' }), busy: '0', beat: '1767225599' });
  assert.equal(p80?.concurrency, 7);
});

test('buildRedownloadJob matches the reference table (class, args, queue pull, retry 7, jid, timestamps per version)', () => {
  const jid = '0123456789abcdef01234567';
  const v8 = buildRedownloadJob({ kind: 'avatar', accountId: BIG_ID, unit: 'integer-ms', nowMs: NOW_MS + 123, jid });
  assert.equal(v8.payload, `{"class":"RedownloadAvatarWorker","args":["${BIG_ID}"],"queue":"pull","retry":7,"jid":"${jid}","created_at":1767225600123,"enqueued_at":1767225600123}`);
  const j8 = parseJob(v8.payload);
  assert.equal(j8.createdAt?.float, false);
  assert.equal(queueLatencyS(j8, NOW_MS + 5123, 'sidekiq-8.1'), 5);
  assert.equal(JSON.parse(v8.payload).args[0], BIG_ID, 'a plain JSON reader gets the exact id too');

  const v6 = buildRedownloadJob({ kind: 'header', accountId: BigInt(ABOVE_2_53), unit: 'float-seconds', nowMs: NOW_MS, jid });
  const j6 = parseJob(v6.payload);
  assert.equal(j6.class, 'RedownloadHeaderWorker');
  assert.deepEqual(j6.args, [ABOVE_2_53]);
  assert.equal(j6.queue, 'pull');
  assert.equal(j6.retry, 7);
  assert.deepEqual(j6.enqueuedAt, { raw: '1767225600.000', float: true, value: 1767225600 });
  assert.equal(queueLatencyS(j6, NOW_MS + 1500, 'sidekiq-6-7'), 1.5);
  assert.equal(queueLatencyS(j6, NOW_MS + 1500, 'sidekiq-8.1'), 1.5, 'Sidekiq 8 reads the float as seconds');

  const random = buildRedownloadJob({ kind: 'avatar', accountId: '1', unit: 'integer-ms', nowMs: NOW_MS });
  assert.match(random.jid, /^[0-9a-f]{24}$/);
  assert.notEqual(random.jid, buildRedownloadJob({ kind: 'avatar', accountId: '1', unit: 'integer-ms', nowMs: NOW_MS }).jid);
});

test('buildRedownloadJob refuses ids and inputs that would silently no-op', () => {
  assert.throws(() => accountIdString(Number(BIG_ID) as never), TypeError);
  for (const bad of ['', '0', '-5', '01', '1e5', '12 ', '9223372036854775808']) assert.throws(() => accountIdString(bad), RangeError, bad);
  assert.equal(accountIdString('9223372036854775807'), '9223372036854775807');
  assert.throws(() => buildRedownloadJob({ kind: 'avatar', accountId: '1', unit: 'integer-ms', nowMs: NOW_MS, jid: 'ABC' }), RangeError);
  assert.throws(() => formatTimestamp(NOW_MS + 0.5, 'integer-ms'), RangeError);
  assert.equal(formatTimestamp(NOW_MS + 7, 'float-seconds'), '1767225600.007');
});

test('pushCommands: SADD queues pull then LPUSH queue:pull, namespaced for 4.3', () => {
  assert.deepEqual(pushCommands(['a', 'b']), [
    ['sadd', 'queues', 'pull'],
    ['lpush', 'queue:pull', 'a', 'b'],
  ]);
  assert.deepEqual(pushCommands(['a'], 'mastodon'), [
    ['sadd', 'mastodon:queues', 'pull'],
    ['lpush', 'mastodon:queue:pull', 'a'],
  ]);
  assert.deepEqual(pushCommands([]), []);
  assert.equal(sidekiqKeys('ns').process('host:1:abc'), 'ns:host:1:abc');
});

test('pushCommands on a real Redis: the oldest job is at the tail, ids round-trip, latency reads back', async () => {
  const r = await createTestRedis();
  try {
    const ids = [BIG_ID, ABOVE_2_53, '109876543210987655'];
    const jobs = ids.map((id, i) => buildRedownloadJob({ kind: 'avatar', accountId: id, unit: 'integer-ms', nowMs: NOW_MS + i }));
    const m = r.client.multi();
    for (const [cmd, key, ...args] of pushCommands(jobs.map((j) => j.payload), r.ns)) m.call(cmd, key, ...args);
    await m.exec();
    assert.deepEqual(await r.client.smembers(`${r.ns}:queues`), ['pull']);
    assert.equal(await r.client.llen(`${r.ns}:queue:pull`), 3);
    const tail = parseJob((await r.client.lindex(`${r.ns}:queue:pull`, -1))!);
    assert.equal(tail.jid, jobs[0]!.jid, 'BRPOP takes the first payload first');
    assert.equal(queueLatencyS(tail, NOW_MS + 30_000, 'sidekiq-8.1'), 30);
    const all = (await r.client.lrange(`${r.ns}:queue:pull`, 0, -1)).map((p) => idArgument(parseJob(p).args[0]));
    assert.deepEqual(all.reverse(), ids);
  } finally {
    await r.close();
  }
});
