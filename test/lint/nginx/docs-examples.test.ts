// The Bad/Good examples of docs/rules/MSTDN30x.md, linted as the repo-wide docs test will: every fenced
// block under a heading (info string `<lang> file=<path>`) is a file of one small repo.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintTree } from '../../helpers/lint.ts';
import { ruleById } from '../../../src/lint/rules/index.ts';

const IDS = ['MSTDN301', 'MSTDN302', 'MSTDN303', 'MSTDN304', 'MSTDN305'];
const HEADINGS = ['## Why', '## Bad', '## Good', '## Fix', '## References'];

function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = md.split(/^(?=## )/m);
  for (const p of parts) {
    const head = p.split('\n', 1)[0] ?? '';
    if (head.startsWith('## ')) out.set(head.trim(), p.slice(head.length));
  }
  return out;
}

function blocks(section: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const m of section.matchAll(/^```(\S+) file=(\S+)\n([\s\S]*?)^```$/gm)) files[m[2]!] = m[3]!;
  return files;
}

for (const id of IDS) {
  test(`${id} docs: layout, metadata, Bad reports it and Good does not`, () => {
    const md = readFileSync(new URL(`../../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    const rule = ruleById(id);
    assert.ok(rule);
    assert.equal(md.split('\n')[0], `# ${id}: ${rule.name}`);
    assert.match(md, new RegExp(`^\\| ${rule.severity} \\| nginx configs that proxy to object storage \\| 0\\.1\\.0 \\|$`, 'm'));
    const s = sections(md);
    assert.deepEqual([...s.keys()], HEADINGS);
    const bad = blocks(s.get('## Bad')!);
    const good = blocks(s.get('## Good')!);
    assert.ok(Object.keys(bad).length > 0 && Object.keys(good).length > 0);
    assert.ok(lintTree(bad).findings.some((f) => f.ruleId === id), 'Bad example does not trigger the rule');
    assert.deepEqual(lintTree(good).findings.map((f) => f.ruleId), [], 'Good example is not clean');
  });
}
