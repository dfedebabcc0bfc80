import { defineRule } from '../rule.ts';
import { envVar, isDevOrTestEnvPath, isPlaceholderValue, looksLikeMastodonEnv, looksLikeSecretName, urlPassword } from '../../mastodon/env-vars.ts';

export default defineRule({
  id: 'MSTDN208',
  name: 'secret-committed',
  severity: 'error',
  short: "A Mastodon secret (SECRET_KEY_BASE, a password, an API key) committed in clear in an env file",
  full:
    'Anyone who can read the repository, its forks, CI logs or an old clone can use a committed secret: ' +
    '`SECRET_KEY_BASE` forges sessions, the `ACTIVE_RECORD_ENCRYPTION_*` keys decrypt stored data, ' +
    '`AWS_SECRET_ACCESS_KEY` deletes the media bucket, `DB_PASS` and `REDIS_PASSWORD` open the databases. Keep ' +
    'the real file out of git (commit a template with placeholders), load secrets from a secret store, and rotate ' +
    'any secret that was ever committed. Empty values, placeholders (`changeme`, `<...>`) and template markup are not ' +
    'reported, nor are `.env.test`/`.env.development` files.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file' || env.isTemplate || isDevOrTestEnvPath(env.file.path)) return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      for (const e of env.entries) {
        const value = e.value.trim();
        if (e.template || !value || isPlaceholderValue(value)) continue;
        // Mastodon's own test values (.env.test) are public; MSTDN209 reports them in production files.
        if (value.endsWith('DO_NOT_USE_IN_PRODUCTION')) continue;
        const spec = envVar(e.key);
        if (spec?.credentialsInUrl || (!spec && /_URL$/i.test(e.key))) {
          if (urlPassword(value) !== null) {
            ctx.report({
              span: e.valueSpan,
              message: `"${e.key}" embeds a password in its URL (user:password@), committed in clear where anyone with access to the repository can use it; move the value to a secret store or an untracked file and rotate the password`,
            });
          }
          continue;
        }
        const known = spec?.kind === 'secret';
        if (!known && (spec || !looksLikeSecretName(e.key))) continue;
        ctx.report({
          span: e.valueSpan,
          confidence: known ? 'high' : 'low',
          message: `"${e.key}" holds a value committed in clear, where anyone with access to the repository can use it; move it to a secret store or an untracked file and rotate it`,
        });
      }
    },
  },
});
