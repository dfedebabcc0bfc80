// The audit log stores: JSONL (0600, append-only, a torn last line skipped, concurrent appends
// intact) and PostgreSQL (its own table in the bot's database, created if missing by one of
// several replicas, append-only by trigger), both queried by time, user, instance and execution.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatAuditText, JsonlAuditLog, parseSince, PgAuditLog, type AuditEntry, type AuditLog } from '../../bot/audit-log.ts';
import { createTestDb, type TestDb } from '../support/pg.ts';

const T0 = Date.parse('2026-11-01T10:00:00Z');

function entry(i: number, o: Partial<AuditEntry> = {}): AuditEntry {
  return {
    executionId: `20261101-${String(i).padStart(12, '0')}`,
    at: new Date(T0 + i * 60_000).toISOString(),
    command: '/mastodon-health',
    userId: i % 2 ? 'U1' : 'U2',
    userName: i % 2 ? 'alice' : 'bob',
    teamId: 'T1',
    channelId: 'C1',
    args: 'social.example.org s3',
    instance: i % 3 ? 'social.example.org' : 'other.example.net',
    outcome: 'ok',
    ...o,
  };
}

async function contract(log: AuditLog): Promise<void> {
  for (let i = 0; i < 10; i++) await log.append(entry(i));
  await log.append(entry(10, { outcome: 'refused', detail: 'not in the health role', instance: undefined, userName: undefined, durationMs: undefined }));
  assert.equal((await log.query()).length, 11);
  assert.deepEqual((await log.query({ userId: 'U1' })).map((e) => e.userId), Array(5).fill('U1'));
  assert.equal((await log.query({ instance: 'other.example.net' })).length, 4);
  const since = await log.query({ since: new Date(T0 + 8 * 60_000) });
  assert.deepEqual(since.map((e) => e.executionId.slice(-2)), ['08', '09', '10']);
  assert.equal((await log.query({ until: new Date(T0 + 60_000) })).length, 2);
  const one = await log.query({ executionId: entry(10).executionId });
  assert.equal(one.length, 1);
  const want: Partial<AuditEntry> = entry(10, { outcome: 'refused', detail: 'not in the health role' });
  delete want.instance;
  delete want.userName;
  assert.deepEqual(one[0], want);
  const last3 = await log.query({ limit: 3 });
  assert.deepEqual(last3.map((e) => e.executionId.slice(-2)), ['08', '09', '10'], 'the most recent, oldest first');
}

describe('JSONL store', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mops-audit-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('append and query; the file is created 0600 in a new directory', async () => {
    const path = join(dir, 'sub', 'audit.jsonl');
    const log = new JsonlAuditLog(path);
    await contract(log);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(readFileSync(path, 'utf8').trim().split('\n').length, 11);
    await log.close();
  });

  test('a missing file is an empty log; a torn last line (crash mid-write) is skipped', async () => {
    const path = join(dir, 'torn.jsonl');
    const log = new JsonlAuditLog(path);
    assert.deepEqual(await log.query(), []);
    await log.append(entry(1));
    appendFileSync(path, '{"executionId":"x","at":"2026-');
    await log.append(entry(2));
    assert.equal((await log.query()).length, 2);
  });

  test('100 concurrent appends from two writers stay whole lines', async () => {
    const path = join(dir, 'many.jsonl');
    const a = new JsonlAuditLog(path);
    const b = new JsonlAuditLog(path);
    await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).append(entry(i, { detail: 'x'.repeat(2000) }))));
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    assert.equal(lines.length, 100);
    for (const l of lines) JSON.parse(l);
  });
});

describe('PostgreSQL store (the bot database, not Mastodon)', () => {
  let db: TestDb;
  before(async () => {
    db = await createTestDb({ schema: false });
  });
  after(async () => db?.drop());

  test('creates mastodon_ops_audit once even with replicas starting together; append and query', async () => {
    const logs = [new PgAuditLog(db.url), new PgAuditLog(db.url), new PgAuditLog(db.url)];
    await Promise.all(logs.map((l) => l.migrate()));
    const t = await db.client.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'mastodon_ops_audit' ORDER BY ordinal_position");
    assert.ok(t.rows.map((r: { column_name: string }) => r.column_name).includes('execution_id'));
    await contract(logs[0]!);
    assert.equal((await logs[1]!.query()).length, 11, 'another replica sees the same log');
    for (const l of logs) await l.close();
  });

  test('append-only: UPDATE, DELETE and TRUNCATE are refused by trigger', async () => {
    for (const sql of ["UPDATE mastodon_ops_audit SET outcome = 'ok'", 'DELETE FROM mastodon_ops_audit', 'TRUNCATE mastodon_ops_audit']) {
      await assert.rejects(db.client.query(sql), /append-only/, sql);
    }
  });

  test('a least-privilege role (INSERT, SELECT) works once the table exists', async () => {
    const role = `${db.name}_bot`;
    await db.client.query(`CREATE ROLE ${role} LOGIN`);
    try {
      await db.client.query(`GRANT SELECT, INSERT ON mastodon_ops_audit TO ${role}; GRANT USAGE ON SEQUENCE mastodon_ops_audit_id_seq TO ${role}; REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      const url = db.url.replace(/\/\/[^@]+@/, `//${role}@`);
      const log = new PgAuditLog(url);
      await log.append(entry(42));
      assert.equal((await log.query({ executionId: entry(42).executionId })).length, 1);
      await log.close();
    } finally {
      await db.client.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER; DROP OWNED BY ${role}; DROP ROLE ${role}`);
    }
  });

  test('an unreachable database fails within the timeout', async () => {
    const log = new PgAuditLog('postgres://nobody@127.0.0.1:1/none', 500);
    await assert.rejects(log.append(entry(1)));
    await log.close();
  });
});

test('parseSince and the text format', () => {
  const now = Date.parse('2026-11-03T12:00:00Z');
  assert.equal(parseSince('24h', now).toISOString(), '2026-11-02T12:00:00.000Z');
  assert.equal(parseSince('2w', now).toISOString(), '2026-10-20T12:00:00.000Z');
  assert.equal(parseSince('2026-11-01', now).toISOString(), '2026-11-01T00:00:00.000Z');
  assert.throws(() => parseSince('yesterday', now), /--since yesterday: expected a duration/);
  const text = formatAuditText([entry(1, { durationMs: 1500 }), entry(2, { outcome: 'refused', detail: 'no' })]);
  assert.match(text, /^2026-11-01T10:01:00Z {2}20261101-000000000001 {2}ok {7}U1\(alice\) {2}C1 {2}social\.example\.org {2}\/mastodon-health social\.example\.org s3 {2}\(1\.5 s\)$/m);
  assert.equal(formatAuditText([]), 'no audit entries match\n');
});
