// Markdown rendering (weekly report, GitHub issues, job summaries).

import { redactReport } from '../redact.ts';
import type { CheckStatus, HealthReport } from '../types.ts';

const ICON: Record<CheckStatus, string> = { ok: '✅', warn: '⚠️', fail: '❌', error: '🛑', skipped: '⏭️' };

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}

export function renderHealthMarkdown(report: HealthReport): string {
  const r = redactReport(report);
  const out = [`## Mastodon health: ${r.instance}`, '', `_${r.startedAt} · ${(r.durationMs / 1000).toFixed(1)} s_`, ''];
  if (r.diagnosis.length) {
    out.push('### Diagnosis', '');
    for (const d of r.diagnosis) {
      out.push(`**${d.severity === 'fail' ? '❌' : d.severity === 'warn' ? '⚠️' : 'ℹ️'} ${d.title}**`, '');
      for (const e of d.evidence) out.push(`- ${e}`);
      out.push('', 'Next:', '');
      d.next.forEach((n, i) => out.push(`${i + 1}. ${n}`));
      out.push('');
    }
  }
  out.push('### Checks', '', '| | Check | Result | Fix |', '|---|---|---|---|');
  for (const c of r.checks) out.push(`| ${ICON[c.status]} | \`${c.id}\` | ${cell(c.summary)} | ${c.status === 'ok' ? '' : cell(c.fix ?? '')} |`);
  const details = r.checks.filter((c) => c.details.length);
  if (details.length) {
    out.push('', '<details><summary>Details</summary>', '');
    for (const c of details) {
      out.push(`**${c.id}**`, '');
      for (const d of c.details) out.push(`- ${d}`);
      out.push('');
    }
    out.push('</details>');
  }
  return out.join('\n') + '\n';
}
