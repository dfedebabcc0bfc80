// Slash commands: each goes through the same pipeline (core/command.ts) with its own role.
// `/mastodon-restore` will be added here with role `restore`.

import type { App } from '@slack/bolt';
import { commandListener, type CommandSpec } from '../../core/command.ts';
import type { BotRuntime } from '../../core/runtime.ts';
import { healthCommand } from './health.ts';

export const COMMANDS: CommandSpec[] = [healthCommand];

export function register(app: App, rt: BotRuntime, commands: CommandSpec[] = COMMANDS): void {
  for (const spec of commands) {
    rt.commandRoles.set(spec.name, spec.role);
    app.command(spec.name, commandListener(rt, spec));
  }
}
