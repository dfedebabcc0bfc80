// s3.write against the S3 test server (AWS semantics for ACLs, Block Public Access, missing keys)
// through the real SDK client that openConnections() builds, run by the real runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { S3TestServer } from '../../support/s3-server.ts';
import { InstanceSchema, instanceInfo } from '../../../src/live/instance.ts';
import { openConnections } from '../../../src/live/connections/index.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { check, MASTODON_CACHE_CONTROL } from '../../../src/live/checks/s3-write.ts';
import type { CheckResult, InstanceInfo } from '../../../src/live/types.ts';

const AKID = 'AKIAMOPSWRITETEST001';
const SECRET = 'c2VjcmV0LW1hc3RvZG9uLW9wcy13cml0ZQ';
const PUBLIC_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::media/*' }] });

function info(s3: { port: number; endpoint: string }, extra: Record<string, string | null> = {}): InstanceInfo {
  const env = new Map<string, string>([
    ['LOCAL_DOMAIN', 'social.example'],
    ['S3_ENABLED', 'true'],
    ['S3_BUCKET', 'media'],
    ['S3_REGION', 'us-east-1'],
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

function assertNoSecrets(r: CheckResult): void {
  const text = JSON.stringify(r);
  assert.ok(!text.includes(SECRET), 'the secret key appears in the result');
  assert.ok(!text.includes(AKID), 'the access key id appears in the result');
}

function puts(s3: S3TestServer) {
  return s3.log.filter((l) => l.op === 'PutObject');
}

test('s3.write healthy: public-read by default, Cache-Control sent, read back, publicly readable, deleted; nothing else touched', async () => {
  await withServer(async (s3) => {
    const existing = s3.bucket('media').objects;
    existing.set('accounts/avatars/000/001/234/original/keep.png', { body: Buffer.from('x'), contentType: 'image/png', acl: 'public-read', etag: '"e"', lastModified: new Date() });
    const r = await run(info(s3));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.stage, 'done');
    assert.equal(r.data?.aclSent, 'public-read');
    assert.equal(r.data?.publicRead, true);
    const p = puts(s3);
    assert.equal(p.length, 1);
    assert.equal(p[0]?.acl, 'public-read');
    assert.match(p[0]?.path ?? '', /^\/media\/mastodon-ops-healthcheck\/[0-9a-f]{16}\.txt$/);
    assert.deepEqual([...existing.keys()], ['accounts/avatars/000/001/234/original/keep.png']);
    const deletes = s3.log.filter((l) => l.op === 'DeleteObject');
    assert.deepEqual(deletes.map((d) => d.path), [p[0]?.path]);
    assertNoSecrets(r);
  });
});

test('s3.write sends Mastodon\'s Cache-Control header and honours S3_KEY_PREFIX', async () => {
  await withServer(async (s3) => {
    let seen: string | undefined;
    const b = s3.bucket('media');
    const set = b.objects.set.bind(b.objects);
    b.objects.set = (k, v) => {
      seen = v.cacheControl;
      return set(k, v);
    };
    const r = await run(info(s3, { S3_KEY_PREFIX: 'mastodon' }));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(seen, MASTODON_CACHE_CONTROL);
    assert.match(String(r.data?.key), /^mastodon\/mastodon-ops-healthcheck\//);
    assert.match(puts(s3)[0]?.path ?? '', /^\/media\/mastodon\/mastodon-ops-healthcheck\//);
  });
});

test('s3.write BucketOwnerEnforced + S3_PERMISSION unset: fail AccessControlListNotSupported, confirms MSTDN201 and MSTDN212', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.stage, 'put');
    assert.equal(r.data?.errorCode, 'AccessControlListNotSupported');
    assert.equal(r.data?.httpStatus, 400);
    assert.deepEqual(r.confirms, ['MSTDN201', 'MSTDN212']);
    assert.match(r.summary, /ACLs disabled/);
    assert.match(r.fix ?? '', /S3_PERMISSION=/);
    assert.equal(s3.bucket('media').objects.size, 0);
    assertNoSecrets(r);
  });
});

test('s3.write BucketOwnerEnforced + S3_PERMISSION=private (explicit): fail, confirms only MSTDN201', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await run(info(s3, { S3_PERMISSION: 'private' }));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.aclSent, 'private');
    assert.deepEqual(r.confirms, ['MSTDN201']);
  });
});

test('s3.write BucketOwnerEnforced + S3_PERMISSION= empty + public-read bucket policy: ok, no ACL header sent', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    s3.bucket('media').policy = PUBLIC_POLICY;
    const r = await run(info(s3, { S3_PERMISSION: '' }));
    assert.equal(r.status, 'ok', r.summary);
    assert.equal(r.data?.aclSent, null);
    assert.equal(r.data?.publicRead, true);
    assert.equal(puts(s3)[0]?.acl, null);
    assert.equal(s3.bucket('media').objects.size, 0);
  });
});

test('s3.write BucketOwnerEnforced + S3_PERMISSION= empty without a public policy: warn, visitors cannot read new files', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await run(info(s3, { S3_PERMISSION: '' }));
    assert.equal(r.status, 'warn', r.summary);
    assert.equal(r.data?.publicRead, false);
    assert.equal(r.data?.stage, 'done');
    assert.match(r.fix ?? '', /bucket policy/);
  });
});

test('s3.write BlockPublicAcls + public-read: fail 403, the no-ACL probe and GetPublicAccessBlock pin it, confirms MSTDN202', async () => {
  await withServer(async (s3) => {
    s3.bucket('media').publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.stage, 'put');
    assert.equal(r.data?.errorCode, 'AccessDenied');
    assert.equal(r.data?.httpStatus, 403);
    assert.deepEqual(r.confirms, ['MSTDN202']);
    assert.match(r.summary, /BlockPublicAcls/);
    assert.doesNotMatch(r.summary, /or the credentials/);
    assert.equal(puts(s3).length, 2, 'one PUT with the ACL, one probe without');
    assert.equal(s3.bucket('media').objects.size, 0, 'the probe object is deleted');
  });
});

test('s3.write AccessDenied for PutObject itself: fail naming credentials/policy, not Block Public Access', async () => {
  await withServer(async (s3) => {
    s3.users.set(AKID, { listBucket: true, allow: new Set(['GetObject', 'HeadObject', 'DeleteObject', 'GetPublicAccessBlock']) });
    const r = await run(info(s3));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.errorCode, 'AccessDenied');
    assert.match(r.summary, /access denied to PutObject/);
    assert.equal(r.confirms, undefined);
    assertNoSecrets(r);
  });
});

test('s3.write unknown access key: fail InvalidAccessKeyId without printing the key', async () => {
  await withServer(async (s3) => {
    const r = await run(info(s3, { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWNKEY999999' }));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.errorCode, 'InvalidAccessKeyId');
    assert.ok(!JSON.stringify(r).includes('AKIAUNKNOWNKEY999999'));
    assertNoSecrets(r);
  });
});

test('s3.write missing bucket: fail NoSuchBucket', async () => {
  await withServer(async (s3) => {
    const r = await run(info(s3, { S3_BUCKET: 'gone' }));
    assert.equal(r.status, 'fail');
    assert.equal(r.data?.errorCode, 'NoSuchBucket');
    assert.match(r.summary, /bucket gone does not exist/);
  });
});

test('s3.write provider 503 on PUT: error, not a configuration failure', async () => {
  await withServer(async (s3) => {
    s3.faults.push({ op: 'PutObject', kind: 'status', status: 503, code: 'SlowDown', times: 1 });
    const r = await run(info(s3));
    assert.equal(r.status, 'error');
    assert.equal(r.data?.errorCode, 'SlowDown');
    assert.equal(r.data?.httpStatus, 503);
  });
});

test('s3.write objects deleted behind the database\'s back / no ListBucket: new uploads still work (ok), old objects untouched', async () => {
  await withServer(async (s3) => {
    s3.users.set(AKID, { listBucket: false });
    const objects = s3.bucket('media').objects;
    objects.set('cache/accounts/avatars/109/876/543/210/987/654/original/a.png', { body: Buffer.from('a'), contentType: 'image/png', acl: 'public-read', etag: '"a"', lastModified: new Date() });
    const r = await run(info(s3));
    assert.equal(r.status, 'ok', r.summary);
    assert.deepEqual([...objects.keys()], ['cache/accounts/avatars/109/876/543/210/987/654/original/a.png']);
  });
});

test('s3.write hanging endpoint: the runner ends it with error "timed out"', async () => {
  await withServer(async (s3) => {
    s3.faults.push({ kind: 'hang' });
    const r = await run(info(s3), 300);
    assert.equal(r.status, 'error');
    assert.match(r.summary, /timed out/);
  });
});

test('s3.write endpoint on a closed port: error ECONNREFUSED at stage put', async () => {
  const port = await closedPort();
  const endpoint = `http://127.0.0.1:${port}`;
  const i = info({ port, endpoint });
  const conns = openConnections({ info: i, timeoutMs: 5000 });
  try {
    const r = await runCheck(check, i, conns);
    assert.equal(r.status, 'error');
    assert.equal(r.data?.stage, 'put');
    assert.equal(r.data?.errorCode, 'ECONNREFUSED');
    assert.match(r.summary, /Cannot reach the S3 endpoint http:\/\/127\.0\.0\.1:\d+: connection refused/);
    assertNoSecrets(r);
  } finally {
    await conns.close();
  }
});

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}
