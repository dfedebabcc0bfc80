// `json-v1` (alias `json`): a versioned, stable shape for scripts. Fields are only ever added within
// a version; renaming or removing one makes `json-v2` (see docs/output-formats.md).

import type { LintResult } from '../engine.ts';
import type { Severity } from '../findings.ts';
import type { Span } from '../source.ts';
import { TOOL_NAME, countBySeverity, reportPath } from './common.ts';

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last character, as in SARIF. */
  endColumn: number;
}

export interface JsonFindingV1 extends JsonLocation {
  ruleId: string;
  severity: Severity;
  message: string;
  helpUri: string;
  confidence: 'high' | 'low';
  snippet: string;
  related: (JsonLocation & { message: string })[];
}

export interface JsonReportV1 {
  version: 1;
  tool: { name: string; version: string };
  findings: JsonFindingV1[];
  summary: {
    total: number;
    error: number;
    warning: number;
    info: number;
    suppressed: number;
    filesScanned: number;
    filesParsed: number;
  };
  notices: { file: string; message: string }[];
}

export interface JsonOptions {
  version: string;
  pathPrefix?: string;
}

function location(span: Span, prefix: string | undefined): JsonLocation {
  return {
    file: reportPath(span.file, prefix),
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}

export function toJsonV1(r: LintResult, o: JsonOptions): JsonReportV1 {
  const n = countBySeverity(r.findings);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: o.version },
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      ...location(f.span, o.pathPrefix),
      message: f.message,
      helpUri: f.helpUri,
      confidence: f.confidence,
      snippet: f.snippet,
      related: f.related.map((rel) => ({ ...location(rel.span, o.pathPrefix), message: rel.message })),
    })),
    summary: {
      total: r.findings.length,
      ...n,
      suppressed: r.suppressed,
      filesScanned: r.filesScanned,
      filesParsed: r.filesParsed,
    },
    notices: r.notices.map((x) => ({ file: reportPath(x.file, o.pathPrefix), message: x.message })),
  };
}

export function renderJson(r: LintResult, o: JsonOptions): string {
  return `${JSON.stringify(toJsonV1(r, o), null, 2)}\n`;
}
