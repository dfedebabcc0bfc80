// `markdown`: a report for GitHub job summaries, PR comments and issues. Counts, then one table
// per severity (most severe first), then notices. GitHub refuses a step summary over 1024k, so
// the report stops before `maxBytes` with an "N more findings" line.

import type { LintResult } from '../engine.ts';
import type { Finding, Severity } from '../findings.ts';
import { SEVERITIES_DESC, countBySeverity, plural, reportPath } from './common.ts';

/** Comfortably under the runner's 1024k step-summary limit. */
export const MARKDOWN_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  pathPrefix?: string;
  /** Upper bound on the UTF-8 size of the report (default 1,000,000 bytes). */
  maxBytes?: number;
  /** Notes shown under the heading as GitHub alert blocks (the Action says how many findings were annotated). */
  notes?: string[];
  /** e.g. `https://github.com/o/r/blob/<sha>/`: locations become links to the file and line. */
  fileUrlBase?: string;
}

const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

/** Text safe inside a table cell: no HTML, no pipes, one line. */
export function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function location(f: Finding, o: MarkdownOptions): string {
  const path = reportPath(f.span.file, o.pathPrefix);
  const text = cell(`${path}:${f.span.start.line}:${f.span.start.column}`);
  const shown = text.includes('`') ? text : `\`${text}\``;
  if (!o.fileUrlBase) return shown;
  const url = `${o.fileUrlBase}${path.split('/').map(encodeURIComponent).join('/')}#L${f.span.start.line}`;
  return `[${shown}](${url})`;
}

function row(f: Finding, o: MarkdownOptions): string {
  const low = f.confidence === 'low' ? ' _(low confidence)_' : '';
  return `| [${f.ruleId}](${f.helpUri}) | ${location(f, o)} | ${cell(f.message)}${low} |\n`;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function moreLine(n: number): string {
  return `\n_… and ${plural(n, 'more finding')} not shown: this report is size-limited; the full list is in the log and the SARIF file._\n`;
}

export function renderMarkdown(r: LintResult, o: MarkdownOptions): string {
  const max = o.maxBytes ?? MARKDOWN_MAX_BYTES;
  const n = countBySeverity(r.findings);
  let out = `## mastodon-ops: ${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${n.info} info\n\n`;
  const stats = `${plural(r.filesParsed, 'relevant file')} checked (${r.filesScanned} scanned)` + (r.suppressed ? `; ${r.suppressed} suppressed` : '');
  out += r.findings.length ? `${stats}.\n` : `No findings: ${stats}.\n`;
  for (const note of o.notes ?? []) out += `\n> [!NOTE]\n> ${cell(note)}\n`;

  // Room kept for the "N more" line, sized for the largest N it could say.
  const reserve = bytes(moreLine(r.findings.length));
  let size = bytes(out);
  let remaining = r.findings.length;
  let truncated = false;

  for (const sev of SEVERITIES_DESC) {
    if (truncated) break;
    const group = r.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    const head = `\n### ${ICON[sev]} ${HEADING[sev]} (${group.length})\n\n| Rule | Location | Message |\n| --- | --- | --- |\n`;
    for (let i = 0; i < group.length; i++) {
      const f = group[i];
      if (!f) continue;
      const piece = (i === 0 ? head : '') + row(f, o);
      if (size + bytes(piece) + reserve > max) {
        truncated = true;
        break;
      }
      out += piece;
      size += bytes(piece);
      remaining--;
    }
  }
  if (truncated) {
    const more = moreLine(remaining);
    if (size + bytes(more) <= max) out += more;
    return clamp(out, max);
  }

  if (r.notices.length) {
    let notes = `\n<details><summary>${plural(r.notices.length, 'file')} skipped or partly read</summary>\n\n`;
    for (const x of r.notices) notes += `- \`${cell(reportPath(x.file, o.pathPrefix)).replace(/`/g, "'")}\`: ${cell(x.message)}\n`;
    notes += '\n</details>\n';
    if (size + bytes(notes) <= max) out += notes;
  }
  return clamp(out, max);
}

/** Last resort for limits smaller than the heading: cut at a character boundary. */
function clamp(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  const buf = Buffer.from(s, 'utf8').subarray(0, Math.max(0, max));
  return buf.toString('utf8').replace(/\uFFFD$/, '');
}
