import { defineRule } from '../rule.ts';
import { effectiveDirective, effectiveList, levelName, missingConfidence, proxyText, s3Proxies } from '../extract/nginx.ts';

export default defineRule({
  id: 'MSTDN301',
  name: 'proxy-forwards-authorization',
  severity: 'error',
  short: 'An nginx proxy to object storage forwards the client\'s Authorization header to the bucket',
  full:
    'nginx passes every request header it does not redefine, Authorization included. A media proxy in front of a bucket ' +
    'then lets anyone send requests signed with their own keys through your domain, and with `proxy_cache` the answer to such ' +
    'a request is cached and served to everyone; with providers that still accept signature V2, credentials leak. ' +
    '`proxy_set_header Authorization \'\';` drops the header. ' +
    'nginx inheritance makes this easy to lose: a level that has any `proxy_set_header` of its own (or `include proxy_params;`) ' +
    'inherits none from outer levels, so an `Authorization \'\'` set on the server is gone in such a location.',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const noHeaders = effectiveDirective(p.levels, 'proxy_pass_request_headers');
        if (noHeaders?.directive.args[0]?.value.toLowerCase() === 'off') continue;
        const eff = effectiveList(p.levels, 'proxy_set_header');
        const auth = eff?.directives.filter((d) => d.args[0]?.value.toLowerCase() === 'authorization').pop();
        if (auth) {
          const v = auth.args[1]?.value ?? '';
          if (/\$http_authorization\b/i.test(v)) {
            ctx.report({
              span: auth.span,
              confidence: p.confidence,
              message:
                `"proxy_set_header Authorization ${v}" sends the client's Authorization header to ${p.provider}, so anyone can pass signed requests ` +
                `through your domain; set "proxy_set_header Authorization '';" instead`,
            });
          }
          continue;
        }
        const target = proxyText(p);
        if (eff) {
          // This level's own headers replace an Authorization '' set further out.
          const outer = p.levels
            .slice(eff.index + 1)
            .flatMap((l) => l.directives.filter((d) => d.name === 'proxy_set_header' && d.args[0]?.value.toLowerCase() === 'authorization' && (d.args[1]?.value ?? '') === '').map((d) => ({ d, l })))
            .shift();
          if (outer) {
            const first = eff.directives[0] ?? eff.level.unresolved[0];
            ctx.report({
              span: p.proxyPass.span,
              confidence: missingConfidence(p),
              message:
                `the "proxy_set_header" lines of ${levelName(eff.level)} replace every one inherited, including "proxy_set_header Authorization ''" of ${levelName(outer.l)}, ` +
                `so "${target}" forwards the client's Authorization header to the bucket; repeat "proxy_set_header Authorization '';" there`,
              related: [
                { span: outer.d.span, message: 'not inherited by the proxy location' },
                ...(first ? [{ span: first.span, message: 'this level defines its own proxy headers' }] : []),
              ],
            });
            continue;
          }
        }
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message:
            `"${target}" forwards the client's Authorization header to ${p.provider}, so anyone can send signed requests through your domain ` +
            `(and leak credentials with signature V2); add "proxy_set_header Authorization '';"`,
        });
      }
    },
  },
});
