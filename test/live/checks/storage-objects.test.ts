// storage.objects against a real PostgreSQL database with Mastodon's schema (one per test) and the
// S3 test server. Object keys here are literal strings, written out by hand from the reference's
// rules, so a wrong key computation fails the test instead of agreeing with itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { S3TestServer } from '../../support/s3-server.ts';
import { createTestDb, type TestDb } from '../../support/pg.ts';
import { InstanceSchema, instanceInfo } from '../../../src/live/instance.ts';
import { openConnections } from '../../../src/live/connections/index.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { check, storageObjectsCheck } from '../../../src/live/checks/storage-objects.ts';
import type { Check, CheckResult, InstanceInfo } from '../../../src/live/types.ts';

const AKID = 'AKIAMOPSOBJECTSTEST1';
const SECRET = 'b2JqZWN0cy1zZWNyZXQtbWFzdG9kb24tb3Bz';

interface Acct {
  id: string;
  domain: string | null;
  avatar?: [file: string, type: string, schema: number | null];
  header?: [file: string, type: string, schema: number | null];
}

// Local and remote accounts, 18-digit snowflakes (above 2^53) and a legacy sequential id, schema
// versions 1 and NULL, a GIF avatar (original + static png).
const ACCOUNTS: Acct[] = [
  { id: '109000000000000001', domain: null, avatar: ['aaaaaaaaaaaaaaaa.png', 'image/png', 1], header: ['bbbbbbbbbbbbbbbb.jpeg', 'image/jpeg', null] },
  { id: '1234', domain: null, avatar: ['cccccccccccccccc.png', 'image/png', null] },
  { id: '109876543210987654', domain: 'remote.example', avatar: ['a1b2c3d4e5f60718.gif', 'image/gif', 1], header: ['dddddddddddddddd.jpeg', 'image/jpeg', 1] },
  { id: '110123456789012345', domain: 'old.example', avatar: ['eeeeeeeeeeeeeeee.png', 'image/png', null] },
  { id: '111222333444555667', domain: 'remote.example', avatar: ['ffffffffffffffff.jpeg', 'image/jpeg', 1] },
  { id: '112000000000000000', domain: 'remote.example' },
];

const KEYS = {
  localAvatar: 'accounts/avatars/109/000/000/000/000/001/original/aaaaaaaaaaaaaaaa.png',
  localHeader: 'accounts/headers/109/000/000/000/000/001/original/bbbbbbbbbbbbbbbb.jpeg',
  legacyAvatar: 'accounts/avatars/000/001/234/original/cccccccccccccccc.png',
  gifOriginal: 'cache/accounts/avatars/109/876/543/210/987/654/original/a1b2c3d4e5f60718.gif',
  gifStatic: 'cache/accounts/avatars/109/876/543/210/987/654/static/a1b2c3d4e5f60718.png',
  remoteHeader: 'cache/accounts/headers/109/876/543/210/987/654/original/dddddddddddddddd.jpeg',
  legacyRemoteAvatar: 'accounts/avatars/110/123/456/789/012/345/original/eeeeeeeeeeeeeeee.png',
  remoteAvatar: 'cache/accounts/avatars/111/222/333/444/555/667/original/ffffffffffffffff.jpeg',
};
const ALL_KEYS = Object.values(KEYS);

async function seed(db: TestDb, accounts: Acct[]): Promise<void> {
  for (const a of accounts) {
    await db.client.query(
      `INSERT INTO accounts (id, username, domain, avatar_file_name, avatar_content_type, avatar_storage_schema_version,
         header_file_name, header_content_type, header_storage_schema_version, created_at, updated_at)
       VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, $8, $9, now(), now())`,
      [a.id, `u${a.id}`, a.domain, a.avatar?.[0] ?? null, a.avatar?.[1] ?? null, a.avatar?.[2] ?? null, a.header?.[0] ?? null, a.header?.[1] ?? null, a.header?.[2] ?? null],
    );
  }
}

function putObjects(s3: S3TestServer, keys: string[]): void {
  const objects = s3.bucket('media').objects;
  for (const k of keys) objects.set(k, { body: Buffer.from(k), contentType: 'image/png', acl: 'public-read', etag: '"e"', lastModified: new Date() });
}

function info(s3: { port: number; endpoint: string }, extra: Record<string, string | null> = {}): InstanceInfo {
  const env = new Map<string, string>([
    ['LOCAL_DOMAIN', 'social.example'],
    ['S3_ENABLED', 'true'],
    ['S3_BUCKET', 'media'],
    ['S3_ENDPOINT', s3.endpoint],
    ['S3_PROTOCOL', 'http'],
    ['S3_HOSTNAME', `127.0.0.1:${s3.port}`],
    ['AWS_ACCESS_KEY_ID', AKID],
    ['AWS_SECRET_ACCESS_KEY', SECRET],
  ]);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null) env.delete(k);
    else env.set(k, v);
  }
  return instanceInfo('test', InstanceSchema.parse({}), env);
}

async function withWorld(accounts: Acct[], fn: (s3: S3TestServer, db: TestDb) => Promise<void>): Promise<void> {
  const db = await createTestDb();
  const s3 = await new S3TestServer().start();
  s3.users.set(AKID, { listBucket: true });
  s3.bucket('media');
  try {
    await seed(db, accounts);
    await fn(s3, db);
  } finally {
    await s3.stop();
    await db.drop();
  }
}

async function run(i: InstanceInfo, db: TestDb, c: Check = check): Promise<CheckResult> {
  const conns = openConnections({ info: i, overrides: { databaseUrl: db.url }, timeoutMs: 5000 });
  try {
    return await runCheck(c, i, conns);
  } finally {
    await conns.close();
  }
}

function assertNoSecrets(r: CheckResult): void {
  const text = JSON.stringify(r);
  assert.ok(!text.includes(SECRET) && !text.includes(AKID), 'credentials appear in the result');
}

test('storage.objects healthy: every exact key (cache/ rule, id_partition, GIF static) exists: ok', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    putObjects(s3, ALL_KEYS);
    const r = await run(info(s3), db);
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.sampled, ALL_KEYS.length);
    assert.equal(r.data?.accounts, 5);
    assert.equal(r.data?.missing, 0);
    const headed = s3.log.filter((l) => l.op === 'HeadObject').map((l) => decodeURIComponent(l.path.replace(/^\/media\//, '')));
    assert.deepEqual(headed.sort(), [...ALL_KEYS].sort());
    assertNoSecrets(r);
  });
});

test('storage.objects with S3_KEY_PREFIX HEADs <prefix>/... keys', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    putObjects(s3, ALL_KEYS.map((k) => `mastodon/${k}`));
    const r = await run(info(s3, { S3_KEY_PREFIX: 'mastodon' }), db);
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.sampled, ALL_KEYS.length);
  });
});

test('storage.objects: ACL misconfigurations do not look like missing files (BucketOwnerEnforced, S3_PERMISSION=, BlockPublicAcls)', async () => {
  for (const [setup, extra] of [
    [(s3: S3TestServer) => (s3.bucket('media').ownership = 'BucketOwnerEnforced'), {}],
    [(s3: S3TestServer) => (s3.bucket('media').ownership = 'BucketOwnerEnforced'), { S3_PERMISSION: '' }],
    [(s3: S3TestServer) => (s3.bucket('media').publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }), {}],
  ] as const) {
    await withWorld(ACCOUNTS, async (s3, db) => {
      setup(s3);
      putObjects(s3, ALL_KEYS);
      const r = await run(info(s3, extra), db);
      assert.equal(r.status, 'ok', r.summary);
      assert.equal(r.data?.missing, 0);
    });
  }
});

test('storage.objects: objects deleted behind the database\'s back: fail with exact ids (as strings) and keys', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    const gone = [KEYS.gifStatic, KEYS.legacyRemoteAvatar, KEYS.localHeader];
    putObjects(s3, ALL_KEYS.filter((k) => !gone.includes(k)));
    const r = await run(info(s3), db);
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.sampled, ALL_KEYS.length);
    assert.equal(r.data?.missing, 3);
    assert.equal(r.data?.missingUnconfirmed, 0);
    assert.equal(r.data?.forbidden, 0);
    assert.equal(r.data?.listBucket, null, '404s need no listing');
    const samples = (r.data?.missingSamples as { accountId: string; key: string }[]).map((m) => `${m.accountId} ${m.key}`).sort();
    assert.deepEqual(samples, [`109000000000000001 ${KEYS.localHeader}`, `109876543210987654 ${KEYS.gifStatic}`, `110123456789012345 ${KEYS.legacyRemoteAvatar}`].sort());
    assert.match(r.summary, /^3 of 8 sampled avatar\/header files are gone/);
    assert.match(r.fix ?? '', /RedownloadAvatarWorker/);
    assert.match(r.fix ?? '', /Local accounts/);
    assertNoSecrets(r);
  });
});

test('storage.objects: missing objects for a user without ListBucket answer 403; listing is denied; counted as most likely missing', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    s3.users.set(AKID, { listBucket: false });
    const gone = [KEYS.remoteAvatar, KEYS.legacyAvatar];
    putObjects(s3, ALL_KEYS.filter((k) => !gone.includes(k)));
    const r = await run(info(s3), db);
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.listBucket, false);
    assert.equal(r.data?.missing, 2);
    assert.equal(r.data?.missingUnconfirmed, 2);
    assert.equal(r.data?.forbidden, 0);
    assert.ok(s3.log.some((l) => l.op === 'HeadObject' && l.status === 403));
    assert.ok(s3.log.some((l) => l.op === 'ListObjectsV2' && l.status === 403));
    assert.ok(r.details.some((d) => d.includes('most likely missing')));
  });
});

test('storage.objects: 403 on HEAD while listing works: the listing decides (present: forbidden -> warn)', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    s3.users.set(AKID, { listBucket: true, allow: new Set(['ListObjectsV2']) });
    putObjects(s3, ALL_KEYS);
    const r = await run(info(s3), db);
    assert.equal(r.status, 'warn');
    assert.equal(r.data?.listBucket, true);
    assert.equal(r.data?.forbidden, ALL_KEYS.length);
    assert.equal(r.data?.missing, 0);
    assert.match(r.summary, /lack s3:GetObject/);
  });
});

test('storage.objects: 403 on HEAD while listing works and the key is absent: missing (confirmed by the listing)', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    s3.users.set(AKID, { listBucket: true, allow: new Set(['ListObjectsV2']) });
    putObjects(s3, ALL_KEYS.filter((k) => k !== KEYS.remoteHeader));
    const r = await run(info(s3), db);
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.missing, 1);
    assert.equal(r.data?.missingUnconfirmed, 0);
    assert.deepEqual(r.data?.missingSamples, [{ accountId: '109876543210987654', key: KEYS.remoteHeader }]);
  });
});

test('storage.objects: no ListBucket and nothing readable: cannot tell (warn), never ok', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    s3.users.set(AKID, { listBucket: false });
    const r = await run(info(s3), db);
    assert.equal(r.status, 'warn');
    assert.equal(r.data?.forbidden, ALL_KEYS.length);
    assert.match(r.summary, /^Cannot tell whether 8 of 8/);
  });
});

test('storage.objects samples at most N accounts from a 20,000-row table, local and remote balanced', async () => {
  const many: Acct[] = [];
  for (let i = 0; i < 60; i++) many.push({ id: String(113000000000000000n + BigInt(i)), domain: i % 2 ? 'remote.example' : null, avatar: [`${i.toString(16).padStart(16, '0')}.png`, 'image/png', 1] });
  await withWorld([], async (s3, db) => {
    // 20,000 accounts without files first, then the 60 with files: a small TABLESAMPLE percentage
    // finds too few and has to grow.
    await db.client.query(
      `INSERT INTO accounts (id, username, domain, created_at, updated_at)
       SELECT 114000000000000000 + g, 'n' || g, 'nofiles.example', now(), now() FROM generate_series(1, 20000) g`,
    );
    await seed(db, many);
    await db.client.query('ANALYZE accounts');
    const keys = many.filter((a) => a.avatar).map((a) => {
      const p = a.id.match(/\d{3}/g)?.join('/');
      return `${a.domain ? 'cache/' : ''}accounts/avatars/${p}/original/${a.avatar?.[0]}`;
    });
    putObjects(s3, keys);
    const r = await run(info(s3), db, storageObjectsCheck({ sample: 10 }));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.accounts, 10);
    assert.equal(r.data?.sampled, 10);
    assert.match(r.summary, /\(5 local, 5 remote\)/);
  });
});

test('storage.objects: no account has files: ok with nothing sampled', async () => {
  await withWorld([{ id: '112000000000000000', domain: 'remote.example' }], async (s3, db) => {
    const r = await run(info(s3), db);
    assert.equal(r.status, 'ok');
    assert.equal(r.data?.sampled, 0);
  });
});

test('storage.objects hanging S3 endpoint: the runner ends it with error "timed out"', async () => {
  await withWorld(ACCOUNTS, async (s3, db) => {
    putObjects(s3, ALL_KEYS);
    s3.faults.push({ kind: 'hang' });
    const r = await run(info(s3), db, { ...check, timeoutMs: 500 });
    assert.equal(r.status, 'error');
    assert.match(r.summary, /timed out/);
  });
});

test('storage.objects S3 endpoint on a closed port: error, cannot reach', async () => {
  const db = await createTestDb();
  try {
    await seed(db, ACCOUNTS);
    const port = await closedPort();
    const r = await run(info({ port, endpoint: `http://127.0.0.1:${port}` }), db);
    assert.equal(r.status, 'error');
    assert.match(r.summary, /cannot reach the S3 endpoint http:\/\/127\.0\.0\.1:\d+: connection refused \(ECONNREFUSED\)/);
    assert.equal(r.data?.errors, ALL_KEYS.length);
    assertNoSecrets(r);
  } finally {
    await db.drop();
  }
});

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
