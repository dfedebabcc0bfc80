// Buttons: Cancel (running executions), Run and Dismiss (confirmation prompts).

import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/common.ts';
import type { BotRuntime } from '../../core/runtime.ts';
import { cancelAction } from './cancel.ts';
import { confirmAction, denyAction } from './confirm.ts';

export function register(app: App, rt: BotRuntime): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTION_IDS.cancel }, cancelAction(rt));
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTION_IDS.confirm }, confirmAction(rt));
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: ACTION_IDS.deny }, denyAction(rt));
}
