// The problem matcher in .github/ for the text format: simulated the way the runner applies it
// (colour codes stripped; a multi-line pattern must match consecutive lines).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from '../../../src/lint/reporters/text.ts';
import { CRONTAB, Tree, result } from './fixture.ts';

interface Pattern {
  regexp: string;
  [k: string]: string | number;
}
interface Matcher {
  owner: string;
  severity?: string;
  pattern: Pattern[];
}

const config = JSON.parse(readFileSync(new URL('../../../.github/mastodon-ops-matcher.json', import.meta.url), 'utf8')) as {
  problemMatcher: Matcher[];
};

function apply(output: string): Record<string, string>[] {
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m?/g, ''));
  const issues: Record<string, string>[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (const m of config.problemMatcher) {
      const got: Record<string, string> = {};
      const ok = m.pattern.every((p, k) => {
        const hit = new RegExp(p.regexp).exec(lines[i + k] ?? '');
        if (!hit) return false;
        for (const [key, idx] of Object.entries(p)) if (typeof idx === 'number') got[key] = hit[idx] ?? '';
        return true;
      });
      if (ok) {
        issues.push({ severity: got.severity ?? m.severity ?? 'error', ...got });
        break;
      }
    }
  }
  return issues;
}

test('problem matcher: text output gives file, line, column, code and severity', () => {
  const t = new Tree({ crontab: CRONTAB, 'a:b/.env': 'S3_PERMISSION=public-read\n' });
  const r = result([
    t.finding('MSTDN101', 'error', 'crontab', '--prune-profiles'),
    t.finding('MSTDN103', 'warning', 'crontab', '--all'),
    t.finding('MSTDN201', 'info', 'a:b/.env', 'public-read'),
  ]);
  for (const color of [false, true]) {
    const issues = apply(renderText(r, { color }));
    assert.deepEqual(
      issues.map((x) => [x.severity, x.code, x.file, x.line, x.column]),
      [
        ['error', 'MSTDN101', 'crontab', '2', '36'],
        ['warning', 'MSTDN103', 'crontab', '3', '41'],
        ['notice', 'MSTDN201', 'a:b/.env', '1', '15'],
      ],
    );
    assert.equal(issues[0]!.message, '"--prune-profiles" is a problem');
  }
});

test('problem matcher: severities are ones the runner accepts', () => {
  for (const m of config.problemMatcher) {
    assert.ok(m.owner.startsWith('mastodon-ops'));
    if (m.severity) assert.ok(['error', 'warning', 'notice'].includes(m.severity));
    assert.ok(m.pattern.some((p) => typeof p.code === 'number'));
  }
});
