import { defineRule } from '../rule.ts';
import { ENV_VARS, looksLikeMastodonEnv, meansTrue } from '../../mastodon/env-vars.ts';

/** Where "off" loses or exposes data: media on the wrong disk, search gone, federation open. */
const CRITICAL: Record<string, string> = {
  S3_ENABLED: 'media silently go to the local disk instead of S3',
  SWIFT_ENABLED: 'media silently go to the local disk instead of Swift',
  AZURE_ENABLED: 'media silently go to the local disk instead of Azure',
  ES_ENABLED: 'full-text search silently stays off',
  LIMITED_FEDERATION_MODE: 'the server federates with everyone',
  AUTHORIZED_FETCH: 'secure mode is off and the admin setting can no longer turn it on',
};

export default defineRule({
  id: 'MSTDN205',
  name: 'boolean-not-exactly-true',
  severity: 'error',
  short: 'A switch meant to be on (`True`, `1`, `yes`) that Mastodon reads as off because it compares with `== \'true\'`',
  full:
    "Mastodon turns most switches on with `ENV['X'] == 'true'`: only the exact lowercase string `true` counts. " +
    '`S3_ENABLED=True`, `S3_ENABLED=1` or `S3_ENABLED="true "` all read as false, so Paperclip falls through to the ' +
    'local filesystem and uploads pile up on the web server disk while the bucket stays empty, with no error anywhere. ' +
    'The same applies to SWIFT_ENABLED, AZURE_ENABLED, ES_ENABLED, LIMITED_FEDERATION_MODE, AUTHORIZED_FETCH and the ' +
    'other flags of that kind.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      // Only the definition dotenv keeps (the last one) decides; MSTDN211 reports the others.
      for (const list of env.byKey.values()) {
        const e = list[list.length - 1];
        if (!e || e.template || e.value === 'true' || !meansTrue(e.value)) continue;
        const spec = ENV_VARS.get(e.key);
        if (spec?.kind !== 'boolean-exact-true' || spec.obsolete?.effect === 'ignored') continue;
        const cost = CRITICAL[e.key];
        ctx.report({
          span: e.valueSpan,
          severity: cost ? undefined : 'warning',
          // A literal in a template renders as written, but the file may be a sample someone edits first.
          confidence: env.isTemplate ? 'low' : 'high',
          message: `"${e.key}" is ${JSON.stringify(e.value)}, but Mastodon only accepts exactly "true", so ${cost ?? 'the setting is off'}; write ${e.key}=true`,
        });
      }
    },
  },
});
