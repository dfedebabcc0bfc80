// `lint --check-bucket` against the S3 test server: the live bucket feeds the same rules as IaC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { S3TestServer } from '../support/s3-server.ts';
import { writeTree, brief } from '../helpers/lint.ts';
import { lintWithLiveBucket } from '../../src/live/bucket-settings.ts';
import { defaultSettings } from '../../src/lint/config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function lintLive(s3: S3TestServer, env: string, key = 'test') {
  const dir = writeTree({ '.env.production': env });
  try {
    return await lintWithLiveBucket({ paths: [dir], root: dir, settings: defaultSettings() }, true, {
      client: (t) => new S3Client({ ...t, credentials: { accessKeyId: key, secretAccessKey: 's' }, maxAttempts: 1 }),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const envFor = (s3: S3TestServer, extra = '') => `LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nS3_BUCKET=media\nS3_ENDPOINT=${s3.endpoint}\n${extra}`;

test('--check-bucket: BucketOwnerEnforced on the live bucket with S3_PERMISSION unset is MSTDN201, citing the live bucket', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await lintLive(s3, envFor(s3));
    const f = r.findings.filter((x) => x.ruleId === 'MSTDN201');
    assert.equal(f.length, 1);
    assert.equal(f[0]!.span.start.line, 2); // S3_ENABLED: S3_PERMISSION is absent
    assert.ok(f[0]!.related.some((x) => /live bucket "media"/.test(x.message)), JSON.stringify(f[0]!.related));
    const ops = s3.log.map((l) => l.op).sort();
    assert.deepEqual(ops, ['GetBucketLifecycleConfiguration', 'GetBucketOwnershipControls', 'GetBucketPolicy', 'GetPublicAccessBlock']);
  } finally {
    await s3.stop();
  }
});

test('--check-bucket: an empty S3_PERMISSION on the same bucket is fine', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const r = await lintLive(s3, envFor(s3, 'S3_PERMISSION=\n'));
    assert.deepEqual(brief(r.findings, 'MSTDN201'), []);
  } finally {
    await s3.stop();
  }
});

test('--check-bucket: no ownership controls means ObjectWriter (ACLs on): no MSTDN201', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media');
    const r = await lintLive(s3, envFor(s3));
    assert.deepEqual(brief(r.findings, 'MSTDN201'), []);
    assert.deepEqual(brief(r.findings, 'MSTDN213'), []);
  } finally {
    await s3.stop();
  }
});

test('--check-bucket: BlockPublicAcls with the default public-read is MSTDN202; a cache/ expiry is MSTDN401', async () => {
  const s3 = await new S3TestServer().start();
  try {
    const b = s3.bucket('media');
    b.publicAccessBlock = { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
    b.lifecycleXml = '<LifecycleConfiguration><Rule><ID>cache-30d</ID><Filter><Prefix>cache/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>';
    const r = await lintLive(s3, envFor(s3));
    assert.equal(r.findings.filter((x) => x.ruleId === 'MSTDN202').length, 1);
    assert.equal(r.findings.filter((x) => x.ruleId === 'MSTDN401').length, 1);
  } finally {
    await s3.stop();
  }
});

test('--check-bucket: reads the credentials may not make are reported (MSTDN213), never a pass', async () => {
  const s3 = await new S3TestServer().start();
  try {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    s3.users.set('limited', { listBucket: true, allow: new Set(['GetBucketPolicy']) });
    const r = await lintLive(s3, envFor(s3), 'limited');
    const notes = r.findings.filter((x) => x.ruleId === 'MSTDN213');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message, /ownership controls \(access denied: grant s3:GetBucketOwnershipControls/);
    assert.match(notes[0]!.message, /public access block/);
    assert.match(notes[0]!.message, /lifecycle configuration/);
    assert.doesNotMatch(notes[0]!.message, /bucket policy/);
    assert.deepEqual(brief(r.findings, 'MSTDN201'), []);
  } finally {
    await s3.stop();
  }
});

test('--check-bucket through the CLI, with credentials from the environment', async () => {
  const s3 = await new S3TestServer().start();
  const dir = writeTree({ '.env.production': envFor(s3) });
  try {
    s3.bucket('media').ownership = 'BucketOwnerEnforced';
    const run = (extra: string[]) =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        // Async spawn: the S3 server runs in this process and must keep answering.
        import('node:child_process').then(({ spawn }) => {
          const p = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'lint', dir, '--format', 'json', ...extra], {
            cwd: ROOT,
            env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1' },
          });
          let out = '';
          p.stdout.on('data', (d) => (out += d));
          p.on('close', (status) => resolve({ status, stdout: out }));
        });
      });
    const withLive = await run(['--check-bucket']);
    assert.equal(withLive.status, 1);
    assert.ok(JSON.parse(withLive.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'MSTDN201'));
    const without = await run([]);
    assert.ok(!JSON.parse(without.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'MSTDN201'));
    assert.equal(s3.log.filter((l) => l.accessKeyId === 'test').length, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await s3.stop();
  }
});
