import { defineRule } from '../rule.ts';
import { effectiveDirective, missingConfidence, s3Proxies } from '../extract/nginx.ts';

export default defineRule({
  id: 'MSTDN305',
  name: 'variable-proxy-pass-without-resolver',
  severity: 'warning',
  short: 'proxy_pass to object storage uses a variable but no resolver is set, so every request fails with 502',
  full:
    'With a variable in `proxy_pass` (the usual `proxy_pass $s3_backend$uri;`), nginx looks the host up for each request ' +
    'instead of at start-up, and that needs a `resolver`. Without one, unless the host names an `upstream` block, every ' +
    'request fails with 502 and the error log says "no resolver defined to resolve". Add `resolver` with your DNS server ' +
    '(for example `resolver 127.0.0.53 valid=300s;` on systemd-resolved hosts, `127.0.0.11` in Docker).',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        if (!p.variable || p.staticTarget) continue;
        if (effectiveDirective(p.levels, 'resolver')) continue;
        const url = p.proxyPass.args[0];
        if (!url) continue;
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message:
            `"${url.template ?? url.value}" has variables, so nginx resolves the storage host for every request, and with no "resolver" each one fails with 502 ` +
            '("no resolver defined to resolve"); add "resolver <dns server> valid=300s;"',
        });
      }
    },
  },
});
