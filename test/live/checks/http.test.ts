// The `http` check against a local fake of Mastodon's web and streaming frontends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openConnections } from '../../../src/live/connections/index.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { httpCheck, streamingHealthUrl, type HttpData } from '../../../src/live/checks/http.ts';
import type { CheckResult, InstanceInfo } from '../../../src/live/types.ts';
import { startFakeMastodon, type FakeMastodonOptions } from '../../support/http-fake.ts';

function info(baseUrl: string | undefined): InstanceInfo {
  return { name: 'test', env: new Map(), s3: null, baseUrl, paths: { mastodon: '/home/mastodon/live' }, mastodonUser: 'mastodon' };
}

async function check(o: FakeMastodonOptions, timeoutMs?: number): Promise<{ r: CheckResult; data: HttpData; requests: string[] }> {
  const fake = await startFakeMastodon(o);
  const i = info(fake.url);
  const conns = openConnections({ info: i });
  try {
    const r = await runCheck(httpCheck({ timeoutMs }), i, conns);
    return { r, data: r.data as unknown as HttpData, requests: [...fake.requests] };
  } finally {
    await conns.close();
    await fake.close();
  }
}

test('streamingHealthUrl maps wss to https and ws to http, keeps a path, refuses other schemes', () => {
  assert.equal(streamingHealthUrl('wss://streaming.example.org'), 'https://streaming.example.org/api/v1/streaming/health');
  assert.equal(streamingHealthUrl('ws://127.0.0.1:4000/'), 'http://127.0.0.1:4000/api/v1/streaming/health');
  assert.equal(streamingHealthUrl('wss://example.org/sub'), 'https://example.org/sub/api/v1/streaming/health');
  assert.equal(streamingHealthUrl('file:///etc/passwd'), null);
  assert.equal(streamingHealthUrl('not a url'), null);
});

test('healthy instance: ok, version from /api/v2/instance, streaming health from configuration.urls.streaming', async () => {
  const { r, data, requests } = await check({ separateStreaming: true });
  assert.equal(r.status, 'ok', JSON.stringify(r, null, 2));
  assert.deepEqual(data, { health: 200, version: '4.6.5', streaming: 200 });
  assert.match(r.summary, /Mastodon 4\.6\.5/);
  assert.ok(r.details.some((d) => /\/health: 200 \(\/health checks nothing: not the database, not Redis, not storage/.test(d)), r.details.join('\n'));
  assert.ok(requests.includes('streaming /api/v1/streaming/health'), 'asked the streaming server the instance named');
  assert.ok(!requests.includes('web /api/v1/instance'), 'no v1 request when v2 answers');
});

test('/health OK but /api/v2/instance answers 500: v1 gives the version, the check warns', async () => {
  const { r, data, requests } = await check({ routes: { '/api/v2/instance': 500 } });
  assert.equal(r.status, 'warn', JSON.stringify(r, null, 2));
  assert.deepEqual(data, { health: 200, version: '4.6.5', streaming: 200 });
  assert.match(r.summary, /\/api\/v2\/instance: 500/);
  assert.ok(requests.includes('web /api/v1/instance'));
  assert.ok(r.details.some((d) => d.includes('/api/v1/instance: 200, Mastodon 4.6.5 (deprecated endpoint)')), r.details.join('\n'));
});

test('/health OK while both instance endpoints answer 500: fail, the case /health cannot show', async () => {
  const { r, data } = await check({ routes: { '/api/v2/instance': 500, '/api/v1/instance': 500 } });
  assert.equal(r.status, 'fail');
  assert.deepEqual(data, { health: 200, version: null, streaming: 200 });
  assert.match(r.summary, /\/api\/v2\/instance: 500, \/api\/v1\/instance: 500 while \/health says OK/);
  assert.match(r.fix ?? '', /database, Redis/);
});

test('Mastodon before 4.0 (no /api/v2/instance): ok with the v1 version', async () => {
  const { r, data } = await check({ version: '3.5.19', routes: { '/api/v2/instance': 404 } });
  assert.equal(r.status, 'ok', JSON.stringify(r, null, 2));
  assert.equal(data.version, '3.5.19');
  assert.ok(r.details.includes('no /api/v2/instance: Mastodon before 4.0'));
});

test('streaming server down (502 from the proxy): fail', async () => {
  const { r, data } = await check({ routes: { '/api/v1/streaming/health': 502 } });
  assert.equal(r.status, 'fail');
  assert.equal(data.streaming, 502);
  assert.match(r.summary, /streaming health: 502/);
});

test('web frontend refuses connections: fail with the network error, no exception', async () => {
  const fake = await startFakeMastodon();
  const url = fake.url;
  await fake.close();
  const i = info(url);
  const conns = openConnections({ info: i });
  const r = await runCheck(httpCheck(), i, conns);
  await conns.close();
  assert.equal(r.status, 'fail');
  assert.deepEqual(r.data, { health: null, version: null, streaming: null });
  assert.match(r.summary, /web \/health: ECONNREFUSED/);
});

test('/api/v2/instance hangs while /health answers (an overloaded Rails): fail, the other requests still report', async () => {
  const { r, data, requests } = await check({ routes: { '/api/v2/instance': 'hang' } }, 3000);
  assert.equal(r.status, 'fail', JSON.stringify(r, null, 2));
  assert.deepEqual(data, { health: 200, version: null, streaming: 200 });
  assert.match(r.summary, /\/api\/v2\/instance: no answer within 0\.9 s while \/health says OK/);
  assert.ok(!requests.includes('web /api/v1/instance'), 'no v1 request after v2 gave no answer');
});

test('a frontend that accepts and never answers: the check ends (fail or timed out), never hangs', async () => {
  const { r } = await check({ hangAll: true }, 500);
  assert.ok(r.status === 'fail' || r.status === 'error', JSON.stringify(r));
  assert.match(r.summary, /no answer within|timed out/);
});

test('no URL for the instance: skipped', async () => {
  const i = info(undefined);
  const conns = openConnections({ info: i });
  const r = await runCheck(httpCheck(), i, conns);
  await conns.close();
  assert.equal(r.status, 'skipped');
});
