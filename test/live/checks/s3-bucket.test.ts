// s3.bucket against the S3 test server through the real SDK client and runner: ownership, Block
// Public Access, lifecycle rules and anonymous listing, combined with the ACL Mastodon sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { PutBucketLifecycleConfigurationCommand, S3Client, type LifecycleRule } from '@aws-sdk/client-s3';
import { S3TestServer } from '../../support/s3-server.ts';
import { InstanceSchema, instanceInfo } from '../../../src/live/instance.ts';
import { openConnections } from '../../../src/live/connections/index.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { check } from '../../../src/live/checks/s3-bucket.ts';
import type { CheckResult, InstanceInfo } from '../../../src/live/types.ts';

const AKID = 'AKIAMOPSBUCKETTEST01';
const SECRET = 'YnVja2V0LXNlY3JldC1tYXN0b2Rvbi1vcHM';
const PUBLIC_READ_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::media/*' }] });
const PUBLIC_LIST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::media/*' },
    { Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::media' },
  ],
});

function info(s3: { port: number; endpoint: string }, extra: Record<string, string | null> = {}): InstanceInfo {
  const env = new Map<string, string>([
    ['LOCAL_DOMAIN', 'social.example'],
    ['S3_ENABLED', 'true'],
    ['S3_BUCKET', 'media'],
    ['S3_ENDPOINT', s3.endpoint],
    ['S3_PROTOCOL', 'http'],
    ['S3_HOSTNAME', `127.0.0.1:${s3.port}`],
    ['AWS_ACCESS_KEY_ID', AKID],
    ['AWS_SECRET_ACCESS_KEY', SECRET],
  ]);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null) env.delete(k);
    else env.set(k, v);
  }
  return instanceInfo('test', InstanceSchema.parse({}), env);
}

async function withServer(fn: (s3: S3TestServer) => Promise<void>): Promise<void> {
  const s3 = await new S3TestServer().start();
  s3.users.set(AKID, { listBucket: true });
  s3.bucket('media');
  try {
    await fn(s3);
  } finally {
    await s3.stop();
  }
}

async function run(i: InstanceInfo, timeoutMs?: number): Promise<CheckResult> {
  const conns = openConnections({ info: i, timeoutMs: 5000 });
  try {
    return await runCheck(timeoutMs ? { ...check, timeoutMs } : check, i, conns);
  } finally {
    await conns.close();
  }
}

/** Puts a lifecycle configuration the way an admin would, through the SDK. */
async function putLifecycle(s3: S3TestServer, rules: LifecycleRule[]): Promise<void> {
  const c = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: AKID, secretAccessKey: SECRET }, maxAttempts: 1 });
  try {
    await c.send(new PutBucketLifecycleConfigurationCommand({ Bucket: 'media', LifecycleConfiguration: { Rules: rules } }));
  } finally {
    c.destroy();
  }
}

function assertNoSecrets(r: CheckResult): void {
  const text = JSON.stringify(r);
  assert.ok(!text.includes(SECRET) && !text.includes(AKID), 'credentials appear in the result');
}

test('s3.bucket healthy, nothing configured: ok; ownership "not set" reported as such; not publicly listable', async () => {
  await withServer(async (s3) => {
    const r = await run(info(s3));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.ownership, null);
    assert.equal(r.data?.ownershipError, 'OwnershipControlsNotFoundError');
    assert.ok(r.details.some((d) => d.includes('not set: an old bucket defaults to ObjectWriter; new buckets since April 2023 are BucketOwnerEnforced')));
    assert.equal(r.data?.blockPublicAcls, null);
    assert.equal(r.data?.publicAccessBlockError, 'NoSuchPublicAccessBlockConfiguration');
    assert.deepEqual(r.data?.lifecycleMediaRules, []);
    assert.equal(r.data?.publicListing, false);
    assert.ok(s3.log.some((l) => l.op === 'ListObjectsV2' && l.accessKeyId === null && l.path === '/media/'), 'anonymous GET of the bucket root');
    assertNoSecrets(r);
  });
});

test('s3.bucket explicit ObjectWriter and Block Public Access all off: ok with the values in data', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'ObjectWriter';
    s3.bucket('media').publicAccessBlock = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
    const r = await run(info(s3));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.ownership, 'ObjectWriter');
    assert.equal(r.data?.blockPublicAcls, false);
    assert.equal(r.data?.ignorePublicAcls, false);
  });
});

test('s3.bucket BucketOwnerEnforced + S3_PERMISSION unset (public-read): fail, confirms MSTDN201 and MSTDN212', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.ownership, 'BucketOwnerEnforced');
    assert.deepEqual(r.confirms, ['MSTDN201', 'MSTDN212']);
    assert.match(r.summary, /BucketOwnerEnforced.*"public-read"/);
    assert.match(r.fix ?? '', /S3_PERMISSION=/);
  });
});

test('s3.bucket BucketOwnerEnforced + S3_PERMISSION= empty + public-read policy: ok', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    s3.bucket('media').policy = PUBLIC_READ_POLICY;
    const r = await run(info(s3, { S3_PERMISSION: '' }));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.publicListing, false, 'GetObject for everyone does not allow listing');
    assert.equal(r.confirms, undefined);
  });
});

test('s3.bucket BlockPublicAcls + public-read: fail, confirms MSTDN202', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.blockPublicAcls, true);
    assert.equal(r.data?.ignorePublicAcls, true);
    assert.deepEqual(r.confirms, ['MSTDN202']);
    assert.match(r.summary, /BlockPublicAcls/);
  });
});

test('s3.bucket IgnorePublicAcls only + public-read: warn (uploads work, the ACL is useless)', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').publicAccessBlock = { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false };
    const r = await run(info(s3));
    assert.equal(r.status, 'warn');
    assert.match(r.summary, /IgnorePublicAcls/);
  });
});

test('s3.bucket lifecycle rules deleting Mastodon files behind the database: only enabled, untagged, overlapping Expiration rules', async () => {
  await withServer(async (s3) => {
    await putLifecycle(s3, [
      { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 3 } },
      { ID: 'old-media', Status: 'Enabled', Filter: { And: { Prefix: 'media_attachments/', ObjectSizeGreaterThan: 1 } }, Expiration: { Days: 7 } },
      { ID: 'expire-cache', Status: 'Enabled', Filter: { Prefix: 'cache/' }, Expiration: { Days: 30 } },
      { ID: 'tagged', Status: 'Enabled', Filter: { Tag: { Key: 'tmp', Value: '1' } }, Expiration: { Days: 1 } },
      { ID: 'disabled-all', Status: 'Disabled', Filter: {}, Expiration: { Days: 1 } },
      { ID: 'uploads-only', Status: 'Enabled', Filter: { Prefix: 'cache/accounts/avatars/' }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 2 } },
    ]);
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.deepEqual(r.data?.lifecycleMediaRules, [
      { id: 'old-media', prefix: 'media_attachments/', days: 7 },
      { id: 'expire-cache', prefix: 'cache/', days: 30 },
    ]);
    assert.match(r.summary, /"expire-cache".*cache\/.*30 days.*avatars and headers/);
  });
});

test('s3.bucket lifecycle on media attachments only: warn; a whole-bucket date rule is flagged with days null', async () => {
  await withServer(async (s3) => {
    await putLifecycle(s3, [{ ID: 'old-media', Status: 'Enabled', Filter: { Prefix: 'media_attachments/files/' }, Expiration: { Days: 90 } }]);
    const r = await run(info(s3));
    assert.equal(r.status, 'warn');
    assert.deepEqual(r.data?.lifecycleMediaRules, [{ id: 'old-media', prefix: 'media_attachments/files/', days: 90 }]);
  });
  await withServer(async (s3) => {
    await putLifecycle(s3, [{ ID: 'everything', Status: 'Enabled', Filter: {}, Expiration: { Date: new Date('2030-01-01T00:00:00Z') } }]);
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.deepEqual(r.data?.lifecycleMediaRules, [{ id: 'everything', prefix: '', days: null }]);
  });
});

test('s3.bucket lifecycle with S3_KEY_PREFIX: a rule on cache/ misses Mastodon, one on <prefix>/ hits it', async () => {
  await withServer(async (s3) => {
    await putLifecycle(s3, [
      { ID: 'other-app-cache', Status: 'Enabled', Filter: { Prefix: 'cache/' }, Expiration: { Days: 1 } },
      { ID: 'mastodon-all', Status: 'Enabled', Filter: { Prefix: 'mastodon/' }, Expiration: { Days: 365 } },
    ]);
    const r = await run(info(s3, { S3_KEY_PREFIX: 'mastodon' }));
    assert.equal(r.status, 'fail');
    assert.deepEqual(r.data?.lifecycleMediaRules, [{ id: 'mastodon-all', prefix: 'mastodon/', days: 365 }]);
  });
});

test('s3.bucket AccessDenied on the configuration reads: warn "cannot tell", never ok', async () => {
  await withServer(async (s3) => {
    s3.users.set(AKID, { listBucket: true, allow: new Set(['PutObject', 'GetObject', 'HeadObject', 'DeleteObject']) });
    const r = await run(info(s3));
    assert.equal(r.status, 'warn');
    assert.equal(r.summary, 'Object Ownership: cannot tell (missing s3:GetBucketOwnershipControls permission)');
    assert.equal(r.data?.ownership, null);
    assert.equal(r.data?.ownershipError, 'AccessDenied');
    assert.equal(r.data?.publicAccessBlockError, 'AccessDenied');
    assert.equal(r.data?.lifecycleError, 'AccessDenied');
    assert.ok(r.details.some((d) => d.includes('missing s3:GetLifecycleConfiguration permission')));
  });
});

test('s3.bucket public listing (policy grants s3:ListBucket to everyone): fail, found through the alias host like Mastodon', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').policy = PUBLIC_LIST_POLICY;
    const r = await run(info(s3, { S3_ALIAS_HOST: `127.0.0.1:${s3.port}/media` }));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.publicListing, true);
    assert.match(r.summary, /Anyone can list the bucket/);
    assertNoSecrets(r);
  });
});

test('s3.bucket public listing unreachable: publicListing null and warn, not ok', async () => {
  await withServer(async (s3) => {
    const port = await closedPort();
    const r = await run(info(s3, { S3_HOSTNAME: `127.0.0.1:${port}` }));
    assert.equal(r.status, 'warn');
    assert.equal(r.data?.publicListing, null);
  });
});

test('s3.bucket is unaffected by deleted objects and by a user without ListBucket: ok', async () => {
  await withServer(async (s3) => {
    s3.users.set(AKID, { listBucket: false });
    const r = await run(info(s3));
    assert.equal(r.status, 'ok', r.summary);
  });
});

test('s3.bucket hanging endpoint: the runner ends it with error "timed out"', async () => {
  await withServer(async (s3) => {
    s3.faults.push({ kind: 'hang' });
    const r = await run(info(s3), 300);
    assert.equal(r.status, 'error');
    assert.match(r.summary, /timed out/);
  });
});

test('s3.bucket endpoint on a closed port: error, cannot reach', async () => {
  const port = await closedPort();
  const r = await run(info({ port, endpoint: `http://127.0.0.1:${port}` }));
  assert.equal(r.status, 'error');
  assert.match(r.summary, /Cannot reach the S3 endpoint http:\/\/127\.0\.0\.1:\d+: connection refused \(ECONNREFUSED\)/);
  assertNoSecrets(r);
});

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
