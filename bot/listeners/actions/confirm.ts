// The generic confirmation flow for anything that writes.
// promptConfirmation(): after a read-only plan, shows the exact scope with Run (style danger,
// with a confirm dialog) and Dismiss; both buttons carry signed payloads sharing one nonce.
// handleConfirm(): on Run, checks that the clicker is the person who asked and still holds the
// executor's role, takes the per-instance lock, claims the nonce (so a second click, on any
// replica, runs nothing), writes the audit entry (no audit, no write), then runs the executor
// with progress, Cancel, a time limit and the lock kept alive; the lock is released at the end.

import type { WebClient } from '@slack/web-api';
import { confirmPrompt, promptClosed } from '../../blocks/confirm.ts';
import { errorMessage } from '../../blocks/error.ts';
import { actionFinished, actionRunning } from '../../blocks/progress.ts';
import { buttonListener, type ButtonClick } from '../../core/button.ts';
import { newExecutionId } from '../../core/execution.ts';
import { ChannelSurface, EphemeralSurface, notifyUser, ProgressUpdater, type Responder } from '../../core/respond.ts';
import { record, safeText, type BotRuntime } from '../../core/runtime.ts';
import { AbortedError, settleOrAbort } from '../../core/timeout.ts';
import { newNonce } from '../../confirm.ts';
import type { AuditOutcome } from '../../audit-log.ts';
import type { Lock } from '../../lock.ts';

/** After Cancel, the time limit or a lost lock, how long an executor gets to stop cleanly. */
const ABORT_GRACE_MS = 10_000;

export interface PromptOptions {
  client: WebClient;
  responder?: Responder;
  userId: string;
  teamId?: string;
  channelId: string;
  /** Registered executor id. */
  action: string;
  instance: string;
  /** What the executor will do, exactly (signed into the button). */
  scope: unknown;
  title: string;
  scopeLines: string[];
  dialogText: string;
  confirmLabel?: string;
  /** Reuse the planning command's execution id, so plan, confirmation and result share one. */
  executionId?: string;
}

/** Shows the confirmation prompt (ephemeral: only the requester sees the scope); returns the execution id. */
export async function promptConfirmation(rt: BotRuntime, o: PromptOptions): Promise<{ executionId: string; shown: boolean }> {
  const executor = rt.executors.get(o.action);
  if (!executor) throw new Error(`no executor registered for ${o.action}`);
  const executionId = o.executionId ?? newExecutionId(rt.now());
  const ttl = rt.config.confirm.ttlSeconds;
  const nonce = newNonce();
  const claims = { a: o.action, i: o.instance, s: o.scope, u: o.userId, t: o.teamId, c: o.channelId, x: executionId };
  const msg = confirmPrompt({
    title: o.title,
    instance: o.instance,
    scopeLines: o.scopeLines,
    dialogText: o.dialogText,
    executionId,
    confirmValue: rt.signer.sign({ k: 'confirm', ...claims }, ttl, nonce),
    denyValue: rt.signer.sign({ k: 'deny', ...claims, s: undefined }, ttl, nonce),
    expiresInSeconds: ttl,
    confirmLabel: o.confirmLabel,
  });
  await record(rt, { executionId, command: `prompt:${o.action}`, userId: o.userId, teamId: o.teamId, channelId: o.channelId, args: '', instance: o.instance, outcome: 'started', detail: `awaiting confirmation: ${o.scopeLines.join('; ')}`.slice(0, 1000) });
  const shown = await notifyUser({ responder: o.responder, client: o.client, channelId: o.channelId, userId: o.userId }, msg);
  return { executionId, shown };
}

export async function handleConfirm(c: ButtonClick): Promise<void> {
  const { rt, payload: p } = c;
  const x = p.x;
  if (c.userId !== p.u) return c.refuse(x, `only ${p.u}, who asked for it and saw the scope, can confirm it`, p.i);
  const executor = rt.executors.get(p.a);
  if (!executor) return c.refuse(x, `this bot has no action "${p.a}" (a different version made the button?)`, p.i);
  const d = await rt.auth.check(executor.role, { userId: c.userId, channelId: c.channelId, teamId: c.teamId }, c.client);
  if (!d.allowed) return c.refuse(x, d.reason, p.i);
  const instance = p.i ?? '';
  const instanceConfig = rt.config.instances[instance];
  if (!instanceConfig) return c.refuse(x, `"${instance}" is not a configured instance any more`, p.i);
  let scope: unknown;
  try {
    scope = executor.parseScope(p.s);
  } catch (e) {
    return c.refuse(x, `the scope in the button is not valid for ${p.a}: ${safeText(rt, (e as Error).message, 200)}`, p.i);
  }
  if (!rt.nonces || !rt.locks) return c.refuse(x, "confirmations need the bot's Redis (MASTODON_OPS_BOT_REDIS_URL), so that nothing can run twice; it is not configured", p.i);

  // Lock first: if the instance is busy the nonce stays unspent and the same button works later.
  let lock: Lock | undefined;
  if (executor.lock) {
    const got = await rt.locks.acquire(instance, { executionId: x, userId: c.userId, action: p.a }, rt.config.lock.ttlSeconds * 1000);
    if (!got.ok) {
      const h = got.heldBy;
      return c.refuse(x, h ? `${instance} is busy: ${h.action} by ${h.userId} since ${h.since} (execution ${h.executionId}); try again when it has finished` : `${instance} is busy with another write; try again later`, p.i);
    }
    lock = got.lock;
  }
  const release = async () => {
    await lock?.release().catch((err: unknown) => rt.logger.warn({ err, executionId: x }, 'lock release failed; it expires by itself'));
  };
  try {
    if (!(await rt.nonces.claim(p, x, rt.now()))) {
      await release();
      return c.refuse(x, 'this confirmation has already been used (a second click, or another replica handled it)', p.i);
    }
  } catch (e) {
    await release();
    throw e;
  }
  if (!(await c.audit(x, 'confirmed', { instance, detail: `${p.a}: ${JSON.stringify(p.s ?? null).slice(0, 500)}` }))) {
    await release();
    await c.notify(errorMessage({ title: `${executor.title} not started`, message: 'the audit log cannot be written, and nothing writes without its audit entry', executionId: x }));
    return;
  }
  await runConfirmed(c, executor, instance, instanceConfig, scope, lock).finally(release);
}

async function runConfirmed(
  c: ButtonClick,
  executor: NonNullable<ReturnType<BotRuntime['executors']['get']>>,
  instance: string,
  instanceConfig: NonNullable<BotRuntime['config']['instances'][string]>,
  scope: unknown,
  lock: { keepAlive(onLost: () => void): void } | undefined,
): Promise<void> {
  const { rt, payload: p } = c;
  const x = p.x;
  const log = rt.logger.child({ executionId: x, action: p.a, instance });
  const t0 = performance.now();
  const exec = rt.executions.start({ id: x, action: p.a, userId: c.userId, channelId: c.channelId, instance });
  lock?.keepAlive(() => rt.executions.abort(x, 'lock lost'));
  const deadline = setTimeout(() => rt.executions.abort(x, 'timeout'), executor.timeoutMs);
  deadline.unref();
  const cancelValue = rt.signer.sign({ k: 'cancel', a: p.a, u: c.userId, t: c.teamId, c: c.channelId, x, i: instance }, Math.ceil(executor.timeoutMs / 1000) + 300);
  // The prompt (ephemeral) is replaced on the click's response_url; the run is shown in the channel.
  await c.responder.send({ replace_original: true, ...promptClosed({ title: executor.title, instance, line: 'confirmed, running', by: c.userId, executionId: x }) }).catch(() => false);
  const surface = c.channelId ? new ChannelSurface(c.client, c.channelId, () => new EphemeralSurface(c.responder, 1)) : new EphemeralSurface(c.responder, 1);
  const updater = new ProgressUpdater(surface, rt.config.health.updateIntervalMs, (e) => log.warn({ err: e }, 'progress update failed'));
  const lines: string[] = [];
  const running = () => actionRunning({ title: executor.title, instance, lines, executionId: x, userId: c.userId, cancelValue });
  let outcome: AuditOutcome = 'failed';
  let detail = '';
  try {
    await surface.show(running(), false).catch((e) => log.warn({ err: e }, 'could not show progress'));
    const result = await settleOrAbort(
      executor.run({
        instance,
        instanceConfig,
        scope,
        executionId: x,
        userId: c.userId,
        signal: exec.signal,
        progress: (line) => {
          lines.push(safeText(rt, line, 300));
          updater.update(running());
        },
      }),
      exec.signal,
      ABORT_GRACE_MS,
      () => exec.abortReason ?? 'cancelled',
    );
    outcome = exec.abortReason === 'timeout' ? 'timed_out' : exec.signal.aborted ? 'cancelled' : result.outcome;
    detail = safeText(rt, result.summary, 500);
    await updater.final(actionFinished({ title: executor.title, instance, outcome, summary: result.summary, details: result.details, executionId: x, userId: c.userId, durationMs: performance.now() - t0 }));
  } catch (e) {
    if (e instanceof AbortedError) {
      outcome = e.reason === 'timeout' ? 'timed_out' : 'cancelled';
      detail = `stopped: ${e.reason}${exec.cancelledBy ? ` by ${exec.cancelledBy}` : ''}`;
    } else {
      outcome = 'failed';
      detail = safeText(rt, (e as Error)?.message ?? String(e));
      log.error({ err: e }, 'executor failed');
    }
    await updater.final(errorMessage({ title: `${executor.title} on ${instance}: ${outcome}`, message: detail, executionId: x })).catch(() => c.notify(errorMessage({ title: executor.title, message: detail, executionId: x })));
  } finally {
    clearTimeout(deadline);
    rt.executions.finish(x);
    await c.audit(x, outcome, { instance, detail, durationMs: Math.round(performance.now() - t0) });
  }
}

/** Dismiss: spends the prompt's nonce (so Run cannot be used afterwards) and closes the prompt. */
export async function handleDeny(c: ButtonClick): Promise<void> {
  const { rt, payload: p } = c;
  if (c.userId !== p.u) return c.refuse(p.x, `only ${p.u} can dismiss it`, p.i);
  if (rt.nonces && !(await rt.nonces.claim(p, `${p.x}:declined`, rt.now()))) return c.refuse(p.x, 'this prompt has already been used', p.i);
  await c.audit(p.x, 'declined', { instance: p.i, detail: `${p.a}: nothing was changed` });
  const title = rt.executors.get(p.a)?.title ?? p.a;
  await c.responder.send({ replace_original: true, ...promptClosed({ title, instance: p.i ?? '', line: 'dismissed, nothing was changed', by: c.userId, executionId: p.x }) }).catch(() => false);
}

export function confirmAction(rt: BotRuntime) {
  return buttonListener(rt, 'confirm', handleConfirm);
}

export function denyAction(rt: BotRuntime) {
  return buttonListener(rt, 'deny', handleDeny);
}
