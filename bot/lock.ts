// One write per instance at a time, across replicas: a Redis lock per instance taken with
// SET key value NX PX ttl, where the value holds a random token (and who holds it, for the
// "busy" message). Release and extension compare the token in a Lua script, so a replica whose
// lock expired can never delete or extend the lock a newer holder took. While an action runs the
// lock is extended every ttl/3; if the process dies, the lock expires by itself.

import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const EXTEND = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

export interface LockOwner {
  executionId: string;
  userId: string;
  action: string;
}

export interface LockInfo extends LockOwner {
  since: string;
}

export class Lock {
  private timer: NodeJS.Timeout | undefined;
  constructor(
    private readonly redis: Redis,
    readonly key: string,
    private readonly value: string,
    readonly ttlMs: number,
  ) {}

  /** Deletes the lock if it is still ours; false when it had expired (and maybe been taken). */
  async release(): Promise<boolean> {
    this.stopKeepAlive();
    return (await this.redis.eval(RELEASE, 1, this.key, this.value)) === 1;
  }

  /** Pushes the expiry out to `ttlMs` from now if the lock is still ours. */
  async extend(ttlMs = this.ttlMs): Promise<boolean> {
    return (await this.redis.eval(EXTEND, 1, this.key, this.value, String(ttlMs))) === 1;
  }

  /** Extends every ttl/3; `onLost` is called once if the lock is gone (the action should stop). */
  keepAlive(onLost: () => void): void {
    this.timer = setInterval(
      () => {
        this.extend().then(
          (ok) => {
            if (!ok) {
              this.stopKeepAlive();
              onLost();
            }
          },
          () => {}, // a Redis hiccup: try again at the next tick; the TTL covers two more
        );
      },
      Math.max(100, Math.floor(this.ttlMs / 3)),
    );
    this.timer.unref();
  }

  stopKeepAlive(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

export type AcquireResult = { ok: true; lock: Lock } | { ok: false; heldBy: LockInfo | null };

export class InstanceLocks {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
  ) {}

  key(instance: string): string {
    return `${this.prefix}lock:${encodeURIComponent(instance)}`;
  }

  async acquire(instance: string, owner: LockOwner, ttlMs = this.ttlMs): Promise<AcquireResult> {
    const key = this.key(instance);
    const info: LockInfo & { token: string } = { ...owner, since: new Date().toISOString(), token: randomBytes(16).toString('hex') };
    const value = JSON.stringify(info);
    if ((await this.redis.set(key, value, 'PX', ttlMs, 'NX')) === 'OK') return { ok: true, lock: new Lock(this.redis, key, value, ttlMs) };
    return { ok: false, heldBy: await this.holder(instance) };
  }

  /** Who holds the lock on `instance`, or null. */
  async holder(instance: string): Promise<LockInfo | null> {
    const v = await this.redis.get(this.key(instance));
    if (!v) return null;
    try {
      const { token: _token, ...info } = JSON.parse(v) as LockInfo & { token?: string };
      return info;
    } catch {
      return null;
    }
  }
}
