// The default, human format, cargo/zizmor style: severity[ID]: message, the `file:line:col`,
// the source line with the span underlined, and the docs link.

import type { LintResult } from '../engine.ts';
import type { Finding } from '../findings.ts';

export interface TextOptions {
  color: boolean;
}

const C = { red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m' };

function paint(on: boolean, code: string, s: string): string {
  return on ? `${code}${s}${C.reset}` : s;
}

export function renderFinding(f: Finding, o: TextOptions): string {
  const color = f.severity === 'error' ? C.red : f.severity === 'warning' ? C.yellow : C.blue;
  const head = `${paint(o.color, C.bold + color, `${f.severity}[${f.ruleId}]`)}${paint(o.color, C.bold, `: ${f.message}`)}`;
  const loc = `${f.span.file}:${f.span.start.line}:${f.span.start.column}`;
  const lineNo = String(f.span.start.line);
  const pad = ' '.repeat(lineNo.length);
  const out = [head, `${pad}--> ${loc}`];
  const first = f.snippet.split('\n')[0];
  if (first !== undefined && first !== '') {
    const startCol = f.span.start.column;
    const endCol = f.span.end.line === f.span.start.line ? f.span.end.column : first.length + 1;
    const width = Math.max(1, Math.min(endCol - startCol, first.length - startCol + 1));
    const shown = first.length > 200 ? first.slice(0, 200) + '…' : first;
    out.push(`${pad} |`);
    out.push(`${lineNo} | ${shown.replace(/\t/g, ' ')}`);
    if (startCol <= 201) out.push(`${pad} | ${' '.repeat(startCol - 1)}${paint(o.color, color, '^'.repeat(Math.min(width, 201 - startCol + 1)))}`);
  }
  for (const r of f.related) out.push(`${pad} = note: ${r.message} at ${r.span.file}:${r.span.start.line}:${r.span.start.column}`);
  if (f.confidence === 'low') out.push(`${pad} = note: based on a value that could not be fully resolved`);
  out.push(`${pad} = help: ${f.helpUri}`);
  return out.join('\n');
}

export function summaryLine(r: LintResult): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) n[f.severity]++;
  const parts = [`${n.error} error${n.error === 1 ? '' : 's'}`, `${n.warning} warning${n.warning === 1 ? '' : 's'}`, `${n.info} info`];
  const supp = r.suppressed ? `; ${r.suppressed} suppressed` : '';
  return `${parts.join(', ')} in ${r.filesParsed} relevant file${r.filesParsed === 1 ? '' : 's'} (${r.filesScanned} scanned)${supp}`;
}

export function renderText(r: LintResult, o: TextOptions): string {
  const blocks = r.findings.map((f) => renderFinding(f, o));
  blocks.push(summaryLine(r));
  return blocks.join('\n\n') + '\n';
}
