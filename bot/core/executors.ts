// Actions that write. An executor is registered under an id (e.g. `restore.avatars`); a command
// plans read-only, shows the exact scope in a confirm prompt whose button carries a signed
// payload naming the executor, and only the generic confirm handler (listeners/actions/confirm.ts)
// runs it: after checking the signature, the expiry, the person, the role, the single-use nonce
// and the per-instance lock.

import type { InstanceConfig } from '../../src/api.ts';
import type { RoleName } from '../config.ts';

export interface ExecutorContext<S> {
  instance: string;
  instanceConfig: InstanceConfig;
  /** The scope exactly as signed into the confirm button, after `parseScope`. */
  scope: S;
  executionId: string;
  userId: string;
  /** Aborted by Cancel, by the timeout, by shutdown, or when the instance lock is lost. */
  signal: AbortSignal;
  /** A progress line shown in the running message (throttled; never secrets). */
  progress(line: string): void;
}

export interface ExecutorResult {
  outcome: 'ok' | 'warn' | 'fail';
  summary: string;
  details?: string[];
}

export interface ActionExecutor<S = unknown> {
  id: string;
  title: string;
  /** The role allowed to confirm it (checked again at click time). */
  role: RoleName;
  /** Take the per-instance lock while it runs (every write should). */
  lock: boolean;
  timeoutMs: number;
  /** Validates the signed scope; throw to refuse. */
  parseScope(scope: unknown): S;
  run(ctx: ExecutorContext<S>): Promise<ExecutorResult>;
}

export class ExecutorRegistry {
  private readonly map = new Map<string, ActionExecutor<unknown>>();

  register<S>(e: ActionExecutor<S>): void {
    if (!/^[a-z][a-z0-9._-]{0,63}$/.test(e.id)) throw new Error(`executor id ${JSON.stringify(e.id)}: lower-case letters, digits, . _ - (at most 64)`);
    if (this.map.has(e.id)) throw new Error(`executor ${e.id} is already registered`);
    this.map.set(e.id, e as ActionExecutor<unknown>);
  }

  get(id: string): ActionExecutor<unknown> | undefined {
    return this.map.get(id);
  }

  ids(): string[] {
    return [...this.map.keys()];
  }
}
