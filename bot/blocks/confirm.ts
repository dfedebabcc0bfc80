// The confirmation prompt for anything that writes: the exact scope (counts, domains, samples)
// in the message, and a `style: danger` button whose Block Kit confirm dialog repeats the scope
// in short. The button values are signed payloads (confirm.ts): what is clicked is what was shown.

import type { SlackBlock } from '../../src/api.ts';
import type { Msg } from '../core/respond.ts';
import { ACTION_IDS, clip, esc, executionContext, header, mention, section } from './common.ts';

export interface ConfirmPromptOptions {
  /** e.g. "Restore avatars". */
  title: string;
  instance: string;
  /** The exact scope, one fact per line ("1,204 accounts on 37 domains", "batches of 50"). */
  scopeLines: string[];
  /** One sentence for the dialog (≤300 characters with the instance). */
  dialogText: string;
  executionId: string;
  confirmValue: string;
  denyValue: string;
  expiresInSeconds: number;
  /** Button label, default "Run". */
  confirmLabel?: string;
}

export function confirmPrompt(o: ConfirmPromptOptions): Msg {
  const label = clip(o.confirmLabel ?? 'Run', 30);
  const minutes = Math.round(o.expiresInSeconds / 60);
  const blocks: SlackBlock[] = [
    header(`${o.title}: ${o.instance}`),
    section([`*This will write to ${esc(o.instance)}:*`, ...o.scopeLines.slice(0, 30).map((l) => `• ${esc(l)}`)].join('\n')),
    {
      type: 'actions',
      block_id: 'mastodon_ops_confirm',
      elements: [
        {
          type: 'button',
          action_id: ACTION_IDS.confirm,
          style: 'danger',
          text: { type: 'plain_text', text: label },
          value: o.confirmValue,
          confirm: {
            title: { type: 'plain_text', text: clip(`${o.title}?`, 100) },
            text: { type: 'mrkdwn', text: clip(`${o.dialogText} (${o.instance})`, 300) },
            confirm: { type: 'plain_text', text: label },
            deny: { type: 'plain_text', text: 'Go back' },
            style: 'danger',
          },
        },
        { type: 'button', action_id: ACTION_IDS.deny, text: { type: 'plain_text', text: 'Dismiss' }, value: o.denyValue },
      ],
    },
    executionContext(o.executionId, `only you can confirm`, `expires in ${minutes} min`),
  ];
  return { text: `${o.title} on ${o.instance}: confirm to run`, blocks };
}

export function promptClosed(o: { title: string; instance: string; line: string; by?: string; executionId: string }): Msg {
  const by = o.by ? ` by ${mention(o.by)}` : '';
  return { text: `${o.title} on ${o.instance}: ${o.line}`, blocks: [section(`*${esc(o.title)}* on *${esc(o.instance)}*: ${esc(o.line)}${by}`), executionContext(o.executionId)] };
}
