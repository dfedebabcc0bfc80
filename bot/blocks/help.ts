// `/mastodon-health help` (anyone: usage only) and `/mastodon-health list` (the health role: the
// configured instances and the check ids).

import type { Msg } from '../core/respond.ts';
import { esc, section } from './common.ts';

export function helpMessage(o: { command: string }): Msg {
  const c = o.command;
  const usage = [
    `*${c}* diagnoses a Mastodon instance: S3 writes with the production ACL, missing media, pruned avatars, Sidekiq, cron on the host.`,
    `• \`${c} [instance] [check ids…]\`: run the checks (all, or those named; a prefix such as \`s3\` selects \`s3.*\`)`,
    `• \`${c} list\`: the instances and checks you can name`,
    `• \`${c} help\`: this message`,
    'The report is updated in place as checks finish; *Cancel* stops the checks still running. Every run is in the audit log under the execution id shown.',
  ];
  return { text: `${c} [instance] [check ids…] | list | help`, blocks: [section(usage.join('\n'))] };
}

export function listMessage(o: { instances: string[]; defaultInstance?: string; checks: { id: string; title: string; timeoutMs: number }[] }): Msg {
  const inst = o.instances.map((i) => `\`${esc(i)}\`${i === o.defaultInstance ? ' (default)' : ''}`).join(', ');
  const checks = o.checks.map((k) => `\`${esc(k.id)}\` ${esc(k.title)} (≤ ${Math.round(k.timeoutMs / 1000)} s)`).join('\n');
  return { text: `Instances: ${o.instances.join(', ')}`, blocks: [section(`*Instances:* ${inst || '(none configured)'}`), section(`*Checks:*\n${checks}`)] };
}
