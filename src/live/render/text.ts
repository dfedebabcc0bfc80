// Terminal rendering of a health report: one line per check, details and fix indented, then the
// diagnosis with the next commands.

import { redactReport } from '../redact.ts';
import type { CheckStatus, HealthReport } from '../types.ts';

const MARK: Record<CheckStatus, string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', error: 'ERR ', skipped: 'skip' };

export function renderHealthText(report: HealthReport): string {
  const r = redactReport(report);
  const out: string[] = [`mastodon-ops health: ${r.instance} (${(r.durationMs / 1000).toFixed(1)} s)`, ''];
  for (const c of r.checks) {
    out.push(`[${MARK[c.status]}] ${c.id.padEnd(16)} ${c.summary}`);
    for (const d of c.details) out.push(`        ${d}`);
    if (c.fix && c.status !== 'ok') out.push(`        fix: ${c.fix}`);
  }
  if (r.diagnosis.length) {
    out.push('', 'Diagnosis:');
    for (const d of r.diagnosis) {
      out.push(`- [${d.severity}] ${d.title}`);
      for (const e of d.evidence) out.push(`    because: ${e}`);
      d.next.forEach((n, i) => out.push(`    ${i + 1}. ${n}`));
    }
  }
  return out.join('\n') + '\n';
}
