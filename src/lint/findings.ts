import type { Span } from './source.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** `none` never fails; otherwise fail on findings at or above the threshold. */
export type Threshold = Severity | 'none';

export function atOrAbove(s: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[s] >= RANK[threshold];
}

export interface RelatedLocation {
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Other places that prove the finding (the bucket definition behind an env line). */
  related: RelatedLocation[];
  /** `low` where the finding rests on a value the linter could not resolve (a template, a variable). */
  confidence: 'high' | 'low';
  helpUri: string;
  /** The source line(s) of the primary span, for plain output and SARIF snippets. */
  snippet: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.span.file.localeCompare(b.span.file) ||
    a.span.start.offset - b.span.start.offset ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.span.end.offset - b.span.end.offset
  );
}

/** A file that was skipped or only partly read: shown to the user, never a finding. */
export interface Notice {
  file: string;
  message: string;
}
