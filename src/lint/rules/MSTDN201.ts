import { defineRule } from '../rule.ts';
import { bucketLabel, lower, mediaBuckets, ownershipEvidence, type Confidence } from '../iac/media.ts';

// Mastodon sends S3_PERMISSION as the canned ACL of every upload, `public-read` when the key is
// absent; only a present-but-empty value sends none (reference 1.1). A bucket whose Object
// Ownership is BucketOwnerEnforced accepts no ACL but bucket-owner-full-control: anything else is
// 400 AccessControlListNotSupported (Mastodon #17978). Whether `private` counts as the owner's ACL
// is not verified, so it is reported with low confidence.

export default defineRule({
  id: 'MSTDN201',
  name: 'acl-on-bucket-owner-enforced',
  severity: 'error',
  short: 'S3_PERMISSION sends an ACL to a bucket with ACLs disabled (BucketOwnerEnforced): every upload fails',
  full:
    'Mastodon sends `S3_PERMISSION` as the ACL of every upload, and `public-read` when it is not set at all. A bucket whose ' +
    'Object Ownership is `BucketOwnerEnforced` (the AWS default for buckets created since April 2023) rejects every request ' +
    'that carries an ACL with 400 AccessControlListNotSupported, so every avatar, header and attachment fails to store, ' +
    'silently for remote media. Set `S3_PERMISSION=` (present and empty) so no ACL is sent, and grant public read with a ' +
    'bucket policy. The Helm chart cannot render an empty value from `mastodon.s3.permission`: use `mastodon.extraEnvVars`.',
  check: {
    project(model, ctx) {
      for (const m of mediaBuckets(model)) {
        const p = m.permission;
        let acl: string;
        let permConfidence: Confidence = 'high';
        if (p.kind === 'absent') acl = 'public-read';
        else if (p.kind === 'value') {
          if (p.value === 'bucket-owner-full-control') continue;
          acl = p.value;
          if (p.value === 'private') permConfidence = 'low';
        } else continue;

        const ev = ownershipEvidence(m);
        if (!ev || ev.state !== 'enforced') continue;
        const c = ev.link.config;
        const confidence = lower(lower(ev.link.confidence, permConfidence), lower(ev.defaulted ? 'low' : 'high', m.envConfidence));
        const label = bucketLabel(m, c);
        const helm = m.env.origin === 'helm';

        const subject =
          p.kind === 'absent'
            ? 'S3_PERMISSION is not set, so Mastodon sends the "public-read" ACL with every upload'
            : `S3_PERMISSION="${acl}" makes Mastodon send the "${acl}" ACL with every upload`;
        const bucket = ev.defaulted
          ? `bucket ${label} has no ownership controls, and buckets created since April 2023 have ACLs disabled`
          : `bucket ${label} has ACLs disabled ("BucketOwnerEnforced")`;
        const cost =
          permConfidence === 'low'
            ? 'uploads may fail with 400 AccessControlListNotSupported, as such a bucket only accepts "bucket-owner-full-control" or no ACL'
            : `every upload ${confidence === 'low' ? 'may fail' : 'fails'} with 400 AccessControlListNotSupported`;
        const fix = helm
          ? 'the chart\'s mastodon.s3.permission cannot be empty, so set S3_PERMISSION: "" under mastodon.extraEnvVars and grant public read with a bucket policy'
          : 'set "S3_PERMISSION=" (present and empty) and grant public read with a bucket policy';

        const related = [
          {
            span: ev.span,
            message: ev.defaulted
              ? `${c.label} sets no object ownership, so a bucket created since April 2023 is BucketOwnerEnforced${ev.link.why ? ` (${ev.link.why})` : ''}`
              : `object ownership "BucketOwnerEnforced" disables ACLs on ${c.label}${ev.link.why ? ` (${ev.link.why})` : ''}`,
          },
        ];
        if (m.bucket && m.bucket.span !== m.anchor) related.push({ span: m.bucket.span, message: 'Mastodon\'s media bucket' });

        ctx.report({
          span: m.anchor,
          confidence,
          message: `${subject}, but ${bucket}: ${cost}; ${fix}`,
          related,
        });
      }
    },
  },
});
