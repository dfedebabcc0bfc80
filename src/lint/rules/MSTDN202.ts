import { defineRule } from '../rule.ts';
import { isPublicAcl, type Flag } from '../iac/bucket.ts';
import { bucketLabel, lower, mediaBuckets, ordered, ownershipEvidence, publicReadPolicy, type BucketLink, type Confidence } from '../iac/media.ts';
import type { Span } from '../source.ts';

// S3 Block Public Access, for a PUT that carries a public ACL (AWS S3 user guide, "Blocking public
// access to your Amazon S3 storage"):
// - BlockPublicAcls: "PUT Object calls fail if the request includes a public ACL": 403 AccessDenied,
//   so every Mastodon upload with `public-read` fails.
// - IgnorePublicAcls: S3 ignores all public ACLs on the bucket and its objects. The upload
//   succeeds, but the object is not public: visitors get 403 for every file, unless a bucket
//   policy grants public read or a CDN reads the bucket with its own access (S3_ALIAS_HOST).
// When ACLs are disabled altogether (BucketOwnerEnforced) the request fails earlier, with
// AccessControlListNotSupported: that is MSTDN201, so this rule stays silent there.

interface Blocking {
  which: 'BlockPublicAcls' | 'IgnorePublicAcls';
  span: Span;
  link: BucketLink;
  defaulted: boolean;
  flag: Flag | null;
}

function blocking(links: BucketLink[], defined: BucketLink | undefined): Blocking | null {
  let explicit = false;
  for (const l of ordered(links)) {
    const pab = l.config.publicAccessBlock;
    if (!pab) continue;
    if (l.config.kind !== 'account') explicit = true;
    if (pab.blockPublicAcls.value === true) return { which: 'BlockPublicAcls', span: pab.blockPublicAcls.span ?? pab.span, link: l, defaulted: false, flag: pab.blockPublicAcls };
    if (pab.ignorePublicAcls.value === true) return { which: 'IgnorePublicAcls', span: pab.ignorePublicAcls.span ?? pab.span, link: l, defaulted: false, flag: pab.ignorePublicAcls };
  }
  // No public access block settings on a bucket the repo creates: AWS turns all four on for new buckets.
  if (!explicit && defined) return { which: 'BlockPublicAcls', span: defined.config.nameSpan, link: defined, defaulted: true, flag: null };
  return null;
}

export default defineRule({
  id: 'MSTDN202',
  name: 'public-acl-blocked',
  severity: 'error',
  short: 'Mastodon uploads with a public-read ACL to a bucket that blocks or ignores public ACLs',
  full:
    'Mastodon sends `S3_PERMISSION` (default `public-read`) as the ACL of every upload. With S3 Block Public Access ' +
    '`BlockPublicAcls` on, S3 rejects every such PUT with 403 AccessDenied, so no media is stored. With `IgnorePublicAcls` ' +
    'on, uploads succeed but the ACL is ignored: the files stay private and visitors get 403 for every avatar and ' +
    'attachment, unless a bucket policy or a CDN grants read access. Send no ACL (`S3_PERMISSION=`) and grant public read ' +
    'with a bucket policy or a CDN, or turn the setting off.',
  check: {
    project(model, ctx) {
      for (const m of mediaBuckets(model)) {
        const p = m.permission;
        if (p.kind === 'empty' || p.kind === 'unknown') continue;
        if (p.kind === 'value' && !isPublicAcl(p.value)) continue;
        const acl = p.kind === 'absent' ? 'public-read' : p.value;

        const own = ownershipEvidence(m);
        if (own?.state === 'enforced') continue;
        let confidence: Confidence = lower(m.envConfidence, own?.state === 'acls' ? 'high' : 'low');
        const links = m.links;
        const defined = own?.state === 'acls' ? links.find((l) => l.config.kind === 'bucket') : undefined;
        const b = blocking(links, defined);
        if (!b) continue;
        confidence = lower(confidence, lower(b.link.confidence, b.defaulted ? 'low' : 'high'));
        const label = bucketLabel(m, b.link.config);
        const subject =
          p.kind === 'absent'
            ? 'S3_PERMISSION is not set, so Mastodon uploads every file with the "public-read" ACL'
            : `S3_PERMISSION="${acl}" makes Mastodon upload every file with the "${acl}" ACL`;
        const why = b.link.why ? ` (${b.link.why})` : '';
        let message: string;
        let note: string;
        if (b.which === 'BlockPublicAcls') {
          const bucket = b.defaulted
            ? `bucket ${label} has no public access block settings, and buckets created since April 2023 block public ACLs`
            : `bucket ${label} blocks public ACLs (BlockPublicAcls)`;
          message =
            `${subject}, but ${bucket}: every upload ${confidence === 'low' ? 'may be' : 'is'} rejected with 403 AccessDenied; ` +
            'set "S3_PERMISSION=" (present and empty) and grant public read with a bucket policy or a CDN, or turn BlockPublicAcls off';
          note = b.defaulted
            ? `${b.link.config.label} has no public access block settings, so a bucket created since April 2023 blocks public ACLs${why}`
            : `BlockPublicAcls rejects PUTs that carry a public ACL${why}`;
        } else {
          if (m.aliasHost) continue;
          const policy = publicReadPolicy(m);
          if (policy === 'yes') continue;
          if (policy === 'unknown') confidence = 'low';
          message =
            `${subject}, but bucket ${label} ignores public ACLs (IgnorePublicAcls): uploads succeed yet every file stays private, so visitors ` +
            `${confidence === 'low' ? 'may get' : 'get'} 403 for all media; grant public read on the objects with a bucket policy (or serve them through a CDN with S3_ALIAS_HOST) and set "S3_PERMISSION="`;
          note = `IgnorePublicAcls makes public ACLs ineffective${why}`;
        }
        const related = [{ span: b.span, message: note }];
        if (m.bucket && m.bucket.span !== m.anchor) related.push({ span: m.bucket.span, message: 'Mastodon\'s media bucket' });
        ctx.report({ span: m.anchor, confidence, message, related });
      }
    },
  },
});
