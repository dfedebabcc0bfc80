// storage.objects: do the avatar and header files the database names still exist? Seed 000's
// "storage-level deletion without DB de-ref": a lifecycle rule, `aws s3 rm` or an incomplete
// migration deletes objects while `accounts.avatar_file_name` stays set, and
// RedownloadAvatarWorker/RedownloadHeaderWorker return early when the file name is present
// (reference section 4), so nothing heals them.
//
// A random sample of accounts with a file name (local and remote) is read with TABLESAMPLE SYSTEM
// (a few pages, never a full scan or ORDER BY random() over the table), bounded by LIMIT and by the
// connection's statement_timeout. Each object key comes from object-keys.ts (the cache/ rule,
// id_partition, styles, S3_KEY_PREFIX) and is HEADed.
//
// 404 means missing. 403 is ambiguous: AWS answers 403 instead of 404 for a missing key when the
// caller lacks s3:ListBucket (S3 API reference, HeadObject/GetObject "Permissions"). So for a
// 403 the check lists that exact key as a prefix (MaxKeys 1): if listing works, the listing says
// whether the key exists (exists: forbidden; absent: missing); if listing is AccessDenied, a 403 is
// most likely a missing object when other sampled objects could be read, and undecidable when
// none could.

import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { accountObjectKeys, type AccountAttachment, type AccountFilesRow } from '../../mastodon/object-keys.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';
import { endpointLabel, s3Failure, scrubSecrets, type S3Failure } from './s3-common.ts';

export const DEFAULT_SAMPLE = 50;
const HEAD_CONCURRENCY = 8;
const MAX_SHOWN = 5;

export interface MissingSample {
  accountId: string;
  key: string;
}

export interface StorageObjectsData extends Record<string, unknown> {
  /** Objects HEADed (every style of every sampled avatar and header). */
  sampled: number;
  /** Accounts those objects belong to. */
  accounts: number;
  missing: number;
  /** Of `missing`: inferred from a 403 without s3:ListBucket ("most likely missing"). */
  missingUnconfirmed: number;
  forbidden: number;
  /** HEADs that failed for another reason (network, 5xx). */
  errors: number;
  missingSamples: MissingSample[];
  /** Whether the credentials may list the bucket; null when no 403 made it matter. */
  listBucket: boolean | null;
}

interface Target {
  accountId: string;
  remote: boolean;
  domain: string | null;
  attachment: AccountAttachment;
  key: string;
}

type HeadResult = { t: Target; r: 'present' | 'missing' | 'denied' } | { t: Target; r: 'error'; f: S3Failure };

const COLUMNS = `id::text AS id, domain,
  avatar_file_name, avatar_content_type, avatar_storage_schema_version,
  header_file_name, header_content_type, header_storage_schema_version`;

/**
 * A random sample of accounts with an avatar or header file name. TABLESAMPLE SYSTEM reads about
 * `pct` percent of the table's pages; the percentage targets ~10x the sample so that the filter and
 * page clustering still leave enough rows, and grows tenfold while too few come back.
 */
export async function sampleAccounts(ctx: CheckContext, want: number): Promise<AccountFilesRow[]> {
  const pg = await ctx.conns.pg();
  const stats = await pg.query<{ rows: number | null; pages: number | null }>(
    `SELECT c.reltuples::float8 AS rows, c.relpages::float8 AS pages FROM pg_class c WHERE c.oid = to_regclass('accounts')`,
  );
  const st = stats.rows[0];
  const estimate = st?.rows && st.rows > 0 ? st.rows : Math.max(1, (st?.pages ?? 0) * 10);
  let pct = Math.min(100, Math.max(0.0001, (100 * want * 10) / estimate));
  const found = new Map<string, AccountFilesRow>();
  for (let attempt = 0; attempt < 4 && !ctx.signal.aborted; attempt++) {
    const r = await pg.query<AccountFilesRow>(
      `SELECT ${COLUMNS} FROM accounts TABLESAMPLE SYSTEM ($1::real)
       WHERE avatar_file_name IS NOT NULL OR header_file_name IS NOT NULL
       LIMIT $2`,
      [pct, want * 20],
    );
    for (const row of r.rows) found.set(row.id, row);
    if (found.size >= want || pct >= 100) break;
    pct = Math.min(100, pct * 10);
  }
  return pick([...found.values()], want);
}

/** Up to `n` rows at random, balanced between local and remote accounts where both exist. */
function pick(rows: AccountFilesRow[], n: number): AccountFilesRow[] {
  const shuffle = <T>(a: T[]): T[] => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  };
  const local = shuffle(rows.filter((r) => r.domain === null));
  const remote = shuffle(rows.filter((r) => r.domain !== null));
  const out: AccountFilesRow[] = [];
  while (out.length < n && (local.length || remote.length)) {
    const a = local.shift();
    if (a) out.push(a);
    if (out.length >= n) break;
    const b = remote.shift();
    if (b) out.push(b);
  }
  return out;
}

async function headAll(client: S3Client, bucket: string, targets: Target[], signal: AbortSignal): Promise<HeadResult[]> {
  const results: HeadResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length && !signal.aborted) {
      const t = targets[next++] as Target;
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: t.key }), { abortSignal: signal });
        results.push({ t, r: 'present' });
      } catch (e) {
        const f = s3Failure(e);
        if (f.kind === 'aborted') throw e;
        if (f.httpStatus === 404) results.push({ t, r: 'missing' });
        else if (f.httpStatus === 403) results.push({ t, r: 'denied' });
        else results.push({ t, r: 'error', f });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(HEAD_CONCURRENCY, targets.length) }, worker));
  return results;
}

/** ListObjectsV2 with the key as prefix: true/false = the key exists or not; 'denied' = no ListBucket. */
async function listKey(client: S3Client, bucket: string, key: string, signal: AbortSignal): Promise<boolean | 'denied' | S3Failure> {
  try {
    const r = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }), { abortSignal: signal });
    return (r.Contents ?? []).some((o) => o.Key === key);
  } catch (e) {
    const f = s3Failure(e);
    if (f.kind === 'aborted') throw e;
    if (f.code === 'AccessDenied' || f.httpStatus === 403) return 'denied';
    return f;
  }
}

function describe(t: Target): string {
  return `account ${t.accountId} (${t.remote ? `remote, ${t.domain}` : 'local'}) ${t.attachment}: ${t.key}`;
}

async function run(ctx: CheckContext, sampleSize: number): Promise<CheckOutcome> {
  const s = ctx.instance.s3;
  if (!s) return { status: 'skipped', summary: 'skipped: S3 is not enabled', details: [] };
  const data: StorageObjectsData = { sampled: 0, accounts: 0, missing: 0, missingUnconfirmed: 0, forbidden: 0, errors: 0, missingSamples: [], listBucket: null };
  const bucket = s.bucket;
  if (!bucket) return { status: 'fail', summary: 'S3_BUCKET is not set: Mastodon has no bucket', details: [], fix: 'Set S3_BUCKET in .env.production.', data };

  const rows = await sampleAccounts(ctx, sampleSize);
  const targets: Target[] = [];
  for (const row of rows) {
    for (const attachment of ['avatar', 'header'] as const) {
      for (const k of accountObjectKeys(row, attachment, s.keyPrefix)) {
        targets.push({ accountId: row.id, remote: row.domain !== null, domain: row.domain, attachment, key: k.key });
      }
    }
  }
  data.accounts = rows.length;
  data.sampled = targets.length;
  if (!targets.length) {
    return { status: 'ok', summary: 'No account has an avatar or header file: nothing to check', details: [], data };
  }

  const client = await ctx.conns.s3();
  const heads = await headAll(client, bucket, targets, ctx.signal);
  const present = heads.filter((h) => h.r === 'present').length;
  const missing: { t: Target; unconfirmed: boolean }[] = heads.filter((h) => h.r === 'missing').map((h) => ({ t: h.t, unconfirmed: false }));
  const forbidden: Target[] = [];
  const errors = heads.flatMap((h) => (h.r === 'error' ? [h] : []));
  const details: string[] = [];

  const denied = heads.filter((h) => h.r === 'denied').map((h) => h.t);
  if (denied.length) {
    for (const t of denied) {
      if (data.listBucket === false) {
        // No ListBucket: AWS answers 403 for a missing key. If other objects could be read, the
        // credentials can read these keys too, so the object is most likely gone.
        if (present > 0) missing.push({ t, unconfirmed: true });
        else forbidden.push(t);
        continue;
      }
      const l = await listKey(client, bucket, t.key, ctx.signal);
      if (l === 'denied') {
        data.listBucket = false;
        if (present > 0) missing.push({ t, unconfirmed: true });
        else forbidden.push(t);
      } else if (typeof l === 'boolean') {
        data.listBucket = true;
        if (l) forbidden.push(t);
        else missing.push({ t, unconfirmed: false });
      } else {
        forbidden.push(t);
        details.push(`ListObjectsV2 for ${t.key}: ${l.text}`);
      }
    }
  }

  data.missing = missing.length;
  data.missingUnconfirmed = missing.filter((m) => m.unconfirmed).length;
  data.forbidden = forbidden.length;
  data.errors = errors.length;
  data.missingSamples = missing.slice(0, MAX_SHOWN).map((m) => ({ accountId: m.t.accountId, key: m.t.key }));

  const local = rows.filter((r) => r.domain === null).length;
  details.unshift(`sampled ${targets.length} files of ${rows.length} accounts (${local} local, ${rows.length - local} remote) in bucket ${bucket} at ${endpointLabel(s)}: ${present} present, ${missing.length} missing, ${forbidden.length} forbidden, ${errors.length} errors`);
  for (const m of missing.slice(0, MAX_SHOWN)) details.push(`missing${m.unconfirmed ? ' (403 without s3:ListBucket: most likely missing)' : ''}: ${describe(m.t)}`);
  for (const t of forbidden.slice(0, MAX_SHOWN)) details.push(`forbidden: ${describe(t)}`);
  for (const e of errors.slice(0, MAX_SHOWN)) details.push(`HEAD failed (${e.f.text}): ${e.t.key}`);
  if (data.listBucket === false) details.push('the credentials lack s3:ListBucket, so S3 answers 403 instead of 404 for a missing key');

  if (missing.length) {
    const remoteMissing = missing.filter((m) => m.t.remote).length;
    const localMissing = missing.length - remoteMissing;
    return {
      status: 'fail',
      summary: `${missing.length} of ${targets.length} sampled avatar/header files are gone from the bucket while the database still names them (storage-level deletion)`,
      details,
      fix:
        'Find what deleted them first (s3.bucket lifecycle rules, a manual `aws s3 rm`, an incomplete bucket migration). ' +
        (remoteMissing
          ? 'Remote accounts: for a few, `tootctl accounts refresh user@domain` downloads the files again. For many, list the keys that still exist, ' +
            'set the four avatar_*/header_* file columns to NULL only for the accounts whose object is confirmed missing (the workers skip accounts whose file name is still set), ' +
            'then enqueue RedownloadAvatarWorker/RedownloadHeaderWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs: ' +
            'https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them (a throttled restore command in mastodon-ops is planned, not shipped). '
          : '') +
        (localMissing ? `Local accounts (${localMissing} sampled file(s)) cannot be re-downloaded: restore those objects from a backup or from bucket versioning (remove the delete markers).` : ''),
      data,
    };
  }
  if (forbidden.length) {
    const why =
      data.listBucket === true
        ? 'HEAD answers 403 although the credentials can list the bucket: they lack s3:GetObject on these keys'
        : 'every HEAD was denied and the credentials lack s3:ListBucket, so missing and forbidden cannot be told apart';
    return {
      status: 'warn',
      summary: `Cannot tell whether ${forbidden.length} of ${targets.length} sampled avatar/header files exist: ${why}`,
      details,
      fix: `Allow s3:GetObject on arn:aws:s3:::${bucket}/* and s3:ListBucket on arn:aws:s3:::${bucket} for the credentials mastodon-ops uses, then run the check again.`,
      data,
    };
  }
  if (errors.length) {
    const first = errors[0]?.f;
    return {
      status: 'error',
      summary: `Could not check ${errors.length} of ${targets.length} sampled files: ${first?.kind === 'network' ? `cannot reach the S3 endpoint ${endpointLabel(s)}: ` : ''}${first?.text ?? 'error'}`,
      details,
      data,
    };
  }
  return {
    status: 'ok',
    summary: `All ${targets.length} sampled avatar/header files of ${rows.length} accounts (${local} local, ${rows.length - local} remote) exist in the bucket`,
    details,
    data,
  };
}

/** The check with another sample size (the default is 50 accounts). */
export function storageObjectsCheck(opts: { sample?: number } = {}): Check {
  const sample = Math.max(1, Math.floor(opts.sample ?? DEFAULT_SAMPLE));
  return {
    id: 'storage.objects',
    title: 'Avatar and header files named in the database exist in storage',
    needs: ['pg', 's3'],
    timeoutMs: 20_000,
    async run(ctx) {
      const out = await run(ctx, sample);
      return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
    },
  };
}

export const check: Check = storageObjectsCheck();
