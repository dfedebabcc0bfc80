// diagnose(): pure, results in, diagnoses out. Each diagnosis from hand-built results shaped like
// the checks' `data` contracts (s3-write.ts S3WriteData, s3-bucket.ts S3BucketData,
// storage-objects.ts StorageObjectsData, db-profiles.ts DbProfilesData, sidekiq.ts SidekiqData,
// host.ts HostData), including the thresholds' edges and results whose data is missing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../../src/live/diagnose.ts';
import type { CheckResult, CheckStatus } from '../../src/live/types.ts';

function r(id: string, status: CheckStatus, data?: Record<string, unknown>, extra: Partial<CheckResult> = {}): CheckResult {
  return { id, title: id, status, summary: `${id} ${status}`, details: [], durationMs: 5, ...(data ? { data } : {}), ...extra };
}

const ok = (id: string) => r(id, 'ok');
const ALL_OK = ['s3.write', 's3.bucket', 'storage.objects', 'db.profiles', 'sidekiq', 'host', 'http'].map(ok);

const write = (errorCode: string, aclSent: string | null, extra: Partial<CheckResult> = {}) =>
  r('s3.write', 'fail', { aclSent, stage: 'put', errorCode, httpStatus: errorCode === 'AccessControlListNotSupported' ? 400 : 403, bucket: 'media', key: 'mastodon-ops-healthcheck/0123456789abcdef.txt', publicRead: null }, extra);
const bucket = (d: Record<string, unknown>, status: CheckStatus = 'fail') =>
  r('s3.bucket', status, { ownership: null, blockPublicAcls: null, ignorePublicAcls: null, lifecycleMediaRules: [], publicListing: false, ...d });
const objects = (missing: number, sampled = 80, extra: Record<string, unknown> = {}) =>
  r('storage.objects', missing ? 'fail' : 'ok', { sampled, accounts: 50, missing, missingUnconfirmed: 0, forbidden: 0, errors: 0, missingSamples: [], listBucket: null, ...extra });
const profiles = (prunedAvatars: number, status: CheckStatus = prunedAvatars ? 'fail' : 'ok', byDomain: { domain: string; avatars: number; headers: number }[] = []) =>
  r('db.profiles', status, { prunedAvatars, prunedHeaders: 0, remoteAccounts: 318, byDomain, complete: true, scannedRows: 335, scannedUpToId: '113456789012345678', rejectMedia: { avatars: 0, headers: 0, domains: [] }, samples: [] });
const sidekiq = (queues: { name: string; size: number; latencyS: number }[], unserved: string[] = [], status: CheckStatus = 'ok') =>
  r('sidekiq', status, { version: '8.1.6', queues, retry: 0, dead: 0, processes: [], deadProcesses: [], unserved });
const host = (cronFindings: { ruleId: string; path: string; line: number }[]) =>
  r('host', cronFindings.length ? 'fail' : 'ok', { cronFindings: cronFindings.map((f) => ({ severity: 'error', message: 'm', ...f })), disks: [], load1: null, cpus: null, memAvailablePct: null });

/** ALL_OK with some results replaced. */
function withResults(...rs: CheckResult[]): CheckResult[] {
  return ALL_OK.map((o) => rs.find((x) => x.id === o.id) ?? o);
}

const ids = (rs: CheckResult[]) => diagnose(rs).map((d) => d.id);

test('diagnose: nothing wrong, or no results at all: no diagnosis', () => {
  assert.deepEqual(diagnose([]), []);
  assert.deepEqual(diagnose(ALL_OK), []);
  assert.deepEqual(diagnose(ALL_OK.map((c) => ({ ...c, status: 'skipped' as const }))), []);
});

test('diagnose: s3.write rejected with AccessControlListNotSupported is uploads-fail-acl, citing s3.bucket when it saw BucketOwnerEnforced', () => {
  const [d, ...rest] = diagnose(withResults(write('AccessControlListNotSupported', 'public-read'), bucket({ ownership: 'BucketOwnerEnforced' })));
  assert.deepEqual(rest, []);
  assert.equal(d?.id, 'uploads-fail-acl');
  assert.equal(d?.severity, 'fail');
  assert.deepEqual(d?.evidence, [
    's3.write: PutObject with x-amz-acl: public-read was rejected with AccessControlListNotSupported',
    's3.bucket: Object Ownership is BucketOwnerEnforced',
  ]);
  assert.match(d?.next[0] ?? '', /S3_PERMISSION=/);
  assert.ok(d?.next.some((n) => /--only s3\.write/.test(n)), 'the last step re-runs the check');

  // Without a bucket reading (denied, or s3.bucket not run), only the write is evidence.
  const alone = diagnose([write('AccessControlListNotSupported', 'public-read')]);
  assert.deepEqual(alone.map((x) => x.id), ['uploads-fail-acl']);
  assert.equal(alone[0]?.evidence.length, 1);
  // An explicit S3_PERMISSION is quoted as sent.
  assert.match(diagnose([write('AccessControlListNotSupported', 'private')])[0]?.evidence[0] ?? '', /x-amz-acl: private /);
});

test('diagnose: a public ACL denied with BlockPublicAcls on is uploads-fail-public-access-block', () => {
  const [d, ...rest] = diagnose(withResults(write('AccessDenied', 'public-read', { confirms: ['MSTDN202'] }), bucket({ ownership: 'ObjectWriter', blockPublicAcls: true })));
  assert.deepEqual(rest, []);
  assert.equal(d?.id, 'uploads-fail-public-access-block');
  assert.equal(d?.severity, 'fail');
  assert.ok(d?.evidence.includes('s3.bucket: BlockPublicAcls is on'));
  assert.match(d?.next.join('\n') ?? '', /BlockPublicAcls/);
});

test('diagnose: AccessDenied with BlockPublicAcls off is uploads-fail, not uploads-fail-public-access-block', () => {
  // s3.write's own verdict here is "the credentials may not set the ACL (s3:PutObjectAcl is
  // missing)" or "access denied (credentials or policy)": blaming Block Public Access sends
  // on-call to the wrong console page.
  const rs = withResults(
    write('AccessDenied', 'public-read', { summary: 'Uploads fail: access denied to PutObject in bucket media (credentials or policy)' }),
    bucket({ ownership: 'ObjectWriter', blockPublicAcls: false, ignorePublicAcls: false }, 'ok'),
  );
  assert.deepEqual(ids(rs), ['uploads-fail']);
});

test('diagnose: any other failed upload is uploads-fail with the check\'s own fix; an upload that could not be tried is no diagnosis', () => {
  const fix = 'Check S3_BUCKET, S3_REGION and S3_ENDPOINT: the bucket must exist at that endpoint.';
  const [d] = diagnose(withResults(write('NoSuchBucket', 'public-read', { summary: 'Uploads fail: bucket media does not exist', fix })));
  assert.equal(d?.id, 'uploads-fail');
  assert.deepEqual(d?.evidence, ['s3.write: Uploads fail: bucket media does not exist']);
  assert.deepEqual(d?.next, [fix]);
  assert.equal(diagnose([write('InvalidAccessKeyId', null)])[0]?.next.length, 1, 'a default next step without a fix');

  // Timeouts and unreachable endpoints are `error`: the report shows them, no diagnosis guesses.
  assert.deepEqual(ids(withResults(r('s3.write', 'error', undefined, { summary: 'error: timed out after 10 s' }))), []);
  assert.deepEqual(ids(withResults(r('s3.write', 'warn', { aclSent: null, stage: 'done', bucket: 'media', key: 'k', publicRead: false }))), []);
});

test('diagnose: objects missing while the database names them is objects-deleted-in-storage, with lifecycle rules and cron as evidence', () => {
  const [d, ...rest] = diagnose(withResults(objects(3, 80)));
  assert.deepEqual(rest, []);
  assert.equal(d?.id, 'objects-deleted-in-storage');
  assert.equal(d?.severity, 'fail');
  assert.deepEqual(d?.evidence, ['storage.objects: 3 of 80 sampled files named in the database are missing from the bucket']);
  assert.equal(d?.next.length, 1);
  assert.match(d?.next[0] ?? '', /restore/);

  const full = diagnose(
    withResults(
      objects(12, 90),
      bucket({ ownership: 'BucketOwnerEnforced', lifecycleMediaRules: [{ id: 'expire-cache', prefix: 'cache/', days: 30 }, { id: 'all', prefix: '', days: null }] }),
      host([{ ruleId: 'MSTDN109', path: '/etc/cron.d/s3-cleanup', line: 4 }, { ruleId: 'MSTDN101', path: '/etc/cron.d/mastodon', line: 2 }]),
      write('AccessControlListNotSupported', 'public-read'),
    ),
  );
  assert.deepEqual(full.map((x) => x.id), ['uploads-fail-acl', 'objects-deleted-in-storage']);
  const del = full[1]!;
  assert.deepEqual(del.evidence, [
    'storage.objects: 12 of 90 sampled files named in the database are missing from the bucket',
    's3.bucket: lifecycle rule "expire-cache" expires objects under "cache/" after 30 days',
    's3.bucket: lifecycle rule "all" expires objects under "(everything)"',
    'MSTDN109 scheduled on the host at /etc/cron.d/s3-cleanup:4',
    'new uploads also fail, so some of these may be uploads that never arrived',
  ]);
  assert.deepEqual(del.next.slice(0, 2), ['Remove the lifecycle expiration on Mastodon prefixes', 'Remove the storage-level deletion from cron (prune with `tootctl media remove` instead)']);
  assert.equal(del.next.length, 3);

  assert.deepEqual(ids(withResults(objects(0))), [], 'nothing missing: no diagnosis');
});

test('diagnose: pruned avatars are avatars-pruned, fail or warn as db.profiles said, with the prune in cron first', () => {
  const byDomain = [
    { domain: 'mastodon.example', avatars: 14, headers: 0 },
    { domain: 'hachyderm.example', avatars: 6, headers: 0 },
    { domain: 'fosstodon.example', avatars: 5, headers: 0 },
    { domain: 'chaos.example', avatars: 4, headers: 0 },
  ];
  const [d] = diagnose(withResults(profiles(38, 'fail', byDomain)));
  assert.equal(d?.id, 'avatars-pruned');
  assert.equal(d?.severity, 'fail');
  assert.match(d?.title ?? '', /^38 remote avatars were pruned/);
  assert.deepEqual(d?.evidence, ['db.profiles: 38 remote accounts have no avatar file but a remote URL (most on mastodon.example 14, hachyderm.example 6, fosstodon.example 5)']);
  assert.match(d?.next.at(-1) ?? '', /never `tootctl accounts refresh --all`/);

  assert.equal(diagnose(withResults(profiles(3, 'warn')))[0]?.severity, 'warn', 'below the fail ratio: a warning');

  const withCron = diagnose(withResults(profiles(38), host([{ ruleId: 'MSTDN101', path: '/var/spool/cron/crontabs/mastodon', line: 7 }])))[0];
  assert.ok(withCron?.evidence.includes('MSTDN101 scheduled on the host at /var/spool/cron/crontabs/mastodon:7'));
  assert.match(withCron?.next[0] ?? '', /^Remove `--prune-profiles`/);
  assert.deepEqual(ids(withResults(profiles(0))), []);
});

test('diagnose: Sidekiq queues no process serves, and the pull backlog at Mastodon\'s own thresholds (> 50 jobs, > 300 s)', () => {
  const q = (size: number, latencyS: number) => [{ name: 'pull', size, latencyS }, { name: 'default', size: 1000, latencyS: 5000 }];
  const both = diagnose(withResults(sidekiq(q(180, 1506), ['ingress'], 'fail')));
  assert.deepEqual(both.map((x) => x.id), ['sidekiq-queue-unserved', 'sidekiq-pull-backlog']);
  assert.equal(both[0]?.severity, 'fail');
  assert.match(both[0]?.title ?? '', /"ingress"/);
  assert.equal(both[1]?.severity, 'warn');
  assert.match(both[1]?.title ?? '', /180 jobs, 1506 s latency/);

  assert.deepEqual(ids(withResults(sidekiq(q(50, 300)))), [], 'at the thresholds: not yet');
  assert.deepEqual(ids(withResults(sidekiq(q(51, 0)))), ['sidekiq-pull-backlog']);
  assert.deepEqual(ids(withResults(sidekiq(q(0, 300.5)))), ['sidekiq-pull-backlog']);
  assert.deepEqual(ids(withResults(sidekiq([{ name: 'default', size: 9999, latencyS: 9999 }]))), [], 'other queues are the sidekiq check\'s business');
  assert.match(diagnose(withResults(sidekiq([], ['scheduler', 'fasp'], 'fail')))[0]?.title ?? '', /"scheduler", "fasp"/);
});

test('diagnose: results without data (errors, timeouts) or with data of the wrong shape give no diagnosis and do not throw', () => {
  const broken = ['s3.write', 's3.bucket', 'storage.objects', 'db.profiles', 'sidekiq', 'host'].map((id) => r(id, 'error', undefined, { summary: 'error: timed out after 10 s' }));
  assert.deepEqual(diagnose(broken), []);
  const odd = [
    r('storage.objects', 'fail', { missing: '3', sampled: null }),
    r('db.profiles', 'fail', { prunedAvatars: '38', byDomain: 'x' }),
    r('sidekiq', 'fail', { queues: null, unserved: 'ingress' }),
    r('host', 'fail', { cronFindings: {} }),
  ];
  assert.deepEqual(diagnose(odd), []);
});

test('diagnose: several problems at once come in a fixed order: uploads, deleted objects, pruned avatars, Sidekiq', () => {
  const rs = [sidekiq([{ name: 'pull', size: 60, latencyS: 10 }], ['ingress'], 'fail'), profiles(20), objects(4), write('AccessControlListNotSupported', 'public-read'), ok('http')];
  assert.deepEqual(ids(rs), ['uploads-fail-acl', 'objects-deleted-in-storage', 'avatars-pruned', 'sidekiq-queue-unserved', 'sidekiq-pull-backlog']);
  assert.deepEqual(ids([...rs].reverse()), ids(rs), 'the order of the results does not matter');
});
