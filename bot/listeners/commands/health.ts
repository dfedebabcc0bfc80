// `/mastodon-health [instance] [check ids…]`: runs the engine's checks against one instance and
// shows a message that is updated in place as checks finish (with Cancel), ending with the
// engine's Block Kit report and diagnosis. Health only reads, so runs may overlap freely.
// No diagnostic logic here: instanceHealth() and renderHealthSlack() come from src/api.ts.

import { instanceHealth, selectChecks, UsageError, type CheckResult, type CheckStatus, type HealthReport } from '../../../src/api.ts';
import { errorMessage } from '../../blocks/error.ts';
import { healthFinal, healthProgress, healthStarting } from '../../blocks/progress.ts';
import { ShownError, type CommandInvocation, type CommandSpec } from '../../core/command.ts';
import { ChannelSurface, EphemeralSurface, ProgressUpdater, type Surface } from '../../core/respond.ts';
import { safeText } from '../../core/runtime.ts';
import { AbortedError, settleOrAbort } from '../../core/timeout.ts';
import type { AuditOutcome } from '../../audit-log.ts';
import type { BotRuntime } from '../../core/runtime.ts';
import { runHelp, runList } from './help.ts';

export const HEALTH_COMMAND = '/mastodon-health';

/** After Cancel or the time limit, how long the engine gets to report the checks it skipped. */
const ABORT_GRACE_MS = 3000;

/** The instance and the check ids named by the arguments. */
export function resolveTarget(rt: BotRuntime, args: string[]): { instance: string; only: string[] } {
  const names = Object.keys(rt.config.instances);
  const [first] = args;
  if (first !== undefined) {
    const hit = names.find((n) => n === first) ?? names.find((n) => n.toLowerCase() === first.toLowerCase());
    if (hit) return { instance: hit, only: args.slice(1) };
  }
  const isCheck = (w: string) => rt.checks.some((c) => c.id === w || c.id.startsWith(`${w}.`));
  if (first !== undefined && !isCheck(first)) {
    throw new UsageError(`"${first}" is neither a configured instance (${names.join(', ')}) nor a check id (${rt.checks.map((c) => c.id).join(', ')})`);
  }
  if (!rt.config.defaultInstance) throw new UsageError(`name the instance: ${HEALTH_COMMAND} <instance> [check ids]; configured: ${names.join(', ')}`);
  return { instance: rt.config.defaultInstance, only: args };
}

export function worstStatus(r: HealthReport): 'ok' | 'warn' | 'fail' | 'error' {
  const has = (s: CheckStatus) => r.checks.some((c) => c.status === s);
  return has('fail') ? 'fail' : has('error') ? 'error' : has('warn') ? 'warn' : 'ok';
}

export function statusCounts(checks: CheckResult[]): string {
  const n = new Map<string, number>();
  for (const c of checks) n.set(c.status, (n.get(c.status) ?? 0) + 1);
  return ['ok', 'warn', 'fail', 'error', 'skipped']
    .filter((s) => n.get(s))
    .map((s) => `${s} ${n.get(s)}`)
    .join(', ');
}

async function runChecks(inv: CommandInvocation): Promise<void> {
  const { rt, command, executionId, client } = inv;
  const { instance, only } = resolveTarget(rt, inv.args);
  const cfg = rt.config.instances[instance];
  if (!cfg) throw new UsageError(`"${instance}" is not a configured instance`);
  const selected = selectChecks(rt.checks, only);
  const log = rt.logger.child({ executionId, instance });

  // Health only reads: the progress message need not wait for the audit entry (both are awaited below).
  const auditedStart = inv.audit('started', { instance, detail: `checks: ${selected.map((c) => c.id).join(', ')}` });
  const exec = rt.executions.start({ id: executionId, action: HEALTH_COMMAND, userId: command.user_id, channelId: command.channel_id, instance });
  const t0 = performance.now();
  const cancelValue = rt.signer.sign(
    { k: 'cancel', a: HEALTH_COMMAND, u: command.user_id, t: command.team_id, c: command.channel_id, x: executionId, i: instance },
    Math.ceil(rt.config.health.timeoutMs / 1000) + 300,
  );
  const fallback = () => new EphemeralSurface(inv.responder);
  const surface: Surface =
    rt.config.health.visibility === 'ephemeral'
      ? fallback()
      : new ChannelSurface(client, command.channel_id, fallback, (code) => log.info({ code }, 'cannot post in the channel; answering ephemerally (invite the bot to share reports)'));
  const updater = new ProgressUpdater(surface, rt.config.health.updateIntervalMs, (e) => log.warn({ err: e }, 'progress update failed'));
  const deadline = setTimeout(() => rt.executions.abort(executionId, 'timeout'), rt.config.health.timeoutMs);
  deadline.unref();
  const startedAt = new Date(rt.now()).toISOString();
  const done: CheckResult[] = [];
  let shown = false;
  try {
    await Promise.all([surface.show(healthStarting({ instance, checks: selected, executionId, cancelValue }), false), auditedStart]);
    shown = true;
    const report = await settleOrAbort(
      instanceHealth(instance, cfg, rt.checks, {
        only,
        configPath: rt.config.configPath,
        signal: exec.signal,
        onResult: (r, pending) => {
          done.push(r);
          updater.update(healthProgress({ instance, startedAt, elapsedMs: performance.now() - t0, done, pending, executionId, cancelValue }));
        },
      }),
      exec.signal,
      ABORT_GRACE_MS,
      () => exec.abortReason ?? 'cancelled',
    );
    let note: string | undefined;
    let outcome: AuditOutcome = worstStatus(report);
    if (exec.abortReason === 'cancelled') (note = 'cancelled: the checks still running were skipped'), (outcome = 'cancelled');
    else if (exec.abortReason === 'timeout') (note = `stopped at the ${Math.round(rt.config.health.timeoutMs / 1000)} s limit`), (outcome = 'timed_out');
    else if (exec.abortReason === 'shutdown') (note = 'the bot is restarting: stopped'), (outcome = 'cancelled');
    const final = healthFinal(report, { executionId, requestedBy: command.user_id, note, cancelledBy: exec.cancelledBy });
    await updater.final(final);
    await inv.audit(outcome, { instance, detail: `${statusCounts(report.checks)}${report.diagnosis[0] ? `; ${report.diagnosis[0].title}` : ''}${exec.cancelledBy ? `; cancelled by ${exec.cancelledBy}` : ''}`, durationMs: Math.round(performance.now() - t0) });
  } catch (e) {
    const durationMs = Math.round(performance.now() - t0);
    if (e instanceof AbortedError) {
      const outcome: AuditOutcome = e.reason === 'timeout' ? 'timed_out' : 'cancelled';
      const msg = e.reason === 'timeout' ? `stopped at the ${Math.round(rt.config.health.timeoutMs / 1000)} s limit before the checks could report` : `cancelled${exec.cancelledBy ? ` by ${exec.cancelledBy}` : ''} before the checks could report`;
      await updater.final(errorMessage({ title: `Mastodon health: ${instance}`, message: msg, executionId })).catch((err) => log.warn({ err }, 'final update failed'));
      await inv.audit(outcome, { instance, detail: msg, durationMs });
      return;
    }
    if (!shown) throw e;
    // Replace the progress message (and its Cancel button) with the error; the pipeline audits it.
    const message = safeText(rt, (e as Error)?.message ?? String(e));
    const title = e instanceof UsageError ? `Mastodon health: ${instance}: configuration problem` : `Mastodon health: ${instance} failed`;
    try {
      await updater.final(errorMessage({ title, message, executionId }));
    } catch (err) {
      log.warn({ err }, 'could not replace the progress message with the error');
      throw e;
    }
    throw new ShownError(e);
  } finally {
    clearTimeout(deadline);
    rt.executions.finish(executionId);
  }
}

export const healthCommand: CommandSpec = {
  name: HEALTH_COMMAND,
  role: 'health',
  isPublic: (args) => args[0] === 'help',
  async run(inv) {
    if (inv.args[0] === 'help') return runHelp(inv, HEALTH_COMMAND);
    if (inv.args[0] === 'list' && inv.args.length === 1) return runList(inv);
    return runChecks(inv);
  },
};
