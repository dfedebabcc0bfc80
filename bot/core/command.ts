// The generic slash-command pipeline every command goes through:
//   ack() at once -> execution id -> replay check across replicas -> parse arguments ->
//   role check (deny by default; refusals are ephemeral and audited) -> the command's run() ->
//   any error reaches the user as an ephemeral message with the execution id, and the audit log.
// A command only supplies its name, its role and run().

import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { UsageError } from '../../src/api.ts';
import type { AuditOutcome } from '../audit-log.ts';
import { errorMessage, usageErrorMessage } from '../blocks/error.ts';
import { refusalMessage } from '../blocks/refusal.ts';
import type { RoleName } from '../config.ts';
import { newExecutionId } from './execution.ts';
import { notifyUser, Responder, type Msg } from './respond.ts';
import { auditArgs, record, safeText, type BotRuntime } from './runtime.ts';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export interface CommandInvocation {
  rt: BotRuntime;
  executionId: string;
  command: SlashCommand;
  args: string[];
  client: WebClient;
  responder: Responder;
  /** An ephemeral message to the caller. */
  notify(m: Msg): Promise<boolean>;
  /** Appends an event of this execution to the audit log. */
  audit(outcome: AuditOutcome, extra?: { instance?: string; detail?: string; durationMs?: number }): Promise<boolean>;
}

export interface CommandSpec {
  /** `/mastodon-health` */
  name: string;
  role: RoleName;
  /** Arguments anyone may use without the role (help). */
  isPublic?(args: string[]): boolean;
  run(inv: CommandInvocation): Promise<void>;
}

/** An error already shown to the user (e.g. in the progress message): audit it, do not notify again. */
export class ShownError extends Error {
  constructor(readonly original: unknown) {
    super((original as Error)?.message ?? String(original));
  }
}

const MAX_ARGS = 20;

/**
 * Splits the command text into words. Slack may send a domain as a link (`<http://a.b|a.b>`):
 * the label is used. Each word is an instance name or a check id: anything else is refused
 * here, so no Slack text travels further than a lookup in the config.
 */
export function tokenize(text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_ARGS) throw new UsageError(`too many arguments (${words.length}); at most ${MAX_ARGS}`);
  return words.map((w) => {
    const link = /^<([^|>]+)(?:\|([^>]+))?>$/.exec(w);
    let word = w;
    if (link) {
      word = link[2] ?? link[1] ?? w;
      if (!link[2]) {
        try {
          word = new URL(word).host;
        } catch {
          /* not a URL: keep it, the check below refuses it */
        }
      }
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(word)) throw new UsageError(`"${word.slice(0, 40)}" is not an instance name or a check id (letters, digits, . _ : -)`);
    return word;
  });
}

/** Bolt listener for `spec`. */
export function commandListener(rt: BotRuntime, spec: CommandSpec) {
  return async ({ command, ack, respond, client, context }: CommandArgs): Promise<void> => {
    await ack(); // nothing before this: Slack gives 3 s
    const executionId = newExecutionId(rt.now());
    const responder = new Responder(respond as never, { timeoutMs: rt.config.timeouts.slackApiMs, now: () => rt.now() });
    const base = {
      executionId,
      command: spec.name,
      userId: command.user_id,
      userName: command.user_name,
      teamId: command.team_id,
      channelId: command.channel_id,
      channelName: command.channel_name,
      args: auditArgs(rt, command.text ?? ''),
    };
    const inv: CommandInvocation = {
      rt,
      executionId,
      command,
      args: [],
      client,
      responder,
      notify: (m) => notifyUser({ responder, client, channelId: command.channel_id, userId: command.user_id }, m),
      audit: (outcome, extra = {}) => record(rt, { ...base, outcome, ...extra }),
    };
    const log = rt.logger.child({ executionId, command: spec.name, user: command.user_id, channel: command.channel_id });
    try {
      const signature = context.slackSignature;
      if (typeof signature === 'string') {
        const fresh = await rt.replay.claimShared(signature).catch((e: unknown) => {
          log.warn({ err: e }, 'replay check in Redis failed; the in-process check still applied');
          return true;
        });
        if (!fresh) {
          log.warn('replayed request (seen by another replica): dropped');
          await inv.audit('refused', { detail: 'replayed request (same Slack signature seen by another replica)' });
          return;
        }
      }
      inv.args = tokenize(command.text ?? '');
      if (!spec.isPublic?.(inv.args)) {
        const d = await rt.auth.check(spec.role, { userId: command.user_id, channelId: command.channel_id, teamId: command.team_id }, client);
        if (!d.allowed) {
          log.info({ reason: d.reason }, 'refused');
          await inv.audit('refused', { detail: d.reason });
          if (!(await inv.notify(refusalMessage({ what: `${spec.name}${command.text ? ` ${safeText(rt, command.text, 80)}` : ''}`, reason: d.reason, executionId })))) log.error('could not tell the user about the refusal');
          return;
        }
        log.debug({ via: d.via }, 'allowed');
      }
      await spec.run(inv);
    } catch (e) {
      const err = e instanceof ShownError ? e.original : e;
      const message = safeText(rt, (err as Error)?.message ?? String(err));
      if (err instanceof UsageError) {
        await inv.audit('usage_error', { detail: message });
        if (!(e instanceof ShownError)) await inv.notify(usageErrorMessage({ message, executionId, command: spec.name }));
        return;
      }
      log.error({ err }, 'command failed');
      await inv.audit('failed', { detail: message });
      if (!(e instanceof ShownError)) {
        const shown = await inv.notify(errorMessage({ title: `${spec.name} failed`, message, executionId }));
        if (!shown) log.error('could not tell the user about the failure');
      }
    }
  };
}
