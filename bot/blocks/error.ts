// Errors the user must see (never silence): a usage error says what to type instead; an internal
// error says what failed, with secrets removed, and the execution id to quote.

import type { Msg } from '../core/respond.ts';
import { esc, executionContext, section } from './common.ts';

export function usageErrorMessage(o: { message: string; executionId: string; command: string }): Msg {
  return {
    text: `:warning: ${o.message}`,
    blocks: [section(`:warning: ${esc(o.message)}\nType \`${o.command} help\` for the commands.`), executionContext(o.executionId)],
  };
}

export function errorMessage(o: { title: string; message: string; executionId: string; hint?: string }): Msg {
  const lines = [`:octagonal_sign: *${esc(o.title)}*`, esc(o.message)];
  if (o.hint) lines.push(`_${esc(o.hint)}_`);
  return { text: `${o.title}: ${o.message}`, blocks: [section(lines.join('\n')), executionContext(o.executionId, 'quote this id when you report it')] };
}
