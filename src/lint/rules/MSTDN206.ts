import { defineRule } from '../rule.ts';
import type { EnvEntry } from '../parse/env.ts';
import { hasScheme, looksLikeMastodonEnv } from '../../mastodon/env-vars.ts';

/**
 * Mastodon builds `<scheme>://<value>/<key>` (or `@user@<value>`) from these, so the value must be a bare host,
 * optionally with a path. `shows(v)` is what a user sees with the value as written.
 */
const BARE_HOSTS: Record<string, { shows: (v: string) => string; schemeFrom: string }> = {
  S3_ALIAS_HOST: { shows: (v) => `media URLs come out as "https://${v}/<key>"`, schemeFrom: 'the scheme comes from S3_PROTOCOL' },
  S3_CLOUDFRONT_HOST: { shows: (v) => `media URLs come out as "https://${v}/<key>"`, schemeFrom: 'the scheme comes from S3_PROTOCOL' },
  AZURE_ALIAS_HOST: { shows: (v) => `media URLs come out as "https://${v}/<key>"`, schemeFrom: 'Azure media URLs always use https' },
  S3_HOSTNAME: { shows: (v) => `media URLs come out as "https://${v}/<bucket>/<key>"`, schemeFrom: 'the scheme comes from S3_PROTOCOL' },
  LOCAL_DOMAIN: { shows: (v) => `account handles become "@user@${v}", which no server can resolve`, schemeFrom: 'Mastodon adds https itself' },
  WEB_DOMAIN: { shows: (v) => `links and ActivityPub ids come out as "https://${v}/..."`, schemeFrom: 'Mastodon adds https itself' },
};

function stripScheme(v: string): string {
  return v.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
}

export default defineRule({
  id: 'MSTDN206',
  name: 'host-or-endpoint-malformed',
  severity: 'error',
  short: 'A host setting written as a URL (or with a trailing slash), or S3_ENDPOINT written without a scheme',
  full:
    'Mastodon builds media URLs as `<S3_PROTOCOL>://<S3_ALIAS_HOST>/<key>`, so `S3_ALIAS_HOST=https://cdn.example.com` ' +
    'produces `https://https://cdn.example.com/...` and a trailing slash produces `//` before every key: every new ' +
    'attachment, avatar and header gets a broken URL that remote servers cache. The same holds for S3_CLOUDFRONT_HOST, ' +
    'AZURE_ALIAS_HOST, S3_HOSTNAME, LOCAL_DOMAIN and WEB_DOMAIN. S3_ENDPOINT is the opposite: the S3 client needs a full ' +
    'URL with `https://`, and rejects a bare host, so every upload fails.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      const report = (e: EnvEntry, message: string): void => ctx.report({ span: e.valueSpan, message });
      // Only the definition dotenv keeps (the last one) decides; MSTDN211 reports the others.
      for (const [key, list] of env.byKey) {
        const e = list[list.length - 1];
        if (!e || e.template || !e.value.trim() || !(key in BARE_HOSTS || key === 'S3_ENDPOINT')) continue;
        const v = e.value.trim();
        const host = BARE_HOSTS[e.key];
        if (host) {
          const fixed = stripScheme(v);
          if (hasScheme(v)) {
            report(e, `"${e.key}" includes a scheme, so ${host.shows(v)}; write ${e.key}=${fixed} (${host.schemeFrom})`);
          } else if (v.endsWith('/')) {
            report(e, `"${e.key}" ends with "/", so ${host.shows(v)}; write ${e.key}=${fixed}`);
          }
          continue;
        }
        if (e.key === 'S3_ENDPOINT' && !hasScheme(v)) {
          report(e, `"S3_ENDPOINT" has no scheme, so the S3 client rejects it and every upload fails; write S3_ENDPOINT=https://${v.replace(/\/+$/, '')}`);
        }
      }
    },
  },
});
