// Progress of a running execution: the health report so far (rendered by the engine's pure
// renderHealthSlack, with the checks still running as pending) plus a Cancel button carrying a
// signed payload; and the running/finished view of a confirmed action.

import { renderHealthSlack, type CheckResult, type HealthReport, type SlackBlock } from '../../src/api.ts';
import type { Msg } from '../core/respond.ts';
import { ACTION_IDS, context, esc, executionContext, header, mention, section, withBlocks } from './common.ts';

export { mention } from './common.ts';

export function cancelButton(value: string): SlackBlock {
  return {
    type: 'actions',
    block_id: 'mastodon_ops_running',
    elements: [{ type: 'button', action_id: ACTION_IDS.cancel, text: { type: 'plain_text', text: 'Cancel' }, style: 'danger', value }],
  };
}

export function healthProgress(o: {
  instance: string;
  startedAt: string;
  elapsedMs: number;
  done: CheckResult[];
  pending: { id: string; title: string }[];
  executionId: string;
  cancelValue: string;
}): Msg {
  const partial: HealthReport = { version: 1, instance: o.instance, startedAt: o.startedAt, durationMs: o.elapsedMs, checks: o.done, diagnosis: [] };
  const r = renderHealthSlack(partial, { pending: o.pending, executionId: o.executionId });
  return { text: r.text, blocks: withBlocks(r.blocks, [cancelButton(o.cancelValue)]) };
}

export function healthStarting(o: { instance: string; checks: { id: string; title: string }[]; executionId: string; cancelValue: string }): Msg {
  return healthProgress({ instance: o.instance, startedAt: new Date().toISOString(), elapsedMs: 0, done: [], pending: o.checks, executionId: o.executionId, cancelValue: o.cancelValue });
}

/** The final report, with a line saying who asked, and who cancelled or that the run hit its time limit. */
export function healthFinal(report: HealthReport, o: { executionId: string; requestedBy: string; note?: string; cancelledBy?: string }): Msg {
  const r = renderHealthSlack(report, { executionId: o.executionId });
  const parts = [`requested by ${mention(o.requestedBy)}`];
  if (o.note) parts.push(`${esc(o.note)}${o.cancelledBy ? ` by ${mention(o.cancelledBy)}` : ''}`);
  return { text: o.note ? `${r.text} (${o.note})` : r.text, blocks: withBlocks(r.blocks, [context(...parts)]) };
}

export function actionRunning(o: { title: string; instance: string; lines: string[]; executionId: string; userId: string; cancelValue?: string }): Msg {
  const body = [`:hourglass_flowing_sand: *${esc(o.title)}* on *${esc(o.instance)}*, confirmed by ${mention(o.userId)}`, ...o.lines.slice(-10).map((l) => `• ${esc(l)}`)];
  const blocks: SlackBlock[] = [header(`${o.title}: ${o.instance} (running)`), section(body.join('\n'))];
  if (o.cancelValue) blocks.push(cancelButton(o.cancelValue));
  blocks.push(executionContext(o.executionId));
  return { text: `${o.title} on ${o.instance}: running`, blocks };
}

export function actionFinished(o: { title: string; instance: string; outcome: string; summary: string; details?: string[]; executionId: string; userId: string; durationMs: number }): Msg {
  const icon = o.outcome === 'ok' ? ':white_check_mark:' : o.outcome === 'warn' ? ':warning:' : o.outcome === 'cancelled' ? ':no_entry_sign:' : ':x:';
  const body = [`${icon} *${esc(o.summary)}*`, ...(o.details ?? []).slice(0, 20).map((l) => `• ${esc(l)}`)];
  return {
    text: `${o.title} on ${o.instance}: ${o.outcome}: ${o.summary}`,
    blocks: [header(`${o.title}: ${o.instance}`), section(body.join('\n')), executionContext(o.executionId, `confirmed by ${mention(o.userId)}`, `${(o.durationMs / 1000).toFixed(1)} s`)],
  };
}
