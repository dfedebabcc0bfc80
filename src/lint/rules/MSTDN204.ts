import { defineRule } from '../rule.ts';
import { envGet } from '../parse/env.ts';
import { envVar } from '../../mastodon/env-vars.ts';

export default defineRule({
  id: 'MSTDN204',
  name: 'obsolete-env-var',
  severity: 'warning',
  short: 'An environment variable that current Mastodon ignores, only tolerates, or refuses to boot with',
  full:
    'Some variables changed meaning or disappeared: `S3_DISABLE_CHECKSUM_MODE` never shipped in a release (checksums are ' +
    'off by default since 4.2.0; the live switch is `S3_ENABLE_CHECKSUM_MODE`), `REDIS_NAMESPACE` makes Mastodon 4.4.0 and ' +
    'later abort at boot until the keys are migrated, `WHITELIST_MODE` is an old alias of `LIMITED_FEDERATION_MODE`, and ' +
    'StatsD, `STREAMING_CLUSTER_NUM`, the 4.4-only `FETCH_REPLIES_*` settings and `MASTODON_USE_LIBVIPS` (4.6.0) are ' +
    'ignored. A setting that silently does nothing hides what the server really does.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      for (const e of env.entries) {
        const old = envVar(e.key)?.obsolete;
        if (!old) continue;
        if (e.key === 'REDIS_NAMESPACE') {
          // config/initializers/deprecations.rb: `if ENV['REDIS_NAMESPACE']`, true for an empty string too.
          // chewy.rb used REDIS_NAMESPACE as the index prefix when ES_PREFIX is unset.
          const es = envGet(env, 'ES_ENABLED');
          const esOn = es !== undefined && (es.template || es.value === 'true');
          const ns = !e.template && !env.isTemplate && e.value ? `"${e.value}"` : 'namespace';
          const esHint = esOn && !envGet(env, 'ES_PREFIX') ? `, and set ES_PREFIX to the old ${ns} so search keeps its indices` : '';
          ctx.report({ span: e.keySpan, severity: 'error', message: `"REDIS_NAMESPACE" ${old.note}${esHint}` });
          continue;
        }
        ctx.report({ span: e.keySpan, message: `"${e.key}" ${old.note}` });
      }
    },
  },
});
