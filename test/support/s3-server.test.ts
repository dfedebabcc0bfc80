// The test server against the real AWS SDK: the behaviours the health checks and --check-bucket
// rely on must match AWS's documentation, or those tests prove nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import {
  S3Client,
  PutObjectCommand,
  HeadObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  GetBucketOwnershipControlsCommand,
  PutBucketOwnershipControlsCommand,
  GetPublicAccessBlockCommand,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { S3TestServer } from './s3-server.ts';

function client(endpoint: string, key = 'test'): S3Client {
  return new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: key, secretAccessKey: 'secret' }, maxAttempts: 1 });
}

async function failure(p: Promise<unknown>): Promise<{ name: string; status: number | undefined }> {
  try {
    await p;
  } catch (e) {
    const s = e as S3ServiceException;
    return { name: s.name, status: s.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

test('S3 test server: BucketOwnerEnforced rejects public-read with AccessControlListNotSupported, accepts no ACL', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const c = client(s3.endpoint);
    const r = await failure(c.send(new PutObjectCommand({ Bucket: 'media', Key: 'a.png', Body: 'x', ACL: 'public-read' })));
    assert.deepEqual(r, { name: 'AccessControlListNotSupported', status: 400 });
    await c.send(new PutObjectCommand({ Bucket: 'media', Key: 'a.png', Body: 'x' }));
    await c.send(new PutObjectCommand({ Bucket: 'media', Key: 'b.png', Body: 'x', ACL: 'bucket-owner-full-control' }));
    assert.equal(s3.bucket('media').objects.size, 2);
  } finally {
    await s3.stop();
  }
});

test('S3 test server: BlockPublicAcls rejects public-read with 403 AccessDenied', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media').publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
    const r = await failure(client(s3.endpoint).send(new PutObjectCommand({ Bucket: 'media', Key: 'a', Body: 'x', ACL: 'public-read' })));
    assert.deepEqual(r, { name: 'AccessDenied', status: 403 });
  } finally {
    await s3.stop();
  }
});

test('S3 test server: a missing key is 404 with ListBucket and 403 without it', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media');
    s3.users.set('nolist', { listBucket: false });
    const withList = await failure(client(s3.endpoint).send(new HeadObjectCommand({ Bucket: 'media', Key: 'gone.png' })));
    assert.equal(withList.status, 404);
    const without = await failure(client(s3.endpoint, 'nolist').send(new HeadObjectCommand({ Bucket: 'media', Key: 'gone.png' })));
    assert.equal(without.status, 403);
  } finally {
    await s3.stop();
  }
});

test('S3 test server: listing is in UTF-8 byte order across pages, without duplicates or losses', async () => {
  const s3 = await new S3TestServer().start();
  try {
    const keys = ['a/x', 'a-b', 'a/x/1', 'b', 'é', 'Z', 'a/y'];
    const b = s3.bucket('media');
    for (const k of keys) b.objects.set(k, { body: Buffer.from('1'), contentType: 't', acl: null, etag: '"e"', lastModified: new Date() });
    const c = client(s3.endpoint);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const r = await c.send(new ListObjectsV2Command({ Bucket: 'media', MaxKeys: 2, ContinuationToken: token }));
      for (const o of r.Contents ?? []) seen.push(o.Key!);
      token = r.NextContinuationToken;
    } while (token);
    const expected = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    assert.deepEqual(seen, expected);
  } finally {
    await s3.stop();
  }
});

test('S3 test server: a streamed (aws-chunked) upload is stored without its framing', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media');
    const c = client(s3.endpoint);
    const data = Buffer.alloc(70_000, 7);
    await c.send(new PutObjectCommand({ Bucket: 'media', Key: 'big.bin', Body: Readable.from([data.subarray(0, 30_000), data.subarray(30_000)]), ContentLength: data.length }));
    const got = await c.send(new GetObjectCommand({ Bucket: 'media', Key: 'big.bin' }));
    const bytes = Buffer.from(await got.Body!.transformToByteArray());
    assert.equal(bytes.length, data.length);
    assert.ok(bytes.equals(data));
  } finally {
    await s3.stop();
  }
});

test('S3 test server: unset ownership controls and public access block are 404 with AWS error codes', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media');
    const c = client(s3.endpoint);
    assert.deepEqual(await failure(c.send(new GetBucketOwnershipControlsCommand({ Bucket: 'media' }))), { name: 'OwnershipControlsNotFoundError', status: 404 });
    assert.deepEqual(await failure(c.send(new GetPublicAccessBlockCommand({ Bucket: 'media' }))), { name: 'NoSuchPublicAccessBlockConfiguration', status: 404 });
    await c.send(new PutBucketOwnershipControlsCommand({ Bucket: 'media', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }));
    const r = await c.send(new GetBucketOwnershipControlsCommand({ Bucket: 'media' }));
    assert.equal(r.OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'BucketOwnerEnforced');
  } finally {
    await s3.stop();
  }
});
