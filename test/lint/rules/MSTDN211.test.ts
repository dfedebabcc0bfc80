import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN211';

test('MSTDN211: a key defined twice with different values is a warning on the later key, pointing at the earlier line', () => {
  const files = { '.env.production': 'S3_ENABLED=true\nS3_PERMISSION=public-read\nS3_BUCKET=media\nS3_PERMISSION=\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:4:1-4:14 MSTDN211']);
  assert.equal(spanText(files, f[0]!), 'S3_PERMISSION');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /dotenv keeps only the last definition, so the value on line 2 is ignored/);
  assert.equal(f[0]!.related.length, 1);
  assert.equal(f[0]!.related[0]!.span.start.line, 2);
});

test('MSTDN211: an identical repeat is info; three definitions give two findings', () => {
  const files = { '.env.production': 'LOCAL_DOMAIN=example.social\nexport LOCAL_DOMAIN=example.social\nDB_HOST=a\nDB_HOST=b\nDB_HOST=c\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:8-2:20 MSTDN211', '.env.production:4:1-4:8 MSTDN211', '.env.production:5:1-5:8 MSTDN211']);
  assert.deepEqual(f.map((x) => x.severity), ['info', 'warning', 'warning']);
  assert.match(f[2]!.message, /line 3, 4 is ignored/);
  assert.equal(f[2]!.related.length, 2);
});

test('MSTDN211: secrets are never quoted, and distinct keys are fine', () => {
  const r = lintTree({ '.env.production': 'SECRET_KEY_BASE=aaaaaaaaaaaaaaaa\nSECRET_KEY_BASE=bbbbbbbbbbbbbbbb\n' });
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.equal(f.length, 1);
  assert.ok(!f[0]!.message.includes('aaaa') && !f[0]!.message.includes('bbbb'));
  const ok = lintTree({ '.env.production': 'DB_HOST=a\nDB_PORT=5432\n# DB_HOST=b\n' });
  assert.deepEqual(brief(ok.findings, ID), []);
});
