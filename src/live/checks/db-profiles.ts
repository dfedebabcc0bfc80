// `db.profiles`: how many remote accounts show the default avatar because the file is gone from
// the database (avatar_file_name NULL) while the remote URL is kept: the trace `tootctl media
// remove --prune-profiles` leaves (shared/reference/mastodon.md sections 4, 6 and fact 8), and
// what RedownloadAvatarWorker would restore. Headers likewise (--remove-headers).
//
// No column in the filter is indexed (section 6) and a partial index would be a schema change, so
// the scan pages by primary key, `WHERE id > $1 ORDER BY id LIMIT $2`, aggregating each page in
// SQL: no statement reads more than one page, and a time/row budget stops the scan with partial
// counts ("at least") instead of the check timing out. Ids stay strings (node-postgres int8).
//
// Conditions, as the worker tests them (app/workers/redownload_avatar_worker.rb):
// - remote: `domain IS NOT NULL`; not suspended: `suspended_at IS NULL` (the worker returns early
//   for suspended accounts);
// - avatar: `avatar_file_name IS NULL AND avatar_remote_url IS NOT NULL AND avatar_remote_url <> ''`
//   (avatar_remote_url is nullable); header: `header_file_name IS NULL AND header_remote_url <> ''`
//   (header_remote_url is NOT NULL DEFAULT '');
// - the worker also returns early when DomainBlock.rule_for(domain) (the most specific block,
//   parent domains included) has reject_media: those are counted apart as not restorable.

import type { Client } from 'pg';
import type { Check, CheckContext, CheckOutcome, CheckStatus } from '../types.ts';

/** Below this share of remote accounts, missing avatars are within what failed downloads leave. */
export const FAIL_RATIO = 0.05;
/** ...and at least this many, so a tiny instance does not fail on one account. */
export const FAIL_MIN = 10;

export interface DbProfilesOptions {
  /** Rows per statement. */
  batchSize?: number;
  /** Stop after this many rows scanned (partial result). */
  maxRows?: number;
  /** Stop after this long (ms); default 60% of the check's timeout, leaving room for the last page. */
  timeBudgetMs?: number;
  /** Monotonic ms clock for the budget; injectable for tests. */
  clock?: () => number;
}

export interface DomainCount {
  domain: string;
  avatars: number;
  headers: number;
}

export interface DbProfilesData {
  prunedAvatars: number;
  prunedHeaders: number;
  /** Remote accounts not suspended: the population the restore considers. */
  remoteAccounts: number;
  /** Top 10 domains by pruned avatars, then headers. */
  byDomain: DomainCount[];
  /** False when the budget ran out: every count is then a lower bound. */
  complete: boolean;
  /** Rows of `accounts` read (local, suspended and remote). */
  scannedRows: number;
  /** The last id read (a decimal string, never a JS number): a partial scan covered ids up to it. */
  scannedUpToId: string | null;
  /** Of the pruned ones, those on a domain whose most specific block has reject_media: the worker skips them. */
  rejectMedia: { avatars: number; headers: number; domains: string[] };
  /** A few `user@domain` with a pruned avatar, for `tootctl accounts refresh`. */
  samples: string[];
}

const BATCH_SQL = `
WITH batch AS (
  SELECT id, username, domain, suspended_at,
         avatar_file_name, avatar_remote_url, header_file_name, header_remote_url
  FROM accounts
  WHERE id > $1::bigint
  ORDER BY id
  LIMIT $2
), remote AS (
  SELECT domain, username,
         (avatar_file_name IS NULL AND avatar_remote_url IS NOT NULL AND avatar_remote_url <> '') AS avatar_pruned,
         (header_file_name IS NULL AND header_remote_url <> '') AS header_pruned
  FROM batch
  WHERE domain IS NOT NULL AND suspended_at IS NULL
)
SELECT
  (SELECT max(id)::text FROM batch) AS last_id,
  (SELECT count(*) FROM batch)::int AS scanned,
  (SELECT count(*) FROM remote)::int AS remote,
  (SELECT coalesce(json_agg(d), '[]'::json) FROM (
     SELECT domain,
            count(*) FILTER (WHERE avatar_pruned)::int AS avatars,
            count(*) FILTER (WHERE header_pruned)::int AS headers
     FROM remote
     WHERE avatar_pruned OR header_pruned
     GROUP BY domain) d) AS domains,
  (SELECT coalesce(json_agg(s), '[]'::json) FROM (
     SELECT username, domain FROM remote WHERE avatar_pruned ORDER BY domain, username LIMIT $3) s) AS samples
`;

/** Below every bigint id (Mastodon's instance actor is -99). */
const MIN_ID = '-9223372036854775808';
const SAMPLES = 5;

interface BatchRow {
  last_id: string | null;
  scanned: number;
  remote: number;
  domains: DomainCount[];
  samples: { username: string; domain: string }[];
}

/** The domain variants DomainBlock.rule_for tries: the host, then each parent domain. */
export function domainVariants(domain: string): string[] {
  const segments = domain.trim().replace(/\//g, '').toLowerCase().split('.').filter(Boolean);
  return segments.map((_, i) => segments.slice(i).join('.'));
}

/** DomainBlock.rule_for(domain)&.reject_media?: the longest matching block decides. */
export function rejectsMedia(domain: string, blocks: ReadonlyMap<string, boolean>): boolean {
  for (const v of domainVariants(domain)) {
    const r = blocks.get(v);
    if (r !== undefined) return r;
  }
  return false;
}

export function createDbProfilesCheck(opts: DbProfilesOptions = {}): Check {
  return {
    id: 'db.profiles',
    title: 'Remote avatars and headers missing from the database',
    needs: ['pg'],
    timeoutMs: 20_000,
    run: (ctx) => runDbProfiles(ctx, opts),
  };
}

export const dbProfilesCheck: Check = createDbProfilesCheck();

const n = (x: number) => x.toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${(Math.round((part / whole) * 1000) / 10).toString()}%`);

async function runDbProfiles(ctx: CheckContext, opts: DbProfilesOptions): Promise<CheckOutcome> {
  const batchSize = opts.batchSize ?? 5000;
  const maxRows = opts.maxRows ?? 5_000_000;
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.timeBudgetMs ?? Math.floor(ctx.timeoutMs * 0.6);
  const pg: Client = await ctx.conns.pg();
  const started = clock();

  let cursor = MIN_ID;
  let lastId: string | null = null;
  let scanned = 0;
  let remote = 0;
  let complete = false;
  let stopReason = '';
  const perDomain = new Map<string, { avatars: number; headers: number }>();
  const samples: string[] = [];

  for (;;) {
    if (ctx.signal.aborted) throw new Error('aborted');
    if (scanned >= maxRows) {
      stopReason = `row budget of ${n(maxRows)} rows reached`;
      break;
    }
    if (clock() - started >= budgetMs) {
      stopReason = `time budget of ${+(budgetMs / 1000).toFixed(1)} s reached`;
      break;
    }
    const limit = Math.min(batchSize, maxRows - scanned);
    const res = await pg.query<BatchRow>({ text: BATCH_SQL, values: [cursor, limit, SAMPLES] });
    const row = res.rows[0];
    if (!row || row.last_id === null || row.scanned === 0) {
      complete = true;
      break;
    }
    scanned += row.scanned;
    remote += row.remote;
    for (const d of row.domains) {
      const cur = perDomain.get(d.domain) ?? { avatars: 0, headers: 0 };
      cur.avatars += d.avatars;
      cur.headers += d.headers;
      perDomain.set(d.domain, cur);
    }
    for (const s of row.samples) if (samples.length < SAMPLES) samples.push(`${s.username}@${s.domain}`);
    cursor = row.last_id;
    lastId = row.last_id;
    if (row.scanned < limit) {
      complete = true;
      break;
    }
  }

  let prunedAvatars = 0;
  let prunedHeaders = 0;
  for (const c of perDomain.values()) {
    prunedAvatars += c.avatars;
    prunedHeaders += c.headers;
  }
  const all: DomainCount[] = [...perDomain].map(([domain, c]) => ({ domain, ...c }));
  all.sort((a, b) => b.avatars - a.avatars || b.headers - a.headers || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  const byDomain = all.slice(0, 10);

  // reject_media: one parameterised lookup of every domain variant (domain_blocks is small).
  const rejectMedia = { avatars: 0, headers: 0, domains: [] as string[] };
  if (perDomain.size) {
    const variants = [...new Set([...perDomain.keys()].flatMap(domainVariants))];
    const blocks = new Map<string, boolean>();
    for (let i = 0; i < variants.length; i += 5000) {
      const r = await pg.query<{ domain: string; reject_media: boolean }>({
        text: 'SELECT domain, reject_media FROM domain_blocks WHERE domain = ANY($1::text[])',
        values: [variants.slice(i, i + 5000)],
      });
      for (const b of r.rows) blocks.set(b.domain, b.reject_media);
    }
    for (const [domain, c] of perDomain) {
      if (!rejectsMedia(domain, blocks)) continue;
      rejectMedia.avatars += c.avatars;
      rejectMedia.headers += c.headers;
      rejectMedia.domains.push(domain);
    }
    rejectMedia.domains.sort();
  }

  const data: DbProfilesData = { prunedAvatars, prunedHeaders, remoteAccounts: remote, byDomain, complete, scannedRows: scanned, scannedUpToId: lastId, rejectMedia, samples };
  const atLeast = complete ? '' : 'at least ';
  const details: string[] = [];
  details.push(
    complete
      ? `scanned all ${n(scanned)} accounts by primary key in pages of ${n(batchSize)}`
      : `partial: ${stopReason} after ${n(scanned)} accounts (ids up to ${lastId ?? 'none'}); counts are lower bounds`,
  );
  details.push(`${atLeast}${n(remote)} remote accounts (not suspended); ${atLeast}${n(prunedAvatars)} without their avatar file (${pct(prunedAvatars, remote)}), ${atLeast}${n(prunedHeaders)} without their header file (${pct(prunedHeaders, remote)})`);
  for (const d of byDomain) details.push(`${d.domain}: ${n(d.avatars)} avatars, ${n(d.headers)} headers`);
  if (all.length > byDomain.length) details.push(`${n(all.length - byDomain.length)} more domains`);
  if (rejectMedia.domains.length) {
    details.push(
      `${n(rejectMedia.avatars)} avatars and ${n(rejectMedia.headers)} headers are on domains blocked with reject_media (${rejectMedia.domains.slice(0, 5).join(', ')}${rejectMedia.domains.length > 5 ? ', ...' : ''}): RedownloadAvatarWorker skips them, they stay default`,
    );
  }
  if (prunedAvatars || prunedHeaders) {
    details.push('they come back on their own only when the account is re-fetched (an Update, or activity after a week): dormant accounts stay on the default image');
  }

  const top = byDomain.filter((d) => d.avatars > 0).slice(0, 3).map((d) => `${d.domain} ${n(d.avatars)}`).join(', ');
  let status: CheckStatus;
  let summary: string;
  if (prunedAvatars === 0) {
    status = 'ok';
    summary = `No remote account is missing its avatar file (${atLeast}${n(remote)} remote accounts checked)${prunedHeaders ? `; ${atLeast}${n(prunedHeaders)} headers are missing (re-fetched when the profile is)` : ''}`;
  } else {
    const ratio = remote === 0 ? 1 : prunedAvatars / remote;
    status = ratio >= FAIL_RATIO && prunedAvatars >= FAIL_MIN ? 'fail' : 'warn';
    summary =
      `${atLeast}${n(prunedAvatars)} remote accounts (${pct(prunedAvatars, remote)}) show the default avatar: file gone from the database, remote URL kept` +
      `${status === 'fail' ? ' (the trace of a profile prune)' : ''}${top ? `; most on ${top}` : ''}`;
  }

  const out: CheckOutcome = { status, summary, details, data: data as unknown as Record<string, unknown> };
  const confirms: string[] = [];
  if (prunedAvatars) confirms.push('MSTDN101');
  if (prunedHeaders) confirms.push('MSTDN102');
  if (confirms.length) out.confirms = confirms;
  if (status !== 'ok') {
    const few = samples.length ? ` ${samples.slice(0, 3).join(' ')}` : ' user@domain';
    out.fix =
      `For a few accounts run \`RAILS_ENV=production bin/tootctl accounts refresh${few}\`; for many, enqueue RedownloadAvatarWorker from \`bin/rails runner\` in batches while queue:pull holds fewer than 50 jobs: ` +
      'https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept (a throttled restore command in mastodon-ops is planned, not shipped). ' +
      'Never `tootctl accounts refresh --all`: it re-downloads every remote avatar and header. Then stop whatever prunes them (a scheduled `tootctl media remove --prune-profiles`, MSTDN101).';
  }
  return out;
}
