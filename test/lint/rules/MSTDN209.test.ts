import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN209';
const COMPLETE = [
  'LOCAL_DOMAIN=example.social',
  'SECRET_KEY_BASE={{ vault_secret_key_base }}',
  'ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY={{ vault_are_det }}',
  'ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT={{ vault_are_salt }}',
  'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY={{ vault_are_primary }}',
  'VAPID_PRIVATE_KEY={{ vault_vapid_private }}',
  'VAPID_PUBLIC_KEY={{ vapid_public }}',
  'DB_HOST=db',
];

test('MSTDN209: a complete production env (values from templates) has no finding', () => {
  const r = lintTree({ '.env.production': `${COMPLETE.join('\n')}\n`, 'templates/.env.production.j2': `${COMPLETE.join('\n')}\n` });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN209: a missing SECRET_KEY_BASE is an error on the first line, naming the variable', () => {
  const files = { '.env.production': `${COMPLETE.filter((l) => !l.startsWith('SECRET_KEY_BASE')).join('\n')}\n` };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:1:1-1:28 MSTDN209']);
  assert.equal(spanText(files, f[0]!), 'LOCAL_DOMAIN=example.social');
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /^"SECRET_KEY_BASE" is missing from this production env file, so Rails refuses to boot/);
});

test('MSTDN209: a missing encryption key is reported on a sibling key; missing VAPID keys are a warning', () => {
  const files = {
    '.env.production': `${COMPLETE.filter((l) => !l.startsWith('ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT') && !l.startsWith('VAPID')).join('\n')}\n`,
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => `${spanText(files, x)} ${x.severity}`), ['LOCAL_DOMAIN=example.social warning', 'ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY error']);
  assert.match(f[0]!.message, /"VAPID_PRIVATE_KEY" and "VAPID_PUBLIC_KEY" \(no Web Push\)/);
  assert.match(f[1]!.message, /"ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT" is missing.*abort at boot/);
});

test('MSTDN209: DO_NOT_USE_IN_PRODUCTION values, blank and placeholder secrets in a real file', () => {
  const lines = COMPLETE.map((l) =>
    l.startsWith('ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY')
      ? 'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=fake_primary_key_DO_NOT_USE_IN_PRODUCTION'
      : l.startsWith('SECRET_KEY_BASE')
        ? 'SECRET_KEY_BASE=changeme'
        : l.startsWith('LOCAL_DOMAIN')
          ? 'LOCAL_DOMAIN='
          : l,
  );
  const files = { '.env.production': `${lines.join('\n')}\n` };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['LOCAL_DOMAIN', 'changeme', 'fake_primary_key_DO_NOT_USE_IN_PRODUCTION']);
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(f[2]!.message, /ending with "DO_NOT_USE_IN_PRODUCTION", so Mastodon aborts at boot/);
});

test('MSTDN209: templates may hold placeholders but not leave keys out', () => {
  const files = {
    '.env.production.sample': 'LOCAL_DOMAIN=\nSECRET_KEY_BASE=changeme\nACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=\nACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=\nVAPID_PRIVATE_KEY=\nVAPID_PUBLIC_KEY=\nDB_HOST=\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production.sample:3:1-3:43 MSTDN209']);
  assert.match(f[0]!.message, /"ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT" is missing/);
});

test('MSTDN209: secrets kept in another env file of the same directory count; fragments and other names are skipped', () => {
  const r = lintTree({
    'deploy/.env.production': 'LOCAL_DOMAIN=example.social\nDB_HOST=db\nS3_ENABLED=true\n',
    'deploy/.env.production.secrets': COMPLETE.slice(1, 7).join('\n'),
    'fragment/.env.production': 'S3_ENABLED=true\nS3_BUCKET=media\n',
    'dev/.env.development': 'LOCAL_DOMAIN=localhost\n',
  });
  assert.deepEqual(brief(r.findings, ID), []);
});
