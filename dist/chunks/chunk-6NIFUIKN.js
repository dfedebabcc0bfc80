import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  esm_default
} from "./chunk-DQHIOTKA.js";
import {
  UsageError
} from "./chunk-ZR2GA637.js";

// bot/audit-log.ts
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";

// bot/core/timeout.ts
var TimeoutError = class extends Error {
  constructor(what, ms) {
    super(`${what} timed out after ${ms >= 1e3 ? `${+(ms / 1e3).toFixed(1)} s` : `${ms} ms`}`);
    this.what = what;
    this.ms = ms;
  }
  what;
  ms;
  name = "TimeoutError";
};
function withTimeout(p, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
function fetchWithTimeout(ms, base = globalThis.fetch) {
  return (url, init = {}) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return base(url, { ...init, signal });
  };
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
var AbortedError = class extends Error {
  constructor(reason) {
    super(`stopped: ${reason}`);
    this.reason = reason;
  }
  reason;
  name = "AbortedError";
};
function settleOrAbort(p, signal, graceMs, reason) {
  if (signal.aborted && graceMs <= 0) return Promise.reject(new AbortedError(reason()));
  let timer;
  let onAbort;
  const stopped = new Promise((_, reject) => {
    onAbort = () => {
      timer = setTimeout(() => reject(new AbortedError(reason())), graceMs);
      timer.unref();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([p, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener("abort", onAbort);
  });
}

// bot/audit-log.ts
var AUDIT_OUTCOMES = [
  "started",
  "refused",
  "usage_error",
  "help",
  "ok",
  "warn",
  "fail",
  "error",
  "failed",
  "cancelled",
  "timed_out",
  "confirmed",
  "declined",
  "cancel_requested"
];
function matches(e, q) {
  const t = Date.parse(e.at);
  if (q.since && t < q.since.getTime()) return false;
  if (q.until && t > q.until.getTime()) return false;
  if (q.userId && e.userId !== q.userId) return false;
  if (q.instance && e.instance !== q.instance) return false;
  if (q.executionId && e.executionId !== q.executionId) return false;
  return true;
}
function isEntry(v) {
  const o = v;
  return !!o && typeof o === "object" && typeof o.executionId === "string" && typeof o.at === "string" && typeof o.outcome === "string" && typeof o.userId === "string";
}
var JsonlAuditLog = class {
  constructor(path, timeoutMs = 5e3) {
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
  path;
  timeoutMs;
  queue = [];
  flushing = null;
  dirReady = false;
  append(e) {
    const p = new Promise((resolve, reject) => this.queue.push({ line: `${JSON.stringify(e)}
`, done: (err) => err ? reject(err) : resolve() }));
    this.flushing ??= this.flush();
    return withTimeout(p, this.timeoutMs, `audit log ${this.path}`);
  }
  async flush() {
    while (this.queue.length) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.write(batch.map((b) => b.line).join(""));
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
    this.flushing = null;
  }
  async write(text) {
    if (!this.dirReady) {
      await mkdir(dirname(this.path), { recursive: true, mode: 448 });
      this.dirReady = true;
    }
    const fh = await open(this.path, "a+", 384);
    try {
      const { size } = await fh.stat();
      let prefix = "";
      if (size > 0) {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 10) prefix = "\n";
      }
      await fh.write(prefix + text);
      await fh.datasync();
    } finally {
      await fh.close();
    }
  }
  async query(q = {}) {
    const limit = q.limit ?? 1e3;
    const out = [];
    let fh;
    try {
      fh = await open(this.path, "r");
    } catch (e) {
      if (e.code === "ENOENT") return [];
      throw new UsageError(`${this.path}: cannot read the audit log (${e.code ?? "error"})`);
    }
    try {
      for await (const line of fh.readLines({ encoding: "utf8" })) {
        if (!line.trim()) continue;
        let v;
        try {
          v = JSON.parse(line);
        } catch {
          continue;
        }
        if (isEntry(v) && matches(v, q)) {
          out.push(v);
          if (out.length > limit) out.shift();
        }
      }
    } finally {
      await fh.close().catch(() => {
      });
    }
    return out;
  }
  async close() {
    await this.flushing;
  }
};
var AUDIT_TABLE = "mastodon_ops_audit";
var AUDIT_TABLE_SQL = `
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
function fromRow(r) {
  const e = { executionId: r.execution_id, at: r.at.toISOString(), command: r.command, userId: r.user_id, args: r.args, outcome: r.outcome };
  if (r.user_name !== null) e.userName = r.user_name;
  if (r.team_id !== null) e.teamId = r.team_id;
  if (r.channel_id !== null) e.channelId = r.channel_id;
  if (r.channel_name !== null) e.channelName = r.channel_name;
  if (r.instance !== null) e.instance = r.instance;
  if (r.detail !== null) e.detail = r.detail;
  if (r.duration_ms !== null) e.durationMs = r.duration_ms;
  return e;
}
var PgAuditLog = class {
  pool;
  ready = null;
  constructor(databaseUrl, timeoutMs = 5e3) {
    this.pool = new esm_default.Pool({
      connectionString: databaseUrl,
      max: 4,
      connectionTimeoutMillis: timeoutMs,
      idleTimeoutMillis: 3e4,
      statement_timeout: timeoutMs,
      query_timeout: timeoutMs + 1e3,
      application_name: "mastodon-ops-bot"
    });
    this.pool.on("error", () => {
    });
  }
  /** Creates the table, indexes and append-only trigger if the table does not exist yet. */
  migrate() {
    this.ready ??= (async () => {
      const c = await this.pool.connect();
      try {
        const exists = await c.query("SELECT to_regclass($1)::text AS t", [AUDIT_TABLE]);
        if (exists.rows[0]?.t) return;
        await c.query("BEGIN");
        try {
          await c.query("SELECT pg_advisory_xact_lock(hashtext($1))", [AUDIT_TABLE]);
          await c.query(AUDIT_TABLE_SQL);
          await c.query("COMMIT");
        } catch (e) {
          await c.query("ROLLBACK").catch(() => {
          });
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
  async append(e) {
    await this.migrate();
    await this.pool.query(
      `INSERT INTO ${AUDIT_TABLE} (execution_id, at, command, user_id, user_name, team_id, channel_id, channel_name, args, instance, outcome, detail, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [e.executionId, e.at, e.command, e.userId, e.userName ?? null, e.teamId ?? null, e.channelId ?? null, e.channelName ?? null, e.args, e.instance ?? null, e.outcome, e.detail ?? null, e.durationMs ?? null]
    );
  }
  async query(q = {}) {
    await this.migrate();
    const where = [];
    const params = [];
    const add = (sql2, v) => {
      params.push(v);
      where.push(sql2.replace("?", `$${params.length}`));
    };
    if (q.since) add("at >= ?", q.since.toISOString());
    if (q.until) add("at <= ?", q.until.toISOString());
    if (q.userId) add("user_id = ?", q.userId);
    if (q.instance) add("instance = ?", q.instance);
    if (q.executionId) add("execution_id = ?", q.executionId);
    params.push(q.limit ?? 1e3);
    const sql = `SELECT * FROM (SELECT * FROM ${AUDIT_TABLE} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY at DESC, id DESC LIMIT $${params.length}) t ORDER BY at, id`;
    const r = await this.pool.query(sql, params);
    return r.rows.map(fromRow);
  }
  async close() {
    await this.pool.end().catch(() => {
    });
  }
};
function openAuditLog(s) {
  return s.store === "postgres" ? new PgAuditLog(s.databaseUrl, s.timeoutMs) : new JsonlAuditLog(s.path, s.timeoutMs);
}
function parseSince(s, now = Date.now(), flag = "--since") {
  const m = /^(\d+)\s*(m|h|d|w)$/.exec(s.trim());
  if (m) {
    const unit = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }[m[2]];
    return new Date(now - Number(m[1]) * unit);
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new UsageError(`${flag} ${s}: expected a duration (30m, 24h, 7d, 2w) or a date (2026-11-01, ISO 8601)`);
  return new Date(t);
}
function formatAuditText(entries) {
  if (!entries.length) return "no audit entries match\n";
  const rows = entries.map((e) => [
    e.at.replace(/\.\d+Z$/, "Z"),
    e.executionId,
    e.outcome,
    e.userName ? `${e.userId}(${e.userName})` : e.userId,
    e.channelId ?? "-",
    e.instance ?? "-",
    `${e.command}${e.args ? ` ${e.args}` : ""}`,
    `${e.detail ?? ""}${e.durationMs !== void 0 ? ` (${(e.durationMs / 1e3).toFixed(1)} s)` : ""}`.trim()
  ]);
  const widths = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  return `${rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n")}
`;
}

export {
  withTimeout,
  fetchWithTimeout,
  sleep,
  AbortedError,
  settleOrAbort,
  AUDIT_OUTCOMES,
  JsonlAuditLog,
  AUDIT_TABLE,
  AUDIT_TABLE_SQL,
  PgAuditLog,
  openAuditLog,
  parseSince,
  formatAuditText
};
