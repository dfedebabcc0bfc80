// Time per stage of lint() on a tree, in process (from src/, through tsx): the walk, reading and
// pre-filtering alone, then a full lint() with every extractor and rule wrapped in a timer, so the
// cost of each file kind and rule shows. Process start and module loading are measured by
// bench/run.ts (`--version` and an empty directory), not here.
//
//   node --import tsx bench/stages.ts <dir>

import { performance } from 'node:perf_hooks';
import { discover, readSource } from '../src/lint/discover.ts';
import { classify, mayMatter, type FileKind } from '../src/lint/classify.ts';
import { lintSync, loadParsers } from '../src/lint/engine.ts';
import { EXTRACTORS } from '../src/lint/extract/index.ts';
import { RULES } from '../src/lint/rules/index.ts';
import type { Rule, RuleChecks } from '../src/lint/rule.ts';

await loadParsers();

const ms = (t: number): string => `${t.toFixed(1)} ms`;

export interface StageTimes {
  walk: number;
  files: number;
  read: number;
  readFiles: number;
  readBytes: number;
  prefilterPassed: number;
  lint: number;
  extract: Map<string, { ms: number; n: number }>;
  rules: Map<string, number>;
}

export function stages(dir: string): StageTimes {
  let t = performance.now();
  const found = discover([dir], dir);
  const walk = performance.now() - t;

  // The engine's read loop without extraction: classify by path, read, classify by head, pre-filter.
  t = performance.now();
  let readFiles = 0;
  let readBytes = 0;
  let passed = 0;
  for (const { rel, abs } of found.files) {
    let kind = classify(rel, '');
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (!kind && base.includes('.')) continue;
    const { file } = readSource(rel, abs);
    if (!file) continue;
    readFiles++;
    readBytes += file.text.length;
    if (!kind) kind = classify(rel, file.text.slice(0, 128));
    if (kind && mayMatter(kind, file.text)) passed++;
  }
  const read = performance.now() - t;

  const extract = new Map<string, { ms: number; n: number }>();
  const saved = { ...EXTRACTORS };
  for (const [kind, fn] of Object.entries(saved) as [FileKind, NonNullable<(typeof EXTRACTORS)[FileKind]>][]) {
    EXTRACTORS[kind] = (f, m) => {
      const s = performance.now();
      try {
        fn(f, m);
      } finally {
        const e = extract.get(kind) ?? { ms: 0, n: 0 };
        e.ms += performance.now() - s;
        e.n++;
        extract.set(kind, e);
      }
    };
  }
  const rules = new Map<string, number>();
  const timedRules: Rule[] = RULES.map((r) => {
    const check: RuleChecks = {};
    for (const [hook, fn] of Object.entries(r.check) as [keyof RuleChecks, (...a: unknown[]) => void][]) {
      (check as Record<string, unknown>)[hook] = (...args: unknown[]) => {
        const s = performance.now();
        try {
          fn(...args);
        } finally {
          rules.set(r.id, (rules.get(r.id) ?? 0) + performance.now() - s);
        }
      };
    }
    return { ...r, check };
  });
  t = performance.now();
  try {
    lintSync({ paths: [dir], root: dir, rules: timedRules });
  } finally {
    Object.assign(EXTRACTORS, saved);
  }
  const total = performance.now() - t;
  return { walk, files: found.files.length, read, readFiles, readBytes, prefilterPassed: passed, lint: total, extract, rules };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node --import tsx bench/stages.ts <dir>\n');
    process.exit(2);
  }
  stages(dir); // warm-up: JIT and the page cache
  const s = stages(dir);
  const out = [
    `walk (discover):                 ${ms(s.walk)} for ${s.files} files`,
    `read + classify + pre-filter:    ${ms(s.read)} (${s.readFiles} files read, ${(s.readBytes / 1048576).toFixed(1)} MiB, ${s.prefilterPassed} passed)`,
    `lint() in total:                 ${ms(s.lint)}`,
    '',
    'extractors (time, files):',
    ...[...s.extract].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => `  ${k.padEnd(16)} ${ms(v.ms).padStart(10)}  ${v.n}`),
    `  total            ${ms([...s.extract.values()].reduce((a, v) => a + v.ms, 0)).padStart(10)}`,
    '',
    'rules (time, top 10):',
    ...[...s.rules]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `  ${k.padEnd(16)} ${ms(v).padStart(10)}`),
    `  total            ${ms([...s.rules.values()].reduce((a, v) => a + v, 0)).padStart(10)}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
