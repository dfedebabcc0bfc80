// One way to keep credentials out of everything mastodon-ops prints: results, renderings, the
// bot's logs. `redact` removes credentials embedded in URLs and key=value pairs; `redactDeep`
// applies a string transform to every string of a value (arrays and plain objects).

import type { HealthReport } from './types.ts';

/** Removes credentials from text that may quote a URL or DSN. */
export function redact(s: string): string {
  return s.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, '$1***@').replace(/(password|passwd|secret|token)=\S+/gi, '$1=***');
}

/** Replaces literal secret values (keys, passwords) wherever they appear; short values are left alone. */
export function withoutSecrets(s: string, secrets: readonly string[], mask = '***', minLength = 4): string {
  let out = s;
  for (const v of secrets) if (v.length >= minLength) out = out.split(v).join(mask);
  return out;
}

/** Applies `f` to every string of `v`, through arrays and plain objects, up to `maxDepth`. */
export function redactDeep<T>(v: T, f: (s: string) => string = redact, maxDepth = 32): T {
  const walk = (x: unknown, depth: number): unknown => {
    if (typeof x === 'string') return f(x);
    if (depth > maxDepth || x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map((y) => walk(y, depth + 1));
    return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, walk(y, depth + 1)]));
  };
  return walk(v, 0) as T;
}

/** Every string of a report with credentials removed: renderers call it, whatever built the report. */
export function redactReport(r: HealthReport): HealthReport {
  return redactDeep(r);
}
