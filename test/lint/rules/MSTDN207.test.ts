import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN207';
const CREDS = 'AWS_ACCESS_KEY_ID=AKIAEXAMPLE\nAWS_SECRET_ACCESS_KEY={{ vault_s3_secret }}\n';

test('MSTDN207: S3 enabled without S3_BUCKET is an error on the S3_ENABLED key', () => {
  const files = { '.env.production': `S3_ENABLED=true\nS3_PERMISSION=\n${CREDS}` };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:1:1-1:11 MSTDN207']);
  assert.equal(spanText(files, f[0]!), 'S3_ENABLED');
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /"S3_BUCKET" is not set/);
});

test('MSTDN207: present-but-empty S3_ENDPOINT, S3_ALIAS_HOST, S3_STORAGE_CLASS, S3_KEY_PREFIX and S3_BUCKET', () => {
  const files = {
    '.env.production': `S3_ENABLED=true\nS3_BUCKET=\nS3_ENDPOINT=\nS3_ALIAS_HOST=""\nS3_STORAGE_CLASS=\nS3_KEY_PREFIX=\n${CREDS}`,
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ALIAS_HOST', 'S3_STORAGE_CLASS', 'S3_KEY_PREFIX']);
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(f[2]!.message, /ENV\.key\?, so media URLs become "https:\/\/\/<key>"/);
  assert.deepEqual(f[1]!.related.map((x) => spanText(files, { ...f[1]!, span: x.span })), ['S3_ENABLED=true']);
});

test('MSTDN207: missing AWS credentials are a low-confidence warning', () => {
  const files = { '.env.production': 'S3_ENABLED=true\nS3_BUCKET=media\nAWS_ACCESS_KEY_ID=AKIAEXAMPLE\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:3:1-3:18 MSTDN207']);
  assert.equal(f[0]!.severity, 'warning');
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /"AWS_SECRET_ACCESS_KEY" is not set/);
  const role = lintTree({ '.env.production': 'S3_ENABLED=true\nS3_BUCKET=media\nAWS_ROLE_ARN=arn:aws:iam::1:role/m\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/token\n' });
  assert.deepEqual(brief(role.findings, ID), []);
});

test('MSTDN207: nothing when S3 is off, templated, or complete; templates may leave blanks to fill', () => {
  const r = lintTree({
    'off/.env.production': 'S3_ENABLED=false\nS3_ENDPOINT=\n',
    'tpl/.env.production': 'S3_ENABLED={{ s3_enabled }}\n',
    'ok/.env.production': `S3_ENABLED=true\nS3_BUCKET=media\nS3_ENDPOINT=https://s3.example.com\n${CREDS}`,
    'sample/.env.production.sample': 'S3_ENABLED=true\nS3_BUCKET=\nS3_ALIAS_HOST=\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\n',
  });
  assert.deepEqual(brief(r.findings, ID), []);
});
