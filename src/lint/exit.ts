import type { LintResult } from './engine.ts';
import { atOrAbove, type Threshold } from './findings.ts';
import { EXIT } from './errors.ts';

/** 0 when nothing is at or above the threshold, 1 otherwise. */
export function exitCode(r: LintResult, threshold: Threshold): number {
  return r.findings.some((f) => atOrAbove(f.severity, threshold)) ? EXIT.findings : EXIT.ok;
}
