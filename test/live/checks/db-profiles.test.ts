// The `db.profiles` check against a real PostgreSQL database loaded with Mastodon v4.6.5's schema
// (test/fixtures/mastodon-schema.sql): 18-digit snowflake ids as strings, NULL and empty remote
// URLs, suspended accounts, several domains, domain blocks with and without reject_media.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDbProfilesCheck, domainVariants, rejectsMedia, type DbProfilesData, type DbProfilesOptions } from '../../../src/live/checks/db-profiles.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { openConnections } from '../../../src/live/connections/index.ts';
import { InstanceSchema, envMapFromText, instanceInfo } from '../../../src/live/instance.ts';
import type { CheckResult } from '../../../src/live/types.ts';
import { createTestDb, type TestDb } from '../../support/pg.ts';

// Adjacent ids above 2^53 that one JS double cannot tell apart: a cursor passed through a number
// would re-read or skip rows.
const BIG_1 = '109876543210987654';
const BIG_2 = '109876543210987655';

interface Acct {
  id: string;
  username: string;
  domain: string | null;
  avatarFile?: string | null;
  avatarUrl?: string | null;
  headerFile?: string | null;
  headerUrl?: string;
  suspended?: boolean;
}

async function insert(db: TestDb, accounts: Acct[]) {
  for (const a of accounts) {
    await db.client.query(
      `INSERT INTO accounts (id, username, domain, avatar_file_name, avatar_remote_url, header_file_name, header_remote_url, suspended_at, created_at, updated_at)
       VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END, now(), now())`,
      [a.id, a.username, a.domain, a.avatarFile ?? null, a.avatarUrl ?? null, a.headerFile ?? null, a.headerUrl ?? '', a.suspended ?? false],
    );
  }
}

const url = (d: string, u: string, k: string) => `https://${d}/system/${k}/${u}.png`;
/** A remote account whose avatar (and optionally header) file was pruned, URLs kept. */
const pruned = (id: string, username: string, domain: string, o: { header?: boolean; avatar?: boolean } = {}): Acct => ({
  id,
  username,
  domain,
  avatarFile: o.avatar === false ? 'kept.png' : null,
  avatarUrl: url(domain, username, 'avatar'),
  headerFile: o.header ? null : 'kept.png',
  headerUrl: url(domain, username, 'header'),
});

/** Ids ascend in this order; the third row read is BIG_1. */
const SEED: Acct[] = [
  // Local: the instance actor (id -99) and a local user; never counted even with a URL set.
  { id: '-99', username: 'mastodon.internal', domain: null },
  { id: '1000', username: 'alice', domain: null, avatarFile: null, avatarUrl: 'https://example.org/a.png' },
  pruned(BIG_1, 'b1', 'big.example', { header: true }),
  pruned(BIG_2, 'b2', 'big.example'),
  pruned('109876543210990001', 'b3', 'big.example'),
  pruned('109876543210990002', 'b4', 'big.example'),
  { id: '109876543210990003', username: 'b5', domain: 'big.example', avatarFile: 'ok.png', avatarUrl: url('big.example', 'b5', 'avatar'), headerUrl: '' },
  // Suspended: the worker skips it; excluded everywhere, remote count included.
  { ...pruned('109876543210990004', 'x1', 'big.example', { header: true }), suspended: true },
  pruned('109876543210990005', 'm1', 'mid.example', { header: true }),
  pruned('109876543210990006', 'm2', 'mid.example', { header: true }),
  pruned('109876543210990007', 'm3', 'mid.example', { header: true, avatar: false }),
  pruned('109876543210990008', 's1', 'small.example'),
  // Never had an avatar: NULL URL, empty URL; empty header URL (the column default).
  { id: '109876543210990009', username: 'n1', domain: 'nourl.example', avatarFile: null, avatarUrl: null, headerFile: null, headerUrl: '' },
  { id: '109876543210990010', username: 'n2', domain: 'nourl.example', avatarFile: null, avatarUrl: '', headerFile: null, headerUrl: '' },
  // reject_media on the parent domain applies; a more specific block without it wins.
  pruned('109876543210990011', 'r1', 'sub.media.blocked.example', { header: true }),
  pruned('109876543210990012', 'o1', 'ok.blocked.example'),
];

async function seedBlocks(db: TestDb) {
  await db.client.query(
    `INSERT INTO domain_blocks (domain, severity, reject_media, created_at, updated_at) VALUES
       ('blocked.example', 0, true, now(), now()),
       ('ok.blocked.example', 0, false, now(), now())`,
  );
}

async function run(db: TestDb, opts: DbProfilesOptions = {}): Promise<CheckResult & { d: DbProfilesData }> {
  const info = instanceInfo('test', InstanceSchema.parse({}), envMapFromText('LOCAL_DOMAIN=example.org\n', '.env.production'));
  const conns = openConnections({ info, overrides: { databaseUrl: db.url } });
  try {
    const res = await runCheck(createDbProfilesCheck(opts), info, conns);
    assert.notEqual(res.status, 'error', res.summary);
    return { ...res, d: res.data as unknown as DbProfilesData };
  } finally {
    await conns.close();
  }
}

const EXPECTED_DOMAINS = [
  { domain: 'big.example', avatars: 4, headers: 1 },
  { domain: 'mid.example', avatars: 2, headers: 3 },
  { domain: 'sub.media.blocked.example', avatars: 1, headers: 1 },
  { domain: 'ok.blocked.example', avatars: 1, headers: 0 },
  { domain: 'small.example', avatars: 1, headers: 0 },
];

test('db.profiles: exact counts, top-domain order and reject_media, whatever the page size', async () => {
  const db = await createTestDb();
  try {
    await insert(db, SEED);
    await seedBlocks(db);
    for (const batchSize of [5000, 2, 1]) {
      const res = await run(db, { batchSize });
      assert.equal(res.d.complete, true);
      assert.equal(res.d.scannedRows, SEED.length, `batch ${batchSize}`);
      assert.equal(res.d.scannedUpToId, '109876543210990012');
      assert.equal(res.d.prunedAvatars, 9, `batch ${batchSize}`);
      assert.equal(res.d.prunedHeaders, 5);
      assert.equal(res.d.remoteAccounts, 13);
      assert.deepEqual(res.d.byDomain, EXPECTED_DOMAINS);
      assert.deepEqual(res.d.rejectMedia, { avatars: 1, headers: 1, domains: ['sub.media.blocked.example'] });
      assert.deepEqual(res.d.samples, ['b1@big.example', 'b2@big.example', 'b3@big.example', 'b4@big.example', 'm1@mid.example']);
      // 9 of 13 but fewer than FAIL_MIN (10): warn.
      assert.equal(res.status, 'warn');
      assert.match(res.summary, /^9 remote accounts \(69\.2%\) show the default avatar.*most on big\.example 4, mid\.example 2/);
      assert.match(res.fix ?? '', /docs\/restore\.md#1-pruned-avatars/);
      assert.match(res.fix ?? '', /tootctl accounts refresh b1@big\.example b2@big\.example b3@big\.example/);
      assert.match(res.fix ?? '', /Never `tootctl accounts refresh --all`/);
      assert.deepEqual(res.confirms, ['MSTDN101', 'MSTDN102']);
    }
  } finally {
    await db.drop();
  }
});

test('db.profiles: ids above 2^53 stay strings: a row budget stops exactly after BIG_1 and the next page resumes past it', async () => {
  const db = await createTestDb();
  try {
    await insert(db, SEED);
    const { rows } = await db.client.query<{ id: unknown }>('SELECT id FROM accounts WHERE id = $1::bigint', [BIG_2]);
    assert.equal(rows[0]?.id, BIG_2, 'node-postgres returns int8 as a string');

    const res = await run(db, { batchSize: 2, maxRows: 3 });
    assert.equal(res.d.complete, false);
    assert.equal(res.d.scannedRows, 3);
    assert.equal(res.d.scannedUpToId, BIG_1);
    assert.equal(res.d.prunedAvatars, 1);
    assert.equal(res.d.remoteAccounts, 1);
    assert.match(res.summary, /^at least 1 remote accounts/);
    assert.ok(res.details.some((l) => l.includes(`ids up to ${BIG_1}`) && l.includes('row budget')));

    // One more row: BIG_2 must be read once (a cursor rounded through a double would skip or repeat it).
    const res4 = await run(db, { batchSize: 1, maxRows: 4 });
    assert.equal(res4.d.scannedUpToId, BIG_2);
    assert.equal(res4.d.prunedAvatars, 2);
  } finally {
    await db.drop();
  }
});

test('db.profiles: the time budget stops the scan with partial counts instead of timing out', async () => {
  const db = await createTestDb();
  try {
    await insert(db, SEED);
    let ticks = 0;
    // Two budget checks fit (start, first page); the third sees the budget spent.
    const res = await run(db, { batchSize: 3, timeBudgetMs: 1000, clock: () => (ticks++ < 2 ? 0 : 5000) });
    assert.equal(res.d.complete, false);
    assert.equal(res.d.scannedRows, 3);
    assert.ok(res.details.some((l) => /time budget of 1 s reached after 3 accounts/.test(l)));
  } finally {
    await db.drop();
  }
});

test('db.profiles: no pruned avatar is ok even with pruned headers; a prune-sized share fails', async () => {
  const db = await createTestDb();
  try {
    await insert(db, [
      { id: '109876543210000001', username: 'h1', domain: 'h.example', avatarFile: 'a.png', avatarUrl: url('h.example', 'h1', 'avatar'), headerFile: null, headerUrl: url('h.example', 'h1', 'header') },
      { id: '109876543210000002', username: 'h2', domain: 'h.example', avatarFile: 'a.png', avatarUrl: url('h.example', 'h2', 'avatar') },
    ]);
    const ok = await run(db);
    assert.equal(ok.status, 'ok');
    assert.equal(ok.d.prunedAvatars, 0);
    assert.equal(ok.d.prunedHeaders, 1);
    assert.match(ok.summary, /^No remote account is missing its avatar file \(2 remote accounts checked\); 1 headers are missing/);
    assert.equal(ok.fix, undefined);
    assert.deepEqual(ok.confirms, ['MSTDN102']);

    // 200 remote accounts, 3 pruned (1.5%): warn. Then 20 pruned (10%, >= 10 accounts): fail.
    await db.client.query(
      `INSERT INTO accounts (id, username, domain, avatar_file_name, avatar_remote_url, created_at, updated_at)
       SELECT 109876543211000000 + g, 'u' || g, 'many.example', CASE WHEN g <= $1 THEN NULL ELSE 'a.png' END, 'https://many.example/a.png', now(), now()
       FROM generate_series(1, 198) g`,
      [3],
    );
    const warn = await run(db);
    assert.equal(warn.d.remoteAccounts, 200);
    assert.equal(warn.d.prunedAvatars, 3);
    assert.equal(warn.status, 'warn');
    await db.client.query(`UPDATE accounts SET avatar_file_name = NULL WHERE domain = 'many.example' AND id <= 109876543211000020`);
    const fail = await run(db);
    assert.equal(fail.d.prunedAvatars, 20);
    assert.equal(fail.status, 'fail');
    assert.match(fail.summary, /^20 remote accounts \(10%\) show the default avatar.*trace of a profile prune\); most on many\.example 20/);
  } finally {
    await db.drop();
  }
});

test('DomainBlock.rule_for: the most specific block decides reject_media', () => {
  assert.deepEqual(domainVariants('A.Sub.Example.COM'), ['a.sub.example.com', 'sub.example.com', 'example.com', 'com']);
  const blocks = new Map([
    ['example.com', true],
    ['ok.example.com', false],
  ]);
  assert.equal(rejectsMedia('x.example.com', blocks), true);
  assert.equal(rejectsMedia('a.ok.example.com', blocks), false);
  assert.equal(rejectsMedia('example.org', blocks), false);
});
