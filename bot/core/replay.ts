// Replay protection for HTTP mode. Bolt verifies each request's signature and refuses timestamps
// more than 5 minutes off, but a captured request replayed within those 5 minutes verifies
// again. Each verified signature is remembered (as a hash) for 11 minutes (5 each side of the
// clock plus one):
// - in this process, synchronously, before the listener runs: a replay gets 401 and nothing runs;
// - in the bot's Redis (SET NX), right after ack(), so a replay sent to another replica is
//   audited and dropped (that check is I/O, and nothing but ack() may precede I/O).
// Bolt refuses timestamps more than 5 minutes old but not ones in the future; a request dated
// more than 5 minutes ahead is refused here too (same 401), which bounds how long any signature
// can verify to 10 minutes of our clock, within the 11 remembered.
// Socket Mode has no signatures: the WebSocket is authenticated by the app token.

import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export const REPLAY_WINDOW_MS = 11 * 60_000;
export const REPLAY_CODE = 'mastodon_ops_replayed_request';

export const MAX_FUTURE_SKEW_S = 5 * 60;

/** A request refused before any listener runs; the HTTP receiver answers 401. */
export class ReplayError extends Error {
  override name = 'ReplayError';
  readonly code = REPLAY_CODE;
  constructor(message = 'replayed Slack request (same signature seen before): refused') {
    super(message);
  }
}

function digest(signature: string): string {
  return createHash('sha256').update(signature).digest('base64url').slice(0, 32);
}

export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly o: { redis?: Redis; prefix: string; now?: () => number; windowMs?: number } = { prefix: 'mastodon-ops:bot:' }) {}

  private now(): number {
    return this.o.now?.() ?? Date.now();
  }

  /** True if this process has seen the signature within the window; records it otherwise. */
  seenLocally(signature: string): boolean {
    const now = this.now();
    const key = digest(signature);
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return true;
    this.seen.set(key, now + (this.o.windowMs ?? REPLAY_WINDOW_MS));
    if (this.seen.size > 5000) for (const [k, t] of this.seen) if (t <= now) this.seen.delete(k);
    return false;
  }

  /** Claims the signature across replicas; true when this is its first use (or without Redis). */
  async claimShared(signature: string): Promise<boolean> {
    if (!this.o.redis) return true;
    const r = await this.o.redis.set(`${this.o.prefix}replay:${digest(signature)}`, '1', 'PX', this.o.windowMs ?? REPLAY_WINDOW_MS, 'NX');
    return r === 'OK';
  }
}
