import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN208';
const SECRET = 'f3c1a9d27b6e4a0c8d5b2e7f9a1c3d5e';

test('MSTDN208: committed secrets are errors on the value, and the message never contains the value', () => {
  const files = {
    '.env.production': [
      'LOCAL_DOMAIN=example.social',
      `SECRET_KEY_BASE=${SECRET}`,
      `AWS_SECRET_ACCESS_KEY="${SECRET}"`,
      `SMTP_PASSWORD=${SECRET}`,
      `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=${SECRET}`,
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), [
    '.env.production:2:17-2:49 MSTDN208',
    '.env.production:3:23-3:57 MSTDN208',
    '.env.production:4:15-4:47 MSTDN208',
    '.env.production:5:38-5:70 MSTDN208',
  ]);
  assert.equal(spanText(files, f[1]!), `"${SECRET}"`);
  for (const x of f) {
    assert.equal(x.severity, 'error');
    assert.ok(!x.message.includes(SECRET));
    assert.ok(!x.message.includes(SECRET.slice(0, 8)));
  }
  assert.match(f[0]!.message, /^"SECRET_KEY_BASE" holds a value committed in clear/);
});

test('MSTDN208: a password inside a URL is reported without the password', () => {
  const files = { '.env.production': 'LOCAL_DOMAIN=example.social\nDATABASE_URL=postgres://mastodon:Tr0ub4dor@db:5432/mastodon\nREDIS_URL=redis://:Tr0ub4dor@redis:6379/0\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['postgres://mastodon:Tr0ub4dor@db:5432/mastodon', 'redis://:Tr0ub4dor@redis:6379/0']);
  assert.ok(f.every((x) => !x.message.includes('Tr0ub4dor')));
});

test('MSTDN208: empty values, placeholders, template markup, URLs without passwords and public keys are not secrets', () => {
  const r = lintTree({
    '.env.production': [
      'LOCAL_DOMAIN=example.social',
      'SECRET_KEY_BASE=',
      'OTP_SECRET=changeme',
      'DB_PASS=<your-db-password>',
      'REDIS_PASSWORD=CHANGE_ME',
      'SMTP_PASSWORD=your-secret-here',
      'AWS_SECRET_ACCESS_KEY={{ vault_s3_secret }}',
      'DEEPL_API_KEY=${DEEPL_API_KEY}',
      'ES_PASS=xxxxxxxx',
      'DATABASE_URL=postgres://mastodon@db/mastodon',
      'REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379',
      'VAPID_PUBLIC_KEY=BDf1Qm2wVbqvsn8mKqF3',
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN208: templates, samples and test env files are never reported', () => {
  const r = lintTree({
    'templates/.env.production.j2': `LOCAL_DOMAIN=example.social\nSECRET_KEY_BASE=${SECRET}\n`,
    '.env.production.sample': `LOCAL_DOMAIN=example.social\nSECRET_KEY_BASE=${SECRET}\n`,
    '.env.test': `LOCAL_DOMAIN=cb6e6126.ngrok.io\nSECRET_KEY_BASE=${SECRET}\n`,
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN208: other tools\' secrets in a Mastodon env are low-confidence findings', () => {
  const files = { '.env.production': `LOCAL_DOMAIN=example.social\nBACKUP_API_TOKEN=${SECRET}\nBACKUP_DIR=/srv/backup\n` };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:18-2:50 MSTDN208']);
  assert.equal(f[0]!.confidence, 'low');
});
