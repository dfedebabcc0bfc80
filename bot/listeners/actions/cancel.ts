// Cancel: stops a running execution. The person who started it, or anyone holding the role the
// command needs, may cancel. Works from any replica: see core/execution.ts.

import { buttonListener, type ButtonClick } from '../../core/button.ts';
import { roleForAction, type BotRuntime } from '../../core/runtime.ts';

export async function handleCancel(c: ButtonClick): Promise<void> {
  const { rt, payload: p } = c;
  let allowed = c.userId === p.u;
  if (!allowed) {
    const role = roleForAction(rt, p.a);
    if (role) allowed = (await rt.auth.check(role, { userId: c.userId, channelId: c.channelId, teamId: c.teamId }, c.client)).allowed;
  }
  if (!allowed) return c.refuse(p.x, 'only the person who started it, or someone in its role, can cancel it', p.i);
  const r = await rt.executions.requestCancel(p.x, c.userId);
  await c.audit(p.x, 'cancel_requested', { instance: p.i, detail: r === 'unknown' ? 'not running' : `cancel sent (${r === 'local' ? 'this replica' : 'via Redis'})` });
  if (r === 'unknown') await c.notify({ text: `Execution ${p.x} is not running any more (it finished, or the bot restarted).` });
}

export function cancelAction(rt: BotRuntime) {
  return buttonListener(rt, 'cancel', handleCancel);
}
