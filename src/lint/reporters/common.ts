// Helpers every reporter shares: paths as the user's repository sees them, severity counts, and
// the ordering annotation budgets and truncation use.

import type { LintResult } from '../engine.ts';
import { SEVERITIES, severityRank, type Finding, type Severity } from '../findings.ts';

export const TOOL_NAME = 'mastodon-ops';
export const TOOL_URI = 'https://github.com/mastodon-ops/mastodon-ops';

/**
 * A finding's path as reported: `prefix/file`. The CLI leaves the prefix empty (paths relative to
 * the linted root); the Action sets it to the linted root's path inside the workspace, so
 * annotations and SARIF URIs name files of the repository.
 */
export function reportPath(file: string, prefix: string | undefined): string {
  const p = (prefix ?? '').replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
  return p ? `${p}/${file}` : file;
}

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): Counts {
  const n: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** The most severe finding's severity, or `none`. */
export function highestSeverity(r: Pick<LintResult, 'findings'>): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of r.findings) if (best === 'none' || severityRank(f.severity) > severityRank(best)) best = f.severity;
  return best;
}

/** Most severe first; ties keep their order (the engine's file/position order). */
export function bySeverity<T extends { severity: Severity }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => severityRank(b.item.severity) - severityRank(a.item.severity) || a.i - b.i)
    .map((x) => x.item);
}

/** Severities from most to least severe. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].sort((a, b) => severityRank(b) - severityRank(a));

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Last line of a span, for reporters whose end positions are inclusive: an exclusive end at column 1 ends on the line before. */
export function lastLine(f: Finding): number {
  const { start, end } = f.span;
  return end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
}

/** The text the primary span covers when it sits on one line of the snippet, else ''. */
export function highlightedText(f: Finding): string {
  if (f.span.end.line !== f.span.start.line) return '';
  const first = f.snippet.split('\n')[0] ?? '';
  return first.slice(f.span.start.column - 1, f.span.end.column - 1);
}
