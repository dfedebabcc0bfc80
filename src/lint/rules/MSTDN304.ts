import { defineRule } from '../rule.ts';
import { effectiveDirective, missingConfidence, proxyText, s3Proxies } from '../extract/nginx.ts';

export default defineRule({
  id: 'MSTDN304',
  name: 'proxy-without-cache',
  severity: 'info',
  short: 'An nginx proxy to object storage has no proxy_cache, so every media view is paid egress',
  full:
    'Without `proxy_cache`, nginx fetches the object from the bucket for every request: each view of an avatar or an ' +
    'attachment is billed egress and adds the provider\'s latency. New posts are fetched by many clients at once, so add a ' +
    '`proxy_cache_path` zone, `proxy_cache` it in the proxy location, and `proxy_cache_lock on;` so one request fills the cache.',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const cache = effectiveDirective(p.levels, 'proxy_cache');
        if (cache && cache.directive.args[0]?.value !== 'off') continue;
        if (cache) {
          ctx.report({
            span: cache.directive.span,
            confidence: p.confidence,
            message: `"proxy_cache off" makes every media view behind "${proxyText(p)}" a paid fetch from ${p.provider}; use a "proxy_cache" zone instead`,
          });
          continue;
        }
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message:
            `"${proxyText(p)}" has no "proxy_cache", so every media view is a paid fetch from ${p.provider}; ` +
            'add a "proxy_cache_path" zone and "proxy_cache <zone>;" with "proxy_cache_lock on;"',
        });
      }
    },
  },
});
