import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN205';

test('MSTDN205: S3_ENABLED=True, =1 and "true " are errors on the value', () => {
  const files = {
    'a/.env.production': 'S3_ENABLED=True\n',
    'b/.env.production': 'S3_ENABLED=1\n',
    'c/.env.production': 'S3_ENABLED="true "\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), [
    'a/.env.production:1:12-1:16 MSTDN205',
    'b/.env.production:1:12-1:13 MSTDN205',
    'c/.env.production:1:12-1:19 MSTDN205',
  ]);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['True', '1', '"true "']);
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(f[0]!.message, /only accepts exactly "true", so media silently go to the local disk/);
});

test('MSTDN205: SWIFT_ENABLED, AZURE_ENABLED, ES_ENABLED are errors; SINGLE_USER_MODE is a warning', () => {
  const files = { '.env.production': 'SWIFT_ENABLED=yes\nAZURE_ENABLED=TRUE\nES_ENABLED=on\nSINGLE_USER_MODE=1\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => `${spanText(files, x)} ${x.severity}`), ['yes error', 'TRUE error', 'on error', '1 warning']);
});

test('MSTDN205: exact true, false-like values, templates and flags that accept other spellings are not reported', () => {
  const r = lintTree({
    '.env.production': [
      'S3_ENABLED=true',
      'ES_ENABLED=false',
      'SWIFT_ENABLED=0',
      'AZURE_ENABLED={{ azure_enabled }}',
      'PREPARED_STATEMENTS=1',
      'SMTP_ENABLE_STARTTLS_AUTO=yes',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN205: only the definition dotenv keeps is judged', () => {
  const r = lintTree({ '.env.production': 'S3_ENABLED=True\nS3_ENABLED=true\n' });
  assert.deepEqual(brief(r.findings, ID), []);
  const r2 = lintTree({ '.env.production': 'S3_ENABLED=true\nS3_ENABLED=True\n' });
  assert.deepEqual(brief(r2.findings, ID), ['.env.production:2:12-2:16 MSTDN205']);
});
