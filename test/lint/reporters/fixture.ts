// Builds LintResults by hand, so reporter tests do not depend on what the rules find today.

import { emptyModel } from '../../../src/lint/model.ts';
import type { LintResult } from '../../../src/lint/engine.ts';
import type { Finding, Notice, Severity } from '../../../src/lint/findings.ts';
import { RULES, ruleById } from '../../../src/lint/rules/index.ts';
import { SourceFile, type Span } from '../../../src/lint/source.ts';

export class Tree {
  private files = new Map<string, SourceFile>();

  constructor(files: Record<string, string>) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, new SourceFile(path, text));
  }

  /** The span of the `nth` (0-based) occurrence of `needle` in `file`. */
  span(file: string, needle: string, nth = 0): Span {
    const f = this.files.get(file);
    if (!f) throw new Error(`no file ${file}`);
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = f.text.indexOf(needle, at + 1);
      if (at === -1) throw new Error(`${needle} not found in ${file}`);
    }
    return f.span(at, at + needle.length);
  }

  snippet(span: Span): string {
    const f = this.files.get(span.file);
    if (!f) return '';
    const lines: string[] = [];
    for (let l = span.start.line; l <= Math.min(span.end.line, span.start.line + 4); l++) lines.push(f.lineText(l));
    return lines.join('\n');
  }

  finding(
    ruleId: string,
    severity: Severity,
    file: string,
    needle: string,
    extra: { nth?: number; message?: string; related?: { file: string; needle: string; message: string }[]; confidence?: 'high' | 'low' } = {},
  ): Finding {
    const span = this.span(file, needle, extra.nth);
    return {
      ruleId,
      severity,
      message: extra.message ?? `"${needle}" is a problem`,
      span,
      related: (extra.related ?? []).map((r) => ({ span: this.span(r.file, r.needle), message: r.message })),
      confidence: extra.confidence ?? 'high',
      helpUri: ruleById(ruleId)?.helpUri ?? `https://example.invalid/${ruleId}`,
      snippet: this.snippet(span),
    };
  }
}

export function result(findings: Finding[], extra: { notices?: Notice[]; suppressed?: number; root?: string } = {}): LintResult {
  const root = extra.root ?? '/tmp/repo';
  return {
    root,
    findings,
    suppressed: extra.suppressed ?? 0,
    notices: extra.notices ?? [],
    filesScanned: 3,
    filesParsed: 2,
    rules: RULES,
    model: emptyModel(root),
  };
}

export const CRONTAB = [
  'RAILS_ENV=production',
  '0 4 * * 0 bin/tootctl media remove --prune-profiles --days 60',
  '30 4 * * * bin/tootctl accounts refresh --all',
  '',
].join('\n');
