// s3.write: the synthetic upload of seed 000 ("Mastodon on S3: silent upload failures"). It PUTs a
// small object under a dedicated prefix with exactly what Mastodon sends (the S3_PERMISSION canned
// ACL, `public-read` when the variable is absent and none when it is present and empty, and
// Mastodon's Cache-Control header), reads it back, fetches it anonymously through the public URL
// Mastodon would hand out, and deletes it. It never deletes anything but the object it wrote.
//
// Failures it tells apart (AWS S3 user guide and API reference):
// - 400 AccessControlListNotSupported: Object Ownership is BucketOwnerEnforced ("ACLs disabled") and
//   the PUT carries an ACL other than bucket-owner-full-control (Mastodon #17978): MSTDN201/212.
// - 403 AccessDenied on a PUT with a public ACL: Block Public Access BlockPublicAcls ("PUT Object
//   calls fail if the request includes a public ACL"), or a policy without s3:PutObjectAcl, which a
//   PUT with an ACL also needs. A second PUT without the ACL and GetPublicAccessBlock tell which.
// - 403 AccessDenied otherwise, InvalidAccessKeyId, SignatureDoesNotMatch, RequestTimeTooSkewed,
//   NoSuchBucket: credentials, policy or configuration.
// - Network errors and 5xx: the check could not decide (`error`).
//
// Shared S3 helpers for the other storage checks live here too (error classification, secret
// scrubbing, anonymous public GETs).

import { randomBytes } from 'node:crypto';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetPublicAccessBlockCommand,
  PutObjectCommand,
  type ObjectCannedACL,
  type PutObjectCommandInput,
  type S3Client,
  type StorageClass,
} from '@aws-sdk/client-s3';
import { publicUrl, type S3Settings } from '../../mastodon/settings.ts';
import { withKeyPrefix } from '../../mastodon/object-keys.ts';
import { endpointLabel, PUBLIC_ACLS, publicGet, s3Failure, scrubSecrets, shownUrl, withTimeout, type S3Failure } from './s3-common.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';

/** Sent with every upload by Mastodon (config/initializers/paperclip.rb `s3_headers`). */
export const MASTODON_CACHE_CONTROL = 'public, max-age=315576000, immutable';

export const HEALTHCHECK_PREFIX = 'mastodon-ops-healthcheck/';

// ---------------------------------------------------------------------------------------------
// The check

export interface S3WriteData extends Record<string, unknown> {
  aclSent: string | null;
  stage: 'put' | 'get' | 'delete' | 'done';
  errorCode?: string;
  httpStatus?: number;
  bucket: string | null;
  key: string | null;
  /** Whether the written object could be fetched anonymously through Mastodon's public URL. */
  publicRead: boolean | null;
}

function aclText(s: S3Settings): string {
  if (s.acl === null) return 'no ACL (S3_PERMISSION is set and empty)';
  return s.aclExplicit ? `the ACL "${s.acl}" (S3_PERMISSION)` : `the ACL "${s.acl}" (S3_PERMISSION is not set, so Mastodon sends its default)`;
}

function publicPolicyFix(bucket: string): string {
  return `grant public read with a bucket policy (Allow s3:GetObject to Principal "*" on arn:aws:s3:::${bucket}/*) or serve files through a CDN that reads the bucket with its own access`;
}

const RESTART = 'then restart Mastodon (web and sidekiq) so it reads the new value';
const RESTART_SENTENCE = 'Then restart Mastodon (web and sidekiq) so it reads the new value.';

async function run(ctx: CheckContext): Promise<CheckOutcome> {
  const s = ctx.instance.s3;
  if (!s) return { status: 'skipped', summary: 'skipped: S3 is not enabled', details: [] };
  const bucket = s.bucket;
  const data: S3WriteData = { aclSent: s.acl, stage: 'put', bucket: bucket ?? null, key: null, publicRead: null };
  if (!bucket) {
    return { status: 'fail', summary: 'S3_BUCKET is not set: Mastodon has no bucket to upload to', details: [], fix: 'Set S3_BUCKET in .env.production to the media bucket name.', data };
  }
  const key = withKeyPrefix(s.keyPrefix, `${HEALTHCHECK_PREFIX}${randomBytes(8).toString('hex')}.txt`);
  data.key = key;
  const body = Buffer.from(`mastodon-ops synthetic upload ${new Date().toISOString()} ${randomBytes(12).toString('hex')}\n`);
  const where = endpointLabel(s);
  const details: string[] = [`bucket ${bucket} at ${where}; test object ${key}`, `sent ${aclText(s)} and Cache-Control: ${MASTODON_CACHE_CONTROL}`];
  const client = await ctx.conns.s3();
  const opts = { abortSignal: ctx.signal };

  const put = (withAcl: boolean) => {
    const input: PutObjectCommandInput = { Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain', CacheControl: MASTODON_CACHE_CONTROL };
    if (withAcl && s.acl !== null) input.ACL = s.acl as ObjectCannedACL;
    if (s.storageClass) input.StorageClass = s.storageClass as StorageClass;
    return client.send(new PutObjectCommand(input), opts);
  };

  let written = false;
  let deleted = false;
  try {
    // ---- PUT, exactly as Mastodon
    try {
      await put(true);
      written = true;
    } catch (e) {
      const f = s3Failure(e);
      data.errorCode = f.code;
      if (f.httpStatus !== undefined) data.httpStatus = f.httpStatus;
      const out = await putFailure(f, s, bucket, where, client, ctx, details, () =>
        put(false).then(() => {
          written = true;
        }),
      );
      return { ...out, data };
    }

    // ---- GET, compare bytes
    data.stage = 'get';
    let status: CheckOutcome['status'] = 'ok';
    let summary = `Uploads work: wrote, read back and deleted a test object with ${s.acl === null ? 'no ACL' : `ACL "${s.acl}"`}, as Mastodon does`;
    let fix: string | undefined;
    let getFailed = false;
    try {
      const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), opts);
      const bytes = got.Body ? Buffer.from(await got.Body.transformToByteArray()) : Buffer.alloc(0);
      if (!bytes.equals(body)) {
        getFailed = true;
        status = 'fail';
        summary = `Uploads are corrupted: the object read back differs from what was written (${body.length} bytes written, ${bytes.length} read)`;
        fix = 'The storage provider does not store uploads verbatim (some keep the aws-chunked framing of streamed uploads): check its S3 compatibility with your Mastodon version before trusting new media.';
      }
      if (got.CacheControl !== MASTODON_CACHE_CONTROL) details.push(`the provider returned Cache-Control ${JSON.stringify(got.CacheControl ?? null)} instead of Mastodon's`);
    } catch (e) {
      const f = s3Failure(e);
      if (f.kind === 'aborted') throw e;
      getFailed = true;
      data.errorCode = f.code;
      if (f.httpStatus !== undefined) data.httpStatus = f.httpStatus;
      details.push(`GetObject: ${f.text}`);
      if (f.code === 'NoSuchKey' || f.code === 'NotFound') {
        status = 'fail';
        summary = `Uploads vanish: the test object was accepted but reading it back gave ${f.text}`;
        fix = 'Something removes new objects right after upload (a lifecycle rule, a replication or cleanup job): see s3.bucket and the provider console.';
      } else if (f.code === 'AccessDenied' || f.httpStatus === 403) {
        status = 'warn';
        summary = 'Uploads work, but the credentials cannot read objects back (GetObject denied): media reprocessing and tootctl media commands will fail';
        fix = `Allow s3:GetObject on arn:aws:s3:::${bucket}/* for Mastodon's credentials.`;
      } else {
        status = 'error';
        summary = `Uploads work, but reading the test object back failed: ${f.text}`;
      }
    }

    // ---- anonymous GET through the public URL Mastodon generates
    if (!getFailed) {
      const url = publicUrl(s, key);
      const pub = await publicGet(url, ctx.signal);
      if ('error' in pub) {
        details.push(`could not fetch the public URL ${shownUrl(url)}: ${pub.error} (not counted against the bucket)`);
      } else if (pub.status === 200 && pub.body.equals(body)) {
        data.publicRead = true;
        details.push(`the public URL ${shownUrl(url)} serves the new object`);
      } else if (pub.status === 401 || pub.status === 403 || pub.status === 404) {
        data.publicRead = false;
        details.push(`the public URL ${shownUrl(url)} answered ${pub.status} to an anonymous GET`);
        status = 'warn';
        summary = `Uploads work but visitors cannot see new files: the public URL answers ${pub.status} to an anonymous GET`;
        fix =
          s.acl === null || !PUBLIC_ACLS.has(s.acl)
            ? `No public ACL is sent, so ${publicPolicyFix(bucket)}.`
            : `The public ACL is ignored (Block Public Access IgnorePublicAcls, or the CDN/proxy at S3_ALIAS_HOST refuses it): ${publicPolicyFix(bucket)}, or turn off IgnorePublicAcls.`;
      } else {
        details.push(`the public URL ${shownUrl(url)} answered HTTP ${pub.status}${pub.status === 200 ? ' with different content' : ''}`);
      }
    }

    // ---- DELETE the test object, and nothing else
    try {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }), opts);
      deleted = true;
      if (!getFailed) data.stage = 'done';
    } catch (e) {
      const f = s3Failure(e);
      if (f.kind === 'aborted') throw e;
      details.push(`DeleteObject: ${f.text}; the test object ${key} may be left behind`);
      if (!getFailed) {
        data.stage = 'delete';
        data.errorCode = f.code;
        if (f.httpStatus !== undefined) data.httpStatus = f.httpStatus;
        if (f.code === 'AccessDenied' || f.httpStatus === 403) {
          status = 'warn';
          summary = 'Uploads work, but the credentials cannot delete objects: removed media, tootctl media remove and account deletions leave files behind';
          fix = `Allow s3:DeleteObject on arn:aws:s3:::${bucket}/* for Mastodon's credentials, then delete the leftover test object ${key}.`;
        } else if (status === 'ok') {
          status = f.kind === 'network' || (f.httpStatus ?? 0) >= 500 ? 'error' : 'warn';
          summary = `Uploads work, but deleting the test object failed: ${f.text}`;
        }
      }
    }
    return { status, summary, details, ...(fix ? { fix } : {}), data };
  } finally {
    // A failure or timeout between PUT and DELETE: remove what we wrote, best effort, briefly.
    if (written && !deleted) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: AbortSignal.timeout(3000) }).catch(() => {});
    }
  }
}

async function putFailure(
  f: S3Failure,
  s: S3Settings,
  bucket: string,
  where: string,
  client: S3Client,
  ctx: CheckContext,
  details: string[],
  putWithoutAcl: () => Promise<void>,
): Promise<Omit<CheckOutcome, 'data'>> {
  const confirmsAcl = s.aclExplicit ? ['MSTDN201'] : ['MSTDN201', 'MSTDN212'];
  details.push(`PutObject: ${f.text}`);
  if (f.kind === 'aborted') return { status: 'error', summary: 'error: aborted', details };
  if (f.kind === 'network') {
    return {
      status: 'error',
      summary: `Cannot reach the S3 endpoint ${where}: ${f.text}`,
      details,
      fix: 'Check S3_ENDPOINT (a full URL with scheme), DNS and firewalls between this host and the endpoint; run mastodon-ops where Mastodon runs to see what it sees.',
    };
  }
  if ((f.httpStatus ?? 0) >= 500) {
    return {
      status: 'error',
      summary: `The storage provider failed the upload with ${f.text}: uploads fail while this lasts`,
      details,
      fix: 'Retry in a minute; if it persists, check the provider status page. Mastodon does not retry (S3_RETRY_LIMIT defaults to 0).',
    };
  }
  switch (f.code) {
    case 'AccessControlListNotSupported':
      return {
        status: 'fail',
        summary: `Uploads fail: the bucket has ACLs disabled (Object Ownership BucketOwnerEnforced) and Mastodon sends ${aclText(s)}`,
        details: [...details, 'every avatar, header and attachment upload fails with 400 AccessControlListNotSupported (Mastodon #17978)'],
        fix: `Set \`S3_PERMISSION=\` (present and empty) in .env.production so Mastodon sends no ACL, and ${publicPolicyFix(bucket)}; ${RESTART}. With the Helm chart set it through mastodon.extraEnvVars (mastodon.s3.permission cannot be empty).`,
        confirms: confirmsAcl,
      };
    case 'AccessDenied': {
      if (s.acl !== null && PUBLIC_ACLS.has(s.acl)) {
        // Same key, no ACL: if this works, the ACL is what is refused.
        let aclRefused = false;
        try {
          await putWithoutAcl();
          aclRefused = true;
          details.push('the same PUT without an ACL succeeded: the ACL is what is refused');
        } catch (e) {
          const g = s3Failure(e);
          details.push(`the same PUT without an ACL also failed: ${g.text}`);
        }
        if (aclRefused) {
          let bpa: boolean | null = null;
          try {
            const r = await client.send(new GetPublicAccessBlockCommand({ Bucket: bucket }), { abortSignal: ctx.signal });
            bpa = r.PublicAccessBlockConfiguration?.BlockPublicAcls === true;
          } catch (e) {
            const g = s3Failure(e);
            if (g.code === 'NoSuchPublicAccessBlockConfiguration') bpa = false;
            details.push(`GetPublicAccessBlock: ${g.text}`);
          }
          if (bpa === false) {
            return {
              status: 'fail',
              summary: `Uploads fail: the credentials may not set the "${s.acl}" ACL Mastodon sends (403 AccessDenied; the bucket does not block public ACLs, so s3:PutObjectAcl is missing)`,
              details: [...details, 'a PUT with an ACL needs s3:PutObjectAcl as well as s3:PutObject (an account-wide Block Public Access would also explain it)'],
              fix: `Allow s3:PutObjectAcl on arn:aws:s3:::${bucket}/* for Mastodon's credentials, or set \`S3_PERMISSION=\` (present and empty) and ${publicPolicyFix(bucket)}; ${RESTART}.`,
            };
          }
          return {
            status: 'fail',
            summary: `Uploads fail: Block Public Access (BlockPublicAcls) rejects the "${s.acl}" ACL Mastodon sends with 403 AccessDenied${bpa === null ? ' (or the credentials lack s3:PutObjectAcl)' : ''}`,
            details,
            fix: `Set \`S3_PERMISSION=\` (present and empty) so Mastodon sends no ACL and ${publicPolicyFix(bucket)} (keeps Block Public Access for ACLs); or turn off BlockPublicAcls on the bucket and the account. ${RESTART_SENTENCE}`,
            confirms: ['MSTDN202'],
          };
        }
      }
      return {
        status: 'fail',
        summary: `Uploads fail: access denied to PutObject in bucket ${bucket} (credentials or policy)`,
        details,
        fix: `Allow s3:PutObject${s.acl !== null ? ' and s3:PutObjectAcl' : ''} on arn:aws:s3:::${bucket}/* for the key in AWS_ACCESS_KEY_ID (IAM policy) and check the bucket policy for a Deny.`,
      };
    }
    case 'InvalidAccessKeyId':
      return { status: 'fail', summary: `Uploads fail: the S3 endpoint does not know AWS_ACCESS_KEY_ID (InvalidAccessKeyId)`, details, fix: 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to an active key pair of the account that owns the bucket (or has access to it).' };
    case 'SignatureDoesNotMatch':
      return { status: 'fail', summary: `Uploads fail: AWS_SECRET_ACCESS_KEY does not match AWS_ACCESS_KEY_ID (SignatureDoesNotMatch)`, details, fix: 'Set AWS_SECRET_ACCESS_KEY to the secret of the key in AWS_ACCESS_KEY_ID (check for stray quotes or whitespace in .env.production).' };
    case 'RequestTimeTooSkewed':
      return { status: 'fail', summary: 'Uploads fail: the clock of this host is too far off for S3 signatures (RequestTimeTooSkewed)', details, fix: 'Synchronise the clock (chrony or systemd-timesyncd) on the Mastodon hosts.' };
    case 'NoSuchBucket':
      return { status: 'fail', summary: `Uploads fail: bucket ${bucket} does not exist at ${where}`, details, fix: 'Check S3_BUCKET, S3_REGION and S3_ENDPOINT: the bucket must exist at that endpoint.' };
    case 'InvalidStorageClass':
      return { status: 'fail', summary: `Uploads fail: the provider rejects S3_STORAGE_CLASS=${JSON.stringify(s.storageClass ?? '')}`, details, fix: 'Remove S3_STORAGE_CLASS or set it to a class the provider supports (e.g. STANDARD).' };
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
      return { status: 'fail', summary: `Uploads fail: the bucket is in another region than S3_REGION=${s.region} (${f.code})`, details, fix: 'Set S3_REGION to the bucket region (and S3_ENDPOINT/S3_HOSTNAME accordingly).' };
    default:
      return { status: 'fail', summary: `Uploads fail: the provider refused the test upload with ${f.text}`, details };
  }
}

export const check: Check = {
  id: 's3.write',
  title: 'S3 upload (synthetic write with Mastodon\'s ACL)',
  needs: ['s3'],
  timeoutMs: 10_000,
  async run(ctx) {
    const out = await run(ctx);
    return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
  },
};
