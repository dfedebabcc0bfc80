// The generic button pipeline (Cancel, Run, Dismiss): ack() at once -> replay check -> verify
// the signed payload (forged, altered, expired or malformed: refused, ephemeral, audited) ->
// the handler. Errors reach the user with the execution id, like commands.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AuditOutcome } from '../audit-log.ts';
import { errorMessage } from '../blocks/error.ts';
import { refusalMessage } from '../blocks/refusal.ts';
import type { ButtonPayload } from '../confirm.ts';
import { newExecutionId } from './execution.ts';
import { notifyUser, Responder, type Msg } from './respond.ts';
import { record, safeText, type BotRuntime } from './runtime.ts';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;
export type ButtonKind = ButtonPayload['k'];

export interface ButtonClick {
  rt: BotRuntime;
  kind: ButtonKind;
  payload: ButtonPayload;
  userId: string;
  teamId?: string;
  channelId?: string;
  client: WebClient;
  /** The response_url of the click: replaces the message the button is on (5 uses). */
  responder: Responder;
  notify(m: Msg): Promise<boolean>;
  audit(executionId: string, outcome: AuditOutcome, extra?: { instance?: string; detail?: string; durationMs?: number }): Promise<boolean>;
  refuse(executionId: string, reason: string, instance?: string): Promise<void>;
}

const REASONS = {
  bad_signature: 'the button was not signed by this bot (forged or altered)',
  expired: 'the button has expired; run the command again',
  malformed: 'the button payload is not one this bot makes',
} as const;

export function buttonListener(rt: BotRuntime, kind: ButtonKind, handle: (c: ButtonClick) => Promise<void>) {
  return async ({ ack, body, action, client, respond, context }: ButtonArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const channelId = body.channel?.id ?? (typeof body.container?.channel_id === 'string' ? body.container.channel_id : undefined);
    const teamId = body.team?.id ?? body.user.team_id;
    const responder = new Responder(respond as never, { timeoutMs: rt.config.timeouts.slackApiMs, now: () => rt.now() });
    const log = rt.logger.child({ button: kind, user: userId, channel: channelId });
    const audit: ButtonClick['audit'] = (executionId, outcome, extra = {}) =>
      record(rt, { executionId, command: `button:${kind}`, userId, userName: body.user.username ?? body.user.name, teamId, channelId, channelName: body.channel?.name, args: '', outcome, ...extra });
    const notify = (m: Msg) => notifyUser({ responder, client, channelId, userId }, m);
    const refuse = async (executionId: string, reason: string, instance?: string) => {
      log.info({ executionId, reason }, 'button refused');
      await audit(executionId, 'refused', { detail: reason, instance });
      await notify(refusalMessage({ what: `the ${kind === 'confirm' ? 'Run' : kind === 'deny' ? 'Dismiss' : 'Cancel'} button`, reason, executionId }));
    };
    let executionId = newExecutionId(rt.now());
    try {
      const signature = context.slackSignature;
      if (typeof signature === 'string' && !(await rt.replay.claimShared(signature).catch(() => true))) {
        await audit(executionId, 'refused', { detail: 'replayed request (same Slack signature seen by another replica)' });
        return;
      }
      const v = rt.signer.verify(action.value);
      if (!v.ok) {
        // An expired payload is authentic: its execution id can be trusted for the audit trail.
        if (v.reason === 'expired') {
          const p = rt.signer.verify(action.value, { ignoreExpiry: true });
          if (p.ok) executionId = p.payload.x;
        }
        return await refuse(executionId, REASONS[v.reason]);
      }
      const p = v.payload;
      executionId = p.x;
      if (p.k !== kind) return await refuse(executionId, `the button payload is for ${p.k}, not ${kind}`, p.i);
      if (p.t && teamId && p.t !== teamId) return await refuse(executionId, 'the button belongs to another workspace', p.i);
      await handle({ rt, kind, payload: p, userId, teamId, channelId, client, responder, notify, audit, refuse });
    } catch (e) {
      const message = safeText(rt, (e as Error)?.message ?? String(e));
      log.error({ err: e, executionId }, 'button handler failed');
      await audit(executionId, 'failed', { detail: message });
      await notify(errorMessage({ title: 'The button failed', message, executionId }));
    }
  };
}
