// Ties check results together, as seed 000 says to "tell them apart": new uploads failing
// (ACLs disabled, Block Public Access) vs old objects gone while the database still names them
// (storage-level deletion) vs file names nulled by a prune. Each diagnosis says why we believe
// it and the next commands to run. Pure: results in, diagnoses out.

import type { CheckResult, Diagnosis } from './types.ts';

type Data = Record<string, unknown>;

function get(results: CheckResult[], id: string): CheckResult | undefined {
  return results.find((r) => r.id === id);
}

function num(d: Data | undefined, k: string): number {
  const v = d?.[k];
  return typeof v === 'number' ? v : 0;
}

function arr<T>(d: Data | undefined, k: string): T[] {
  const v = d?.[k];
  return Array.isArray(v) ? (v as T[]) : [];
}

interface CronFinding {
  ruleId: string;
  path: string;
  line: number;
}

export function diagnose(results: CheckResult[]): Diagnosis[] {
  const out: Diagnosis[] = [];
  const write = get(results, 's3.write');
  const bucket = get(results, 's3.bucket');
  const objects = get(results, 'storage.objects');
  const profiles = get(results, 'db.profiles');
  const sidekiq = get(results, 'sidekiq');
  const host = get(results, 'host');
  const cron = arr<CronFinding>(host?.data, 'cronFindings');
  const cronWith = (...ids: string[]) => cron.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} scheduled on the host at ${f.path}:${f.line}`);

  const writeCode = typeof write?.data?.errorCode === 'string' ? (write.data.errorCode as string) : undefined;
  const aclSent = write?.data?.aclSent;
  const uploadsFail = write?.status === 'fail';
  if (uploadsFail && writeCode === 'AccessControlListNotSupported') {
    out.push({
      id: 'uploads-fail-acl',
      severity: 'fail',
      title: 'New uploads fail: the bucket has ACLs disabled and Mastodon sends an ACL with every upload',
      evidence: [
        `s3.write: PutObject with x-amz-acl: ${String(aclSent ?? 'public-read')} was rejected with AccessControlListNotSupported`,
        ...(bucket?.data?.ownership === 'BucketOwnerEnforced' ? ['s3.bucket: Object Ownership is BucketOwnerEnforced'] : []),
      ],
      next: [
        'Set `S3_PERMISSION=` (present and empty) in .env.production (Helm: `S3_PERMISSION: ""` under mastodon.extraEnvVars)',
        'Grant public read with a bucket policy (s3:GetObject for "*" on the media prefixes)',
        'Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`',
        'Only once it passes, repair the avatars and headers that broke meanwhile (a re-download before then deletes the old file and fails to write the new one): https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#3-uploads-that-failed-while-s3-acls-were-broken',
      ],
    });
  } else if (
    uploadsFail &&
    writeCode === 'AccessDenied' &&
    typeof aclSent === 'string' &&
    /public/.test(aclSent) &&
    // Only when something shows Block Public Access is the cause, not any denial.
    ((write?.confirms ?? []).includes('MSTDN202') || bucket?.data?.blockPublicAcls === true)
  ) {
    out.push({
      id: 'uploads-fail-public-access-block',
      severity: 'fail',
      title: 'New uploads fail: Block Public Access rejects the public ACL Mastodon sends',
      evidence: [
        `s3.write: PutObject with x-amz-acl: ${aclSent} was denied`,
        ...(bucket?.data?.blockPublicAcls === true ? ['s3.bucket: BlockPublicAcls is on'] : []),
      ],
      next: [
        'Either turn off BlockPublicAcls on the bucket, or set `S3_PERMISSION=` (empty) and grant public read through a bucket policy',
        'Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`',
        'Only once it passes, repair the avatars and headers that broke meanwhile (a re-download before then deletes the old file and fails to write the new one): https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#3-uploads-that-failed-while-s3-acls-were-broken',
      ],
    });
  } else if (uploadsFail) {
    out.push({
      id: 'uploads-fail',
      severity: 'fail',
      title: 'New uploads fail',
      evidence: [`s3.write: ${write?.summary ?? ''}`],
      next: [write?.fix ?? 'Check the S3 credentials, bucket name and endpoint in .env.production'],
    });
  }

  const missing = num(objects?.data, 'missing');
  if (missing > 0) {
    const lifecycle = arr<{ id: string; prefix: string; days: number | null }>(bucket?.data, 'lifecycleMediaRules');
    const evidence = [`storage.objects: ${missing} of ${num(objects?.data, 'sampled')} sampled files named in the database are missing from the bucket`];
    for (const r of lifecycle) evidence.push(`s3.bucket: lifecycle rule "${r.id}" expires objects under "${r.prefix || '(everything)'}"${r.days !== null ? ` after ${r.days} days` : ''}`);
    evidence.push(...cronWith('MSTDN109'));
    if (uploadsFail) evidence.push('new uploads also fail, so some of these may be uploads that never arrived');
    out.push({
      id: 'objects-deleted-in-storage',
      severity: 'fail',
      title: 'Old files are gone while the database still names them (deleted at the storage level)',
      evidence,
      next: [
        ...(lifecycle.length ? ['Remove the lifecycle expiration on Mastodon prefixes'] : []),
        ...(cronWith('MSTDN109').length ? ['Remove the storage-level deletion from cron (prune with `tootctl media remove` instead)'] : []),
        'Restore the missing remote avatars and headers by hand (a throttled restore command in mastodon-ops is planned, not shipped): list the keys that still exist, set the four avatar_*/header_* file columns to NULL only for the accounts whose object is confirmed missing (the redownload workers skip records whose file name is still set), then enqueue RedownloadAvatarWorker/RedownloadHeaderWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs; for a few accounts `tootctl accounts refresh user@domain` is enough. Step by step: https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them',
      ],
    });
  }

  const pruned = num(profiles?.data, 'prunedAvatars');
  if (pruned > 0) {
    const byDomain = arr<{ domain: string; avatars: number }>(profiles?.data, 'byDomain').slice(0, 3);
    out.push({
      id: 'avatars-pruned',
      severity: profiles?.status === 'fail' ? 'fail' : 'warn',
      title: `${pruned} remote avatars were pruned (file names nulled) and will not come back on their own`,
      evidence: [
        `db.profiles: ${pruned} remote accounts have no avatar file but a remote URL${byDomain.length ? ` (most on ${byDomain.map((d) => `${d.domain} ${d.avatars}`).join(', ')})` : ''}`,
        ...cronWith('MSTDN101', 'MSTDN102', 'MSTDN103', 'MSTDN104'),
      ],
      next: [
        ...(cronWith('MSTDN101', 'MSTDN102').length ? ['Remove `--prune-profiles`/`--remove-headers` from the schedule first'] : []),
        'Restore them by hand (a throttled restore command in mastodon-ops is planned, not shipped): `tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs, step by step in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept; never `tootctl accounts refresh --all`',
      ],
    });
  }

  const unserved = arr<string>(sidekiq?.data, 'unserved');
  if (unserved.length) {
    out.push({
      id: 'sidekiq-queue-unserved',
      severity: 'fail',
      title: `No Sidekiq process serves ${unserved.map((q) => `"${q}"`).join(', ')}: jobs there never run`,
      evidence: [`sidekiq: ${sidekiq?.summary ?? ''}`],
      next: ['Add the queue to a Sidekiq process (`-q <queue>`) or start the process that serves it'],
    });
  }
  const pull = arr<{ name: string; size: number; latencyS: number }>(sidekiq?.data, 'queues').find((q) => q.name === 'pull');
  if (pull && (pull.size > 50 || pull.latencyS > 300)) {
    out.push({
      id: 'sidekiq-pull-backlog',
      severity: 'warn',
      title: `The pull queue is backed up (${pull.size} jobs, ${Math.round(pull.latencyS)} s latency)`,
      evidence: ['Mastodon pauses account deletions and statuses cleanup while pull holds more than 50 jobs or is more than 300 s late'],
      next: ['Wait for it to drain, or add Sidekiq capacity for pull; do not start a restore until it is below 50 jobs'],
    });
  }
  return out;
}
