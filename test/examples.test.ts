// The bundled example repo (examples/infra-repo) is linted like a user's repo, and its findings are
// compared, exactly, with test/fixtures/examples.expected.txt: one `file:line:col RULE` per line,
// sorted by file, line, column and rule. Messages are not compared (they are the rules' business);
// which rule fires where is.
//
// After a rule or parser change, regenerate and review every changed line against the file:
//   UPDATE_EXPECTED=1 node --import tsx --test test/examples.test.ts
//   git diff test/fixtures/examples.expected.txt

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSync, loadParsers, type LintResult } from '../src/lint/engine.ts';

await loadParsers();
import { defaultSettings, discoverConfig, loadConfig } from '../src/lint/config.ts';
import type { Finding } from '../src/lint/findings.ts';

const ROOT = fileURLToPath(new URL('../examples/infra-repo', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./fixtures/examples.expected.txt', import.meta.url));

/** Files the example's README calls correct: they must stay clean whatever else changes. */
const CLEAN = [
  'scripts/refresh-broken-avatars.sh',
  'systemd/mastodon-media-remove.service',
  'systemd/mastodon-media-remove.timer',
  'k8s/cronjob-media-remove.yaml',
  'env/.env.production.sample',
  'nginx/sites-available/mastodon.conf',
];

function lintExamples(): LintResult {
  const config = discoverConfig(ROOT);
  const settings = config ? loadConfig(config, ROOT) : defaultSettings();
  return lintSync({ paths: [ROOT], root: ROOT, settings });
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectedLines(findings: Finding[]): string[] {
  return [...findings]
    .sort(
      (a, b) =>
        cmp(a.span.file, b.span.file) ||
        cmp(a.span.start.line, b.span.start.line) ||
        cmp(a.span.start.column, b.span.start.column) ||
        cmp(a.ruleId, b.ruleId),
    )
    .map((f) => `${f.span.file}:${f.span.start.line}:${f.span.start.column} ${f.ruleId}`);
}

// Linted once, on first use, so that a crash is reported by the test that hit it.
let cached: { result: LintResult; actual: string[] } | undefined;
function run(): { result: LintResult; actual: string[] } {
  if (!cached) {
    const result = lintExamples();
    cached = { result, actual: expectedLines(result.findings) };
  }
  return cached;
}

test('examples/infra-repo produces exactly the reviewed findings', () => {
  const { actual } = run();
  if (process.env.UPDATE_EXPECTED === '1') {
    mkdirSync(dirname(EXPECTED), { recursive: true });
    writeFileSync(EXPECTED, actual.length ? `${actual.join('\n')}\n` : '');
    return;
  }
  let text: string;
  try {
    text = readFileSync(EXPECTED, 'utf8');
  } catch {
    assert.fail(`${EXPECTED} is missing: run UPDATE_EXPECTED=1 node --import tsx --test test/examples.test.ts and review it`);
  }
  const expected = text.split('\n').filter((l) => l !== '');
  assert.deepEqual(actual, expected, 'findings changed: review them, then regenerate with UPDATE_EXPECTED=1');
});

test('the files the example README calls correct have no findings', () => {
  const { actual } = run();
  const dirty = actual.filter((l) => CLEAN.some((f) => l.startsWith(`${f}:`)));
  assert.deepEqual(dirty, []);
});

test('every finding points at text in a file of the example', () => {
  const { result } = run();
  const files = new Map(result.model.files.map((f) => [f.path, f.text]));
  for (const f of result.findings) {
    const text = files.get(f.span.file);
    assert.ok(text !== undefined, `${f.ruleId} reported in ${f.span.file}, which was not read`);
    assert.ok(f.span.start.offset <= f.span.end.offset && f.span.end.offset <= text.length, `${f.ruleId} span out of range in ${f.span.file}`);
    assert.ok(text.slice(f.span.start.offset, f.span.end.offset).trim() !== '', `${f.ruleId} at ${f.span.file}:${f.span.start.line}:${f.span.start.column} underlines nothing`);
  }
});

test('the inline suppression in the crontab is honoured, and --no-ignores shows it', () => {
  const { result, actual } = run();
  const line = 'crontab/mastodon.crontab:23:';
  assert.deepEqual(actual.filter((l) => l.startsWith(line) && l.endsWith(' MSTDN104')), []);
  assert.ok(result.suppressed >= 1);
  const all = lintSync({ paths: [ROOT], root: ROOT, settings: { ...defaultSettings(), applyIgnores: false } });
  assert.ok(expectedLines(all.findings).some((l) => l.startsWith(line) && l.endsWith(' MSTDN104')));
});
