// Small Block Kit helpers shared by the builders. Limits: 50 blocks per message, 3000
// characters per section text, 150 per header, 75 per button label, 2000 per button value.

import { mrkdwnEscape, type SlackBlock } from '../../src/api.ts';

export const MAX_BLOCKS = 50;

export const ACTION_IDS = {
  cancel: 'mastodon_ops_cancel',
  confirm: 'mastodon_ops_confirm',
  deny: 'mastodon_ops_deny',
} as const;

export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export const esc = mrkdwnEscape;

/** A Slack user mention, only for well-formed ids (they come from Slack, but never trust text into mrkdwn). */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : esc(userId);
}

export function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, 3000) } };
}

export function header(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, 150), emoji: true } };
}

export function context(...parts: string[]): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(parts.filter(Boolean).join(' · '), 3000) }] };
}

export function executionContext(executionId: string, ...more: string[]): SlackBlock {
  return context(`execution \`${executionId}\``, ...more);
}

/**
 * Inserts `extra` before the trailing context block (if any) and keeps the message within 50
 * blocks by dropping result sections from the end of the body, with a note saying so.
 */
export function withBlocks(blocks: SlackBlock[], extra: SlackBlock[]): SlackBlock[] {
  const last = blocks[blocks.length - 1];
  const hasContext = last?.type === 'context';
  const body = hasContext ? blocks.slice(0, -1) : [...blocks];
  const tail = [...extra, ...(hasContext && last ? [last] : [])];
  if (body.length + tail.length > MAX_BLOCKS) {
    const keep = MAX_BLOCKS - tail.length - 1;
    const dropped = body.length - keep;
    body.length = keep;
    body.push(section(`… ${dropped} more lines: run \`mastodon-ops health\` for the full report`));
  }
  return [...body, ...tail];
}
