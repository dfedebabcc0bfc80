import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { at, modelFrom, reportsOf, textOf } from '../iac/helpers.ts';
import rule from '../../../src/lint/rules/MSTDN202.ts';

const ENV = 'S3_ENABLED=true\nS3_BUCKET=mastodon-media\n';

function tf(opts: { ownership?: string; pab?: string }): string {
  return [
    'resource "aws_s3_bucket" "media" {',
    '  bucket = "mastodon-media"',
    '}',
    opts.ownership === undefined
      ? ''
      : `resource "aws_s3_bucket_ownership_controls" "media" {\n  bucket = aws_s3_bucket.media.id\n  rule {\n    object_ownership = "${opts.ownership}"\n  }\n}`,
    opts.pab === undefined ? '' : `resource "aws_s3_bucket_public_access_block" "media" {\n  bucket = aws_s3_bucket.media.id\n${opts.pab}}`,
    '',
  ].join('\n');
}

const BLOCK = '  block_public_acls       = true\n  ignore_public_acls      = false\n  block_public_policy     = false\n  restrict_public_buckets = false\n';
const IGNORE = '  block_public_acls       = false\n  ignore_public_acls      = true\n';
const OPEN = '  block_public_acls = false\n';

test('MSTDN202: BlockPublicAcls with ACLs enabled and the default public-read: uploads get 403', () => {
  const files = { '.env.production': ENV, 'infra/s3.tf': tf({ ownership: 'ObjectWriter', pab: BLOCK }) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN202');
  assert.deepEqual(brief(f), ['.env.production:1:1-1:16 MSTDN202']);
  assert.equal(f[0]!.confidence, 'high');
  assert.match(f[0]!.message, /403 AccessDenied/);
  assert.match(f[0]!.message, /BlockPublicAcls/);
  const rel = f[0]!.related[0]!;
  assert.equal(rel.span.file, 'infra/s3.tf');
  assert.equal(spanText(files, { ...f[0]!, span: rel.span }), 'true');
  assert.equal(rel.span.start.line, 12);
});

test('MSTDN202: an explicit public-read is reported on S3_PERMISSION', () => {
  const files = { '.env.production': `${ENV}S3_PERMISSION=public-read\n`, 'infra/s3.tf': tf({ ownership: 'BucketOwnerPreferred', pab: BLOCK }) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN202');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'S3_PERMISSION=public-read');
});

test('MSTDN202: no ACL sent, a private ACL, public ACLs allowed, or ACLs disabled (MSTDN201): no finding', () => {
  const cases: Record<string, string>[] = [
    { '.env.production': `${ENV}S3_PERMISSION=\n`, 'infra/s3.tf': tf({ ownership: 'ObjectWriter', pab: BLOCK }) },
    { '.env.production': `${ENV}S3_PERMISSION=private\n`, 'infra/s3.tf': tf({ ownership: 'ObjectWriter', pab: BLOCK }) },
    { '.env.production': ENV, 'infra/s3.tf': tf({ ownership: 'ObjectWriter', pab: OPEN }) },
    { '.env.production': ENV, 'infra/s3.tf': tf({ ownership: 'BucketOwnerEnforced', pab: BLOCK }) },
    { '.env.production': ENV, 'infra/s3.tf': tf({ pab: BLOCK }) },
  ];
  for (const files of cases) assert.deepEqual(brief(lintTree(files).findings, 'MSTDN202'), [], files['infra/s3.tf']);
});

test('MSTDN202: IgnorePublicAcls keeps uploads private unless a policy or a CDN serves them', () => {
  const files = { '.env.production': ENV, 'infra/s3.tf': tf({ ownership: 'ObjectWriter', pab: IGNORE }) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN202');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /IgnorePublicAcls/);
  assert.match(f[0]!.message, /403 for all media/);
  assert.equal(spanText(files, { ...f[0]!, span: f[0]!.related[0]!.span }), 'true');

  const policy = `resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.media.arn}/*" }]
  })
}
`;
  assert.deepEqual(brief(lintTree({ ...files, 'infra/policy.tf': policy }).findings, 'MSTDN202'), []);
  assert.deepEqual(brief(lintTree({ ...files, '.env.production': `${ENV}S3_ALIAS_HOST=files.example.social\n` }).findings, 'MSTDN202'), []);
});

test('MSTDN202: ACLs enabled but no public access block resource: new buckets block public ACLs (low confidence)', () => {
  const files = { '.env.production': ENV, 'infra/s3.tf': tf({ ownership: 'ObjectWriter' }) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN202');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /may be rejected/);
  assert.equal(spanText(files, { ...f[0]!, span: f[0]!.related[0]!.span }), '"mastodon-media"');
});

test('MSTDN202: flags from variables: a default is used, no default is unknown', () => {
  const withDefault = tf({ ownership: 'ObjectWriter', pab: '  block_public_acls = var.block\n' }) + 'variable "block" {\n  default = true\n}\n';
  assert.equal(lintTree({ '.env.production': ENV, 'infra/s3.tf': withDefault }).findings.filter((x) => x.ruleId === 'MSTDN202').length, 1);
  const noDefault = tf({ ownership: 'ObjectWriter', pab: '  block_public_acls = var.block\n' }) + 'variable "block" {\n  type = bool\n}\n';
  assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'infra/s3.tf': noDefault }).findings, 'MSTDN202'), []);
});

test('MSTDN202: CloudFormation YAML and JSON', () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Media:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: mastodon-media',
    '      OwnershipControls:',
    '        Rules:',
    '          - ObjectOwnership: ObjectWriter',
    '      PublicAccessBlockConfiguration:',
    '        BlockPublicAcls: true',
    '        IgnorePublicAcls: true',
    '',
  ].join('\n');
  const files = { '.env.production': ENV, 'stack.yml': yaml };
  const reports = reportsOf(rule, modelFrom(files));
  assert.deepEqual(reports.map((r) => at(r.span)), ['.env.production:1:1-1:16']);
  assert.equal(textOf(files, reports[0]!.related![0]!.span), 'true');
  assert.equal(reports[0]!.related![0]!.span.start.line, 11);
  assert.deepEqual(reportsOf(rule, modelFrom({ ...files, 'stack.yml': yaml.replace(/true/g, 'false') })), []);

  const json = JSON.stringify({
    Resources: {
      Media: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: 'mastodon-media',
          OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
          PublicAccessBlockConfiguration: { BlockPublicAcls: 'true' },
        },
      },
    },
  });
  assert.equal(lintTree({ '.env.production': ENV, 'stack.json': json }).findings.filter((x) => x.ruleId === 'MSTDN202').length, 1);
});

test('MSTDN202: a raw public access block document applied by a script names its bucket', () => {
  const files = {
    '.env.production': ENV,
    'aws/pab.json': '{\n  "BlockPublicAcls": true,\n  "IgnorePublicAcls": false,\n  "BlockPublicPolicy": false,\n  "RestrictPublicBuckets": false\n}\n',
    'aws/apply.sh': '#!/bin/sh\naws s3api put-public-access-block --bucket mastodon-media --public-access-block-configuration file://pab.json\n',
  };
  const reports = reportsOf(rule, modelFrom(files));
  assert.equal(reports.length, 1);
  // No ownership setting is known for a raw document: ACLs may be enabled, so low confidence.
  assert.equal(reports[0]!.confidence, 'low');
  assert.equal(textOf(files, reports[0]!.related![0]!.span), 'true');
  const other = { ...files, 'aws/apply.sh': files['aws/apply.sh'].replace('mastodon-media', 'backups-bucket') };
  assert.deepEqual(reportsOf(rule, modelFrom(other)), []);
});
