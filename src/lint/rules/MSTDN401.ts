import { defineRule, type Report } from '../rule.ts';
import type { BucketConfig, LifecycleRule } from '../iac/bucket.ts';
import { bucketLabel, lower, mediaBuckets, type Confidence, type MediaBucket } from '../iac/media.ts';
import type { Span } from '../source.ts';

// Mastodon's object keys start with these (reference section 2), after `<S3_KEY_PREFIX>/` when set.
const ROOTS = ['cache/', 'accounts/', 'media_attachments/', 'preview_cards/', 'custom_emojis/', 'site_uploads/', 'backups/'];
// Prefixes that only Mastodon uses: a rule on them is about Mastodon's media even with no env file.
const MASTODON_ONLY = /^(?:[^/]+\/)*?(?:cache\/)?(?:media_attachments|accounts\/(?:avatars|headers)|preview_cards|custom_emojis|site_uploads)(?:\/|$)/;

/** Whether a rule prefix can match Mastodon's keys: `''` matches all; `c` matches `cache/…`. */
function overlaps(prefix: string, roots: string[]): boolean {
  return prefix === '' || roots.some((r) => r.startsWith(prefix) || prefix.startsWith(r));
}

function describe(rule: LifecycleRule): { what: string; when: string } {
  const what = rule.prefix === '' ? 'every object' : rule.prefix === null ? 'objects under a prefix not known here' : `objects under "${rule.prefix}"`;
  const e = rule.expiration;
  const when = e?.days != null ? ` after ${e.days} day${e.days === 1 ? '' : 's'}` : e?.date ? ` on ${e.date}` : '';
  return { what, when };
}

const COST =
  'S3 deletes them behind the database, which keeps naming the files, and the redownload workers skip any record whose file name is set, so the media never come back';
const FIX = 'remove the expiration and prune with "tootctl media remove" instead';

export default defineRule({
  id: 'MSTDN401',
  name: 'lifecycle-expires-media',
  severity: 'error',
  short: 'An S3 lifecycle rule expires Mastodon\'s media behind the database',
  full:
    'A lifecycle rule that expires objects under `cache/`, `accounts/`, `media_attachments/` and the other prefixes Mastodon ' +
    'writes (or a rule with no prefix, which covers the whole bucket) deletes files at the storage level. The database keeps ' +
    '`avatar_file_name`, `file_file_name` and friends, so Mastodon serves links to missing objects, and the redownload workers ' +
    'skip any record whose file name is still set: nothing heals. Prune with `tootctl media remove`, which clears the database ' +
    'and re-fetches on demand. Rules with Status Disabled, tag filters, and AbortIncompleteMultipartUpload or ' +
    'NoncurrentVersionExpiration alone are fine.',
  check: {
    project(model, ctx) {
      const seen = new Set<LifecycleRule>();
      const covered = new Set<BucketConfig>();
      for (const m of mediaBuckets(model)) {
        let roots = ROOTS;
        let prefixKnown = true;
        if (m.keyPrefix) {
          if (m.keyPrefix.value === null) prefixKnown = false;
          else {
            const kp = m.keyPrefix.value.replace(/\/+$/, '');
            roots = ROOTS.map((r) => `${kp}/${r}`);
          }
        }
        for (const l of m.links) {
          covered.add(l.config);
          for (const rule of l.config.lifecycleRules) {
            if (seen.has(rule) || rule.enabled === false || !rule.expiration || rule.tagFiltered) continue;
            let confidence: Confidence = lower(l.confidence, m.envConfidence);
            if (rule.enabled === null) confidence = 'low';
            if (rule.prefix === null) confidence = 'low';
            else if (!overlaps(rule.prefix, roots)) {
              if (prefixKnown) continue;
              confidence = 'low';
            }
            if (!prefixKnown && rule.prefix !== '') confidence = 'low';
            seen.add(rule);
            ctx.report(finding(rule, l.config, confidence, `Mastodon's media bucket ${bucketLabel(m, l.config)}`, related(m, rule, l.why)));
          }
        }
      }
      // Buckets no env file names: report rules on prefixes only Mastodon writes.
      for (const c of model.buckets) {
        if (covered.has(c)) continue;
        for (const rule of c.lifecycleRules) {
          if (seen.has(rule) || rule.enabled === false || !rule.expiration || rule.tagFiltered || rule.prefix === null) continue;
          if (!MASTODON_ONLY.test(rule.prefix)) continue;
          seen.add(rule);
          const rel = rule.prefixSpan ? [{ span: rule.prefixSpan, message: 'a prefix only Mastodon writes' }] : [];
          ctx.report(finding(rule, c, rule.enabled === null ? 'low' : 'high', `bucket ${c.name !== null ? `"${c.name}"` : c.label}, which holds Mastodon's media`, rel));
        }
      }
    },
  },
});

function related(m: MediaBucket, rule: LifecycleRule, why: string | null): { span: Span; message: string }[] {
  const out: { span: Span; message: string }[] = [];
  if (rule.prefixSpan) out.push({ span: rule.prefixSpan, message: `the rule's prefix${why ? ` (${why})` : ''}` });
  const where = m.bucket ?? m.enabled;
  if (where) out.push({ span: where.span, message: 'Mastodon stores its media in this bucket' + (!rule.prefixSpan && why ? ` (${why})` : '') });
  return out;
}

function finding(rule: LifecycleRule, c: BucketConfig, confidence: Confidence, where: string, rel: { span: Span; message: string }[]): Report {
  const { what, when } = describe(rule);
  const id = rule.id !== null ? `lifecycle rule "${rule.id}"` : 'a lifecycle rule';
  const verb = confidence === 'low' ? 'may expire' : 'expires';
  return {
    span: rule.expiration?.span ?? rule.span,
    confidence,
    message: `${id} of ${c.label} ${verb} ${what}${when} in ${where}: ${COST}; ${FIX}`,
    related: rel,
  };
}
