import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN203';

test('MSTDN203: S3_ACL is reported on the key and points to S3_PERMISSION', () => {
  const files = { '.env.production': 'LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nS3_ACL=private\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:3:1-3:7 MSTDN203']);
  assert.equal(spanText(files, f[0]!), 'S3_ACL');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /uploads still send "public-read"; use S3_PERMISSION$/);
});

test('MSTDN203: typos get a did-you-mean, lowercase names get the real spelling', () => {
  const files = {
    '.env.production': 'LOCAL_DOMAIN=example.social\nS3_ALIASHOST=cdn.example.com\nSMTP_PASWORD=x\ns3_enabled=true\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), [
    '.env.production:2:1-2:13 MSTDN203',
    '.env.production:3:1-3:13 MSTDN203',
    '.env.production:4:1-4:11 MSTDN203',
  ]);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['S3_ALIASHOST', 'SMTP_PASWORD', 's3_enabled']);
  assert.match(f[0]!.message, /did you mean S3_ALIAS_HOST\?$/);
  assert.match(f[1]!.message, /did you mean SMTP_PASSWORD\?$/);
  assert.match(f[2]!.message, /reads "S3_ENABLED" \(names are case-sensitive\)/);
});

test('MSTDN203: known variables, other tools\' variables and AWS SDK variables are not findings', () => {
  const r = lintTree({
    '.env.production': [
      'LOCAL_DOMAIN=example.social',
      'S3_ALIAS_HOST=cdn.example.com',
      'S3_PERMISSION=',
      'SIDEKIQ_REDIS_URL=redis://redis:6379/1',
      'MY_APP_FOO=bar',
      'BACKUP_BUCKET=backups',
      'AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED',
      'http_proxy=http://proxy:3128',
      'HTTP_PROXY=http://proxy:3128',
      'S3_REGION=eu-central-1',
      'AWS_REGION=eu-central-1',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN203: AWS_REGION without S3_REGION is reported, since Mastodon always passes S3_REGION', () => {
  const files = { '.env.production': 'LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nAWS_REGION=eu-central-1\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:3:1-3:11 MSTDN203']);
  assert.match(f[0]!.message, /use S3_REGION$/);
  const noS3 = lintTree({ '.env.production': 'LOCAL_DOMAIN=example.social\nAWS_REGION=eu-central-1\n' });
  assert.deepEqual(brief(noS3.findings, ID), []);
});

test('MSTDN203: a .env that is not Mastodon\'s (no Mastodon key, not .env.production) is left alone', () => {
  const r = lintTree({ 'app/.env': 'DB_PASSWORD=x\nDB_USERNAME=app\nS3_ACL=private\n' });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN203: keys in templates are checked too (values are not)', () => {
  const files = { 'roles/mastodon/templates/.env.production.j2': 'LOCAL_DOMAIN={{ domain }}\nDB_PASSWORD={{ vault_db_pass }}\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['roles/mastodon/templates/.env.production.j2:2:1-2:12 MSTDN203']);
  assert.match(f[0]!.message, /use DB_PASS$/);
});

test('MSTDN203: inline suppression', () => {
  const r = lintTree({ '.env.production': 'LOCAL_DOMAIN=example.social\n# mastodon-ops: ignore[MSTDN203] read by our backup script\nS3_BACKUP_BUCKET=b\n' });
  assert.deepEqual(brief(r.findings, ID), []);
  assert.equal(r.suppressed, 1);
});
