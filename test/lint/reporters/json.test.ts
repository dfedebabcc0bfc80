import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../../src/lint/reporters/json.ts';
import { render } from '../../../src/lint/reporters/index.ts';
import { CRONTAB, Tree, result } from './fixture.ts';
import { lintTree } from '../../helpers/lint.ts';

const tree = new Tree({ crontab: CRONTAB, '.env.production': 'S3_PERMISSION=public-read\n' });
const r = result(
  [
    tree.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', {
      related: [{ file: 'crontab', needle: '0 4 * * 0', message: 'scheduled here' }],
    }),
    tree.finding('MSTDN201', 'warning', '.env.production', 'public-read', { confidence: 'low' }),
  ],
  { notices: [{ file: 'big.bin', message: 'binary file skipped' }], suppressed: 2 },
);

test('json-v1: versioned shape with every documented field', () => {
  const doc = JSON.parse(renderJson(r, { version: '9.9.9' }));
  assert.deepEqual(Object.keys(doc), ['version', 'tool', 'findings', 'summary', 'notices']);
  assert.equal(doc.version, 1);
  assert.deepEqual(doc.tool, { name: 'mastodon-ops', version: '9.9.9' });
  assert.deepEqual(doc.findings[0], {
    ruleId: 'MSTDN101',
    severity: 'error',
    file: 'crontab',
    line: 2,
    column: 36,
    endLine: 2,
    endColumn: 52,
    message: '"--prune-profiles" is a problem',
    helpUri: 'https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/MSTDN101.md',
    confidence: 'high',
    snippet: '0 4 * * 0 bin/tootctl media remove --prune-profiles --days 60',
    related: [{ file: 'crontab', line: 2, column: 1, endLine: 2, endColumn: 10, message: 'scheduled here' }],
  });
  assert.equal(doc.findings[1].confidence, 'low');
  assert.deepEqual(doc.summary, { total: 2, error: 1, warning: 1, info: 0, suppressed: 2, filesScanned: 3, filesParsed: 2 });
  assert.deepEqual(doc.notices, [{ file: 'big.bin', message: 'binary file skipped' }]);
});

test('json is an alias of json-v1', () => {
  const o = { color: false, version: '1.0.0' };
  assert.equal(render('json', r, o), render('json-v1', r, o));
});

test('json: paths are relative to the linted root (or prefixed by the Action)', () => {
  const real = lintTree({ 'deploy/crontab': 'RAILS_ENV=production\n0 4 * * 0 bin/tootctl media remove --prune-profiles --days 60\n' });
  const doc = JSON.parse(renderJson(real, { version: '1' }));
  assert.ok(doc.findings.length >= 1);
  for (const f of doc.findings) {
    assert.equal(f.file, 'deploy/crontab');
    assert.ok(!f.file.includes(real.root));
  }
  const pre = JSON.parse(renderJson(r, { version: '1', pathPrefix: 'infra/' }));
  assert.equal(pre.findings[0].file, 'infra/crontab');
  assert.equal(pre.findings[0].related[0].file, 'infra/crontab');
});
