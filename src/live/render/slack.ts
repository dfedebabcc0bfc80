// Slack Block Kit rendering of a health report: a pure function of the result, used by the bot
// for the final message and for progress updates (checks still running are passed as pending).
// Limits respected: 50 blocks per message, 3000 characters per section text, 150 per header.

import { redactReport } from '../redact.ts';
import type { CheckResult, CheckStatus, HealthReport } from '../types.ts';

export type SlackBlock = Record<string, unknown>;

const EMOJI: Record<CheckStatus | 'pending', string> = {
  ok: ':white_check_mark:',
  warn: ':warning:',
  fail: ':x:',
  error: ':octagonal_sign:',
  skipped: ':fast_forward:',
  pending: ':hourglass_flowing_sand:',
};

const MAX_BLOCKS = 50;
const MAX_TEXT = 3000;

/** Escapes Slack mrkdwn control characters in text that came from outside. */
export function mrkdwnEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens to at most n characters without cutting an `&amp;`-style entity in half. */
function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  let cut = n - 1;
  const amp = s.lastIndexOf('&', cut);
  if (amp !== -1 && amp > cut - 6 && s.indexOf(';', amp) >= cut) cut = amp;
  return `${s.slice(0, cut)}…`;
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, MAX_TEXT) } };
}

export interface SlackRenderOptions {
  /** Check ids still running (progress view). */
  pending?: { id: string; title: string }[];
  /** Shown in the context line so the user can quote it. */
  executionId?: string;
}

function checkLine(c: CheckResult): string {
  const lines = [`${EMOJI[c.status]} *${c.id}*: ${mrkdwnEscape(c.summary)}`];
  for (const d of c.details.slice(0, 5)) lines.push(`    • ${mrkdwnEscape(d)}`);
  if (c.details.length > 5) lines.push(`    • … ${c.details.length - 5} more`);
  if (c.fix && c.status !== 'ok' && c.status !== 'skipped') lines.push(`    _fix:_ ${mrkdwnEscape(c.fix)}`);
  return lines.join('\n');
}

export function renderHealthSlack(report: HealthReport, o: SlackRenderOptions = {}): { text: string; blocks: SlackBlock[] } {
  const r = redactReport(report);
  const worst = r.checks.some((c) => c.status === 'fail') ? 'fail' : r.checks.some((c) => c.status === 'error') ? 'error' : r.checks.some((c) => c.status === 'warn') ? 'warn' : 'ok';
  const running = o.pending?.length ?? 0;
  const title = running ? `Mastodon health: ${r.instance} (running, ${running} left)` : `Mastodon health: ${r.instance}`;
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clip(title, 150) } }];
  if (!running && r.diagnosis.length) {
    for (const d of r.diagnosis) {
      const body = [`${d.severity === 'fail' ? ':x:' : d.severity === 'warn' ? ':warning:' : ':information_source:'} *${mrkdwnEscape(d.title)}*`];
      for (const e of d.evidence) body.push(`• ${mrkdwnEscape(e)}`);
      body.push('*Next:*');
      d.next.forEach((n, i) => body.push(`${i + 1}. ${mrkdwnEscape(n)}`));
      blocks.push(section(body.join('\n')));
    }
    blocks.push({ type: 'divider' });
  }
  for (const c of r.checks) blocks.push(section(checkLine(c)));
  for (const p of o.pending ?? []) blocks.push(section(`${EMOJI.pending} *${p.id}*: ${mrkdwnEscape(p.title)}…`));
  const ctx = [`${(r.durationMs / 1000).toFixed(1)} s`, r.startedAt];
  if (o.executionId) ctx.push(`execution ${o.executionId}`);
  const context: SlackBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: ctx.join(' · ') }] };
  if (blocks.length + 1 > MAX_BLOCKS) {
    const kept = blocks.slice(0, MAX_BLOCKS - 2);
    kept.push(section(`… ${blocks.length - kept.length} more results: run \`mastodon-ops health\` for the full report`));
    blocks.length = 0;
    blocks.push(...kept);
  }
  blocks.push(context);
  // The notification text is mrkdwn too: `<!channel>` from outside must not ping anyone.
  const text = mrkdwnEscape(running ? title : `Mastodon health for ${r.instance}: ${worst}${r.diagnosis[0] ? `: ${r.diagnosis[0].title}` : ''}`);
  return { text: clip(text, 3000), blocks };
}
