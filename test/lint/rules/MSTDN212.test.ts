import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN212';

test('MSTDN212: S3 enabled without S3_PERMISSION is a warning on the S3_ENABLED line', () => {
  const files = { '.env.production': 'LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nS3_BUCKET=media\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:1-2:16 MSTDN212']);
  assert.equal(spanText(files, f[0]!), 'S3_ENABLED=true');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /"x-amz-acl: public-read".*AccessControlListNotSupported; set S3_PERMISSION= \(empty\).*or S3_PERMISSION=public-read/);
});

test('MSTDN212: applies to templates too, since the key is missing whatever the values', () => {
  const r = lintTree({ 'templates/.env.production.j2': 'S3_ENABLED=true\nS3_BUCKET={{ bucket }}\n' });
  assert.deepEqual(brief(r.findings, ID), ['templates/.env.production.j2:1:1-1:16 MSTDN212']);
});

test('MSTDN212: any explicit S3_PERMISSION (even empty or templated), S3 off or unknown: no finding', () => {
  const r = lintTree({
    'a/.env.production': 'S3_ENABLED=true\nS3_PERMISSION=\n',
    'b/.env.production': 'S3_ENABLED=true\nS3_PERMISSION=public-read\n',
    'c/.env.production': 'S3_ENABLED=true\nS3_PERMISSION={{ s3_permission }}\n',
    'd/.env.production': 'S3_ENABLED=false\n',
    'e/.env.production': 'S3_ENABLED={{ s3_enabled }}\n',
    'f/.env.production': 'LOCAL_DOMAIN=example.social\n',
  });
  assert.deepEqual(brief(r.findings, ID), []);
});
