// Running executions of this process, and their Cancel. Each has an AbortController; a Cancel
// click on this replica aborts it directly. With several replicas (Socket Mode delivers a click
// to any of them), the click sets a short-lived key in the bot's Redis and the replica running
// the execution, which polls the keys of its own executions, aborts it.

import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { sleep } from './timeout.ts';

/** `20261103-1f9c03a2b4e7`: the date (sortable, readable on a phone) and 48 random bits. */
export function newExecutionId(now = Date.now()): string {
  const d = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
  return `${d}-${randomBytes(6).toString('hex')}`;
}

export interface ExecutionMeta {
  id: string;
  /** `/mastodon-health`, or an executor id. */
  action: string;
  userId: string;
  channelId?: string;
  instance?: string;
}

export interface Execution extends ExecutionMeta {
  startedAt: number;
  signal: AbortSignal;
  /** Who cancelled it, once cancelled. */
  cancelledBy?: string;
  /** Why it was aborted: `cancelled` (button), `timeout`, `shutdown`, `lock lost`. */
  abortReason?: string;
}

interface Entry {
  exec: Execution;
  controller: AbortController;
  done: Promise<void>;
  finish: () => void;
}

export type CancelResult = 'local' | 'remote' | 'unknown';

export class Executions {
  private readonly running = new Map<string, Entry>();
  private poll: NodeJS.Timeout | undefined;

  constructor(private readonly o: { redis?: Redis; prefix: string; pollMs?: number; now?: () => number } = { prefix: 'mastodon-ops:bot:' }) {}

  private cancelKey(id: string): string {
    return `${this.o.prefix}cancel:${id}`;
  }

  start(meta: ExecutionMeta): Execution {
    const controller = new AbortController();
    let finish = () => {};
    const done = new Promise<void>((r) => (finish = r));
    const exec: Execution = { ...meta, startedAt: this.o.now?.() ?? Date.now(), signal: controller.signal };
    this.running.set(meta.id, { exec, controller, done, finish });
    this.ensurePolling();
    return exec;
  }

  finish(id: string): void {
    const e = this.running.get(id);
    if (!e) return;
    this.running.delete(id);
    e.finish();
    if (!this.running.size) this.stopPolling();
    this.o.redis?.del(this.cancelKey(id)).catch(() => {});
  }

  get(id: string): Execution | undefined {
    return this.running.get(id)?.exec;
  }

  list(): Execution[] {
    return [...this.running.values()].map((e) => e.exec);
  }

  /** Aborts a local execution. */
  abort(id: string, reason: string, by?: string): boolean {
    const e = this.running.get(id);
    if (!e || e.controller.signal.aborted) return !!e;
    e.exec.abortReason = reason;
    if (by) e.exec.cancelledBy = by;
    e.controller.abort(new Error(reason));
    return true;
  }

  /** Cancel from a button: here if it runs here, else through Redis for the replica that runs it. */
  async requestCancel(id: string, by: string, ttlMs = 3_600_000): Promise<CancelResult> {
    if (this.abort(id, 'cancelled', by)) return 'local';
    if (!this.o.redis) return 'unknown';
    await this.o.redis.set(this.cancelKey(id), by, 'PX', ttlMs);
    return 'remote';
  }

  private ensurePolling(): void {
    if (this.poll || !this.o.redis) return;
    const redis = this.o.redis;
    this.poll = setInterval(() => {
      const ids = [...this.running.keys()];
      if (!ids.length) return;
      redis.mget(...ids.map((id) => this.cancelKey(id))).then(
        (vals) => vals.forEach((by, i) => by && this.abort(ids[i] as string, 'cancelled', by)),
        () => {}, // Redis unavailable: local cancel still works
      );
    }, this.o.pollMs ?? 1000);
    this.poll.unref();
  }

  private stopPolling(): void {
    clearInterval(this.poll);
    this.poll = undefined;
  }

  /** Shutdown: waits up to `graceMs` for executions to end, then aborts the rest and waits a little more. */
  async drain(graceMs: number): Promise<void> {
    const all = () => Promise.all([...this.running.values()].map((e) => e.done));
    const ac = new AbortController();
    await Promise.race([all(), sleep(graceMs, ac.signal)]);
    ac.abort();
    for (const id of this.running.keys()) this.abort(id, 'shutdown');
    const ac2 = new AbortController();
    await Promise.race([all(), sleep(5000, ac2.signal)]);
    ac2.abort();
    this.stopPolling();
  }
}
