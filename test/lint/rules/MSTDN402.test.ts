import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { at, modelFrom, reportsOf, textOf } from '../iac/helpers.ts';
import rule from '../../../src/lint/rules/MSTDN402.ts';

const ENV = 'S3_ENABLED=true\nS3_BUCKET=mastodon-media\nS3_PERMISSION=\n';

function policy(statement: string): string {
  return `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
${statement}        Resource  = [aws_s3_bucket.media.arn, "\${aws_s3_bucket.media.arn}/*"]
      },
    ]
  })
}
`;
}

const LIST = '        Effect    = "Allow"\n        Principal = "*"\n        Action    = ["s3:GetObject", "s3:ListBucket"]\n';

test('MSTDN402: jsonencode policy lets anyone list the media bucket; env in another directory', () => {
  const files = { 'k8s/.env.production': ENV, 'infra/s3/policy.tf': policy(LIST) };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.deepEqual(brief(f), ['infra/s3/policy.tf:13:38-13:53 MSTDN402']);
  assert.equal(spanText(files, f[0]!), '"s3:ListBucket"');
  assert.equal(f[0]!.severity, 'warning');
  assert.equal(f[0]!.confidence, 'high');
  assert.match(f[0]!.message, /lets anyone run "s3:ListBucket"/);
  assert.match(f[0]!.message, /arn:aws:s3:::mastodon-media\/\*/);
  assert.equal(f[0]!.related[0]!.span.file, 'k8s/.env.production');
});

test('MSTDN402: wildcards and {"AWS": "*"} count', () => {
  for (const [principal, action, token] of [
    ['{ AWS = "*" }', '"s3:*"', '"s3:*"'],
    ['"*"', '["s3:List*"]', '"s3:List*"'],
    ['{ AWS = ["arn:aws:iam::123456789012:root", "*"] }', '"*"', '"*"'],
    ['"*"', '"S3:LISTBUCKETVERSIONS"', '"S3:LISTBUCKETVERSIONS"'],
  ] as const) {
    const files = { '.env.production': ENV, 'policy.tf': policy(`        Effect    = "Allow"\n        Principal = ${principal}\n        Action    = ${action}\n`) };
    const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
    assert.equal(f.length, 1, `${principal} ${action}`);
    assert.equal(spanText(files, f[0]!), token);
  }
});

test('MSTDN402: read-only, Deny, a named principal, CloudFront, or another bucket: no finding', () => {
  const statements = [
    '        Effect    = "Allow"\n        Principal = "*"\n        Action    = "s3:GetObject"\n',
    '        Effect    = "Deny"\n        Principal = "*"\n        Action    = "s3:ListBucket"\n',
    '        Effect    = "Allow"\n        Principal = { AWS = "arn:aws:iam::123456789012:role/mastodon" }\n        Action    = "s3:ListBucket"\n',
    '        Effect    = "Allow"\n        Principal = { Service = "cloudfront.amazonaws.com" }\n        Action    = ["s3:GetObject", "s3:ListBucket"]\n',
  ];
  for (const s of statements) assert.deepEqual(brief(lintTree({ '.env.production': ENV, 'policy.tf': policy(s) }).findings, 'MSTDN402'), [], s);
  const other = { '.env.production': ENV.replace('mastodon-media', 'mastodon-files'), 'policy.tf': policy(LIST) };
  assert.deepEqual(brief(lintTree(other).findings, 'MSTDN402'), []);
});

test('MSTDN402: a Condition makes it "may" with low confidence', () => {
  const s = `${LIST}        Condition = { IpAddress = { "aws:SourceIp" = "203.0.113.0/24" } }\n`;
  const f = lintTree({ '.env.production': ENV, 'policy.tf': policy(s) }).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /may let anyone/);
});

test('MSTDN402: heredoc JSON keeps exact positions', () => {
  const tf = `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": ["s3:GetObject", "s3:ListBucket"],
        "Resource": ["\${aws_s3_bucket.media.arn}", "\${aws_s3_bucket.media.arn}/*"]
      }]
    }
  EOT
}
`;
  const files = { '.env.production': ENV, 'infra/policy.tf': tf };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.deepEqual(brief(f), ['infra/policy.tf:13:36-13:51 MSTDN402']);
  assert.equal(spanText(files, f[0]!), '"s3:ListBucket"');
});

test('MSTDN402: data.aws_iam_policy_document', () => {
  const tf = (type: string) => `resource "aws_s3_bucket" "media" {
  bucket = "mastodon-media"
}

data "aws_iam_policy_document" "public" {
  statement {
    principals {
      type        = "${type}"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.media.arn]
  }
}

resource "aws_s3_bucket_policy" "media" {
  bucket = aws_s3_bucket.media.id
  policy = data.aws_iam_policy_document.public.json
}
`;
  const files = { '.env.production': ENV, 'main.tf': tf('*') };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '"s3:ListBucket"');
  assert.equal(lintTree({ ...files, 'main.tf': tf('AWS') }).findings.filter((x) => x.ruleId === 'MSTDN402').length, 1);
  assert.deepEqual(brief(lintTree({ ...files, 'main.tf': tf('Service') }).findings, 'MSTDN402'), []);
});

const RAW_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::mastodon-media"
    }
  ]
}
`;

test('MSTDN402: a raw policy read with Terraform file() is tied to its bucket', () => {
  const tf = 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\n\nresource "aws_s3_bucket_policy" "media" {\n  bucket = aws_s3_bucket.media.id\n  policy = file("${path.module}/policies/media.json")\n}\n';
  const files = { '.env.production': ENV, 'infra/s3.tf': tf, 'infra/policies/media.json': RAW_POLICY, 'infra/logs.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "mastodon-logs"\n}\n' };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.span.file, 'infra/policies/media.json');
  assert.equal(spanText(files, f[0]!), '"s3:ListBucket"');
  assert.equal(f[0]!.confidence, 'high');
  // Without the file() link, two buckets are defined: the raw policy is not tied to either.
  const unlinked = { ...files, 'infra/s3.tf': 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\n' };
  assert.deepEqual(brief(lintTree(unlinked).findings, 'MSTDN402'), []);
});

test('MSTDN402: a raw policy alone is tied to the only bucket with low confidence', () => {
  const files = { '.env.production': ENV, 'aws/bucket-policy.json': RAW_POLICY };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
});

test('MSTDN402: CloudFormation YAML (Bucket: !Ref) and JSON ({"Ref": …})', () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  MediaBucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketName: mastodon-media',
    '  MediaBucketPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref MediaBucket',
    '      PolicyDocument:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - Effect: Allow',
    '            Principal: "*"',
    '            Action:',
    '              - s3:GetObject',
    '              - s3:ListBucket',
    '            Resource:',
    '              - !GetAtt MediaBucket.Arn',
    '              - !Sub "${MediaBucket.Arn}/*"',
    '',
  ].join('\n');
  const files = { '.env.production': ENV, 'stack.yaml': yaml };
  const reports = reportsOf(rule, modelFrom(files));
  assert.deepEqual(reports.map((r) => at(r.span)), ['stack.yaml:18:17-18:30']);
  assert.equal(textOf(files, reports[0]!.span), 's3:ListBucket');
  assert.deepEqual(reportsOf(rule, modelFrom({ ...files, 'stack.yaml': yaml.replace('- s3:ListBucket', '- s3:GetObjectVersion') })), []);

  const json = JSON.stringify(
    {
      Resources: {
        MediaBucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'mastodon-media' } },
        Policy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'MediaBucket' },
            PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: { 'Fn::Sub': '${MediaBucket.Arn}/*' } }] },
          },
        },
      },
    },
    null,
    2,
  );
  const jf = { '.env.production': ENV, 'stack.json': json };
  const f = lintTree(jf).findings.filter((x) => x.ruleId === 'MSTDN402');
  assert.equal(f.length, 1);
  assert.equal(spanText(jf, f[0]!), '"s3:*"');
});
