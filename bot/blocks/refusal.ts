// The ephemeral refusal: what was refused, why (never who else is allowed), the execution id the
// audit log has it under, and whom to ask.

import type { Msg } from '../core/respond.ts';
import { esc, executionContext, section } from './common.ts';

export function refusalMessage(o: { what: string; reason: string; executionId: string }): Msg {
  const text = `:no_entry: Not allowed: ${o.what}. ${o.reason}.`;
  return {
    text,
    blocks: [section(`:no_entry: *Not allowed:* ${esc(o.what)}\n${esc(o.reason)}.\nAsk an instance admin to add you to the role in the bot config if you need it.`), executionContext(o.executionId, 'this refusal is in the audit log')],
  };
}
