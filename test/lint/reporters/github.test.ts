import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  annotationFor,
  escapeData,
  escapeProperty,
  formatCommand,
  renderGithub,
  selectAnnotations,
} from '../../../src/lint/reporters/github.ts';
import type { Finding } from '../../../src/lint/findings.ts';
import { CRONTAB, Tree, result } from './fixture.ts';

const URL101 = 'https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/MSTDN101.md';

test('github: escaping follows the toolkit (data: % CR LF; properties: also : and ,)', () => {
  assert.equal(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
  assert.equal(escapeProperty('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext%3A a%2Cb');
  assert.equal(escapeProperty('%3A'), '%253A');
});

test('github: a single-line span gets line and columns, the title is the rule id, the message ends with the docs URL', () => {
  const t = new Tree({ crontab: CRONTAB });
  const line = formatCommand(annotationFor(t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { message: 'pruned' })));
  assert.equal(line, `::error file=crontab,line=2,endLine=2,col=36,endColumn=51,title=MSTDN101::pruned (${URL101})`);
});

test('github: multi-line spans get no columns; levels map error/warning/notice', () => {
  const t = new Tree({ 'k8s/cron.yaml': 'spec:\n  schedule: "0 4 * * *"\n  command:\n    - tootctl\n' });
  const f: Finding = { ...t.finding('MSTDN101', 'warning', 'k8s/cron.yaml', 'command:\n    - tootctl') };
  const a = annotationFor(f);
  assert.equal(a.level, 'warning');
  assert.deepEqual(a.properties, { title: 'MSTDN101', file: 'k8s/cron.yaml', startLine: 3, endLine: 4 });
  assert.doesNotMatch(formatCommand(a), /col=|endColumn=/);
  assert.equal(annotationFor({ ...f, severity: 'info' }).level, 'notice');
});

test('github: a span that ends at the start of the next line is a one-line annotation', () => {
  const t = new Tree({ crontab: CRONTAB });
  const line2 = t.finding('MSTDN101', 'error', 'crontab', '0 4 * * 0 bin/tootctl media remove --prune-profiles --days 60\n');
  const a = annotationFor(line2);
  assert.equal(a.properties.startLine, 2);
  assert.equal(a.properties.endLine, 2);
  assert.equal(a.properties.startColumn, 1);
  assert.equal(a.properties.endColumn, 61);
});

test('github: untrusted text cannot break out of the command', () => {
  const t = new Tree({ 'we,ird:name': 'x --prune-profiles\n' });
  const line = formatCommand(annotationFor(t.finding('MSTDN101', 'error', 'we,ird:name', '--prune-profiles', { message: 'a\n::warning::b 50%' })));
  assert.equal(line.split('\n').length, 1);
  assert.match(line, /file=we%2Cird%3Aname,/);
  assert.match(line, /::a%0A::warning::b 50%25 \(/);
});

test('github: at most 10 per level, errors first, duplicates dropped, the rest listed as plain lines', () => {
  const lines = Array.from({ length: 25 }, (_, i) => `${i} 4 * * * tootctl media remove --prune-profiles # e${i}`);
  const t = new Tree({ crontab: `${lines.join('\n')}\n` });
  const findings: Finding[] = [];
  for (let i = 0; i < 12; i++) findings.push(t.finding('MSTDN103', 'warning', 'crontab', `# e${i}`));
  for (let i = 0; i < 25; i++) findings.push(t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { nth: i }));
  for (let i = 0; i < 3; i++) findings.push(t.finding('MSTDN111', 'info', 'crontab', `${i} 4`));
  // A duplicate of the first error's annotation (same file, line, rule and message).
  findings.push({ ...findings[12]!, span: { ...findings[12]!.span, start: { ...findings[12]!.span.start, column: 1 } } });

  const { shown, omitted } = selectAnnotations(findings);
  assert.deepEqual(
    shown.map((a) => a.level),
    [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(3).fill('notice')],
  );
  assert.deepEqual(
    shown.slice(0, 10).map((a) => a.properties.startLine),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.equal(omitted.length, findings.length - 23);

  const reserved = selectAnnotations(findings, { limits: { error: 9 } });
  assert.equal(reserved.shown.filter((a) => a.level === 'error').length, 9);

  const out = renderGithub(result(findings), {}).trimEnd().split('\n');
  assert.equal(out.filter((l) => l.startsWith('::')).length, 23);
  assert.ok(out.includes(`${findings.length - 23} more findings not annotated (GitHub shows at most 10 annotations per severity per step):`));
  const plain = out.filter((l) => !l.startsWith('::'));
  assert.equal(plain.length, findings.length - 23 + 1);
  assert.ok(plain.slice(1).every((l) => l.startsWith('- crontab:')));
});

test('github: no findings, no output', () => {
  assert.equal(renderGithub(result([]), {}), '');
});
