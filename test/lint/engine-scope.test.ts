// What the engine parses in a large repo, and that skipping the rest changes no finding.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree } from '../helpers/lint.ts';

const ENV = 'RAILS_ENV=production\nS3_ENABLED=true\nS3_BUCKET=mastodon-media\nS3_REGION=eu-central-1\n';
const MEDIA_TF = 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\nresource "aws_s3_bucket_ownership_controls" "media" {\n  bucket = aws_s3_bucket.media.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n';
const OTHER_TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "grafana-logs"\n}\nresource "aws_s3_bucket" "dumps" {\n  bucket = var.dumps\n}\nvariable "dumps" {}\n';

test('Terraform modules of other services are counted, not parsed; the media bucket module is parsed', () => {
  const r = lintTree({ '.env.production': ENV, 'infra/mastodon/s3.tf': MEDIA_TF, 'infra/grafana/s3.tf': OTHER_TF });
  assert.deepEqual(r.model.buckets.filter((b) => b.kind === 'bucket').map((b) => b.name), ['mastodon-media']);
  assert.equal(r.model.unparsedBuckets, 2);
  // The finding the media bucket gives is the same as in a repo without the other module.
  const alone = lintTree({ '.env.production': ENV, 'infra/mastodon/s3.tf': MEDIA_TF });
  assert.deepEqual(brief(r.findings), brief(alone.findings));
  assert.ok(brief(r.findings).some((l) => l.endsWith('MSTDN201')), 'S3_PERMISSION unset with ACLs disabled');
});

test('every module is parsed when an env file does not name its bucket literally, or the repo has one bucket', () => {
  const templated = lintTree({ '.env.production': ENV.replace('S3_BUCKET=mastodon-media', 'S3_BUCKET={{ bucket }}'), 'infra/grafana/s3.tf': OTHER_TF });
  assert.equal(templated.model.unparsedBuckets, 0);
  assert.equal(templated.model.buckets.filter((b) => b.kind === 'bucket').length, 2);
  const one = lintTree({ '.env.production': ENV, 'infra/other/s3.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = var.name\n}\nvariable "name" {}\n' });
  assert.equal(one.model.unparsedBuckets, 0);
  // The only bucket in the repo may be the media bucket: linked with low confidence, as before.
  assert.ok(one.findings.some((f) => f.confidence === 'low' && f.ruleId === 'MSTDN201'));
});

test('a module naming the env bucket, a Mastodon prefix or an account-wide setting is parsed', () => {
  const lifecycle = 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\nresource "aws_s3_bucket_lifecycle_configuration" "a" {\n  bucket = aws_s3_bucket.a.id\n  rule {\n    id     = "x"\n    status = "Enabled"\n    filter {\n      prefix = "cache/media_attachments/"\n    }\n    expiration {\n      days = 7\n    }\n  }\n}\n';
  const r = lintTree({ '.env.production': ENV, 'infra/grafana/s3.tf': OTHER_TF, 'infra/x/s3.tf': lifecycle });
  assert.equal(r.model.unparsedBuckets, 2);
  assert.ok(brief(r.findings).some((l) => l.startsWith('infra/x/s3.tf') && l.endsWith('MSTDN401')));
});

test('an unscheduled script is parsed only when it can delete Mastodon media or run tootctl', () => {
  const files = {
    '.env.production': ENV,
    'scripts/backup.sh': '#!/bin/sh\naws s3 cp /var/backups/db.dump s3://backups/db/\nfind /srv/app/cache-1 -mtime +3 -delete\n',
    'scripts/purge.sh': '#!/bin/sh\naws s3 rm --recursive s3://mastodon-media/cache/\n',
    'scripts/by-path.sh': '#!/bin/sh\nfind /home/mastodon/live/public/system/cache -mtime +7 -delete\n',
  };
  const r = lintTree(files);
  assert.deepEqual(
    r.findings.filter((f) => f.ruleId === 'MSTDN109').map((f) => f.span.file),
    ['scripts/by-path.sh', 'scripts/purge.sh'],
  );
  assert.equal(r.filesParsed, 3, 'the env file and the two scripts; not the backup script');
});

test('a script a scheduler runs is always parsed, whatever it names', () => {
  const r = lintTree({
    crontab: 'RAILS_ENV=production\n0 3 * * * /opt/purge.sh\n',
    'opt/purge.sh': '#!/bin/sh\nBUCKET="$1"\naws s3 rm --recursive "s3://$BUCKET/x/"\nbin/rails runner "Account.count"\n',
  });
  assert.ok(r.model.invocations.some((i) => i.file.path === 'opt/purge.sh'));
});

test('nginx: an env S3 host must look like a host (a dot or a port) to mark configs as storage proxies', () => {
  const site = 'server {\n  listen 80;\n  location / {\n    proxy_pass http://app_backend;\n  }\n}\n';
  const r = lintTree({ '.env.production': `${ENV}S3_HOSTNAME=app\n`, 'nginx/sites-available/app.conf': site });
  assert.equal(r.model.nginx.length, 0);
  const minio = lintTree({ '.env.production': `${ENV}S3_ENDPOINT=http://files:9000\n`, 'nginx/sites-available/files.conf': site.replace('http://app_backend', 'http://files:9000') });
  assert.equal(minio.model.nginx.length, 1);
});

test('a Terraform file over 1 MiB is reported at its first line instead of parsed', () => {
  const big = `resource "aws_s3_bucket" "m" {\n  bucket = "mastodon-media"\n  tags = { note = "${'x'.repeat(1024 * 1024)}" }\n}\n`;
  const r = lintTree({ '.env.production': ENV, 'infra/s3.tf': big });
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN001');
  assert.deepEqual(brief(f), ['infra/s3.tf:1:1-1:31 MSTDN001']);
  assert.match(f[0]!.message, /1\.0 MiB, over the 1 MiB mastodon-ops parses/);
});

// Cases found in review: each gave a different finding from parsing everything.

test('a commented-out bucket resource is not counted: the only bucket is still linked with low confidence', () => {
  const tf = '# resource "aws_s3_bucket" "old" {}\nresource "aws_s3_bucket" "x" {\n  bucket = var.name\n}\nvariable "name" {}\n';
  const r = lintTree({ '.env.production': ENV, 'infra/other/main.tf': tf });
  assert.equal(r.model.unparsedBuckets, 0);
  assert.ok(r.findings.some((f) => f.ruleId === 'MSTDN201' && f.confidence === 'low'));
});

test('a lifecycle prefix built from locals (`${local.root}/avatars/`) keeps its module parsed', () => {
  const tf = 'resource "aws_s3_bucket" "assets" {\n  bucket = "assets"\n}\nlocals {\n  root = "accounts"\n}\nresource "aws_s3_bucket_lifecycle_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  rule {\n    id     = "x"\n    status = "Enabled"\n    filter {\n      prefix = "${local.root}/avatars/"\n    }\n    expiration {\n      days = 7\n    }\n  }\n}\n';
  const r = lintTree({ 'infra/grafana/s3.tf': OTHER_TF, 'infra/x/s3.tf': tf });
  assert.ok(brief(r.findings).some((l) => l.startsWith('infra/x/s3.tf') && l.endsWith('MSTDN401')));
});

test('an unscheduled script that applies a bucket document to another bucket is read, so the document is not taken for Mastodon\'s', () => {
  const r = lintTree({
    '.env.production': ENV,
    'lifecycle.json': '{"Rules": [{"ID": "x", "Status": "Enabled", "Filter": {"Prefix": ""}, "Expiration": {"Days": 7}}]}',
    'apply-logs.sh': '#!/bin/sh\naws s3api put-bucket-lifecycle-configuration --bucket logs --lifecycle-configuration file://lifecycle.json\n',
  });
  assert.deepEqual(brief(r.findings, 'MSTDN401'), []);
});

test('nginx: a bare host in an S3_ENDPOINT URL marks the proxy to it as storage', () => {
  const site = 'server {\n  listen 80;\n  location /files/ {\n    proxy_pass http://objects;\n  }\n}\n';
  const r = lintTree({ '.env.production': `${ENV}S3_ENDPOINT=http://objects\n`, 'nginx/sites-enabled/files.conf': site });
  assert.equal(r.model.nginx.length, 1);
  assert.ok(r.findings.some((f) => f.ruleId === 'MSTDN301'));
});
