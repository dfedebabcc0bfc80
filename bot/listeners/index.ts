// Every listener, by kind (the Bolt starter layout): listeners/<kind>/index.ts exports register().

import type { App } from '@slack/bolt';
import type { BotRuntime } from '../core/runtime.ts';
import { register as registerActions } from './actions/index.ts';
import { register as registerCommands } from './commands/index.ts';

export function registerListeners(app: App, rt: BotRuntime): void {
  registerCommands(app, rt);
  registerActions(app, rt);
}
