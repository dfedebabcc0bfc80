import { defineRule } from '../rule.ts';
import { envGet } from '../parse/env.ts';
import { closest, distance } from '../../mastodon/tootctl.ts';
import { envVar, inMastodonNamespace, LIVE_ENV_NAMES, looksLikeMastodonEnv, MISNAMED_ENV_VARS } from '../../mastodon/env-vars.ts';

// Names read by the AWS SDK that only matter when Mastodon's own setting is absent: Mastodon passes
// `region:` explicitly (S3_REGION, default us-east-1) and `endpoint:` only from S3_ENDPOINT.
const SDK_SHADOWED: Record<string, { use: string; cost: string }> = {
  AWS_REGION: { use: 'S3_REGION', cost: 'Mastodon still passes S3_REGION (default "us-east-1") to the S3 client and requests are signed for the wrong region' },
  AWS_DEFAULT_REGION: { use: 'S3_REGION', cost: 'Mastodon still passes S3_REGION (default "us-east-1") to the S3 client and requests are signed for the wrong region' },
  AWS_ENDPOINT_URL: { use: 'S3_ENDPOINT', cost: 'media URLs and path-style addressing still follow S3_HOSTNAME and AWS defaults' },
  AWS_ENDPOINT_URL_S3: { use: 'S3_ENDPOINT', cost: 'media URLs and path-style addressing still follow S3_HOSTNAME and AWS defaults' },
};

const KNOWN = [...LIVE_ENV_NAMES];
/** A real env file has a few hundred keys; past this many unknown ones, skip the did-you-mean search. */
const SUGGEST_MAX = 1000;

/** Names outside Mastodon's prefixes are only typos when very close to a known name. */
function nearMiss(name: string): string | undefined {
  if (name.length < 8) return undefined;
  const s = closest(name, KNOWN);
  if (!s || s.toLowerCase() === name.toLowerCase()) return undefined;
  return distance(name.toUpperCase(), s.toUpperCase()) <= 2 ? s : undefined;
}

export default defineRule({
  id: 'MSTDN203',
  name: 'unknown-env-var',
  severity: 'warning',
  short: 'A Mastodon-style environment variable that Mastodon does not read',
  full:
    'Mastodon reads a fixed set of environment variable names, case-sensitively. A misspelled or invented name ' +
    '(`S3_ACL`, `S3_ALIASHOST`, `SMTP_PASWORD`, `s3_enabled`) is silently ignored and Mastodon falls back to its default: ' +
    'uploads keep sending `public-read`, media URLs skip the CDN, mail goes out unauthenticated. Only names in ' +
    "Mastodon's prefixes (S3_, AWS_, DB_, REDIS_, SMTP_, ...) or very close to a known name are reported, so variables " +
    'of other tools in the same file are left alone.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      let searched = 0;
      for (const e of env.entries) {
        const name = e.key;
        const shadowed = SDK_SHADOWED[name];
        if (shadowed) {
          const s3 = envGet(env, 'S3_ENABLED');
          // Without S3 the variable may well be for another tool (the aws CLI in a backup job).
          if (s3 && (s3.template || s3.value === 'true') && !envGet(env, shadowed.use)) {
            ctx.report({
              span: e.keySpan,
              message: `"${name}" is not read by Mastodon, so ${shadowed.cost}; use ${shadowed.use}`,
            });
          }
          continue;
        }
        if (envVar(name)) continue;
        const misnamed = MISNAMED_ENV_VARS.get(name);
        if (misnamed) {
          ctx.report({ span: e.keySpan, message: `"${name}" is not read by Mastodon, so ${misnamed.cost}; use ${misnamed.use}` });
          continue;
        }
        const upper = envVar(name.toUpperCase()) ? name.toUpperCase() : undefined;
        if (upper && upper !== name) {
          ctx.report({
            span: e.keySpan,
            message: `"${name}" is not read by Mastodon, which reads "${upper}" (names are case-sensitive), so the setting has no effect; rename it to ${upper}`,
          });
          continue;
        }
        if (inMastodonNamespace(name)) {
          const s = searched++ < SUGGEST_MAX ? closest(name, KNOWN) : undefined;
          ctx.report({
            span: e.keySpan,
            message: s
              ? `"${name}" is not read by Mastodon, so the setting has no effect; did you mean ${s}?`
              : `"${name}" is not an environment variable Mastodon reads, so the setting has no effect; check the name against Mastodon's configuration docs or remove it`,
          });
          continue;
        }
        const near = searched++ < SUGGEST_MAX ? nearMiss(name) : undefined;
        if (near) {
          ctx.report({ span: e.keySpan, message: `"${name}" is not read by Mastodon, so the setting has no effect; did you mean ${near}?` });
        }
      }
    },
  },
});
