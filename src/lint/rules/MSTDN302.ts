import { defineRule } from '../rule.ts';
import { missingConfidence, proxyText, s3Proxies, type Level } from '../extract/nginx.ts';
import type { NginxDirective } from '../parse/nginx.ts';

const WRITES = ['POST', 'PUT', 'DELETE', 'PATCH'];

/** The methods an `if ($request_method ...)` condition sends to its block, or null if it does not test the method. */
function methodsMatched(cond: NginxDirective): ((m: string) => boolean) | null {
  const text = cond.args
    .map((a) => a.value)
    .join(' ')
    .trim()
    .replace(/^\(\s*/, '')
    .replace(/\s*\)$/, '');
  const m = /^\$request_method\s+(!~\*|!~|~\*|~|!=|=)\s+(.+)$/.exec(text);
  if (!m) return null;
  const op = m[1] as string;
  const val = (m[2] as string).trim();
  if (op === '=' || op === '!=') return (x) => (x === val) === (op === '=');
  let re: RegExp;
  try {
    re = new RegExp(val, op.endsWith('*') ? 'i' : '');
  } catch {
    // A PCRE feature JavaScript lacks: give the operator the benefit of the doubt.
    return () => true;
  }
  const negate = op.startsWith('!');
  return (x) => re.test(x) !== negate;
}

function refuses(block: NginxDirective[] | undefined): boolean {
  return (block ?? []).some((d) => d.name === 'return' && Number(d.args[0]?.value) >= 400);
}

/** An `if` at this level that refuses every write method (memoised: levels are shared by many locations). */
const GUARDED = new WeakMap<Level, boolean>();
function ifGuard(level: Level): boolean {
  let g = GUARDED.get(level);
  if (g === undefined) {
    g = ifGuardOf(level);
    GUARDED.set(level, g);
  }
  return g;
}

function ifGuardOf(level: Level): boolean {
  return level.directives.some((d) => {
    if (d.name !== 'if' || !d.block) return false;
    const sends = methodsMatched(d);
    return sends !== null && WRITES.every((w) => sends(w)) && refuses(d.block);
  });
}

export default defineRule({
  id: 'MSTDN302',
  name: 'proxy-allows-writes',
  severity: 'error',
  short: 'An nginx proxy to object storage lets PUT and DELETE requests through to the bucket',
  full:
    'A media proxy only needs GET (and HEAD, which GET implies). Without `limit_except GET { deny all; }` nginx passes ' +
    'PUT, POST and DELETE to the bucket: with a forwarded Authorization header, a bucket policy that trusts the proxy\'s ' +
    'address, or a public-write bucket, anyone can overwrite or delete media through your domain. An ' +
    '`if ($request_method !~ ^(GET|HEAD)$) { return 405; }` in the same location or its server is accepted too.',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        // limit_except is inherited by nested locations; rewrite `if`s run only in the proxy's own
        // location and at server level.
        let limit: NginxDirective | undefined;
        let guarded = false;
        let ownLocationSeen = false;
        for (const l of p.levels) {
          if (l.kind === 'location' || l.kind === 'if') {
            if (!limit) limit = l.directives.filter((d) => d.name === 'limit_except' && d.block).pop();
            if (!ownLocationSeen && ifGuard(l)) guarded = true;
            if (l.kind === 'location') ownLocationSeen = true;
          } else if (l.kind === 'server' && ifGuard(l)) guarded = true;
        }
        if (limit) {
          const writable = limit.args.find((a) => WRITES.includes(a.value.toUpperCase()));
          if (writable) {
            ctx.report({
              span: writable.span,
              confidence: p.confidence,
              message: `"limit_except" allows "${writable.value}" through to ${p.provider}, so media can be written or deleted through your domain; allow only "GET"`,
            });
            continue;
          }
          const body = limit.block ?? [];
          const denies = body.some((d) => d.name === 'deny' && d.args[0]?.value === 'all');
          const auth = body.some((d) => d.name === 'auth_basic' && d.args[0]?.value !== 'off') || body.some((d) => d.name === 'auth_request');
          if (!denies && !auth && !guarded) {
            ctx.report({
              span: limit.head,
              confidence: p.confidence,
              message: `"limit_except ${limit.args.map((a) => a.value).join(' ')}" has no "deny all;", so other methods still reach ${p.provider}; add "deny all;" inside it`,
            });
          }
          continue;
        }
        if (guarded) continue;
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message:
            `"${proxyText(p)}" passes PUT, POST and DELETE requests to ${p.provider}, so media can be overwritten or deleted through your domain; ` +
            'add "limit_except GET { deny all; }"',
        });
      }
    },
  },
});
