import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, renderMarkdown } from '../../../src/lint/reporters/markdown.ts';
import type { Finding } from '../../../src/lint/findings.ts';
import { CRONTAB, Tree, result } from './fixture.ts';

const t = new Tree({ crontab: CRONTAB, '.env.production': 'S3_PERMISSION=public-read\n' });

test('markdown: counts, one table per severity (most severe first), docs links', () => {
  const md = renderMarkdown(
    result(
      [
        t.finding('MSTDN201', 'warning', '.env.production', 'public-read'),
        t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { confidence: 'low' }),
      ],
      { suppressed: 1, notices: [{ file: 'x.bin', message: 'binary file skipped' }] },
    ),
    { notes: ['3 more findings are in the job summary.'] },
  );
  assert.match(md, /^## mastodon-ops: 1 error, 1 warning, 0 info\n/);
  assert.match(md, /2 relevant files checked \(3 scanned\); 1 suppressed\./);
  assert.ok(md.indexOf('### 🔴 Errors (1)') < md.indexOf('### 🟠 Warnings (1)'));
  assert.ok(md.includes('| [MSTDN101](https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/MSTDN101.md) | `crontab:2:36` |'));
  assert.ok(md.includes('_(low confidence)_'));
  assert.ok(md.includes('\n> [!NOTE]\n> 3 more findings are in the job summary.\n'));
  assert.match(md, /<details><summary>1 file skipped or partly read<\/summary>/);
});

test('markdown: no findings says so', () => {
  assert.match(renderMarkdown(result([]), {}), /No findings: 2 relevant files checked/);
});

test('markdown: cells cannot break the table or inject HTML', () => {
  assert.equal(cell('a|b\n<img src=x>&'), 'a\\|b &lt;img src=x&gt;&amp;');
  const md = renderMarkdown(result([t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { message: 'x | <script>\ny' })]), {});
  assert.ok(md.includes('| x \\| &lt;script&gt; y |'));
});

test('markdown: locations link to the file when a base URL is given', () => {
  const md = renderMarkdown(result([t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles')]), {
    fileUrlBase: 'https://github.com/o/r/blob/abc/',
    pathPrefix: 'infra',
  });
  assert.ok(md.includes('[`infra/crontab:2:36`](https://github.com/o/r/blob/abc/infra/crontab#L2)'));
});

test('markdown: truncated under the size limit with an "N more findings" line', () => {
  const lines = Array.from({ length: 200 }, (_, i) => `${i % 60} 4 * * * tootctl media remove --prune-profiles`);
  const big = new Tree({ crontab: lines.join('\n') });
  const findings: Finding[] = lines.map((_, i) => big.finding('MSTDN101', i % 3 ? 'warning' : 'error', 'crontab', '--prune-profiles', { nth: i }));
  for (const max of [1500, 4000, 20_000]) {
    const md = renderMarkdown(result(findings), { maxBytes: max });
    assert.ok(Buffer.byteLength(md) <= max, `${Buffer.byteLength(md)} > ${max}`);
    const rows = md.split('\n').filter((l) => l.startsWith('| [MSTDN101]')).length;
    const m = /… and (\d+) more findings? not shown/.exec(md);
    assert.ok(m, md);
    assert.equal(rows + Number(m[1]), 200);
  }
  const full = renderMarkdown(result(findings), {});
  assert.equal(full.split('\n').filter((l) => l.startsWith('| [MSTDN101]')).length, 200);
  assert.doesNotMatch(full, /more findings? not shown/);
  // Even a limit smaller than the heading is respected.
  assert.ok(Buffer.byteLength(renderMarkdown(result(findings), { maxBytes: 20 })) <= 20);
});
