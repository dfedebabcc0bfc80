// `sidekiq`: is Mastodon's job system running, and is the `pull` queue (where avatar and header
// re-downloads run) keeping up? Reads only the keys Sidekiq itself maintains (no KEYS, no SCAN,
// no writes): SMEMBERS queues/processes, LLEN and LINDEX -1 per queue, ZCARD retry/dead, HMGET of
// each process heartbeat. Honours Mastodon 4.3's REDIS_NAMESPACE (keys prefixed `<ns>:`).
//
// Thresholds come from Mastodon's own code (shared/reference/mastodon.md section 5.2):
// - Admin::SystemCheck::SidekiqProcessCheck: each of default push mailers pull scheduler ingress
//   (and fasp since 4.4.0) must be in some live process's queues, else jobs there never run.
// - Scheduler::SuspendedUserCleanupScheduler stops deleting accounts while pull holds > 50 jobs;
//   Scheduler::AccountsStatusesCleanupScheduler skips users' statuses auto-delete while pull
//   latency > 300 s (and while the retry set holds > 50,000 jobs).

import type { Redis } from 'ioredis';
import { redisSettings } from '../../mastodon/settings.ts';
import {
  MASTODON_QUEUES,
  PROCESS_FIELDS,
  beatAgeS,
  compareVersions,
  keyPrefix,
  latencyRuleFor,
  parseJob,
  parseProcess,
  parseVersion,
  queueLatencyS,
  sidekiqKeys,
  timestampUnitMismatch,
  type LatencyRule,
  type SidekiqJob,
  type SidekiqProcess,
} from '../../mastodon/sidekiq.ts';
import type { Check, CheckContext, CheckOutcome, CheckStatus } from '../types.ts';

export const PULL_MAX_SIZE = 50;
export const PULL_MAX_LATENCY_S = 300;
/** AccountsStatusesCleanupScheduler MAX_RETRY_SIZE. */
export const RETRY_MAX_SIZE = 50_000;
/** Other Mastodon queues: jobs (deliveries, mails, incoming activities) waiting this long are late. */
export const QUEUE_MAX_LATENCY_S = 300;
/** Heartbeats are written every 10 s with a 60 s TTL; older than this, the process is stuck. */
export const BEAT_STALE_S = 60;
const MAX_PROCESSES = 1000;

export interface SidekiqData {
  version: string | null;
  queues: { name: string; size: number; latencyS: number }[];
  retry: number;
  dead: number;
  processes: { identity: string; queues: string[]; busy: number; beatAgeS: number | null; concurrency: number | null; quiet: boolean; version: string | null }[];
  /** Identities in `processes` whose heartbeat hash expired. */
  deadProcesses: string[];
  unserved: string[];
}

export interface SidekiqCheckOptions {
  /** Epoch ms; injectable so tests compute latency from a fixed now. */
  now?: () => number;
}

function unwrap<T>(res: [Error | null, unknown][] | null, i: number): T {
  const r = res?.[i];
  if (!r) throw new Error('Redis pipeline returned no result');
  if (r[0]) throw r[0];
  return r[1] as T;
}

export function fmtDuration(s: number): string {
  const a = Math.abs(s);
  const sign = s < 0 ? '-' : '';
  if (a < 60) return `${sign}${Math.round(a)} s`;
  if (a < 3600) return `${sign}${Math.floor(a / 60)} min ${Math.round(a % 60)} s`;
  if (a < 86400 * 2) return `${sign}${Math.floor(a / 3600)} h ${Math.floor((a % 3600) / 60)} min`;
  if (a < 86400 * 730) return `${sign}${Math.floor(a / 86400)} days`;
  return `${sign}${Math.round(a / (86400 * 365.25))} years`;
}

const n = (x: number) => x.toLocaleString('en-US');
const jobs = (x: number) => `${n(x)} job${x === 1 ? '' : 's'}`;

/** Mastodon's queues first (pull leading), then any other queue Sidekiq knows, by name. */
function orderQueues(names: Iterable<string>): string[] {
  const all = new Set<string>(['pull', ...MASTODON_QUEUES, ...names]);
  const known = new Set<string>(MASTODON_QUEUES);
  return [...all].sort((a, b) => {
    if (a === 'pull' || b === 'pull') return a === 'pull' ? -1 : 1;
    const ka = known.has(a);
    const kb = known.has(b);
    if (ka && kb) return MASTODON_QUEUES.indexOf(a as never) - MASTODON_QUEUES.indexOf(b as never);
    if (ka !== kb) return ka ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

export function createSidekiqCheck(opts: SidekiqCheckOptions = {}): Check {
  return {
    id: 'sidekiq',
    title: 'Sidekiq queues and processes',
    needs: ['redis'],
    timeoutMs: 10_000,
    run: (ctx) => runSidekiq(ctx, opts),
  };
}

export const sidekiqCheck: Check = createSidekiqCheck();

async function runSidekiq(ctx: CheckContext, opts: SidekiqCheckOptions): Promise<CheckOutcome> {
  const redis: Redis = await ctx.conns.redis();
  const namespace = redisSettings(ctx.instance.env, 'sidekiq').namespace;
  const k = sidekiqKeys(namespace);

  const first = await redis.pipeline().smembers(k.queues).smembers(k.processes).zcard(k.retry).zcard(k.dead).exec();
  const queueSet = unwrap<string[]>(first, 0);
  const identities = unwrap<string[]>(first, 1).sort();
  const retry = unwrap<number>(first, 2);
  const dead = unwrap<number>(first, 3);
  if (ctx.signal.aborted) throw new Error('aborted');

  const queueNames = orderQueues(queueSet);
  const checked = identities.slice(0, MAX_PROCESSES);
  const p = redis.pipeline();
  for (const q of queueNames) p.llen(k.queue(q)).lindex(k.queue(q), -1);
  for (const id of checked) p.hmget(k.process(id), ...PROCESS_FIELDS);
  const second = await p.exec();
  const nowMs = opts.now?.() ?? Date.now();

  // Processes first: their version decides how latency is read.
  const live: SidekiqProcess[] = [];
  const deadProcesses: string[] = [];
  checked.forEach((id, i) => {
    const vals = unwrap<(string | null)[]>(second, queueNames.length * 2 + i);
    const fields = Object.fromEntries(PROCESS_FIELDS.map((f, j) => [f, vals[j] ?? null]));
    const proc = parseProcess(id, fields);
    if (proc) live.push(proc);
    else deadProcesses.push(id);
  });
  const versions = [...new Set(live.map((x) => x.version).filter((v): v is string => v !== null))].sort(compareVersions);
  const version = versions.at(-1) ?? null;
  // A heartbeat without `version` is Sidekiq < 7.1 (Mastodon <= 4.3): the 6.5/7.x reader.
  const rule: LatencyRule = version ? latencyRuleFor(version) : live.length ? 'sidekiq-6-7' : latencyRuleFor(null);

  const details: string[] = [];
  const unreadable: string[] = [];
  const unitProblems: string[] = [];
  const unitQueues: string[] = [];
  const queues = queueNames.map((name, i) => {
    const size = unwrap<number>(second, i * 2);
    const oldestText = unwrap<string | null>(second, i * 2 + 1);
    let oldest: SidekiqJob | null = null;
    if (oldestText !== null) {
      try {
        oldest = parseJob(oldestText);
      } catch (e) {
        unreadable.push(`the oldest job in ${name} is not readable JSON (${(e as Error).message}); latency shown as 0`);
      }
    }
    const latencyS = queueLatencyS(oldest, nowMs, rule);
    const t = oldest?.enqueuedAt ?? oldest?.createdAt;
    const mismatch = t ? timestampUnitMismatch(t, rule) : null;
    if (mismatch) unitQueues.push(name);
    if (mismatch) unitProblems.push(`${name}: the oldest job (${oldest?.class ?? 'unknown class'}) has ${mismatch}`);
    return { name, size, latencyS: Math.round(latencyS * 1000) / 1000 };
  });

  const major = version ? (parseVersion(version)?.[0] ?? 0) : null;
  // fasp exists from Mastodon 4.4.0, which ships Sidekiq 7.3.9; older processes never list it.
  const expected = MASTODON_QUEUES.filter((q) => q !== 'fasp' || (major !== null && major >= 7));
  const serving = live.filter((x) => !x.quiet);
  const served = new Set(serving.flatMap((x) => x.queues));
  const unserved = expected.filter((q) => !served.has(q));

  const data: SidekiqData = {
    version,
    queues,
    retry,
    dead,
    processes: live.map((x) => ({
      identity: x.identity,
      queues: x.queues,
      busy: x.busy,
      beatAgeS: (() => {
        const a = beatAgeS(x, nowMs);
        return a === null ? null : Math.round(a * 1000) / 1000;
      })(),
      concurrency: x.concurrency,
      quiet: x.quiet,
      version: x.version,
    })),
    deadProcesses,
    unserved,
  };

  // Evidence lines.
  if (namespace !== undefined) details.push(`keys read with the REDIS_NAMESPACE prefix "${keyPrefix(namespace)}" (Mastodon 4.3; boot refuses it from 4.4)`);
  details.push(`Sidekiq ${version ?? (live.length ? '< 7.1 (heartbeats carry no version: Mastodon <= 4.3)' : 'version unknown (no live process)')}${versions.length > 1 ? `; mixed versions: ${versions.join(', ')}` : ''}`);
  for (const q of queues) if (q.size > 0 || q.name === 'pull') details.push(`queue ${q.name}: ${jobs(q.size)}, oldest waiting ${fmtDuration(q.latencyS)}`);
  for (const x of data.processes) {
    const age = x.beatAgeS === null ? 'no heartbeat time' : `heartbeat ${fmtDuration(x.beatAgeS)} ago`;
    details.push(
      `process ${x.identity}${x.version ? ` (Sidekiq ${x.version})` : ''}: ${x.concurrency ?? '?'} threads, ${x.busy} busy, queues ${x.queues.join(',') || '(none)'}; ${age}${x.quiet ? '; QUIET (fetches no new jobs)' : ''}`,
    );
    if (x.beatAgeS !== null && x.beatAgeS > BEAT_STALE_S) details.push(`process ${x.identity}: last heartbeat ${fmtDuration(x.beatAgeS)} ago: stuck, or this host's clock differs from Sidekiq's`);
  }
  if (identities.length > checked.length) details.push(`${n(identities.length)} identities in processes; only the first ${MAX_PROCESSES} were read`);
  for (const id of deadProcesses) details.push(`process ${id} is listed in processes but its heartbeat expired: it is dead (Sidekiq's Web UI prunes it on its next visit)`);
  details.push(`retry set: ${jobs(retry)}; dead set: ${jobs(dead)}`);
  for (const u of unitProblems) details.push(`wrong timestamp unit: ${u}`);
  details.push(...unreadable);

  // Verdict.
  const fails: string[] = [];
  const warns: string[] = [];
  const fixes: string[] = [];
  const pull = queues.find((q) => q.name === 'pull') ?? { name: 'pull', size: 0, latencyS: 0 };

  if (live.length === 0) {
    fails.push(
      `no live Sidekiq process${deadProcesses.length ? ` (${deadProcesses.length} registered with expired heartbeats)` : ''}: no job runs, pull holds ${jobs(pull.size)}`,
    );
    fixes.push(
      `start Sidekiq (e.g. \`systemctl start mastodon-sidekiq\`, or check the sidekiq pods/containers and their logs); if it is running, it uses another Redis than ${namespace !== undefined ? `this one with prefix "${keyPrefix(namespace)}"` : 'this one'}: compare SIDEKIQ_REDIS_URL / REDIS_URL${namespace !== undefined ? ' and REDIS_NAMESPACE' : ''} with the Sidekiq service's environment`,
    );
  } else if (unserved.length) {
    fails.push(`no live Sidekiq process serves ${unserved.join(', ')}: jobs there never run${serving.length < live.length ? ` (${live.length - serving.length} process(es) are quiet)` : ''}`);
    fixes.push(
      `add the queues to a Sidekiq process: run it without -q to use config/sidekiq.yml, or list every queue, e.g. \`bundle exec sidekiq -c 25 -q default,8 -q push,6 -q ingress,4 -q mailers,2 -q pull -q scheduler${expected.includes('fasp') ? ' -q fasp' : ''}\``,
    );
  }

  if (unitProblems.length) {
    warns.push(`jobs in ${unitQueues.join(', ')} carry timestamps in the wrong unit for Sidekiq ${version ?? '(unknown version)'}, so their latency is nonsense to Sidekiq and Mastodon`);
    fixes.push('whatever pushed them wrote the wrong timestamp unit (Sidekiq 8, Mastodon 4.5+, takes integer ms; 6/7 float seconds): fix that writer; the jobs themselves still run');
  }
  const pullReasons: string[] = [];
  if (pull.size > PULL_MAX_SIZE) pullReasons.push(`more than ${PULL_MAX_SIZE} jobs pauses Mastodon's account deletions (SuspendedUserCleanupScheduler)`);
  if (pull.latencyS > PULL_MAX_LATENCY_S) pullReasons.push(`latency above ${PULL_MAX_LATENCY_S} s pauses users' statuses auto-delete (AccountsStatusesCleanupScheduler)`);
  if (pullReasons.length) {
    warns.push(`pull queue: ${jobs(pull.size)}, oldest waiting ${fmtDuration(pull.latencyS)}; ${pullReasons.join('; ')}`);
    fixes.push(
      `let pull drain before enqueueing more (pause any bulk restore: enqueue Redownload jobs only while queue:pull holds fewer than ${PULL_MAX_SIZE}, see https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md); if it does not drain, give pull more threads, e.g. a dedicated \`sidekiq -c 10 -q pull\` process`,
    );
  }
  const slow = queues.filter((q) => q.name !== 'pull' && (MASTODON_QUEUES as readonly string[]).includes(q.name) && q.latencyS > QUEUE_MAX_LATENCY_S);
  if (slow.length) {
    warns.push(`jobs wait in ${slow.map((q) => `${q.name} (${fmtDuration(q.latencyS)}, ${jobs(q.size)})`).join(', ')}`);
    fixes.push('add Sidekiq threads or processes for those queues, and check the busy processes above for stuck jobs');
  }
  if (retry > RETRY_MAX_SIZE) {
    warns.push(`retry set holds ${n(retry)} jobs (over ${n(RETRY_MAX_SIZE)} pauses users' statuses auto-delete)`);
    fixes.push('look at the retry set in Sidekiq\'s Web UI (/sidekiq/retries) for the failing class and cause');
  }

  const status: CheckStatus = fails.length ? 'fail' : warns.length ? 'warn' : 'ok';
  let summary: string;
  if (status === 'ok') {
    summary = `${live.length} live Sidekiq process${live.length === 1 ? '' : 'es'}${version ? ` (${version})` : ''} serve${live.length === 1 ? 's' : ''} all of Mastodon's queues; pull ${jobs(pull.size)}, latency ${fmtDuration(pull.latencyS)}; retry ${n(retry)}, dead ${n(dead)}`;
  } else {
    summary = [...fails, ...warns].join('; ');
  }
  const out: CheckOutcome = { status, summary, details, data: data as unknown as Record<string, unknown> };
  if (fixes.length) out.fix = fixes.map((f) => f[0]!.toUpperCase() + f.slice(1)).join('. ') + '.';
  return out;
}
