// `github`: workflow commands (`::error file=…,line=…::message`) that the runner turns into
// annotations. GitHub keeps at most 10 annotations per severity per step and drops the rest
// silently, so this reporter picks them itself: most severe first, in file order, without
// duplicates, and lists what did not fit as plain log lines. The Action uses the same selection
// through @actions/core.

import type { LintResult } from '../engine.ts';
import type { Finding, Severity } from '../findings.ts';
import { SEVERITIES_DESC, lastLine, plural, reportPath } from './common.ts';

/** GitHub's per-step cap for each of error, warning and notice. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

/** Same names as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Only for single-line spans (GitHub rejects columns across lines). */
  startColumn?: number;
  /** Inclusive; only with startColumn. */
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  /** The finding's message with the rule's docs URL. */
  message: string;
  properties: AnnotationProperties;
  finding: Finding;
}

export function annotationFor(f: Finding, prefix?: string): Annotation {
  const endLine = lastLine(f);
  const properties: AnnotationProperties = {
    title: f.ruleId,
    file: reportPath(f.span.file, prefix),
    startLine: f.span.start.line,
    endLine,
  };
  if (endLine === f.span.start.line) {
    const start = f.span.start.column;
    // An end on the next line (column 1) means "to the end of this line".
    const end = f.span.end.line === f.span.start.line ? f.span.end.column - 1 : (f.snippet.split('\n')[0] ?? '').length;
    properties.startColumn = start;
    properties.endColumn = Math.max(start, end);
  }
  const low = f.confidence === 'low' ? ' (low confidence: based on a value that could not be fully resolved)' : '';
  return { level: LEVEL[f.severity], message: `${f.message}${low} (${f.helpUri})`, properties, finding: f };
}

export interface AnnotationSelection {
  /** Most severe first, at most `perLevel` of each level. */
  shown: Annotation[];
  /** Findings not annotated (over the budget, or the same annotation as one shown). */
  omitted: Finding[];
}

export interface SelectOptions {
  /** Annotations per level (default 10). */
  perLevel?: number;
  /** Per-level overrides, e.g. `{ error: 9 }` to leave room for the step's own failure message. */
  limits?: Partial<Record<AnnotationLevel, number>>;
  pathPrefix?: string;
}

/** Sorts by severity (engine order within one), drops duplicates, keeps `perLevel` of each level. */
export function selectAnnotations(findings: readonly Finding[], opts: SelectOptions = {}): AnnotationSelection {
  const shown: Annotation[] = [];
  const omitted: Finding[] = [];
  const keys = new Set<string>();
  for (const sev of SEVERITIES_DESC) {
    const perLevel = Math.max(0, opts.limits?.[LEVEL[sev]] ?? opts.perLevel ?? ANNOTATIONS_PER_LEVEL);
    let n = 0;
    for (const f of findings) {
      if (f.severity !== sev) continue;
      const a = annotationFor(f, opts.pathPrefix);
      const p = a.properties;
      const key = [a.level, p.file, p.startLine, p.title, a.message].join('\u0000');
      if (n >= perLevel || keys.has(key)) {
        omitted.push(f);
        continue;
      }
      keys.add(key);
      shown.push(a);
      n++;
    }
  }
  return { shown, omitted };
}

/** The toolkit's escaping for a command's message (`escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The toolkit's escaping for a property value (`escapeProperty`): also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message` */
export function formatCommand(a: Annotation): string {
  const p = a.properties;
  const props: [string, string | number | undefined][] = [
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn],
    ['title', p.title],
  ];
  const shown = props.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level} ${shown.join(',')}::${escapeData(a.message)}`;
}

/** One plain log line for a finding that is not annotated; never starts with `::`. */
export function plainLine(f: Finding, prefix?: string): string {
  const loc = `${reportPath(f.span.file, prefix)}:${f.span.start.line}:${f.span.start.column}`;
  return `- ${loc}: ${f.severity}[${f.ruleId}]: ${f.message.replace(/[\r\n]+/g, ' ')} (${f.helpUri})`;
}

export interface GithubOptions {
  pathPrefix?: string;
  /** Annotations per level (default 10, GitHub's per-step cap). */
  annotationLimit?: number;
}

export function renderGithub(r: LintResult, o: GithubOptions): string {
  const { shown, omitted } = selectAnnotations(r.findings, { perLevel: o.annotationLimit, pathPrefix: o.pathPrefix });
  const lines = shown.map(formatCommand);
  if (omitted.length) {
    lines.push(
      `${plural(omitted.length, 'more finding')} not annotated (GitHub shows at most ${o.annotationLimit ?? ANNOTATIONS_PER_LEVEL} annotations per severity per step):`,
    );
    for (const f of omitted) lines.push(plainLine(f, o.pathPrefix));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
