// The per-instance Redis lock against a real Redis: exclusive, expiring, released and extended
// only by its holder (compare-and-delete in Lua), kept alive while an action runs.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { InstanceLocks } from '../../bot/lock.ts';
import { createTestRedis, type TestRedis } from '../support/redis.ts';

let redis: TestRedis;
let locks: InstanceLocks;
before(async () => {
  redis = await createTestRedis();
  locks = new InstanceLocks(redis.client, `${redis.ns}:`, 2000);
});
after(async () => redis?.close());

const owner = (executionId: string) => ({ executionId, userId: 'U1', action: 'restore.avatars' });

test('one holder per instance; other instances are independent; holder() says who', async () => {
  const a = await locks.acquire('a.example', owner('e1'));
  assert.ok(a.ok);
  const b = await locks.acquire('a.example', owner('e2'));
  assert.equal(b.ok, false);
  assert.equal(!b.ok && b.heldBy?.executionId, 'e1');
  assert.equal(!b.ok && 'token' in (b.heldBy ?? {}), false, 'the token is not exposed');
  const c = await locks.acquire('b.example', owner('e3'));
  assert.ok(c.ok);
  assert.equal(a.ok && (await a.lock.release()), true);
  assert.equal(await locks.holder('a.example'), null);
  assert.ok((await locks.acquire('a.example', owner('e4'))).ok);
  if (c.ok) await c.lock.release();
});

test('expires by itself (a crashed holder), and a stale holder cannot release or extend the new lock', async () => {
  const first = await locks.acquire('c.example', owner('old'), 150);
  assert.ok(first.ok);
  const pttl = await redis.client.pttl(locks.key('c.example'));
  assert.ok(pttl > 0 && pttl <= 150);
  await new Promise((r) => setTimeout(r, 250));
  const second = await locks.acquire('c.example', owner('new'), 5000);
  assert.ok(second.ok);
  assert.equal(first.ok && (await first.lock.release()), false, 'compare-and-delete refused');
  assert.equal(first.ok && (await first.lock.extend()), false);
  assert.equal((await locks.holder('c.example'))?.executionId, 'new');
  if (second.ok) await second.lock.release();
});

test('keepAlive extends the lock past its TTL; losing it calls onLost', async () => {
  const l = await locks.acquire('d.example', owner('long'), 300);
  assert.ok(l.ok);
  if (!l.ok) return;
  let lost = 0;
  l.lock.keepAlive(() => lost++);
  await new Promise((r) => setTimeout(r, 700));
  assert.equal((await locks.holder('d.example'))?.executionId, 'long', 'still held after 2 TTLs');
  await redis.client.del(locks.key('d.example')); // someone broke it (an operator, FLUSHDB)
  await new Promise((r) => setTimeout(r, 250));
  assert.equal(lost, 1);
  l.lock.stopKeepAlive();
});

test('concurrent acquires: exactly one wins', async () => {
  const rs = await Promise.all(Array.from({ length: 20 }, (_, i) => locks.acquire('e.example', owner(`c${i}`))));
  assert.equal(rs.filter((r) => r.ok).length, 1);
});
