import { defineRule } from '../rule.ts';
import { actionMatches, type PolicyAction } from '../iac/bucket.ts';
import { bucketLabel, lower, mediaBuckets, type Confidence } from '../iac/media.ts';
import type { Span } from '../source.ts';

// `s3:ListBucket` authorises ListObjects/ListObjectsV2, `s3:ListBucketVersions` ListObjectVersions.
const LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions'];

export default defineRule({
  id: 'MSTDN402',
  name: 'public-list-bucket',
  severity: 'warning',
  short: 'The media bucket\'s policy lets anyone list its objects',
  full:
    'A bucket policy statement that allows `s3:ListBucket` (or `s3:*`, `s3:List*`, `*`) to Principal `"*"` lets anyone ' +
    'enumerate every key in Mastodon\'s media bucket: every avatar, header and attachment, including media of private posts, ' +
    'whose URLs are otherwise unguessable. Mastodon only needs the public to read objects: grant ' +
    '`s3:GetObject` on `arn:aws:s3:::<bucket>/*` and nothing on the bucket itself. Mastodon\'s own admin dashboard warns about ' +
    'a listable media bucket as critical (Admin::SystemCheck::MediaPrivacyCheck).',
  check: {
    project(model, ctx) {
      const seen = new Set<PolicyAction>();
      for (const m of mediaBuckets(model)) {
        for (const l of m.links) {
          const p = l.config.policy;
          if (!p) continue;
          for (const s of p.statements) {
            if (s.effect !== 'Allow' || s.anyone !== true || s.notAction) continue;
            const hit = s.actions.find((a) => a.value !== null && LIST_ACTIONS.some((x) => actionMatches(a.value ?? '', x)));
            if (!hit || seen.has(hit)) continue;
            seen.add(hit);
            const confidence: Confidence = lower(lower(l.confidence, m.envConfidence), s.conditional ? 'low' : 'high');
            const label = bucketLabel(m, l.config);
            const target = m.name ?? l.config.name;
            const related: { span: Span; message: string }[] = [];
            if (s.conditional) related.push({ span: s.span, message: 'the statement has a Condition, which may narrow who can list' });
            const where = m.bucket ?? m.enabled;
            if (where) related.push({ span: where.span, message: `Mastodon stores its media in this bucket${l.why ? ` (${l.why})` : ''}` });
            ctx.report({
              span: hit.span,
              confidence,
              message:
                `the bucket policy of ${l.config.label} ${confidence === 'low' ? 'may let' : 'lets'} anyone run "${hit.value}" on Mastodon's media bucket ${label}, ` +
                'handing scrapers the key of every avatar and attachment, including those of private posts; ' +
                `grant the public only "s3:GetObject" on "arn:aws:s3:::${target ?? '<bucket>'}/*"`,
              related,
            });
          }
        }
      }
    },
  },
});
