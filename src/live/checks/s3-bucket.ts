// s3.bucket: reads the bucket settings that decide whether Mastodon's uploads work and whether its
// files survive, and combines them with the ACL Mastodon sends (S3_PERMISSION):
// - Object Ownership (GetBucketOwnershipControls). BucketOwnerEnforced disables ACLs: a PUT with an
//   ACL other than bucket-owner-full-control fails with AccessControlListNotSupported. Unset means
//   the pre-2023 behaviour (ObjectWriter); buckets created since April 2023 get BucketOwnerEnforced.
// - Block Public Access (GetPublicAccessBlock): BlockPublicAcls makes a PUT with a public ACL fail
//   with 403; IgnorePublicAcls makes such ACLs useless for readers.
// - Lifecycle (GetBucketLifecycleConfiguration): an enabled Expiration rule whose filter covers
//   Mastodon's prefixes deletes objects the database still names (seed 000, "storage-level
//   deletion"); nothing re-downloads them.
// - Public listing: Mastodon's admin check (app/lib/admin/system_check/media_privacy_check.rb) GETs
//   `<S3_PROTOCOL>://<S3_ALIAS_HOST>/` and `<S3_PROTOCOL>://<S3_HOSTNAME>/<bucket>/` with
//   `max-keys=1` anonymously; a ListBucketResult body means anyone can enumerate every file,
//   including followers-only and direct-message media (critical there).
// An AccessDenied on a read is "cannot tell", never a pass.

import { randomBytes } from 'node:crypto';
import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetPublicAccessBlockCommand,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../../mastodon/settings.ts';
import { withKeyPrefix } from '../../mastodon/object-keys.ts';
import type { Check, CheckContext, CheckOutcome, CheckStatus } from '../types.ts';
import { STATUS_RANK } from '../types.ts';
import { endpointLabel, PUBLIC_ACLS, publicGet, s3Failure, scrubSecrets, shownUrl, type S3Failure } from './s3-common.ts';

/** Top-level prefixes of Mastodon's objects (before S3_KEY_PREFIX). */
export const MASTODON_PREFIXES = ['cache/', 'accounts/', 'media_attachments/', 'custom_emojis/', 'site_uploads/', 'preview_cards/'];
/** Where avatars and headers live: an expiring rule here breaks profiles for good. */
const PROFILE_PREFIXES = ['accounts/', 'cache/accounts/'];
/** Storage classes that cannot be read without a restore. */
const ARCHIVE_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);

export interface LifecycleMediaRule {
  id: string;
  prefix: string;
  /** Days after creation; null when the rule expires on a date. */
  days: number | null;
}

export interface S3BucketData extends Record<string, unknown> {
  ownership: string | null;
  ownershipError?: string;
  blockPublicAcls: boolean | null;
  ignorePublicAcls: boolean | null;
  publicAccessBlockError?: string;
  lifecycleMediaRules: LifecycleMediaRule[];
  lifecycleError?: string;
  publicListing: boolean | null;
}

interface Problem {
  status: CheckStatus;
  summary: string;
  fix?: string;
  confirms?: string[];
}

type Read<T> = { ok: true; value: T } | { ok: false; f: S3Failure };

async function read<T>(p: Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, f: s3Failure(e) };
  }
}

function isDenied(f: S3Failure): boolean {
  return f.code === 'AccessDenied' || f.code === 'Forbidden' || f.code === 'AllAccessDisabled';
}

function isUnsupported(f: S3Failure): boolean {
  return f.code === 'NotImplemented' || f.httpStatus === 501 || f.code === 'MethodNotAllowed';
}

/** A rule's prefix, or null when a tag filter excludes Mastodon's (untagged) objects. */
function rulePrefix(r: LifecycleRule): string | null {
  const f = r.Filter;
  if (f?.Tag || (f?.And?.Tags?.length ?? 0) > 0) return null;
  return f?.Prefix ?? f?.And?.Prefix ?? r.Prefix ?? '';
}

function overlaps(rule: string, prefixes: string[]): boolean {
  return prefixes.some((m) => m.startsWith(rule) || rule.startsWith(m));
}

async function run(ctx: CheckContext): Promise<CheckOutcome> {
  const s = ctx.instance.s3;
  if (!s) return { status: 'skipped', summary: 'skipped: S3 is not enabled', details: [] };
  const bucket = s.bucket;
  const data: S3BucketData = { ownership: null, blockPublicAcls: null, ignorePublicAcls: null, lifecycleMediaRules: [], publicListing: null };
  if (!bucket) return { status: 'fail', summary: 'S3_BUCKET is not set: Mastodon has no bucket', details: [], fix: 'Set S3_BUCKET in .env.production.', data };

  const client = await ctx.conns.s3();
  const opts = { abortSignal: ctx.signal };
  const [own, pab, lc] = await Promise.all([
    read(client.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }), opts)),
    read(client.send(new GetPublicAccessBlockCommand({ Bucket: bucket }), opts)),
    read(client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }), opts)),
  ]);
  const failures = [own, pab, lc].flatMap((r) => (r.ok ? [] : [r.f]));
  const where = endpointLabel(s);
  if (failures.some((f) => f.kind === 'aborted')) return { status: 'error', summary: 'error: aborted', details: [], data };
  if (failures.length === 3 && failures.every((f) => f.kind === 'network')) {
    return { status: 'error', summary: `Cannot reach the S3 endpoint ${where}: ${failures[0]?.text ?? 'network error'}`, details: [], fix: 'Check S3_ENDPOINT, DNS and firewalls between this host and the endpoint.', data };
  }
  const fatal = failures.find((f) => ['NoSuchBucket', 'InvalidAccessKeyId', 'SignatureDoesNotMatch'].includes(f.code));
  if (fatal) {
    const summary =
      fatal.code === 'NoSuchBucket'
        ? `Bucket ${bucket} does not exist at ${where}`
        : fatal.code === 'InvalidAccessKeyId'
          ? 'The S3 endpoint does not know AWS_ACCESS_KEY_ID (InvalidAccessKeyId)'
          : 'AWS_SECRET_ACCESS_KEY does not match AWS_ACCESS_KEY_ID (SignatureDoesNotMatch)';
    return { status: 'fail', summary, details: [`${fatal.text}`], fix: fatal.code === 'NoSuchBucket' ? 'Check S3_BUCKET, S3_REGION and S3_ENDPOINT.' : 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to an active key pair.', data };
  }

  const details: string[] = [`bucket ${bucket} at ${where}; Mastodon sends ${s.acl === null ? 'no ACL (S3_PERMISSION is empty)' : `the ACL "${s.acl}"${s.aclExplicit ? '' : ' (S3_PERMISSION is not set)'}`}`];
  const problems: Problem[] = [];
  const aclRejectedByEnforced = s.acl !== null && s.acl !== 'bucket-owner-full-control';
  const aclPublic = s.acl !== null && PUBLIC_ACLS.has(s.acl);
  const confirmsAcl = s.aclExplicit ? ['MSTDN201'] : ['MSTDN201', 'MSTDN212'];
  const noAclFix = `Set \`S3_PERMISSION=\` (present and empty) in .env.production so Mastodon sends no ACL, grant public read with a bucket policy (Allow s3:GetObject to Principal "*" on arn:aws:s3:::${bucket}/*) or a CDN with its own access, then restart Mastodon (web and sidekiq).`;

  // ---- Object Ownership
  if (own.ok) {
    data.ownership = own.value.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null;
    details.push(`Object Ownership: ${data.ownership ?? 'no rule'}`);
    if (data.ownership === 'BucketOwnerEnforced') {
      if (aclRejectedByEnforced) {
        problems.push({
          status: 'fail',
          summary: `Uploads fail: Object Ownership is BucketOwnerEnforced (ACLs disabled) and Mastodon sends the ACL "${s.acl}"${s.aclExplicit ? '' : ' (S3_PERMISSION is not set)'}`,
          fix: noAclFix,
          confirms: confirmsAcl,
        });
      } else details.push('ACLs are disabled and Mastodon sends none: public read must come from a bucket policy or a CDN');
    }
  } else {
    data.ownershipError = own.f.code;
    if (own.f.code === 'OwnershipControlsNotFoundError') {
      details.push('Object Ownership: not set: an old bucket defaults to ObjectWriter; new buckets since April 2023 are BucketOwnerEnforced (ACLs are enabled here)');
    } else if (isDenied(own.f)) {
      details.push('Object Ownership: cannot tell (missing s3:GetBucketOwnershipControls permission)');
      problems.push({
        status: 'warn',
        summary: 'Object Ownership: cannot tell (missing s3:GetBucketOwnershipControls permission)',
        fix: `Allow s3:GetBucketOwnershipControls on arn:aws:s3:::${bucket} for these credentials, or check the bucket's Object Ownership in the console.`,
      });
    } else if (isUnsupported(own.f)) {
      details.push(`Object Ownership: the provider does not support GetBucketOwnershipControls (${own.f.text})`);
    } else {
      details.push(`Object Ownership: cannot tell (${own.f.text})`);
      problems.push({ status: own.f.kind === 'network' || (own.f.httpStatus ?? 0) >= 500 ? 'error' : 'warn', summary: `Object Ownership: cannot tell (${own.f.text})` });
    }
  }

  // ---- Block Public Access
  if (pab.ok) {
    const c = pab.value.PublicAccessBlockConfiguration;
    data.blockPublicAcls = c?.BlockPublicAcls === true;
    data.ignorePublicAcls = c?.IgnorePublicAcls === true;
    details.push(
      `Block Public Access: BlockPublicAcls=${data.blockPublicAcls}, IgnorePublicAcls=${data.ignorePublicAcls}, BlockPublicPolicy=${c?.BlockPublicPolicy === true}, RestrictPublicBuckets=${c?.RestrictPublicBuckets === true}`,
    );
    if (aclPublic && data.blockPublicAcls && data.ownership !== 'BucketOwnerEnforced') {
      problems.push({
        status: 'fail',
        summary: `Uploads fail: Block Public Access (BlockPublicAcls) rejects the "${s.acl}" ACL Mastodon sends with 403 AccessDenied`,
        fix: `${noAclFix} Or turn off BlockPublicAcls on the bucket (and the account).`,
        confirms: ['MSTDN202'],
      });
    } else if (aclPublic && data.ignorePublicAcls && !data.blockPublicAcls && data.ownership !== 'BucketOwnerEnforced') {
      problems.push({
        status: 'warn',
        summary: `Block Public Access (IgnorePublicAcls) ignores the "${s.acl}" ACL Mastodon sends: files are public only if a bucket policy or a CDN grants read`,
        fix: `${noAclFix} Or turn off IgnorePublicAcls.`,
        confirms: ['MSTDN202'],
      });
    }
  } else {
    data.publicAccessBlockError = pab.f.code;
    if (pab.f.code === 'NoSuchPublicAccessBlockConfiguration') {
      details.push('Block Public Access: not set on the bucket (an account-wide setting, not readable here, may still apply)');
    } else if (isDenied(pab.f)) {
      details.push('Block Public Access: cannot tell (missing s3:GetBucketPublicAccessBlock permission)');
      problems.push({ status: 'warn', summary: 'Block Public Access: cannot tell (missing s3:GetBucketPublicAccessBlock permission)', fix: `Allow s3:GetBucketPublicAccessBlock on arn:aws:s3:::${bucket} for these credentials.` });
    } else if (isUnsupported(pab.f)) {
      details.push(`Block Public Access: the provider does not support it (${pab.f.text})`);
    } else {
      details.push(`Block Public Access: cannot tell (${pab.f.text})`);
      problems.push({ status: pab.f.kind === 'network' || (pab.f.httpStatus ?? 0) >= 500 ? 'error' : 'warn', summary: `Block Public Access: cannot tell (${pab.f.text})` });
    }
  }

  // ---- Lifecycle
  const mastodonPrefixes = MASTODON_PREFIXES.map((p) => withKeyPrefix(s.keyPrefix, p));
  const profilePrefixes = PROFILE_PREFIXES.map((p) => withKeyPrefix(s.keyPrefix, p));
  if (lc.ok) {
    const rules = lc.value.Rules ?? [];
    details.push(`Lifecycle: ${rules.length} rule(s)`);
    let profileHit: LifecycleMediaRule | undefined;
    for (const r of rules) {
      if (r.Status !== 'Enabled') continue;
      const prefix = rulePrefix(r);
      const id = r.ID ?? '(no id)';
      if (prefix === null) {
        details.push(`lifecycle rule "${id}" filters on tags: Mastodon's objects carry none, so it does not apply`);
        continue;
      }
      if (!overlaps(prefix, mastodonPrefixes)) continue;
      const exp = r.Expiration;
      if (exp && (exp.Days !== undefined || exp.Date !== undefined)) {
        const rule: LifecycleMediaRule = { id, prefix, days: exp.Days ?? null };
        data.lifecycleMediaRules.push(rule);
        details.push(`lifecycle rule "${id}" expires objects under ${prefix === '' ? 'the whole bucket' : prefix} ${rule.days !== null ? `after ${rule.days} days` : `on ${exp.Date?.toISOString().slice(0, 10)}`}`);
        if (!profileHit && overlaps(prefix, profilePrefixes)) profileHit = rule;
      }
      for (const t of r.Transitions ?? []) {
        if (t.StorageClass && ARCHIVE_CLASSES.has(t.StorageClass)) {
          details.push(`lifecycle rule "${id}" moves objects under ${prefix || 'the whole bucket'} to ${t.StorageClass}: they cannot be served until restored`);
          problems.push({ status: 'warn', summary: `Lifecycle rule "${id}" archives Mastodon's files to ${t.StorageClass}, where they cannot be served`, fix: `Remove the transition from rule "${id}" or limit it to objects Mastodon does not serve.` });
        }
      }
    }
    const first = profileHit ?? data.lifecycleMediaRules[0];
    if (first) {
      const where = first.prefix === '' ? 'the whole bucket' : first.prefix;
      problems.push({
        status: profileHit ? 'fail' : 'warn',
        summary: `Lifecycle rule "${first.id}" deletes Mastodon's files under ${where}${first.days !== null ? ` after ${first.days} days` : ''} while the database still names them${profileHit ? ': avatars and headers vanish and are not re-fetched' : ''}`,
        fix: `Remove or narrow the rule (aws s3api get-bucket-lifecycle-configuration --bucket ${bucket}, then put it back without the rule); prune with tootctl media remove, which also clears the database, then use the storage.objects check to find what is already gone and restore it as docs/restore.md section 2 describes (https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them).`,
      });
    }
  } else {
    data.lifecycleError = lc.f.code;
    if (lc.f.code === 'NoSuchLifecycleConfiguration') details.push('Lifecycle: no configuration (nothing expires)');
    else if (isDenied(lc.f)) {
      details.push('Lifecycle: cannot tell (missing s3:GetLifecycleConfiguration permission)');
      problems.push({ status: 'warn', summary: 'Lifecycle rules: cannot tell (missing s3:GetLifecycleConfiguration permission)', fix: `Allow s3:GetLifecycleConfiguration on arn:aws:s3:::${bucket} for these credentials.` });
    } else if (isUnsupported(lc.f)) details.push(`Lifecycle: the provider does not support it (${lc.f.text})`);
    else {
      details.push(`Lifecycle: cannot tell (${lc.f.text})`);
      problems.push({ status: lc.f.kind === 'network' || (lc.f.httpStatus ?? 0) >= 500 ? 'error' : 'warn', summary: `Lifecycle rules: cannot tell (${lc.f.text})` });
    }
  }

  // ---- Public listing, as Mastodon's media privacy check
  const listing = await publicListing(s, bucket, ctx.signal);
  data.publicListing = listing.value;
  details.push(...listing.details);
  if (listing.value === true) {
    problems.push({
      status: 'fail',
      summary: `Anyone can list the bucket: ${listing.url} returns a ListBucketResult, exposing every file including followers-only and direct-message media`,
      fix: `Remove s3:ListBucket for Principal "*" from the bucket policy (keep s3:GetObject) and any public-read/public-read-write ACL on the bucket ${bucket}.`,
    });
  } else if (listing.value === null) {
    problems.push({ status: 'warn', summary: 'Public listing: cannot tell (the public URL could not be fetched from here)' });
  }

  // ---- Verdict
  problems.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  const worst = problems[0];
  const confirms = [...new Set(problems.flatMap((p) => p.confirms ?? []))];
  if (!worst) {
    return {
      status: 'ok',
      summary: `Bucket ${bucket} accepts Mastodon's uploads as configured, no lifecycle rule expires its files, and it is not publicly listable`,
      details,
      data,
    };
  }
  if (problems.length > 1) details.push(...problems.slice(1).map((p) => `also: ${p.summary}${p.fix ? `. Fix: ${p.fix}` : ''}`));
  return { status: worst.status, summary: worst.summary, details, ...(worst.fix ? { fix: worst.fix } : {}), ...(confirms.length ? { confirms } : {}), data };
}

async function publicListing(s: S3Settings, bucket: string, signal: AbortSignal): Promise<{ value: boolean | null; url?: string; details: string[] }> {
  const urls: string[] = [];
  if (s.aliasHost) urls.push(`${s.protocol}://${s.aliasHost}/`);
  urls.push(`${s.protocol}://${s.hostname}/${bucket}/`);
  const details: string[] = [];
  let fetched = false;
  for (const base of [...new Set(urls)]) {
    const url = `${base}?max-keys=1&x-random=${randomBytes(10).toString('hex')}`;
    const r = await publicGet(url, signal);
    if ('error' in r) {
      details.push(`public listing: GET ${shownUrl(url)} failed: ${r.error}`);
      continue;
    }
    fetched = true;
    if (r.body.toString('utf8').includes('<ListBucketResult')) {
      details.push(`public listing: GET ${shownUrl(url)} returned a ListBucketResult`);
      return { value: true, url: shownUrl(url), details };
    }
    details.push(`public listing: GET ${shownUrl(url)} answered HTTP ${r.status} without a listing`);
  }
  return { value: fetched ? false : null, details };
}

export const check: Check = {
  id: 's3.bucket',
  title: 'S3 bucket settings (ownership, public access, lifecycle, listing)',
  needs: ['s3'],
  timeoutMs: 10_000,
  async run(ctx) {
    const out = await run(ctx);
    return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
  },
};
