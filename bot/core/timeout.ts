// Timeouts on every I/O the bot does itself: Slack Web API calls and response_url posts (through
// one fetch with a deadline), Redis and PostgreSQL commands (client options), and a last-resort
// race for calls whose library has no deadline of its own.

export class TimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} timed out after ${ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`}`);
  }
}

/** Resolves or rejects with `p`, or rejects with TimeoutError after `ms`; the timer never keeps the process alive. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

type FetchLike = (url: string | URL, init?: { signal?: AbortSignal | null } & Record<string, unknown>) => Promise<Response>;

/** `fetch` with a deadline, for the Web API client and `respond()` (Bolt's respond has none). */
export function fetchWithTimeout(ms: number, base: typeof fetch = globalThis.fetch): FetchLike {
  return (url, init = {}) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return base(url, { ...(init as RequestInit), signal });
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export class AbortedError extends Error {
  override name = 'AbortedError';
  constructor(readonly reason: string) {
    super(`stopped: ${reason}`);
  }
}

/**
 * Waits for `p`; once `signal` aborts, gives it `graceMs` to wind down (the engine reports the
 * checks it skipped), then rejects with AbortedError so a stuck step never holds the user.
 */
export function settleOrAbort<T>(p: Promise<T>, signal: AbortSignal, graceMs: number, reason: () => string): Promise<T> {
  if (signal.aborted && graceMs <= 0) return Promise.reject(new AbortedError(reason()));
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => {
      timer = setTimeout(() => reject(new AbortedError(reason())), graceMs);
      timer.unref();
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([p, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  });
}
