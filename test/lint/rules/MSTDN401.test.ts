import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { at, modelFrom, reportsOf, textOf } from '../iac/helpers.ts';
import rule from '../../../src/lint/rules/MSTDN401.ts';

const ENV = 'S3_ENABLED=true\nS3_BUCKET=mastodon-media\nS3_PERMISSION=\n';

function lifecycle(ruleBody: string): string {
  return `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
}

resource "aws_s3_bucket_lifecycle_configuration" "media" {
  bucket = aws_s3_bucket.media.id

  rule {
${ruleBody}  }
}
`;
}

const EXPIRE_CACHE = '    id     = "expire-cache"\n    status = "Enabled"\n    filter {\n      prefix = "cache/"\n    }\n    expiration {\n      days = 30\n    }\n';

test('MSTDN401: expiring cache/ on the media bucket, env and Terraform in different directories', () => {
  const files = { 'ops/env/.env.production': ENV, 'infra/aws/s3.tf': lifecycle(EXPIRE_CACHE) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.deepEqual(brief(f), ['infra/aws/s3.tf:15:14-15:16 MSTDN401']);
  assert.equal(spanText(files, f[0]!), '30');
  assert.equal(f[0]!.severity, 'error');
  assert.equal(f[0]!.confidence, 'high');
  assert.match(f[0]!.message, /^lifecycle rule "expire-cache" of aws_s3_bucket\.media expires objects under "cache\/" after 30 days/);
  assert.match(f[0]!.message, /tootctl media remove/);
  const [prefix, env] = f[0]!.related;
  assert.equal(spanText(files, { ...f[0]!, span: prefix!.span }), '"cache/"');
  assert.equal(env!.span.file, 'ops/env/.env.production');
  assert.equal(env!.span.start.line, 2);
});

test('MSTDN401: disabled rules, other prefixes, tag filters, and non-expiring actions are fine', () => {
  const bodies = [
    EXPIRE_CACHE.replace('"Enabled"', '"Disabled"'),
    EXPIRE_CACHE.replace('"cache/"', '"logs/"'),
    '    id     = "mpu"\n    status = "Enabled"\n    filter {}\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n',
    '    id     = "old-versions"\n    status = "Enabled"\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n',
    '    id     = "markers"\n    status = "Enabled"\n    expiration {\n      expired_object_delete_marker = true\n    }\n',
    '    id     = "tagged"\n    status = "Enabled"\n    filter {\n      and {\n        prefix = "cache/"\n        tags = { expire = "yes" }\n      }\n    }\n    expiration {\n      days = 3\n    }\n',
    '    id     = "tag"\n    status = "Enabled"\n    filter {\n      tag {\n        key   = "tmp"\n        value = "1"\n      }\n    }\n    expiration {\n      days = 3\n    }\n',
  ];
  for (const b of bodies) assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'infra/s3.tf': lifecycle(b) }).findings, 'MSTDN401'), [], b);
});

test('MSTDN401: a rule with no filter covers every object; an empty filter too', () => {
  const noFilter = '    id     = "all"\n    status = "Enabled"\n    expiration {\n      days = 90\n    }\n';
  const f = lintTree({ '.env.production': ENV, 'infra/s3.tf': lifecycle(noFilter) }).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /expires every object after 90 days/);
  const emptyFilter = noFilter.replace('    expiration', '    filter {}\n    expiration');
  assert.equal(lintTree({ '.env.production': ENV, 'infra/s3.tf': lifecycle(emptyFilter) }).findings.filter((x) => x.ruleId === 'MSTDN401').length, 1);
  const shortPrefix = EXPIRE_CACHE.replace('"cache/"', '"c"');
  assert.equal(lintTree({ '.env.production': ENV, 'infra/s3.tf': lifecycle(shortPrefix) }).findings.filter((x) => x.ruleId === 'MSTDN401').length, 1);
});

test('MSTDN401: S3_KEY_PREFIX moves Mastodon\'s keys; a templated one is unknown', () => {
  const keyed = `${ENV}S3_KEY_PREFIX=mastodon\n`;
  assert.deepEqual(brief(lintTree({ '.env.production': keyed, 'infra/s3.tf': lifecycle(EXPIRE_CACHE) }).findings, 'MSTDN401'), []);
  const underPrefix = lifecycle(EXPIRE_CACHE.replace('"cache/"', '"mastodon/cache/"'));
  assert.equal(lintTree({ '.env.production': keyed, 'infra/s3.tf': underPrefix }).findings.filter((x) => x.ruleId === 'MSTDN401').length, 1);
  const templated = lintTree({ '.env.production.j2': `${ENV}S3_KEY_PREFIX={{ prefix }}\n`, 'infra/s3.tf': lifecycle(EXPIRE_CACHE) }).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(templated.length, 1);
  assert.equal(templated[0]!.confidence, 'low');
  assert.match(templated[0]!.message, /may expire/);
});

test('MSTDN401: the legacy inline lifecycle_rule of aws_s3_bucket', () => {
  const tf = (enabled: string) => `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
  lifecycle_rule {
    id      = "cache"
    enabled = ${enabled}
    prefix  = "cache/media_attachments/"
    expiration {
      days = 7
    }
  }
}
`;
  const files = { '.env.production': ENV, 'main.tf': tf('true') };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '7');
  assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'main.tf': tf('false') }).findings, 'MSTDN401'), []);
});

test('MSTDN401: values from variables: a default is used, an unknown prefix lowers confidence', () => {
  const body = '    id     = "cache"\n    status = "Enabled"\n    filter {\n      prefix = var.prefix\n    }\n    expiration {\n      days = var.days\n    }\n';
  const known = `${lifecycle(body)}variable "days" {\n  default = 14\n}\nvariable "prefix" {\n  default = "cache/"\n}\n`;
  const f = lintTree({ '.env.production': ENV, 'infra/s3.tf': known }).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /after 14 days/);
  assert.equal(f[0]!.confidence, 'high');
  const unknown = `${lifecycle(body)}variable "days" {\n  default = 14\n}\nvariable "prefix" {\n  type = string\n}\n`;
  const g = lintTree({ '.env.production': ENV, 'infra/s3.tf': unknown }).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(g.length, 1);
  assert.equal(g[0]!.confidence, 'low');
  assert.match(g[0]!.message, /may expire objects under a prefix not known here/);
});

test('MSTDN401: CloudFormation YAML and JSON', () => {
  const yaml = (status: string) =>
    [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  MediaBucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketName: mastodon-media',
      '      LifecycleConfiguration:',
      '        Rules:',
      '          - Id: expire-cache',
      `            Status: ${status}`,
      '            Prefix: cache/',
      '            ExpirationInDays: 30',
      '          - Id: mpu',
      '            Status: Enabled',
      '            AbortIncompleteMultipartUpload:',
      '              DaysAfterInitiation: 7',
      '',
    ].join('\n');
  const files = { '.env.production': ENV, 'cfn/media.yaml': yaml('Enabled') };
  const reports = reportsOf(rule, modelFrom(files));
  assert.deepEqual(reports.map((r) => at(r.span)), ['cfn/media.yaml:12:31-12:33']);
  assert.equal(textOf(files, reports[0]!.span), '30');
  assert.equal(textOf(files, reports[0]!.related![0]!.span), 'cache/');
  assert.deepEqual(reportsOf(rule, modelFrom({ ...files, 'cfn/media.yaml': yaml('Disabled') })), []);

  const json = JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        MediaBucket: {
          Type: 'AWS::S3::Bucket',
          Properties: { BucketName: 'mastodon-media', LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 3 }] } },
        },
      },
    },
    null,
    2,
  );
  const jf = { '.env.production': ENV, 'cfn/media.json': json };
  const f = lintTree(jf).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.equal(spanText(jf, f[0]!), '3');
  assert.match(f[0]!.message, /every object after 3 days/);
});

test('MSTDN401: raw lifecycle JSON: low confidence alone, high when a script applies it to the bucket', () => {
  const doc = '{\n  "Rules": [\n    {\n      "ID": "mastodon-cache",\n      "Filter": { "Prefix": "cache/" },\n      "Status": "Enabled",\n      "Expiration": { "Days": 7 }\n    }\n  ]\n}\n';
  const files = { '.env.production': ENV, 's3/lifecycle.json': doc };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '7');
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.related[0]!.message, /does not name its bucket/);

  const withScript = {
    ...files,
    's3/apply.sh': '#!/bin/sh\naws s3api put-bucket-lifecycle-configuration --bucket mastodon-media --lifecycle-configuration file://s3/lifecycle.json\n',
  };
  const g = lintTree(withScript).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(g.length, 1);
  assert.equal(g[0]!.confidence, 'high');
  assert.deepEqual(brief(lintTree({ ...files, 's3/lifecycle.json': doc.replace('"Enabled"', '"Disabled"') }).findings, 'MSTDN401'), []);
});

test('MSTDN401: without an env file, only prefixes that only Mastodon writes are reported', () => {
  const attachments = lifecycle(EXPIRE_CACHE.replace('"cache/"', '"cache/media_attachments/"'));
  const f = lintTree({ 'infra/s3.tf': attachments }).findings.filter((x) => x.ruleId === 'MSTDN401');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /holds Mastodon's media/);
  assert.deepEqual(brief(lintTree({ 'infra/s3.tf': lifecycle(EXPIRE_CACHE) }).findings, 'MSTDN401'), []);
});
