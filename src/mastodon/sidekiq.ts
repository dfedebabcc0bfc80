// Sidekiq's Redis wire format, both ways, for the Sidekiq versions Mastodon ships (6.5.x in
// 4.1-4.3, 7.3.9 in 4.4, 8.0.x in 4.5, 8.1.6 in 4.6; shared/reference/mastodon.md section 5).
// Reading: job payloads (ids above 2^53 kept exact, the float-vs-integer distinction of each
// timestamp kept), process heartbeats and queue latency computed exactly as each version's
// lib/sidekiq/api.rb does. Writing: RedownloadAvatarWorker / RedownloadHeaderWorker payloads and
// the SADD + LPUSH that enqueue them (lib/sidekiq/client.rb `atomic_push`). Pure: no I/O here.
//
// Checked against sidekiq/sidekiq tags v6.5.12, v7.3.9, v8.0.0-v8.1.6:
// - Queue#latency, 6.5.12 and 7.3.9: `now - (job["enqueued_at"] || now)`, seconds whatever the
//   JSON type; no created_at fallback.
// - Queue#latency, 8.0.0-8.1.0: `enqueued_at` only; a Float is seconds, anything else ms; absent: 0.
// - 8.1.1+ (ApiUtils#calculate_latency): `enqueued_at || created_at`, same Float/ms rule.
// - launcher.rb `to_data`: 6.5 puts `concurrency` and `queues` in `info` and has no `version`
//   (added in 7.1.0); 8.0 adds `capsules` (`{name => {concurrency, mode, weights}}`); 8.1 moves
//   `concurrency` to the hash. api.rb 8.1.6 `Process#queues`: the capsules' weight keys when
//   `capsules` is present, else `info.queues`. `beat` is always `Time.now.to_f`.
// - job_util.rb: `jid` is SecureRandom.hex(12); `created_at` is Time.now.to_f before 8.0 and
//   integer epoch ms (CLOCK_REALTIME, :millisecond) from 8.0; client.rb sets `enqueued_at` to the
//   same unit at push time, then `SADD queues <q>` and `LPUSH queue:<q> <json>`.
//
// Ruby's JSON parser makes a number with a fraction or an exponent a Float and anything else an
// Integer, and Sidekiq 8 decides seconds-vs-ms on exactly that. JSON.parse loses the difference
// (`1700000000.0` becomes an integer-valued number) and corrupts integers above 2^53, so payloads
// are read with the small lossless parser below.

import { randomBytes } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Lossless JSON

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export class SidekiqFormatError extends Error {
  override name = 'SidekiqFormatError';
}

interface ParsedJson {
  value: JsonValue;
  /** Source text of the numbers that are direct members of the top-level object, by key. */
  topLevelNumbers: Map<string, string>;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 256;

/**
 * Parses JSON as Ruby's JSON does for Sidekiq: integers outside JS's safe range become `bigint`
 * (never a rounded number), and the lexeme of each top-level number is kept so a caller can tell
 * a Float (`1.7e9`, `1700000000.0`) from an Integer.
 */
export function parseJsonLossless(text: string): ParsedJson {
  let i = 0;
  const topLevelNumbers = new Map<string, string>();
  const fail = (what: string): never => {
    throw new SidekiqFormatError(`not valid JSON: ${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return fail('bad string');
        }
      }
      if (c === '\\') i += 2;
      else i++;
    }
    return fail('unterminated string');
  };
  let lastNumber: string | null = null;
  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    ws();
    lastNumber = null;
    const c = text[i];
    if (c === '{') {
      i++;
      const o: { [key: string]: JsonValue } = {};
      ws();
      if (text[i] === '}') {
        i++;
        return o;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const k = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const v = value(depth + 1);
        if (depth === 0 && typeof lastNumber === 'string') topLevelNumbers.set(k, lastNumber);
        else if (depth === 0) topLevelNumbers.delete(k);
        // A key named __proto__ must be data, not the prototype.
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          lastNumber = null;
          return o;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const a: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          lastNumber = null;
          return a;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    if (text.startsWith('null', i)) return (i += 4), null;
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (!m) return fail('unexpected character');
    const lex = m[0];
    i += lex.length;
    lastNumber = lex;
    if (isFloatLexeme(lex)) return Number(lex);
    const n = Number(lex);
    return Number.isSafeInteger(n) ? n : BigInt(lex);
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing characters');
  return { value: v, topLevelNumbers };
}

/** Ruby's JSON: a fraction or an exponent makes a Float; anything else is an Integer. */
function isFloatLexeme(lex: string): boolean {
  return /[.eE]/.test(lex);
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------
// Versions and timestamp units

/** How a Sidekiq version writes `created_at` / `enqueued_at` (and `failed_at`, `retried_at`). */
export type TimestampUnit = 'float-seconds' | 'integer-ms';

/** Which api.rb computes queue latency: 6.5/7.x, 8.0.0-8.1.0, or 8.1.1+ (`calculate_latency`). */
export type LatencyRule = 'sidekiq-6-7' | 'sidekiq-8.0' | 'sidekiq-8.1';

export function parseVersion(v: string): [number, number, number] | null {
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
  return 0;
}

/** Sidekiq 8.0.0 changed timestamps to integer ms (Changes.md "WARNING", sidekiq#6564). */
export function timestampUnitForSidekiq(version: string): TimestampUnit {
  const v = parseVersion(version);
  if (!v) throw new SidekiqFormatError(`cannot read the Sidekiq version "${version}"`);
  return v[0] >= 8 ? 'integer-ms' : 'float-seconds';
}

/** The Sidekiq each Mastodon release bundles (Gemfile.lock; shared/reference/mastodon.md). */
export function sidekiqVersionForMastodon(mastodonVersion: string): string | null {
  const v = parseVersion(mastodonVersion);
  if (!v || v[0] !== 4) return null;
  if (v[1] >= 6) return '8.1.6';
  if (v[1] === 5) return '8.0.9';
  if (v[1] === 4) return '7.3.9';
  if (v[1] >= 1) return '6.5.12';
  return null;
}

export function timestampUnitForMastodon(mastodonVersion: string): TimestampUnit {
  const s = sidekiqVersionForMastodon(mastodonVersion);
  if (!s) throw new SidekiqFormatError(`no known Sidekiq version for Mastodon "${mastodonVersion}"`);
  return timestampUnitForSidekiq(s);
}

export function latencyRuleFor(version: string | null): LatencyRule {
  // Unknown: Sidekiq 8.1's reader accepts both units, the most tolerant reading.
  if (version === null) return 'sidekiq-8.1';
  const v = parseVersion(version);
  if (!v) return 'sidekiq-8.1';
  if (v[0] < 8) return 'sidekiq-6-7';
  if (v[0] === 8 && v[1] === 0) return 'sidekiq-8.0';
  if (v[0] === 8 && v[1] === 1 && v[2] === 0) return 'sidekiq-8.0';
  return 'sidekiq-8.1';
}

/**
 * The unit to write for the Sidekiq processes that will read the job, from their heartbeats;
 * null when there is no live process to ask (then use the Mastodon version, never a guess).
 * A heartbeat without `version` is Sidekiq < 7.1, so floats. Mixed majors during an upgrade:
 * float seconds, which Sidekiq 8's reader also takes as seconds, while 7 misreads ms.
 */
export function timestampUnitForProcesses(processes: readonly Pick<SidekiqProcess, 'version'>[]): TimestampUnit | null {
  if (processes.length === 0) return null;
  const units = new Set(processes.map((p) => (p.version === null ? 'float-seconds' : timestampUnitForSidekiq(p.version))));
  return units.size === 1 && units.has('integer-ms') ? 'integer-ms' : 'float-seconds';
}

// ---------------------------------------------------------------------------------------------
// Jobs

export interface SidekiqTimestamp {
  /** The JSON lexeme as stored. */
  raw: string;
  /** A Ruby Float (fraction or exponent in the JSON): Sidekiq 8 reads it as seconds. */
  float: boolean;
  /** The number as written: seconds when float, otherwise whatever unit the writer used. */
  value: number;
}

export interface SidekiqJob {
  class: string | null;
  queue: string | null;
  jid: string | null;
  args: JsonValue[];
  retry: JsonValue | undefined;
  createdAt: SidekiqTimestamp | null;
  enqueuedAt: SidekiqTimestamp | null;
  /** The whole payload, integers above 2^53 as bigint. */
  item: { [key: string]: JsonValue };
}

/** Parses one job as stored in `queue:<name>` (or a sorted set member). Throws SidekiqFormatError. */
export function parseJob(json: string): SidekiqJob {
  const { value, topLevelNumbers } = parseJsonLossless(json);
  if (!isObject(value)) throw new SidekiqFormatError('a job payload must be a JSON object');
  const ts = (key: string): SidekiqTimestamp | null => {
    const raw = topLevelNumbers.get(key);
    if (raw === undefined) return null;
    return { raw, float: isFloatLexeme(raw), value: Number(raw) };
  };
  const s = (v: JsonValue | undefined) => (typeof v === 'string' ? v : null);
  return {
    class: s(value['class']),
    queue: s(value['queue']),
    jid: s(value['jid']),
    args: Array.isArray(value['args']) ? value['args'] : [],
    retry: value['retry'],
    createdAt: ts('created_at'),
    enqueuedAt: ts('enqueued_at'),
    item: value,
  };
}

/** An id argument as decimal digits, whether it was written as a JSON integer or a string. */
export function idArgument(v: JsonValue | undefined): string | null {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return v;
  return null;
}

/**
 * Seconds a job has waited, as Sidekiq's api.rb of that version computes it (Queue#latency on the
 * oldest job, `LINDEX queue:<q> -1`); 0 for an empty queue. `nowMs` is epoch milliseconds.
 * Reproduces each version's quirks: 6.5/7.x treat any number as seconds (integer ms gives a
 * hugely negative latency there), 8.0 ignores created_at, an integer-seconds job in 8.x looks
 * ~55 years old.
 */
export function queueLatencyS(oldest: SidekiqJob | null, nowMs: number, rule: LatencyRule): number {
  if (!oldest) return 0;
  const nowS = nowMs / 1000;
  if (rule === 'sidekiq-6-7') {
    const t = oldest.enqueuedAt;
    return t ? nowS - t.value : 0;
  }
  const t = rule === 'sidekiq-8.0' ? oldest.enqueuedAt : (oldest.enqueuedAt ?? oldest.createdAt);
  if (!t) return 0;
  if (t.float) return nowS - t.value;
  return (Math.floor(nowMs) - t.value) / 1000;
}

/** The epoch ms a timestamp stands for under Sidekiq 8's reader (`time_from_timestamp`). */
export function timestampMs(t: SidekiqTimestamp): number {
  return t.float ? t.value * 1000 : t.value;
}

/**
 * Whether a stored timestamp is in the wrong unit for the version reading it: integer ms read by
 * 6.5/7.x, or an integer that is plausibly seconds read as ms by 8.x (before 2001 as ms).
 */
export function timestampUnitMismatch(t: SidekiqTimestamp, rule: LatencyRule): string | null {
  if (rule === 'sidekiq-6-7') {
    if (!t.float && t.value > 1e11) return `integer milliseconds (${t.raw}) where Sidekiq 6/7 expects float seconds`;
    return null;
  }
  if (!t.float && t.value < 1e12 && t.value > 1e8) return `integer seconds (${t.raw}) that Sidekiq 8 reads as milliseconds`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Processes

/** The hash fields api.rb 8.1.6 `ProcessSet#each` reads with HMGET, in order. */
export const PROCESS_FIELDS = ['info', 'concurrency', 'busy', 'beat', 'quiet', 'rss', 'rtt_us'] as const;

export type ProcessFields = Partial<Record<(typeof PROCESS_FIELDS)[number], string | null>>;

export interface SidekiqProcess {
  identity: string;
  hostname: string | null;
  pid: number | null;
  tag: string | null;
  /** `info.version`: Sidekiq >= 7.1 only; null for 6.5 (Mastodon <= 4.3). */
  version: string | null;
  /** Queues it fetches from: the capsules' weight keys (8.x), else `info.queues`. */
  queues: string[];
  capsules: { name: string; concurrency: number | null; queues: string[] }[] | null;
  /** Hash field (8.1), else `info.concurrency` (6.5-8.0), else the capsules' sum. */
  concurrency: number | null;
  busy: number;
  /** Epoch seconds of the last heartbeat (`Time.now.to_f`). */
  beat: number | null;
  /** TSTP received: fetches no new jobs. */
  quiet: boolean;
  rssKb: number | null;
  startedAt: number | null;
}

function num(v: JsonValue | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return null;
}

function intField(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function strings(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * A process from its identity hash (`HMGET <identity> info concurrency busy beat quiet rss
 * rtt_us`). Returns null when `info` is missing: the hash expired (60 s TTL), so the process is
 * dead although its identity is still in `processes` (api.rb `ProcessSet#each` skips it too).
 */
export function parseProcess(identity: string, fields: ProcessFields): SidekiqProcess | null {
  const infoText = fields.info;
  if (infoText === null || infoText === undefined) return null;
  let info: { [key: string]: JsonValue } = {};
  try {
    const v = parseJsonLossless(infoText).value;
    if (isObject(v)) info = v;
  } catch {
    /* a process with unreadable info is still alive; report what the hash says */
  }
  let capsules: SidekiqProcess['capsules'] = null;
  const caps = info['capsules'];
  if (isObject(caps)) {
    capsules = Object.entries(caps).map(([name, c]) => ({
      name,
      concurrency: isObject(c) ? num(c['concurrency']) : null,
      queues: isObject(c) && isObject(c['weights']) ? Object.keys(c['weights']) : [],
    }));
  }
  const queues = capsules ? [...new Set(capsules.flatMap((c) => c.queues))] : [...new Set(strings(info['queues']))];
  const capSum = capsules?.every((c) => c.concurrency !== null) ? capsules.reduce((a, c) => a + (c.concurrency ?? 0), 0) : null;
  const version = info['version'];
  return {
    identity,
    hostname: typeof info['hostname'] === 'string' ? info['hostname'] : null,
    pid: num(info['pid']),
    tag: typeof info['tag'] === 'string' ? info['tag'] : null,
    version: typeof version === 'string' ? version : null,
    queues,
    capsules,
    concurrency: intField(fields.concurrency) ?? num(info['concurrency']) ?? capSum,
    busy: intField(fields.busy) ?? 0,
    beat: intField(fields.beat),
    quiet: fields.quiet === 'true',
    rssKb: intField(fields.rss),
    startedAt: num(info['started_at']),
  };
}

export function beatAgeS(p: Pick<SidekiqProcess, 'beat'>, nowMs: number): number | null {
  return p.beat === null ? null : nowMs / 1000 - p.beat;
}

// ---------------------------------------------------------------------------------------------
// Keys

/** Mastodon 4.3 with REDIS_NAMESPACE: redis-namespace prefixes every key `<ns>:`. */
export function keyPrefix(namespace: string | undefined): string {
  return namespace === undefined ? '' : `${namespace}:`;
}

export const sidekiqKeys = (namespace?: string) => {
  const p = keyPrefix(namespace);
  return {
    queues: `${p}queues`,
    queue: (name: string) => `${p}queue:${name}`,
    retry: `${p}retry`,
    dead: `${p}dead`,
    schedule: `${p}schedule`,
    processes: `${p}processes`,
    /** Set members are un-prefixed identities; their hashes are prefixed keys. */
    process: (identity: string) => `${p}${identity}`,
  };
};

/** Queues Admin::SystemCheck::SidekiqProcessCheck wants served (`fasp` since 4.4.0). */
export const MASTODON_QUEUES = ['default', 'push', 'mailers', 'pull', 'scheduler', 'ingress', 'fasp'] as const;

// ---------------------------------------------------------------------------------------------
// Writing: RedownloadAvatarWorker / RedownloadHeaderWorker

export const REDOWNLOAD_WORKER = { avatar: 'RedownloadAvatarWorker', header: 'RedownloadHeaderWorker' } as const;

export interface RedownloadJobInput {
  kind: 'avatar' | 'header';
  /** The account id: a decimal string as node-postgres returns int8, or a bigint. Never a number. */
  accountId: string | bigint;
  unit: TimestampUnit;
  /** Epoch milliseconds (an integer) for created_at and enqueued_at. */
  nowMs: number;
  /** 24 lowercase hex; random when omitted. */
  jid?: string;
}

export interface BuiltJob {
  jid: string;
  queue: 'pull';
  /** The JSON to LPUSH. */
  payload: string;
}

const INT8_MAX = 9223372036854775807n;

/** Validates an account id and returns its canonical decimal string. */
export function accountIdString(id: string | bigint): string {
  if (typeof id === 'bigint') {
    if (id < 1n || id > INT8_MAX) throw new RangeError(`account id ${id} is outside 1..2^63-1`);
    return id.toString();
  }
  if (typeof id !== 'string') throw new TypeError(`account id must be a string or bigint, not ${typeof id} (a JS number loses digits above 2^53)`);
  if (!/^[1-9]\d{0,18}$/.test(id) || BigInt(id) > INT8_MAX) throw new RangeError(`account id "${id}" is not a positive bigint`);
  return id;
}

/** `created_at` / `enqueued_at` as the JSON lexeme the target Sidekiq writes. */
export function formatTimestamp(nowMs: number, unit: TimestampUnit): string {
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) throw new RangeError(`nowMs must be a non-negative integer, got ${nowMs}`);
  if (unit === 'integer-ms') return String(nowMs);
  // Always with a fraction, so Ruby parses a Float (an integer would be read as ms by Sidekiq 8).
  return `${Math.floor(nowMs / 1000)}.${String(nowMs % 1000).padStart(3, '0')}`;
}

export function newJid(): string {
  return randomBytes(12).toString('hex');
}

/**
 * The payload Sidekiq's client would push for `RedownloadAvatarWorker.perform_async(id)`:
 * class, args [id], queue pull, retry 7 (the class's sidekiq_options), jid, created_at and
 * enqueued_at in the target version's unit.
 *
 * The id goes in as a JSON string. `Account.find("109876543210987654")` casts it exactly
 * (ActiveRecord type casting), Sidekiq's strict_args accepts strings, JSON.stringify cannot
 * corrupt it, and these workers have no unique-jobs lock whose digest would differ from an
 * integer argument. Raw digits would need a hand-written serializer where one slip to `number`
 * silently turns the job into a RecordNotFound no-op.
 */
export function buildRedownloadJob(input: RedownloadJobInput): BuiltJob {
  const id = accountIdString(input.accountId);
  const jid = input.jid ?? newJid();
  if (!/^[0-9a-f]{24}$/.test(jid)) throw new RangeError(`jid must be 24 lowercase hex characters, got "${jid}"`);
  const cls = REDOWNLOAD_WORKER[input.kind];
  if (!cls) throw new RangeError(`unknown kind ${String(input.kind)}`);
  const ts = formatTimestamp(input.nowMs, input.unit);
  const payload =
    `{"class":${JSON.stringify(cls)},"args":[${JSON.stringify(id)}],"queue":"pull","retry":7,` +
    `"jid":"${jid}","created_at":${ts},"enqueued_at":${ts}}`;
  return { jid, queue: 'pull', payload };
}

export type RedisCommand = ['sadd' | 'lpush', string, ...string[]];

/**
 * The commands that enqueue payloads on `pull` as client.rb `atomic_push` does: `SADD queues
 * pull`, then `LPUSH queue:pull <json>...` (workers BRPOP the other end, so the first payload
 * runs first). Send them in one MULTI or pipeline; keys carry the 4.3 namespace when given.
 */
export function pushCommands(payloads: readonly string[], namespace?: string): RedisCommand[] {
  if (payloads.length === 0) return [];
  const k = sidekiqKeys(namespace);
  return [
    ['sadd', k.queues, 'pull'],
    ['lpush', k.queue('pull'), ...payloads],
  ];
}
