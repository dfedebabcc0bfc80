import { defineRule } from '../rule.ts';
import { envGet } from '../parse/env.ts';

/** Tested with `ENV.key?` in paperclip.rb: present-but-empty counts as set. What an empty value does. */
const EMPTY_BREAKS: Record<string, { cost: string; fix: string; confidence: 'high' | 'low' }> = {
  S3_ENDPOINT: { cost: 'the S3 client gets an empty endpoint and uploads fail', fix: 'set the full endpoint URL', confidence: 'low' },
  S3_ALIAS_HOST: { cost: 'media URLs become "https:///<key>" with no host', fix: 'set the CDN host', confidence: 'high' },
  S3_CLOUDFRONT_HOST: { cost: 'media URLs become "https:///<key>" with no host', fix: 'set the CDN host', confidence: 'high' },
  S3_STORAGE_CLASS: { cost: 'every upload sends an empty storage class, which S3 rejects', fix: 'set a class such as STANDARD', confidence: 'low' },
  S3_KEY_PREFIX: { cost: 'every object key starts with "/" and media URLs get a double slash', fix: 'set the prefix', confidence: 'low' },
};

/** Ways the AWS SDK can find credentials without AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY. */
const OTHER_CREDENTIALS = ['AWS_PROFILE', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'];

export default defineRule({
  id: 'MSTDN207',
  name: 's3-config-incomplete',
  severity: 'error',
  short: 'S3 is enabled but the bucket is missing, or a setting Mastodon tests for presence is set to an empty value',
  full:
    "With `S3_ENABLED=true` Paperclip needs `S3_BUCKET`; without it every upload fails. Mastodon tests `S3_ENDPOINT`, " +
    '`S3_ALIAS_HOST`/`S3_CLOUDFRONT_HOST`, `S3_STORAGE_CLASS` and `S3_KEY_PREFIX` with `ENV.key?`, so a line such as ' +
    '`S3_ALIAS_HOST=` counts as set: media URLs lose their host, uploads get an empty endpoint or storage class, and object ' +
    'keys start with "/". Missing AWS credentials are a warning: the AWS SDK may still find an instance role.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      const enabled = envGet(env, 'S3_ENABLED');
      if (!enabled || enabled.template || enabled.value !== 'true') return;
      const related = [{ span: enabled.span, message: 'S3 is enabled here' }];

      const bucket = envGet(env, 'S3_BUCKET');
      if (!bucket) {
        ctx.report({ span: enabled.keySpan, message: '"S3_BUCKET" is not set although S3_ENABLED is true, so every upload fails; set it to the bucket name' });
      } else if (!bucket.template && !bucket.value.trim() && !env.isTemplate) {
        ctx.report({ span: bucket.keySpan, message: '"S3_BUCKET" is empty although S3_ENABLED is true, so every upload fails; set it to the bucket name', related });
      }

      // Placeholders in templates and samples are filled in later; an empty line there is a blank to fill.
      if (!env.isTemplate) {
        for (const [key, what] of Object.entries(EMPTY_BREAKS)) {
          const e = envGet(env, key);
          if (!e || e.template || e.value !== '') continue;
          ctx.report({
            span: e.keySpan,
            confidence: what.confidence,
            message: `"${key}" is present but empty, and Mastodon tests it with ENV.key?, so ${what.cost}; remove the line or ${what.fix}`,
            related,
          });
        }
      }

      if (OTHER_CREDENTIALS.some((k) => envGet(env, k))) return;
      const missing = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].filter((k) => {
        const e = envGet(env, k);
        return !e || (!e.template && !e.value.trim() && !env.isTemplate);
      });
      if (missing.length === 0) return;
      const names = missing.map((k) => `"${k}"`).join(' and ');
      // The nearest related line: an empty credential, its present sibling, else the S3_ENABLED line
      // (its key already carries the missing-bucket finding).
      const anchor = missing.map((k) => envGet(env, k)).find((e) => e) ?? (['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].map((k) => envGet(env, k)).find((e) => e));
      ctx.report({
        span: anchor ? anchor.keySpan : enabled.span,
        severity: 'warning',
        confidence: 'low',
        message: `${names} ${missing.length > 1 ? 'are' : 'is'} not set although S3_ENABLED is true, so uploads fail unless the AWS SDK finds credentials elsewhere (an instance role); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`,
        related,
      });
    },
  },
});
