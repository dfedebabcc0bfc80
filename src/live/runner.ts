// Runs checks concurrently, each under its own timeout: a hung database, Redis, S3 endpoint or
// SSH host gives `error: timed out after N s` for the checks that need it while the others
// report, so the whole report is bounded by the slowest timeout.

import type { Check, CheckResult, Connections, InstanceInfo, HealthReport } from './types.ts';
import { diagnose } from './diagnose.ts';
import { redact } from './redact.ts';


export async function runCheck(check: Check, instance: InstanceInfo, conns: Connections, cancel?: AbortSignal): Promise<CheckResult> {
  const started = performance.now();
  const base = { id: check.id, title: check.title };
  for (const need of check.needs) {
    const why = conns.unavailable(need);
    if (why) return { ...base, status: 'skipped', summary: `skipped: ${why}`, details: [], durationMs: 0 };
  }
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject first: a check that stops on abort must not win the race with "aborted".
      reject(new TimeoutError(check.timeoutMs));
      ac.abort();
    }, check.timeoutMs);
  });
  // Cancel (the bot's button) stops the check and its timer at once.
  const onCancel = () => {
    clearTimeout(timer);
    ac.abort();
  };
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    const out = await Promise.race([check.run({ instance, conns, signal: ac.signal, timeoutMs: check.timeoutMs }), timeout]);
    // Checks quote errors and URLs: no credential may reach any rendering, whatever the check did.
    return {
      ...base,
      ...out,
      summary: redact(out.summary),
      details: out.details.map(redact),
      fix: out.fix === undefined ? undefined : redact(out.fix),
      durationMs: Math.round(performance.now() - started),
    };
  } catch (e) {
    const msg = e instanceof TimeoutError ? e.message : `error: ${redact((e as Error)?.message ?? String(e))}`;
    return { ...base, status: 'error', summary: msg, details: [], durationMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
  }
}

function cancelled(c: Check, signal: AbortSignal | undefined): Promise<CheckResult> {
  return new Promise((resolve) => {
    if (!signal) return;
    const done = () => resolve({ id: c.id, title: c.title, status: 'skipped', summary: 'skipped: cancelled', details: [], durationMs: 0 });
    if (signal.aborted) done();
    else signal.addEventListener('abort', done, { once: true });
  });
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`error: timed out after ${ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`}`);
  }
}

export interface RunHooks {
  /** Called as each check finishes (progress messages); `pending` are the checks still running. */
  onResult?: (result: CheckResult, pending: Check[]) => void;
  /** Aborting skips checks that have not finished (the bot's Cancel button). */
  signal?: AbortSignal;
}

export async function runHealth(checks: Check[], instance: InstanceInfo, conns: Connections, hooks: RunHooks = {}): Promise<HealthReport> {
  const startedAt = new Date();
  const t0 = performance.now();
  const pending = new Set(checks);
  const results = await Promise.all(
    checks.map(async (c) => {
      const r = await Promise.race([runCheck(c, instance, conns, hooks.signal), cancelled(c, hooks.signal)]);
      pending.delete(c);
      try {
        hooks.onResult?.(r, [...pending]);
      } catch {
        /* a progress callback must not break the report */
      }
      return r;
    }),
  );
  return {
    version: 1,
    instance: instance.name,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    checks: results,
    diagnosis: diagnose(results),
  };
}
