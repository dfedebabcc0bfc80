import { defineRule } from '../rule.ts';
import { effectiveDirective, effectiveList, levelName, missingConfidence, proxyText, s3Proxies, type S3Proxy } from '../extract/nginx.ts';
import type { NginxDirective } from '../parse/nginx.ts';
import type { RelatedLocation } from '../findings.ts';

/** Response headers every S3-compatible provider sends (AWS, and the many that copy its headers). */
const MUST_HIDE = ['Set-Cookie', 'x-amz-id-2', 'x-amz-request-id'];

/** Header patterns of `more_clear_headers` (headers-more), which allows a trailing `*`. */
function clearPatterns(ds: NginxDirective[]): RegExp[] {
  const out: RegExp[] = [];
  for (const d of ds) {
    for (let i = 0; i < d.args.length; i++) {
      const v = (d.args[i] as { value: string }).value;
      if (v === '-s' || v === '-t') {
        i++;
        continue;
      }
      for (const name of v.split(/\s+/).filter(Boolean)) {
        out.push(new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
      }
    }
  }
  return out;
}

function hidden(p: S3Proxy, header: string): boolean {
  const hide = effectiveList(p.levels, 'proxy_hide_header')?.directives ?? [];
  if (hide.some((d) => d.args[0]?.value.toLowerCase() === header.toLowerCase())) return true;
  const clear = effectiveList(p.levels, 'more_clear_headers')?.directives ?? [];
  return clearPatterns(clear).some((re) => re.test(header));
}

export default defineRule({
  id: 'MSTDN303',
  name: 'proxy-leaks-storage-headers',
  severity: 'warning',
  short: 'An nginx proxy to object storage passes Set-Cookie and x-amz-* headers on to clients',
  full:
    'Storage providers answer with their own headers: request ids (`x-amz-id-2`, `x-amz-request-id`), bucket details and ' +
    'sometimes cookies. Passed through, they expose provider internals and let the provider set cookies on your media domain; ' +
    'with `proxy_cache`, nginx also refuses to cache any response that carries `Set-Cookie` unless told to ignore it. ' +
    'Hide them with `proxy_hide_header` (or `more_clear_headers`). Like `proxy_set_header`, a level with any `proxy_hide_header` ' +
    'of its own inherits none from outer levels.',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const missing = MUST_HIDE.filter((h) => !hidden(p, h));
        const fixes = missing.map((h) => `"proxy_hide_header ${h};"`);
        const cache = effectiveDirective(p.levels, 'proxy_cache');
        const cached = cache !== null && cache.directive.args[0]?.value !== 'off';
        const ignore = effectiveDirective(p.levels, 'proxy_ignore_headers');
        const ignoresCookie = ignore?.directive.args.some((a) => a.value.toLowerCase() === 'set-cookie') ?? false;
        const cookieBlocksCache = cached && !ignoresCookie;
        if (cookieBlocksCache) fixes.push('"proxy_ignore_headers Set-Cookie;"');
        if (fixes.length === 0) continue;
        const related: RelatedLocation[] = [];
        const eff = effectiveList(p.levels, 'proxy_hide_header');
        if (eff) {
          for (const l of p.levels.slice(eff.index + 1)) {
            for (const d of l.directives) {
              if (d.name === 'proxy_hide_header' && missing.some((h) => h.toLowerCase() === d.args[0]?.value.toLowerCase())) {
                related.push({ span: d.span, message: `not inherited: the "proxy_hide_header" lines of ${levelName(eff.level)} replace it` });
              }
            }
          }
        }
        const list = missing.map((h) => `"${h}"`);
        const names = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? '');
        const costs: string[] = [];
        if (missing.some((h) => h.startsWith('x-amz'))) costs.push("exposes the provider's request ids");
        if (missing.includes('Set-Cookie')) costs.push('lets the provider set cookies on your media domain');
        const parts: string[] = [];
        if (missing.length > 0) parts.push(`passes the ${names} header${missing.length > 1 ? 's' : ''} of ${p.provider} on to clients, which ${costs.join(' and ')}`);
        if (cookieBlocksCache) parts.push('never caches a response that carries "Set-Cookie"');
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${proxyText(p)}" ${parts.join(', and ')}; add ${fixes.join(', ')}`,
          related,
        });
      }
    },
  },
});
