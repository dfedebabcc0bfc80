import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { at, modelFrom, reportsOf, textOf } from '../iac/helpers.ts';
import rule from '../../../src/lint/rules/MSTDN201.ts';

const ENV = 'LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nS3_BUCKET=mastodon-media\nS3_REGION=eu-west-1\n';

const TF_ENFORCED = `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
}

resource "aws_s3_bucket_ownership_controls" "media" {
  bucket = aws_s3_bucket.media.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`;

test('MSTDN201: S3_PERMISSION unset with a BucketOwnerEnforced Terraform bucket in another directory', () => {
  const files = { 'deploy/mastodon/.env.production': ENV, 'infra/terraform/s3.tf': TF_ENFORCED };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.deepEqual(brief(f), ['deploy/mastodon/.env.production:2:1-2:16 MSTDN201']);
  const only = f[0];
  assert.ok(only);
  assert.equal(spanText(files, only), 'S3_ENABLED=true');
  assert.equal(only.severity, 'error');
  assert.equal(only.confidence, 'high');
  assert.match(only.message, /^S3_PERMISSION is not set/);
  assert.match(only.message, /AccessControlListNotSupported/);
  assert.match(only.message, /"S3_PERMISSION="/);
  const rel = only.related[0];
  assert.ok(rel);
  assert.equal(rel.span.file, 'infra/terraform/s3.tf');
  assert.equal(spanText(files, { ...only, span: rel.span }), '"BucketOwnerEnforced"');
});

test('MSTDN201: an explicit S3_PERMISSION=public-read is reported on that line', () => {
  const files = { '.env.production': `${ENV}S3_PERMISSION=public-read\n`, 'infra/s3.tf': TF_ENFORCED };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'S3_PERMISSION=public-read');
  assert.match(f[0]!.message, /S3_PERMISSION="public-read"/);
});

test('MSTDN201: empty S3_PERMISSION, bucket-owner-full-control, ObjectWriter, another bucket, S3 off: no finding', () => {
  const cases: Record<string, string>[] = [
    { '.env.production': `${ENV}S3_PERMISSION=\n`, 'infra/s3.tf': TF_ENFORCED },
    { '.env.production': `${ENV}S3_PERMISSION=""\n`, 'infra/s3.tf': TF_ENFORCED },
    { '.env.production': `${ENV}S3_PERMISSION=bucket-owner-full-control\n`, 'infra/s3.tf': TF_ENFORCED },
    { '.env.production': ENV, 'infra/s3.tf': TF_ENFORCED.replace('BucketOwnerEnforced', 'ObjectWriter') },
    { '.env.production': ENV.replace('mastodon-media', 'other-bucket'), 'infra/s3.tf': TF_ENFORCED },
    { '.env.production': ENV.replace('S3_ENABLED=true', 'S3_ENABLED=True'), 'infra/s3.tf': TF_ENFORCED },
    { '.env.production.sample': ENV, 'infra/s3.tf': TF_ENFORCED },
  ];
  for (const files of cases) assert.deepEqual(brief(lintTree(files).findings, 'MSTDN201'), [], JSON.stringify(files).slice(0, 120));
});

test('MSTDN201: bucket name from a variable default, and from locals', () => {
  const tf = `variable "media_bucket" {
  type    = string
  default = "mastodon-media"
}
locals {
  bucket = var.media_bucket
}
resource "aws_s3_bucket" "media" {
  bucket = local.bucket
}
resource "aws_s3_bucket_ownership_controls" "media" {
  bucket = aws_s3_bucket.media.bucket
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`;
  const r = lintTree({ '.env.production': ENV, 'infra/s3.tf': tf });
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'high');
});

test('MSTDN201: a variable without a default is unknown: the only bucket matches with low confidence, and says "may"', () => {
  const tf = TF_ENFORCED.replace('"mastodon-media"', 'var.bucket').concat('variable "bucket" {\n  type = string\n}\n');
  const r = lintTree({ '.env.production': ENV, 'infra/s3.tf': tf });
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /may fail/);
  assert.match(f[0]!.related[0]!.message, /only bucket defined in the repo/);
});

test('MSTDN201: two buckets, neither named like S3_BUCKET: nothing is guessed', () => {
  const tf = `${TF_ENFORCED.replace('"mastodon-media"', 'var.a')}
resource "aws_s3_bucket" "logs" {
  bucket = var.b
}
variable "a" {}
variable "b" {}
`;
  assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'infra/s3.tf': tf }).findings, 'MSTDN201'), []);
});

test('MSTDN201: no ownership controls means the April 2023 default (low confidence), unless the bucket uses a public ACL', () => {
  const bare = 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\n';
  const files = { '.env.production': ENV, 'infra/s3.tf': bare };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /created since April 2023/);
  assert.equal(spanText(files, { ...f[0]!, span: f[0]!.related[0]!.span }), '"mastodon-media"');

  const withAcl = `${bare}resource "aws_s3_bucket_acl" "media" {\n  bucket = aws_s3_bucket.media.id\n  acl    = "public-read"\n}\n`;
  assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'infra/s3.tf': withAcl }).findings, 'MSTDN201'), []);
});

test('MSTDN201: S3_PERMISSION=private is reported with low confidence', () => {
  const f = lintTree({ '.env.production': `${ENV}S3_PERMISSION=private\n`, 'infra/s3.tf': TF_ENFORCED }).findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /may fail/);
});

test('MSTDN201: CloudFormation YAML with short tags and a parameter default', () => {
  const files = {
    '.env.production': ENV,
    'cfn/storage.yaml': [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  MediaBucketName:',
      '    Type: String',
      '    Default: mastodon-media',
      'Resources:',
      '  MediaBucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: !Ref MediaBucketName',
      '      OwnershipControls:',
      '        Rules:',
      '          - ObjectOwnership: BucketOwnerEnforced',
      '      Tags:',
      '        - Key: stack',
      '          Value: !Sub "${AWS::StackName}-media"',
      '',
    ].join('\n'),
  };
  const reports = reportsOf(rule, modelFrom(files));
  assert.deepEqual(reports.map((r) => at(r.span)), ['.env.production:2:1-2:16']);
  assert.equal(textOf(files, reports[0]!.related![0]!.span), 'BucketOwnerEnforced');

  const ok = { ...files, 'cfn/storage.yaml': files['cfn/storage.yaml'].replace('BucketOwnerEnforced', 'BucketOwnerPreferred') };
  assert.deepEqual(reportsOf(rule, modelFrom(ok)), []);
});

test('MSTDN201: CloudFormation JSON through the engine', () => {
  const cfn = JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        MediaBucket: {
          Type: 'AWS::S3::Bucket',
          Properties: { BucketName: 'mastodon-media', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } },
        },
      },
    },
    null,
    2,
  );
  const files = { '.env.production': ENV, 'cfn/storage.json': cfn };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, { ...f[0]!, span: f[0]!.related[0]!.span }), '"BucketOwnerEnforced"');
  const ok = { ...files, 'cfn/storage.json': cfn.replace('BucketOwnerEnforced', 'ObjectWriter') };
  assert.deepEqual(brief(lintTree(ok).findings, 'MSTDN201'), []);
});

test('MSTDN201: raw AWS CLI JSON: --cli-input-json names the bucket; a bare document is tied with low confidence', () => {
  const cli = { '.env.production': ENV, 'aws/ownership.json': '{"Bucket": "mastodon-media", "OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}}\n' };
  const f = lintTree(cli).findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'high');

  const bare = { '.env.production': ENV, 'aws/ownership.json': '{"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}\n' };
  const reports = reportsOf(rule, modelFrom(bare));
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.confidence, 'low');
  assert.equal(textOf(bare, reports[0]!.related![0]!.span), '"BucketOwnerEnforced"');
  // Its file name naming the bucket ties it for sure.
  const named = { '.env.production': ENV, 'aws/mastodon-media.ownership.json': bare['aws/ownership.json'] };
  assert.equal(reportsOf(rule, modelFrom(named))[0]!.confidence, 'high');
  const off = { ...bare, 'aws/ownership.json': '{"Rules": [{"ObjectOwnership": "ObjectWriter"}]}\n' };
  assert.deepEqual(reportsOf(rule, modelFrom(off)), []);
});

test('MSTDN201: Helm-origin env says to use mastodon.extraEnvVars', () => {
  const files = { 'helm/values.yaml.env': 'S3_ENABLED=true\nS3_BUCKET=mastodon-media\n', 'infra/s3.tf': TF_ENFORCED };
  const reports = reportsOf(rule, modelFrom(files, { helm: ['helm/values.yaml.env'] }));
  assert.equal(reports.length, 1);
  assert.match(reports[0]!.message, /mastodon\.s3\.permission cannot be empty/);
  assert.match(reports[0]!.message, /S3_PERMISSION: "" under mastodon\.extraEnvVars/);
  const fileOrigin = reportsOf(rule, modelFrom(files));
  assert.doesNotMatch(fileOrigin[0]!.message, /extraEnvVars/);
});

test('MSTDN201: a templated S3_BUCKET matches the only bucket with low confidence; a templated S3_PERMISSION is unknown', () => {
  const tmpl = { '.env.production.j2': 'S3_ENABLED=true\nS3_BUCKET={{ mastodon_s3_bucket }}\n', 'infra/s3.tf': TF_ENFORCED };
  const f = lintTree(tmpl).findings.filter((x) => x.ruleId === 'MSTDN201');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  const perm = { '.env.production.j2': `${ENV}S3_PERMISSION={{ s3_permission }}\n`, 'infra/s3.tf': TF_ENFORCED };
  assert.deepEqual(brief(lintTree(perm).findings, 'MSTDN201'), []);
});
