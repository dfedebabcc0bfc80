// `help` (anyone) and `list` (the command's role): ephemeral, audited like every command.

import { helpMessage, listMessage } from '../../blocks/help.ts';
import type { CommandInvocation } from '../../core/command.ts';

export async function runHelp(inv: CommandInvocation, command: string): Promise<void> {
  await inv.audit('help', { detail: 'help' });
  await inv.notify(helpMessage({ command }));
}

export async function runList(inv: CommandInvocation): Promise<void> {
  const { config, checks } = inv.rt;
  await inv.audit('help', { detail: 'list' });
  await inv.notify(listMessage({ instances: Object.keys(config.instances), defaultInstance: config.defaultInstance, checks }));
}
