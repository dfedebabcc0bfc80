// The bucket model read from Terraform, CloudFormation and raw AWS JSON.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelFrom, textOf } from './helpers.ts';
import { lintTree } from '../../helpers/lint.ts';
import { mediaBuckets } from '../../../src/lint/iac/media.ts';
import type { BucketConfig } from '../../../src/lint/iac/bucket.ts';

function one(buckets: BucketConfig[], label: string): BucketConfig {
  const b = buckets.find((x) => x.label === label);
  assert.ok(b, `${label} in ${buckets.map((x) => x.label).join(', ')}`);
  return b;
}

test('Terraform: resources in any file of a module merge into their bucket, in any order', () => {
  const files = {
    'infra/controls.tf': `resource "aws_s3_bucket_ownership_controls" "m" {
  bucket = aws_s3_bucket.media.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
resource "aws_s3_bucket_public_access_block" "m" {
  bucket              = "mastodon-media"
  block_public_acls   = true
  ignore_public_acls  = var.ignore
}
resource "aws_s3_bucket_acl" "m" {
  bucket = aws_s3_bucket.media.id
  acl    = "public-read"
}
resource "aws_s3_bucket_public_access_block" "elsewhere" {
  bucket = data.terraform_remote_state.s3.outputs.bucket
}
resource "aws_s3_account_public_access_block" "acct" {
  block_public_acls = true
}
`,
    'infra/main.tf': 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\nvariable "ignore" {}\n',
  };
  const m = modelFrom(files);
  assert.equal(m.buckets.length, 3, m.buckets.map((b) => b.label).join(', '));
  const b = one(m.buckets, 'aws_s3_bucket.media');
  assert.equal(b.kind, 'bucket');
  assert.equal(b.name, 'mastodon-media');
  assert.equal(textOf(files, b.nameSpan), '"mastodon-media"');
  assert.equal(b.ownership?.value, 'BucketOwnerPreferred');
  assert.equal(textOf(files, b.ownership.span), '"BucketOwnerPreferred"');
  assert.equal(b.publicAccessBlock?.blockPublicAcls.value, true);
  assert.equal(b.publicAccessBlock.ignorePublicAcls.value, null);
  assert.deepEqual(b.publicAccessBlock.blockPublicPolicy, { value: false, span: null });
  assert.equal(b.acl?.value, 'public-read');
  const frag = one(m.buckets, 'aws_s3_bucket_public_access_block.elsewhere');
  assert.deepEqual([frag.kind, frag.name, frag.nameText], ['fragment', null, 'data.terraform_remote_state.s3.outputs.bucket']);
  assert.equal(one(m.buckets, 'aws_s3_account_public_access_block.acct').kind, 'account');
});

test('Terraform: terraform.tfvars and *.auto.tfvars override defaults, later auto files win', () => {
  const tf = 'variable "name" {\n  default = "from-default"\n}\nresource "aws_s3_bucket" "media" {\n  bucket = var.name\n}\n';
  assert.equal(modelFrom({ 'm/main.tf': tf }).buckets[0]?.name, 'from-default');
  assert.equal(modelFrom({ 'm/main.tf': tf, 'm/terraform.tfvars': 'name = "from-tfvars"\n' }).buckets[0]?.name, 'from-tfvars');
  const all = modelFrom({
    'm/b.auto.tfvars': 'name = "from-b"\n',
    'm/main.tf': tf,
    'm/terraform.tfvars': 'name = "from-tfvars"\n',
    'm/a.auto.tfvars': 'name = "from-a"\n',
  });
  assert.equal(all.buckets.length, 1);
  assert.equal(all.buckets[0]?.name, 'from-b');
  // Another directory is another module: its tfvars do not apply.
  assert.equal(modelFrom({ 'm/main.tf': tf, 'other/terraform.tfvars': 'name = "x"\n' }).buckets[0]?.name, 'from-default');
});

test('Terraform: unknown names stay unknown', () => {
  const m = modelFrom({
    'main.tf': [
      'resource "aws_s3_bucket" "a" {\n  bucket_prefix = "media-"\n}',
      'resource "aws_s3_bucket" "b" {}',
      'resource "aws_s3_bucket" "c" {\n  bucket = "${var.env}-media"\n}',
      'resource "aws_s3_bucket" "d" {\n  bucket = "${local.env}-media"\n}',
      'locals {\n  env = "prod"\n}',
      'variable "env" {}',
      '',
    ].join('\n'),
  });
  assert.deepEqual(m.buckets.map((b) => [b.label, b.name]), [
    ['aws_s3_bucket.a', null],
    ['aws_s3_bucket.b', null],
    ['aws_s3_bucket.c', null],
    ['aws_s3_bucket.d', 'prod-media'],
  ]);
});

test('Terraform: lifecycle filters', () => {
  const m = modelFrom({
    'main.tf': `resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = "b"
  rule {
    id     = "and"
    status = "Enabled"
    filter {
      and {
        prefix                   = "cache/"
        object_size_greater_than = 1000
      }
    }
    expiration {
      date = "2030-01-01T00:00:00Z"
    }
  }
  rule {
    id     = "legacy"
    status = "Disabled"
    prefix = "old/"
    expiration {
      days = 1
    }
  }
  rule {
    id     = "unknown"
    status = var.status
    filter {
      prefix = var.p
    }
  }
}
variable "status" {}
variable "p" {}
`,
  });
  const rules = m.buckets[0]?.lifecycleRules ?? [];
  assert.deepEqual(
    rules.map((r) => [r.id, r.enabled, r.prefix, r.tagFiltered, r.expiration?.days ?? null, r.expiration?.date ?? null]),
    [
      ['and', true, 'cache/', false, null, '2030-01-01T00:00:00Z'],
      ['legacy', false, 'old/', false, 1, null],
      ['unknown', null, null, false, null, null],
    ],
  );
});

test('CloudFormation: short tags, !Sub of parameters, a policy on a bucket named by literal', () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  Env: {Type: String, Default: prod}',
    'Resources:',
    '  A:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: !Sub "${Env}-media"',
    '      AccessControl: PublicRead',
    '  B:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: !Sub "${AWS::StackName}-media"',
    '      PublicAccessBlockConfiguration: !If [IsProd, {BlockPublicAcls: true}, !Ref AWS::NoValue]',
    '  P:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: external-bucket',
    '      PolicyDocument: !Ref Unknown',
    '',
  ].join('\n');
  const m = modelFrom({ 'stack.yaml': yaml });
  assert.deepEqual(m.buckets.map((b) => [b.label, b.kind, b.name]), [
    ['A', 'bucket', 'prod-media'],
    ['B', 'bucket', null],
    ['P', 'fragment', 'external-bucket'],
  ]);
  assert.equal(m.buckets[0]?.acl?.value, 'PublicRead');
  assert.equal(m.buckets[1]?.publicAccessBlock?.blockPublicAcls.value, null);
  assert.equal(m.buckets[2]?.policy?.complete, false);
  // Not a template, or not YAML: nothing.
  assert.deepEqual(modelFrom({ 'values.yaml': 'mastodon:\n  s3:\n    enabled: true\n' }).buckets, []);
  assert.deepEqual(modelFrom({ 'bad.yaml': 'AWSTemplateFormatVersion: x\n  - : [\n' }).buckets, []);
});

test('raw AWS JSON: each document kind is recognised; other JSON is not', () => {
  const m = modelFrom({
    'a/lifecycle.json': '{"Rules": [{"ID": "x", "Prefix": "", "Status": "Enabled", "Expiration": {"Days": 1}}]}',
    'a/policy.json': '{"Bucket": "named", "Policy": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"s3:ListBucket\\"}]}"}',
    'a/ownership.json': '{"OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}}',
    'a/pab.json': '{"PublicAccessBlockConfiguration": {"BlockPublicAcls": true}}',
    'package.json': '{"name": "mastodon-ops", "scripts": {"test": "x"}}',
  });
  assert.deepEqual(m.buckets.map((b) => b.label), ['a/lifecycle.json', 'a/policy.json', 'a/ownership.json', 'a/pab.json']);
  assert.equal(m.buckets[0]?.lifecycleRules[0]?.prefix, '');
  assert.equal(m.buckets[1]?.name, 'named');
  assert.equal(m.buckets[1]?.policy?.statements[0]?.anyone, true);
  assert.equal(m.buckets[2]?.ownership?.value, 'BucketOwnerEnforced');
  assert.equal(m.buckets[3]?.publicAccessBlock?.blockPublicAcls.value, true);
  assert.deepEqual(m.parseProblems, []);
});

test('media association: a bucket named by S3_BUCKET wins; nothing is guessed among several', () => {
  const tf = 'resource "aws_s3_bucket" "a" {\n  bucket = "mastodon-media"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "backups"\n}\n';
  const env = 'S3_ENABLED=true\nS3_BUCKET=mastodon-media\n';
  const named = mediaBuckets(modelFrom({ '.env.production': env, 'main.tf': tf }));
  assert.deepEqual(named.map((x) => x.links.map((l) => [l.config.label, l.confidence])), [[['aws_s3_bucket.a', 'high']]]);
  const templated = mediaBuckets(modelFrom({ '.env.production': 'S3_ENABLED=true\nS3_BUCKET=${BUCKET}\n', 'main.tf': tf }));
  assert.deepEqual(templated, []);
  const disabled = mediaBuckets(modelFrom({ '.env.production': 'S3_ENABLED=false\nS3_BUCKET=mastodon-media\n', 'main.tf': tf }));
  assert.deepEqual(disabled, []);
});

// These need classify.ts to hand the files to the extractors (see the report to the lead).
test('engine: terraform.tfvars values reach the bucket model', () => {
  const r = lintTree({
    'infra/main.tf': 'resource "aws_s3_bucket" "media" {\n  bucket = var.name\n}\nvariable "name" {}\n',
    'infra/terraform.tfvars': 'name = "media-bucket"\n',
  });
  assert.equal(r.model.buckets[0]?.name, 'media-bucket');
});

test('engine: a variables.tf that names nothing S3-related is still read', () => {
  const r = lintTree({
    'infra/main.tf': 'resource "aws_s3_bucket" "media" {\n  bucket = var.name\n}\n',
    'infra/variables.tf': 'variable "name" {\n  default = "media-bucket"\n}\n',
  });
  assert.equal(r.model.buckets[0]?.name, 'media-bucket');
});

test('engine: a raw lifecycle document without S3 words is read', () => {
  const r = lintTree({ 'lifecycle.json': '{"Rules": [{"Status": "Enabled", "Expiration": {"Days": 7}}]}' });
  assert.equal(r.model.buckets.length, 1);
});
