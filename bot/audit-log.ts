// The audit log: one entry per event of a command (accepted, refused, finished, cancelled,
// confirmed…), all sharing the execution id the user sees. Append-only in both stores:
// - JSONL (the embedded default): one JSON object per line, appended with O_APPEND and fsync'd,
//   file mode 0600;
// - PostgreSQL, in the bot's own database (never Mastodon's): table `mastodon_ops_audit`, created
//   if missing, with a trigger refusing UPDATE, DELETE and TRUNCATE.
// Queried by time, user, instance and execution id (`mastodon-ops audit`).

import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import pg from 'pg';
import { UsageError } from '../src/api.ts';
import { withTimeout } from './core/timeout.ts';
import type { AuditSettings } from './config.ts';

export const AUDIT_OUTCOMES = [
  'started',
  'refused',
  'usage_error',
  'help',
  'ok',
  'warn',
  'fail',
  'error',
  'failed',
  'cancelled',
  'timed_out',
  'confirmed',
  'declined',
  'cancel_requested',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  executionId: string;
  /** ISO 8601 time of the event. */
  at: string;
  /** `/mastodon-health`, or `button:confirm`, `button:cancel`, `button:deny`. */
  command: string;
  userId: string;
  userName?: string;
  teamId?: string;
  channelId?: string;
  channelName?: string;
  /** The arguments as typed, secrets removed, at most 500 characters. */
  args: string;
  instance?: string;
  outcome: AuditOutcome;
  /** Why (refusals, errors) or what (a summary of the result). */
  detail?: string;
  durationMs?: number;
}

export interface AuditQuery {
  since?: Date;
  until?: Date;
  userId?: string;
  instance?: string;
  executionId?: string;
  /** The most recent `limit` entries (default 1000), oldest first. */
  limit?: number;
}

export interface AuditLog {
  /** Appends one entry; rejects when the entry could not be made durable. */
  append(e: AuditEntry): Promise<void>;
  query(q?: AuditQuery): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

function matches(e: AuditEntry, q: AuditQuery): boolean {
  const t = Date.parse(e.at);
  if (q.since && t < q.since.getTime()) return false;
  if (q.until && t > q.until.getTime()) return false;
  if (q.userId && e.userId !== q.userId) return false;
  if (q.instance && e.instance !== q.instance) return false;
  if (q.executionId && e.executionId !== q.executionId) return false;
  return true;
}

function isEntry(v: unknown): v is AuditEntry {
  const o = v as Partial<AuditEntry> | null;
  return !!o && typeof o === 'object' && typeof o.executionId === 'string' && typeof o.at === 'string' && typeof o.outcome === 'string' && typeof o.userId === 'string';
}

/**
 * The JSONL store. Appends are group-committed: entries queued while a write is in flight go
 * out together in one write(2) on an O_APPEND descriptor, then one fdatasync, and every append
 * resolves only once its line is on disk.
 */
export class JsonlAuditLog implements AuditLog {
  private queue: { line: string; done: (e?: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;
  private dirReady = false;
  constructor(
    readonly path: string,
    private readonly timeoutMs = 5000,
  ) {}

  append(e: AuditEntry): Promise<void> {
    const p = new Promise<void>((resolve, reject) => this.queue.push({ line: `${JSON.stringify(e)}\n`, done: (err) => (err ? reject(err) : resolve()) }));
    this.flushing ??= this.flush();
    return withTimeout(p, this.timeoutMs, `audit log ${this.path}`);
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.write(batch.map((b) => b.line).join(''));
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
    this.flushing = null;
  }

  private async write(text: string): Promise<void> {
    if (!this.dirReady) {
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      this.dirReady = true;
    }
    const fh = await open(this.path, 'a+', 0o600);
    try {
      // After a crash mid-write the file may end in a torn line: start on a fresh one.
      const { size } = await fh.stat();
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await fh.write(prefix + text);
      await fh.datasync();
    } finally {
      await fh.close();
    }
  }

  async query(q: AuditQuery = {}): Promise<AuditEntry[]> {
    const limit = q.limit ?? 1000;
    const out: AuditEntry[] = [];
    let fh;
    try {
      fh = await open(this.path, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new UsageError(`${this.path}: cannot read the audit log (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      for await (const line of fh.readLines({ encoding: 'utf8' })) {
        if (!line.trim()) continue;
        let v: unknown;
        try {
          v = JSON.parse(line);
        } catch {
          continue; // a torn last line after a crash: skip it, keep the rest
        }
        if (isEntry(v) && matches(v, q)) {
          out.push(v);
          if (out.length > limit) out.shift();
        }
      }
    } finally {
      await fh.close().catch(() => {});
    }
    return out;
  }

  async close(): Promise<void> {
    await this.flushing;
  }
}

export const AUDIT_TABLE = 'mastodon_ops_audit';

/** The DDL the bot runs when the table is missing (or a DBA runs once, then grants INSERT, SELECT only). */
export const AUDIT_TABLE_SQL = `
CREATE TABLE IF NOT EXISTS ${AUDIT_TABLE} (
  id           bigserial PRIMARY KEY,
  execution_id text        NOT NULL,
  at           timestamptz NOT NULL,
  command      text        NOT NULL,
  user_id      text        NOT NULL,
  user_name    text,
  team_id      text,
  channel_id   text,
  channel_name text,
  args         text        NOT NULL DEFAULT '',
  instance     text,
  outcome      text        NOT NULL,
  detail       text,
  duration_ms  integer
);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_at_idx ON ${AUDIT_TABLE} (at);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_user_idx ON ${AUDIT_TABLE} (user_id, at);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_instance_idx ON ${AUDIT_TABLE} (instance, at);
CREATE INDEX IF NOT EXISTS ${AUDIT_TABLE}_execution_idx ON ${AUDIT_TABLE} (execution_id);
CREATE OR REPLACE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '${AUDIT_TABLE} is append-only';
END $$;
CREATE OR REPLACE TRIGGER ${AUDIT_TABLE}_no_update BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE}
  FOR EACH ROW EXECUTE FUNCTION ${AUDIT_TABLE}_append_only();
CREATE OR REPLACE TRIGGER ${AUDIT_TABLE}_no_truncate BEFORE TRUNCATE ON ${AUDIT_TABLE}
  FOR EACH STATEMENT EXECUTE FUNCTION ${AUDIT_TABLE}_append_only();
`;

interface Row {
  execution_id: string;
  at: Date;
  command: string;
  user_id: string;
  user_name: string | null;
  team_id: string | null;
  channel_id: string | null;
  channel_name: string | null;
  args: string;
  instance: string | null;
  outcome: string;
  detail: string | null;
  duration_ms: number | null;
}

function fromRow(r: Row): AuditEntry {
  const e: AuditEntry = { executionId: r.execution_id, at: r.at.toISOString(), command: r.command, userId: r.user_id, args: r.args, outcome: r.outcome as AuditOutcome };
  if (r.user_name !== null) e.userName = r.user_name;
  if (r.team_id !== null) e.teamId = r.team_id;
  if (r.channel_id !== null) e.channelId = r.channel_id;
  if (r.channel_name !== null) e.channelName = r.channel_name;
  if (r.instance !== null) e.instance = r.instance;
  if (r.detail !== null) e.detail = r.detail;
  if (r.duration_ms !== null) e.durationMs = r.duration_ms;
  return e;
}

/** The PostgreSQL store, in the bot's own database. Creates its table on first use when missing. */
export class PgAuditLog implements AuditLog {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;

  constructor(databaseUrl: string, timeoutMs = 5000) {
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      connectionTimeoutMillis: timeoutMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: timeoutMs,
      query_timeout: timeoutMs + 1000,
      application_name: 'mastodon-ops-bot',
    });
    this.pool.on('error', () => {}); // an idle client dropped: the next query reconnects
  }

  /** Creates the table, indexes and append-only trigger if the table does not exist yet. */
  migrate(): Promise<void> {
    this.ready ??= (async () => {
      const c = await this.pool.connect();
      try {
        const exists = await c.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [AUDIT_TABLE]);
        if (exists.rows[0]?.t) return;
        await c.query('BEGIN');
        try {
          // Replicas starting together: one creates, the others wait and find it.
          await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [AUDIT_TABLE]);
          await c.query(AUDIT_TABLE_SQL);
          await c.query('COMMIT');
        } catch (e) {
          await c.query('ROLLBACK').catch(() => {});
          throw e;
        }
      } finally {
        c.release();
      }
    })().catch((e) => {
      this.ready = null;
      throw e;
    });
    return this.ready;
  }

  async append(e: AuditEntry): Promise<void> {
    await this.migrate();
    await this.pool.query(
      `INSERT INTO ${AUDIT_TABLE} (execution_id, at, command, user_id, user_name, team_id, channel_id, channel_name, args, instance, outcome, detail, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [e.executionId, e.at, e.command, e.userId, e.userName ?? null, e.teamId ?? null, e.channelId ?? null, e.channelName ?? null, e.args, e.instance ?? null, e.outcome, e.detail ?? null, e.durationMs ?? null],
    );
  }

  async query(q: AuditQuery = {}): Promise<AuditEntry[]> {
    await this.migrate();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.since) add('at >= ?', q.since.toISOString());
    if (q.until) add('at <= ?', q.until.toISOString());
    if (q.userId) add('user_id = ?', q.userId);
    if (q.instance) add('instance = ?', q.instance);
    if (q.executionId) add('execution_id = ?', q.executionId);
    params.push(q.limit ?? 1000);
    const sql = `SELECT * FROM (SELECT * FROM ${AUDIT_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT $${params.length}) t ORDER BY at, id`;
    const r = await this.pool.query<Row>(sql, params);
    return r.rows.map(fromRow);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

export function openAuditLog(s: AuditSettings): AuditLog {
  return s.store === 'postgres' ? new PgAuditLog(s.databaseUrl, s.timeoutMs) : new JsonlAuditLog(s.path, s.timeoutMs);
}

/** `--since 24h`, `7d`, `30m`, `2w`, or a date/time (`2026-11-01`, ISO 8601). */
export function parseSince(s: string, now = Date.now(), flag = '--since'): Date {
  const m = /^(\d+)\s*(m|h|d|w)$/.exec(s.trim());
  if (m) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now - Number(m[1]) * unit);
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new UsageError(`${flag} ${s}: expected a duration (30m, 24h, 7d, 2w) or a date (2026-11-01, ISO 8601)`);
  return new Date(t);
}

/** One line per entry, columns aligned for a terminal. */
export function formatAuditText(entries: AuditEntry[]): string {
  if (!entries.length) return 'no audit entries match\n';
  const rows = entries.map((e) => [
    e.at.replace(/\.\d+Z$/, 'Z'),
    e.executionId,
    e.outcome,
    e.userName ? `${e.userId}(${e.userName})` : e.userId,
    e.channelId ?? '-',
    e.instance ?? '-',
    `${e.command}${e.args ? ` ${e.args}` : ''}`,
    `${e.detail ?? ''}${e.durationMs !== undefined ? ` (${(e.durationMs / 1000).toFixed(1)} s)` : ''}`.trim(),
  ]);
  // The last two columns (command and detail) are not padded.
  const widths = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  return `${rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')}\n`;
}
