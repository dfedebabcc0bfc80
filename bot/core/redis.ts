// The bot's own Redis (never Mastodon's): locks, single-use confirmations, cross-replica cancel
// and the replay guard. Every command has a deadline; a Redis that is down fails fast instead of
// queueing commands forever.

import { Redis } from 'ioredis';

export function openRedis(url: string, timeoutMs: number): Redis {
  const r = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Reconnect in the background with a capped backoff; commands fail meanwhile.
    retryStrategy: (n) => Math.min(n * 200, 5000),
  });
  r.on('error', () => {}); // surfaced by the command that needed Redis
  return r;
}
