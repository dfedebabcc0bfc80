// Lints a small tree written to a temporary directory, the way a user's repo is linted.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintSync, loadParsers, type LintResult } from '../../src/lint/engine.ts';
import { defaultSettings, type LintSettings } from '../../src/lint/config.ts';
import type { Finding } from '../../src/lint/findings.ts';

// The HCL parser's wasm is loaded once, so lintTree() can stay synchronous.
await loadParsers();

export function writeTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mops-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function lintTree(files: Record<string, string | Buffer>, settings?: Partial<LintSettings>): LintResult {
  const dir = writeTree(files);
  try {
    return lintSync({ paths: [dir], root: dir, settings: { ...defaultSettings(), ...settings } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `file:line:col-endLine:endCol RULE` per finding: asserts ids and exact spans, not message text. */
export function brief(findings: Finding[], only?: string): string[] {
  return findings
    .filter((f) => !only || f.ruleId === only)
    .map((f) => `${f.span.file}:${f.span.start.line}:${f.span.start.column}-${f.span.end.line}:${f.span.end.column} ${f.ruleId}`);
}

/** The exact text a finding's span covers. */
export function spanText(files: Record<string, string>, f: Finding): string {
  const text = files[f.span.file] ?? '';
  return text.slice(f.span.start.offset, f.span.end.offset);
}
