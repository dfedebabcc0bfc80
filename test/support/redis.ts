// Redis for tests: one logical database per test file is not enough isolation when files run in
// parallel, so each test gets a random key namespace (Mastodon 4.3's REDIS_NAMESPACE shape,
// `<ns>:<key>`) or, for code that must see un-prefixed keys, a random DB number.

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const REDIS = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) };

export interface TestRedis {
  client: Redis;
  /** The DB number this test owns (flushed before and after). */
  db: number;
  /** A namespace no other test uses. */
  ns: string;
  close(): Promise<void>;
}

/**
 * A Redis client on a DB number of its own (1..15), flushed before use and after. Test files run
 * in parallel processes, so a DB is claimed with SET NX on a lock key in DB 0.
 */
export async function createTestRedis(): Promise<TestRedis> {
  const lock = new Redis({ ...REDIS, lazyConnect: true, maxRetriesPerRequest: 1 });
  await lock.connect();
  const token = randomBytes(8).toString('hex');
  let db = 0;
  try {
    for (let attempt = 0; attempt < 200 && db === 0; attempt++) {
      for (let n = 1; n <= 15; n++) {
        if ((await lock.set(`mastodon-ops-test:db:${n}`, token, 'EX', 120, 'NX')) === 'OK') {
          db = n;
          break;
        }
      }
      if (db === 0) await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    lock.disconnect();
  }
  if (db === 0) throw new Error('no free Redis test database (1..15)');
  const client = new Redis({ ...REDIS, db, lazyConnect: true, maxRetriesPerRequest: 1 });
  await client.connect();
  await client.flushdb();
  return {
    client,
    db,
    ns: `mops${randomBytes(4).toString('hex')}`,
    async close() {
      await client.flushdb().catch(() => {});
      client.disconnect();
      const l = new Redis({ ...REDIS, maxRetriesPerRequest: 1 });
      await l.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, `mastodon-ops-test:db:${db}`, token).catch(() => {});
      l.disconnect();
    },
  };
}
