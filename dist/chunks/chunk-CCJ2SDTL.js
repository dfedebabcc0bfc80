import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  VERSION
} from "./chunk-QBCPIVVE.js";
import {
  lint
} from "./chunk-ZSG3DTZ5.js";
import {
  defaultSettings
} from "./chunk-IMXAAYA5.js";
import {
  publicUrl,
  redisSettings
} from "./chunk-3TU2QESQ.js";
import {
  require_dist_cjs
} from "./chunk-NL3YTGEA.js";
import {
  redact,
  redactDeep,
  withoutSecrets
} from "./chunk-HIL6MOFH.js";
import {
  __toESM
} from "./chunk-NL7GRAD7.js";

// src/live/checks/s3-write.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
import { randomBytes } from "node:crypto";

// src/mastodon/object-keys.ts
var ID_PARTITION_LIMIT = 1000000000n;
function rubyZeroPad(n3, width) {
  if (n3 < 0n) return `-${(-n3).toString().padStart(width - 1, "0")}`;
  return n3.toString().padStart(width, "0");
}
function idPartition(id) {
  if (!/^-?\d+$/.test(id)) throw new TypeError(`idPartition: not an integer id: ${JSON.stringify(id)}`);
  const n3 = BigInt(id);
  const padded = rubyZeroPad(n3, n3 < ID_PARTITION_LIMIT ? 9 : 12);
  return (padded.match(/\d{3}/g) ?? []).join("/");
}
function withKeyPrefix(keyPrefix2, path) {
  const full = keyPrefix2 === void 0 ? path : `${keyPrefix2}/${path}`;
  return full.startsWith("/") ? full.slice(1) : full;
}
function extname(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const i = base.lastIndexOf(".");
  if (i <= 0 || /^\.+$/.test(base.slice(0, i + 1))) return "";
  return base.slice(i);
}
function styleFileName(fileName, style) {
  if (style.name === "original") return fileName;
  const ext = extname(fileName);
  const basename = ext ? fileName.slice(0, fileName.length - ext.length) : fileName;
  const extension = style.format ?? ext.replace(/^\.+/, "");
  return [basename, extension].filter((p) => p !== "").join(".");
}
function objectKey(ref, style, keyPrefix2) {
  const cache = (ref.storageSchemaVersion ?? 0) >= 1 && !ref.local ? "cache/" : "";
  const path = `${cache}${ref.className}/${ref.attachment}/${idPartition(ref.id)}/${style.name}/${styleFileName(ref.fileName, style)}`;
  return withKeyPrefix(keyPrefix2, path);
}
function objectKeys(ref, styles, keyPrefix2) {
  return styles.map((s) => ({ style: s.name, key: objectKey(ref, s, keyPrefix2) }));
}
function accountStyles(contentType) {
  return contentType === "image/gif" ? [{ name: "original" }, { name: "static", format: "png" }] : [{ name: "original" }];
}
function accountObjectKeys(row, which, keyPrefix2) {
  const fileName = which === "avatar" ? row.avatar_file_name : row.header_file_name;
  if (!fileName) return [];
  const ref = {
    className: "accounts",
    attachment: which === "avatar" ? "avatars" : "headers",
    id: row.id,
    fileName,
    storageSchemaVersion: which === "avatar" ? row.avatar_storage_schema_version : row.header_storage_schema_version,
    local: row.domain === null
  };
  return objectKeys(ref, accountStyles(which === "avatar" ? row.avatar_content_type : row.header_content_type), keyPrefix2);
}

// src/live/checks/s3-common.ts
var PUBLIC_ACLS = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read"]);
var NETWORK_TEXT = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host name not found (DNS)",
  EAI_AGAIN: "DNS lookup failed (temporary)",
  ECONNRESET: "connection reset",
  ETIMEDOUT: "timed out",
  TimeoutError: "timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EPIPE: "connection closed",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  CERT_HAS_EXPIRED: "TLS certificate expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
  SELF_SIGNED_CERT_IN_CHAIN: "self-signed TLS certificate in chain",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate not trusted",
  ERR_TLS_CERT_ALTNAME_INVALID: "TLS certificate does not match the host name"
};
function s3Failure(e) {
  const err = e ?? {};
  if (err.name === "AbortError") return { code: "AbortError", kind: "aborted", text: "aborted" };
  const status = err.$metadata?.httpStatusCode;
  if (status !== void 0) {
    let code = err.Code ?? err.name ?? "";
    if (!code || code === "Unknown" || code === "UnknownError" || code === "Error" || code === "S3ServiceException") {
      code = status === 404 ? "NotFound" : status === 403 ? "Forbidden" : `HTTP${status}`;
    }
    return { code, httpStatus: status, kind: "http", text: `HTTP ${status} ${code}` };
  }
  const net = err.code ?? err.cause?.code ?? (err.name === "TimeoutError" ? "TimeoutError" : void 0);
  if (net) return { code: net, kind: "network", text: `${NETWORK_TEXT[net] ?? redact(err.message ?? net)} (${net})` };
  return { code: err.name ?? "Error", kind: "network", text: redact(err.message ?? String(e)) };
}
function endpointLabel(s) {
  if (s.endpoint === void 0) return `AWS S3 (${s.region || "us-east-1"})`;
  try {
    const u = new URL(s.endpoint);
    return `${u.protocol}//${u.host}`;
  } catch {
    return "S3_ENDPOINT (not a valid URL)";
  }
}
function scrubSecrets(value, s) {
  const secrets = [s.secretAccessKey, s.accessKeyId].filter((v) => typeof v === "string");
  return secrets.length ? redactDeep(value, (x) => withoutSecrets(x, secrets)) : value;
}
function withTimeout(signal, ms) {
  return AbortSignal.any([signal, AbortSignal.timeout(ms)]);
}
async function publicGet(url, signal, ms = 5e3, maxBytes = 65536) {
  try {
    const res = await fetch(url, { signal: withTimeout(signal, ms), redirect: "follow" });
    const chunks = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      while (size < maxBytes) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(Buffer.from(value));
        size += value.byteLength;
      }
      await reader.cancel().catch(() => {
      });
    }
    return { status: res.status, body: Buffer.concat(chunks).subarray(0, maxBytes) };
  } catch (e) {
    const f = s3Failure(e);
    return { error: f.kind === "aborted" || f.code === "TimeoutError" ? `timed out after ${ms / 1e3} s` : f.text };
  }
}
function shownUrl(url) {
  return redact(url.replace(/\?.*$/, ""));
}

// src/live/checks/s3-write.ts
var MASTODON_CACHE_CONTROL = "public, max-age=315576000, immutable";
var HEALTHCHECK_PREFIX = "mastodon-ops-healthcheck/";
function aclText(s) {
  if (s.acl === null) return "no ACL (S3_PERMISSION is set and empty)";
  return s.aclExplicit ? `the ACL "${s.acl}" (S3_PERMISSION)` : `the ACL "${s.acl}" (S3_PERMISSION is not set, so Mastodon sends its default)`;
}
function publicPolicyFix(bucket) {
  return `grant public read with a bucket policy (Allow s3:GetObject to Principal "*" on arn:aws:s3:::${bucket}/*) or serve files through a CDN that reads the bucket with its own access`;
}
var RESTART = "then restart Mastodon (web and sidekiq) so it reads the new value";
var RESTART_SENTENCE = "Then restart Mastodon (web and sidekiq) so it reads the new value.";
async function run(ctx) {
  const s = ctx.instance.s3;
  if (!s) return { status: "skipped", summary: "skipped: S3 is not enabled", details: [] };
  const bucket = s.bucket;
  const data = { aclSent: s.acl, stage: "put", bucket: bucket ?? null, key: null, publicRead: null };
  if (!bucket) {
    return { status: "fail", summary: "S3_BUCKET is not set: Mastodon has no bucket to upload to", details: [], fix: "Set S3_BUCKET in .env.production to the media bucket name.", data };
  }
  const key = withKeyPrefix(s.keyPrefix, `${HEALTHCHECK_PREFIX}${randomBytes(8).toString("hex")}.txt`);
  data.key = key;
  const body = Buffer.from(`mastodon-ops synthetic upload ${(/* @__PURE__ */ new Date()).toISOString()} ${randomBytes(12).toString("hex")}
`);
  const where = endpointLabel(s);
  const details = [`bucket ${bucket} at ${where}; test object ${key}`, `sent ${aclText(s)} and Cache-Control: ${MASTODON_CACHE_CONTROL}`];
  const client = await ctx.conns.s3();
  const opts = { abortSignal: ctx.signal };
  const put = (withAcl) => {
    const input = { Bucket: bucket, Key: key, Body: body, ContentType: "text/plain", CacheControl: MASTODON_CACHE_CONTROL };
    if (withAcl && s.acl !== null) input.ACL = s.acl;
    if (s.storageClass) input.StorageClass = s.storageClass;
    return client.send(new import_client_s3.PutObjectCommand(input), opts);
  };
  let written = false;
  let deleted = false;
  try {
    try {
      await put(true);
      written = true;
    } catch (e) {
      const f = s3Failure(e);
      data.errorCode = f.code;
      if (f.httpStatus !== void 0) data.httpStatus = f.httpStatus;
      const out = await putFailure(
        f,
        s,
        bucket,
        where,
        client,
        ctx,
        details,
        () => put(false).then(() => {
          written = true;
        })
      );
      return { ...out, data };
    }
    data.stage = "get";
    let status = "ok";
    let summary = `Uploads work: wrote, read back and deleted a test object with ${s.acl === null ? "no ACL" : `ACL "${s.acl}"`}, as Mastodon does`;
    let fix;
    let getFailed = false;
    try {
      const got = await client.send(new import_client_s3.GetObjectCommand({ Bucket: bucket, Key: key }), opts);
      const bytes = got.Body ? Buffer.from(await got.Body.transformToByteArray()) : Buffer.alloc(0);
      if (!bytes.equals(body)) {
        getFailed = true;
        status = "fail";
        summary = `Uploads are corrupted: the object read back differs from what was written (${body.length} bytes written, ${bytes.length} read)`;
        fix = "The storage provider does not store uploads verbatim (some keep the aws-chunked framing of streamed uploads): check its S3 compatibility with your Mastodon version before trusting new media.";
      }
      if (got.CacheControl !== MASTODON_CACHE_CONTROL) details.push(`the provider returned Cache-Control ${JSON.stringify(got.CacheControl ?? null)} instead of Mastodon's`);
    } catch (e) {
      const f = s3Failure(e);
      if (f.kind === "aborted") throw e;
      getFailed = true;
      data.errorCode = f.code;
      if (f.httpStatus !== void 0) data.httpStatus = f.httpStatus;
      details.push(`GetObject: ${f.text}`);
      if (f.code === "NoSuchKey" || f.code === "NotFound") {
        status = "fail";
        summary = `Uploads vanish: the test object was accepted but reading it back gave ${f.text}`;
        fix = "Something removes new objects right after upload (a lifecycle rule, a replication or cleanup job): see s3.bucket and the provider console.";
      } else if (f.code === "AccessDenied" || f.httpStatus === 403) {
        status = "warn";
        summary = "Uploads work, but the credentials cannot read objects back (GetObject denied): media reprocessing and tootctl media commands will fail";
        fix = `Allow s3:GetObject on arn:aws:s3:::${bucket}/* for Mastodon's credentials.`;
      } else {
        status = "error";
        summary = `Uploads work, but reading the test object back failed: ${f.text}`;
      }
    }
    if (!getFailed) {
      const url = publicUrl(s, key);
      const pub = await publicGet(url, ctx.signal);
      if ("error" in pub) {
        details.push(`could not fetch the public URL ${shownUrl(url)}: ${pub.error} (not counted against the bucket)`);
      } else if (pub.status === 200 && pub.body.equals(body)) {
        data.publicRead = true;
        details.push(`the public URL ${shownUrl(url)} serves the new object`);
      } else if (pub.status === 401 || pub.status === 403 || pub.status === 404) {
        data.publicRead = false;
        details.push(`the public URL ${shownUrl(url)} answered ${pub.status} to an anonymous GET`);
        status = "warn";
        summary = `Uploads work but visitors cannot see new files: the public URL answers ${pub.status} to an anonymous GET`;
        fix = s.acl === null || !PUBLIC_ACLS.has(s.acl) ? `No public ACL is sent, so ${publicPolicyFix(bucket)}.` : `The public ACL is ignored (Block Public Access IgnorePublicAcls, or the CDN/proxy at S3_ALIAS_HOST refuses it): ${publicPolicyFix(bucket)}, or turn off IgnorePublicAcls.`;
      } else {
        details.push(`the public URL ${shownUrl(url)} answered HTTP ${pub.status}${pub.status === 200 ? " with different content" : ""}`);
      }
    }
    try {
      await client.send(new import_client_s3.DeleteObjectCommand({ Bucket: bucket, Key: key }), opts);
      deleted = true;
      if (!getFailed) data.stage = "done";
    } catch (e) {
      const f = s3Failure(e);
      if (f.kind === "aborted") throw e;
      details.push(`DeleteObject: ${f.text}; the test object ${key} may be left behind`);
      if (!getFailed) {
        data.stage = "delete";
        data.errorCode = f.code;
        if (f.httpStatus !== void 0) data.httpStatus = f.httpStatus;
        if (f.code === "AccessDenied" || f.httpStatus === 403) {
          status = "warn";
          summary = "Uploads work, but the credentials cannot delete objects: removed media, tootctl media remove and account deletions leave files behind";
          fix = `Allow s3:DeleteObject on arn:aws:s3:::${bucket}/* for Mastodon's credentials, then delete the leftover test object ${key}.`;
        } else if (status === "ok") {
          status = f.kind === "network" || (f.httpStatus ?? 0) >= 500 ? "error" : "warn";
          summary = `Uploads work, but deleting the test object failed: ${f.text}`;
        }
      }
    }
    return { status, summary, details, ...fix ? { fix } : {}, data };
  } finally {
    if (written && !deleted) {
      await client.send(new import_client_s3.DeleteObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: AbortSignal.timeout(3e3) }).catch(() => {
      });
    }
  }
}
async function putFailure(f, s, bucket, where, client, ctx, details, putWithoutAcl) {
  const confirmsAcl = s.aclExplicit ? ["MSTDN201"] : ["MSTDN201", "MSTDN212"];
  details.push(`PutObject: ${f.text}`);
  if (f.kind === "aborted") return { status: "error", summary: "error: aborted", details };
  if (f.kind === "network") {
    return {
      status: "error",
      summary: `Cannot reach the S3 endpoint ${where}: ${f.text}`,
      details,
      fix: "Check S3_ENDPOINT (a full URL with scheme), DNS and firewalls between this host and the endpoint; run mastodon-ops where Mastodon runs to see what it sees."
    };
  }
  if ((f.httpStatus ?? 0) >= 500) {
    return {
      status: "error",
      summary: `The storage provider failed the upload with ${f.text}: uploads fail while this lasts`,
      details,
      fix: "Retry in a minute; if it persists, check the provider status page. Mastodon does not retry (S3_RETRY_LIMIT defaults to 0)."
    };
  }
  switch (f.code) {
    case "AccessControlListNotSupported":
      return {
        status: "fail",
        summary: `Uploads fail: the bucket has ACLs disabled (Object Ownership BucketOwnerEnforced) and Mastodon sends ${aclText(s)}`,
        details: [...details, "every avatar, header and attachment upload fails with 400 AccessControlListNotSupported (Mastodon #17978)"],
        fix: `Set \`S3_PERMISSION=\` (present and empty) in .env.production so Mastodon sends no ACL, and ${publicPolicyFix(bucket)}; ${RESTART}. With the Helm chart set it through mastodon.extraEnvVars (mastodon.s3.permission cannot be empty).`,
        confirms: confirmsAcl
      };
    case "AccessDenied": {
      if (s.acl !== null && PUBLIC_ACLS.has(s.acl)) {
        let aclRefused = false;
        try {
          await putWithoutAcl();
          aclRefused = true;
          details.push("the same PUT without an ACL succeeded: the ACL is what is refused");
        } catch (e) {
          const g = s3Failure(e);
          details.push(`the same PUT without an ACL also failed: ${g.text}`);
        }
        if (aclRefused) {
          let bpa = null;
          try {
            const r = await client.send(new import_client_s3.GetPublicAccessBlockCommand({ Bucket: bucket }), { abortSignal: ctx.signal });
            bpa = r.PublicAccessBlockConfiguration?.BlockPublicAcls === true;
          } catch (e) {
            const g = s3Failure(e);
            if (g.code === "NoSuchPublicAccessBlockConfiguration") bpa = false;
            details.push(`GetPublicAccessBlock: ${g.text}`);
          }
          if (bpa === false) {
            return {
              status: "fail",
              summary: `Uploads fail: the credentials may not set the "${s.acl}" ACL Mastodon sends (403 AccessDenied; the bucket does not block public ACLs, so s3:PutObjectAcl is missing)`,
              details: [...details, "a PUT with an ACL needs s3:PutObjectAcl as well as s3:PutObject (an account-wide Block Public Access would also explain it)"],
              fix: `Allow s3:PutObjectAcl on arn:aws:s3:::${bucket}/* for Mastodon's credentials, or set \`S3_PERMISSION=\` (present and empty) and ${publicPolicyFix(bucket)}; ${RESTART}.`
            };
          }
          return {
            status: "fail",
            summary: `Uploads fail: Block Public Access (BlockPublicAcls) rejects the "${s.acl}" ACL Mastodon sends with 403 AccessDenied${bpa === null ? " (or the credentials lack s3:PutObjectAcl)" : ""}`,
            details,
            fix: `Set \`S3_PERMISSION=\` (present and empty) so Mastodon sends no ACL and ${publicPolicyFix(bucket)} (keeps Block Public Access for ACLs); or turn off BlockPublicAcls on the bucket and the account. ${RESTART_SENTENCE}`,
            confirms: ["MSTDN202"]
          };
        }
      }
      return {
        status: "fail",
        summary: `Uploads fail: access denied to PutObject in bucket ${bucket} (credentials or policy)`,
        details,
        fix: `Allow s3:PutObject${s.acl !== null ? " and s3:PutObjectAcl" : ""} on arn:aws:s3:::${bucket}/* for the key in AWS_ACCESS_KEY_ID (IAM policy) and check the bucket policy for a Deny.`
      };
    }
    case "InvalidAccessKeyId":
      return { status: "fail", summary: `Uploads fail: the S3 endpoint does not know AWS_ACCESS_KEY_ID (InvalidAccessKeyId)`, details, fix: "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to an active key pair of the account that owns the bucket (or has access to it)." };
    case "SignatureDoesNotMatch":
      return { status: "fail", summary: `Uploads fail: AWS_SECRET_ACCESS_KEY does not match AWS_ACCESS_KEY_ID (SignatureDoesNotMatch)`, details, fix: "Set AWS_SECRET_ACCESS_KEY to the secret of the key in AWS_ACCESS_KEY_ID (check for stray quotes or whitespace in .env.production)." };
    case "RequestTimeTooSkewed":
      return { status: "fail", summary: "Uploads fail: the clock of this host is too far off for S3 signatures (RequestTimeTooSkewed)", details, fix: "Synchronise the clock (chrony or systemd-timesyncd) on the Mastodon hosts." };
    case "NoSuchBucket":
      return { status: "fail", summary: `Uploads fail: bucket ${bucket} does not exist at ${where}`, details, fix: "Check S3_BUCKET, S3_REGION and S3_ENDPOINT: the bucket must exist at that endpoint." };
    case "InvalidStorageClass":
      return { status: "fail", summary: `Uploads fail: the provider rejects S3_STORAGE_CLASS=${JSON.stringify(s.storageClass ?? "")}`, details, fix: "Remove S3_STORAGE_CLASS or set it to a class the provider supports (e.g. STANDARD)." };
    case "PermanentRedirect":
    case "AuthorizationHeaderMalformed":
      return { status: "fail", summary: `Uploads fail: the bucket is in another region than S3_REGION=${s.region} (${f.code})`, details, fix: "Set S3_REGION to the bucket region (and S3_ENDPOINT/S3_HOSTNAME accordingly)." };
    default:
      return { status: "fail", summary: `Uploads fail: the provider refused the test upload with ${f.text}`, details };
  }
}
var check = {
  id: "s3.write",
  title: "S3 upload (synthetic write with Mastodon's ACL)",
  needs: ["s3"],
  timeoutMs: 1e4,
  async run(ctx) {
    const out = await run(ctx);
    return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
  }
};

// src/live/checks/s3-bucket.ts
var import_client_s32 = __toESM(require_dist_cjs(), 1);
import { randomBytes as randomBytes2 } from "node:crypto";

// src/live/types.ts
var STATUS_RANK = { ok: 0, skipped: 0, warn: 1, error: 2, fail: 3 };

// src/live/checks/s3-bucket.ts
var MASTODON_PREFIXES = ["cache/", "accounts/", "media_attachments/", "custom_emojis/", "site_uploads/", "preview_cards/"];
var PROFILE_PREFIXES = ["accounts/", "cache/accounts/"];
var ARCHIVE_CLASSES = /* @__PURE__ */ new Set(["GLACIER", "DEEP_ARCHIVE"]);
async function read(p) {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, f: s3Failure(e) };
  }
}
function isDenied(f) {
  return f.code === "AccessDenied" || f.code === "Forbidden" || f.code === "AllAccessDisabled";
}
function isUnsupported(f) {
  return f.code === "NotImplemented" || f.httpStatus === 501 || f.code === "MethodNotAllowed";
}
function rulePrefix(r) {
  const f = r.Filter;
  if (f?.Tag || (f?.And?.Tags?.length ?? 0) > 0) return null;
  return f?.Prefix ?? f?.And?.Prefix ?? r.Prefix ?? "";
}
function overlaps(rule, prefixes) {
  return prefixes.some((m) => m.startsWith(rule) || rule.startsWith(m));
}
async function run2(ctx) {
  const s = ctx.instance.s3;
  if (!s) return { status: "skipped", summary: "skipped: S3 is not enabled", details: [] };
  const bucket = s.bucket;
  const data = { ownership: null, blockPublicAcls: null, ignorePublicAcls: null, lifecycleMediaRules: [], publicListing: null };
  if (!bucket) return { status: "fail", summary: "S3_BUCKET is not set: Mastodon has no bucket", details: [], fix: "Set S3_BUCKET in .env.production.", data };
  const client = await ctx.conns.s3();
  const opts = { abortSignal: ctx.signal };
  const [own, pab, lc] = await Promise.all([
    read(client.send(new import_client_s32.GetBucketOwnershipControlsCommand({ Bucket: bucket }), opts)),
    read(client.send(new import_client_s32.GetPublicAccessBlockCommand({ Bucket: bucket }), opts)),
    read(client.send(new import_client_s32.GetBucketLifecycleConfigurationCommand({ Bucket: bucket }), opts))
  ]);
  const failures = [own, pab, lc].flatMap((r) => r.ok ? [] : [r.f]);
  const where = endpointLabel(s);
  if (failures.some((f) => f.kind === "aborted")) return { status: "error", summary: "error: aborted", details: [], data };
  if (failures.length === 3 && failures.every((f) => f.kind === "network")) {
    return { status: "error", summary: `Cannot reach the S3 endpoint ${where}: ${failures[0]?.text ?? "network error"}`, details: [], fix: "Check S3_ENDPOINT, DNS and firewalls between this host and the endpoint.", data };
  }
  const fatal = failures.find((f) => ["NoSuchBucket", "InvalidAccessKeyId", "SignatureDoesNotMatch"].includes(f.code));
  if (fatal) {
    const summary = fatal.code === "NoSuchBucket" ? `Bucket ${bucket} does not exist at ${where}` : fatal.code === "InvalidAccessKeyId" ? "The S3 endpoint does not know AWS_ACCESS_KEY_ID (InvalidAccessKeyId)" : "AWS_SECRET_ACCESS_KEY does not match AWS_ACCESS_KEY_ID (SignatureDoesNotMatch)";
    return { status: "fail", summary, details: [`${fatal.text}`], fix: fatal.code === "NoSuchBucket" ? "Check S3_BUCKET, S3_REGION and S3_ENDPOINT." : "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to an active key pair.", data };
  }
  const details = [`bucket ${bucket} at ${where}; Mastodon sends ${s.acl === null ? "no ACL (S3_PERMISSION is empty)" : `the ACL "${s.acl}"${s.aclExplicit ? "" : " (S3_PERMISSION is not set)"}`}`];
  const problems = [];
  const aclRejectedByEnforced = s.acl !== null && s.acl !== "bucket-owner-full-control";
  const aclPublic = s.acl !== null && PUBLIC_ACLS.has(s.acl);
  const confirmsAcl = s.aclExplicit ? ["MSTDN201"] : ["MSTDN201", "MSTDN212"];
  const noAclFix = `Set \`S3_PERMISSION=\` (present and empty) in .env.production so Mastodon sends no ACL, grant public read with a bucket policy (Allow s3:GetObject to Principal "*" on arn:aws:s3:::${bucket}/*) or a CDN with its own access, then restart Mastodon (web and sidekiq).`;
  if (own.ok) {
    data.ownership = own.value.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? null;
    details.push(`Object Ownership: ${data.ownership ?? "no rule"}`);
    if (data.ownership === "BucketOwnerEnforced") {
      if (aclRejectedByEnforced) {
        problems.push({
          status: "fail",
          summary: `Uploads fail: Object Ownership is BucketOwnerEnforced (ACLs disabled) and Mastodon sends the ACL "${s.acl}"${s.aclExplicit ? "" : " (S3_PERMISSION is not set)"}`,
          fix: noAclFix,
          confirms: confirmsAcl
        });
      } else details.push("ACLs are disabled and Mastodon sends none: public read must come from a bucket policy or a CDN");
    }
  } else {
    data.ownershipError = own.f.code;
    if (own.f.code === "OwnershipControlsNotFoundError") {
      details.push("Object Ownership: not set: an old bucket defaults to ObjectWriter; new buckets since April 2023 are BucketOwnerEnforced (ACLs are enabled here)");
    } else if (isDenied(own.f)) {
      details.push("Object Ownership: cannot tell (missing s3:GetBucketOwnershipControls permission)");
      problems.push({
        status: "warn",
        summary: "Object Ownership: cannot tell (missing s3:GetBucketOwnershipControls permission)",
        fix: `Allow s3:GetBucketOwnershipControls on arn:aws:s3:::${bucket} for these credentials, or check the bucket's Object Ownership in the console.`
      });
    } else if (isUnsupported(own.f)) {
      details.push(`Object Ownership: the provider does not support GetBucketOwnershipControls (${own.f.text})`);
    } else {
      details.push(`Object Ownership: cannot tell (${own.f.text})`);
      problems.push({ status: own.f.kind === "network" || (own.f.httpStatus ?? 0) >= 500 ? "error" : "warn", summary: `Object Ownership: cannot tell (${own.f.text})` });
    }
  }
  if (pab.ok) {
    const c = pab.value.PublicAccessBlockConfiguration;
    data.blockPublicAcls = c?.BlockPublicAcls === true;
    data.ignorePublicAcls = c?.IgnorePublicAcls === true;
    details.push(
      `Block Public Access: BlockPublicAcls=${data.blockPublicAcls}, IgnorePublicAcls=${data.ignorePublicAcls}, BlockPublicPolicy=${c?.BlockPublicPolicy === true}, RestrictPublicBuckets=${c?.RestrictPublicBuckets === true}`
    );
    if (aclPublic && data.blockPublicAcls && data.ownership !== "BucketOwnerEnforced") {
      problems.push({
        status: "fail",
        summary: `Uploads fail: Block Public Access (BlockPublicAcls) rejects the "${s.acl}" ACL Mastodon sends with 403 AccessDenied`,
        fix: `${noAclFix} Or turn off BlockPublicAcls on the bucket (and the account).`,
        confirms: ["MSTDN202"]
      });
    } else if (aclPublic && data.ignorePublicAcls && !data.blockPublicAcls && data.ownership !== "BucketOwnerEnforced") {
      problems.push({
        status: "warn",
        summary: `Block Public Access (IgnorePublicAcls) ignores the "${s.acl}" ACL Mastodon sends: files are public only if a bucket policy or a CDN grants read`,
        fix: `${noAclFix} Or turn off IgnorePublicAcls.`,
        confirms: ["MSTDN202"]
      });
    }
  } else {
    data.publicAccessBlockError = pab.f.code;
    if (pab.f.code === "NoSuchPublicAccessBlockConfiguration") {
      details.push("Block Public Access: not set on the bucket (an account-wide setting, not readable here, may still apply)");
    } else if (isDenied(pab.f)) {
      details.push("Block Public Access: cannot tell (missing s3:GetBucketPublicAccessBlock permission)");
      problems.push({ status: "warn", summary: "Block Public Access: cannot tell (missing s3:GetBucketPublicAccessBlock permission)", fix: `Allow s3:GetBucketPublicAccessBlock on arn:aws:s3:::${bucket} for these credentials.` });
    } else if (isUnsupported(pab.f)) {
      details.push(`Block Public Access: the provider does not support it (${pab.f.text})`);
    } else {
      details.push(`Block Public Access: cannot tell (${pab.f.text})`);
      problems.push({ status: pab.f.kind === "network" || (pab.f.httpStatus ?? 0) >= 500 ? "error" : "warn", summary: `Block Public Access: cannot tell (${pab.f.text})` });
    }
  }
  const mastodonPrefixes = MASTODON_PREFIXES.map((p) => withKeyPrefix(s.keyPrefix, p));
  const profilePrefixes = PROFILE_PREFIXES.map((p) => withKeyPrefix(s.keyPrefix, p));
  if (lc.ok) {
    const rules = lc.value.Rules ?? [];
    details.push(`Lifecycle: ${rules.length} rule(s)`);
    let profileHit;
    for (const r of rules) {
      if (r.Status !== "Enabled") continue;
      const prefix = rulePrefix(r);
      const id = r.ID ?? "(no id)";
      if (prefix === null) {
        details.push(`lifecycle rule "${id}" filters on tags: Mastodon's objects carry none, so it does not apply`);
        continue;
      }
      if (!overlaps(prefix, mastodonPrefixes)) continue;
      const exp = r.Expiration;
      if (exp && (exp.Days !== void 0 || exp.Date !== void 0)) {
        const rule = { id, prefix, days: exp.Days ?? null };
        data.lifecycleMediaRules.push(rule);
        details.push(`lifecycle rule "${id}" expires objects under ${prefix === "" ? "the whole bucket" : prefix} ${rule.days !== null ? `after ${rule.days} days` : `on ${exp.Date?.toISOString().slice(0, 10)}`}`);
        if (!profileHit && overlaps(prefix, profilePrefixes)) profileHit = rule;
      }
      for (const t of r.Transitions ?? []) {
        if (t.StorageClass && ARCHIVE_CLASSES.has(t.StorageClass)) {
          details.push(`lifecycle rule "${id}" moves objects under ${prefix || "the whole bucket"} to ${t.StorageClass}: they cannot be served until restored`);
          problems.push({ status: "warn", summary: `Lifecycle rule "${id}" archives Mastodon's files to ${t.StorageClass}, where they cannot be served`, fix: `Remove the transition from rule "${id}" or limit it to objects Mastodon does not serve.` });
        }
      }
    }
    const first = profileHit ?? data.lifecycleMediaRules[0];
    if (first) {
      const where2 = first.prefix === "" ? "the whole bucket" : first.prefix;
      problems.push({
        status: profileHit ? "fail" : "warn",
        summary: `Lifecycle rule "${first.id}" deletes Mastodon's files under ${where2}${first.days !== null ? ` after ${first.days} days` : ""} while the database still names them${profileHit ? ": avatars and headers vanish and are not re-fetched" : ""}`,
        fix: `Remove or narrow the rule (aws s3api get-bucket-lifecycle-configuration --bucket ${bucket}, then put it back without the rule); prune with tootctl media remove, which also clears the database, then use the storage.objects check to find what is already gone and restore it as docs/restore.md section 2 describes (https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them).`
      });
    }
  } else {
    data.lifecycleError = lc.f.code;
    if (lc.f.code === "NoSuchLifecycleConfiguration") details.push("Lifecycle: no configuration (nothing expires)");
    else if (isDenied(lc.f)) {
      details.push("Lifecycle: cannot tell (missing s3:GetLifecycleConfiguration permission)");
      problems.push({ status: "warn", summary: "Lifecycle rules: cannot tell (missing s3:GetLifecycleConfiguration permission)", fix: `Allow s3:GetLifecycleConfiguration on arn:aws:s3:::${bucket} for these credentials.` });
    } else if (isUnsupported(lc.f)) details.push(`Lifecycle: the provider does not support it (${lc.f.text})`);
    else {
      details.push(`Lifecycle: cannot tell (${lc.f.text})`);
      problems.push({ status: lc.f.kind === "network" || (lc.f.httpStatus ?? 0) >= 500 ? "error" : "warn", summary: `Lifecycle rules: cannot tell (${lc.f.text})` });
    }
  }
  const listing = await publicListing(s, bucket, ctx.signal);
  data.publicListing = listing.value;
  details.push(...listing.details);
  if (listing.value === true) {
    problems.push({
      status: "fail",
      summary: `Anyone can list the bucket: ${listing.url} returns a ListBucketResult, exposing every file including followers-only and direct-message media`,
      fix: `Remove s3:ListBucket for Principal "*" from the bucket policy (keep s3:GetObject) and any public-read/public-read-write ACL on the bucket ${bucket}.`
    });
  } else if (listing.value === null) {
    problems.push({ status: "warn", summary: "Public listing: cannot tell (the public URL could not be fetched from here)" });
  }
  problems.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
  const worst = problems[0];
  const confirms = [...new Set(problems.flatMap((p) => p.confirms ?? []))];
  if (!worst) {
    return {
      status: "ok",
      summary: `Bucket ${bucket} accepts Mastodon's uploads as configured, no lifecycle rule expires its files, and it is not publicly listable`,
      details,
      data
    };
  }
  if (problems.length > 1) details.push(...problems.slice(1).map((p) => `also: ${p.summary}${p.fix ? `. Fix: ${p.fix}` : ""}`));
  return { status: worst.status, summary: worst.summary, details, ...worst.fix ? { fix: worst.fix } : {}, ...confirms.length ? { confirms } : {}, data };
}
async function publicListing(s, bucket, signal) {
  const urls = [];
  if (s.aliasHost) urls.push(`${s.protocol}://${s.aliasHost}/`);
  urls.push(`${s.protocol}://${s.hostname}/${bucket}/`);
  const details = [];
  let fetched = false;
  for (const base of [...new Set(urls)]) {
    const url = `${base}?max-keys=1&x-random=${randomBytes2(10).toString("hex")}`;
    const r = await publicGet(url, signal);
    if ("error" in r) {
      details.push(`public listing: GET ${shownUrl(url)} failed: ${r.error}`);
      continue;
    }
    fetched = true;
    if (r.body.toString("utf8").includes("<ListBucketResult")) {
      details.push(`public listing: GET ${shownUrl(url)} returned a ListBucketResult`);
      return { value: true, url: shownUrl(url), details };
    }
    details.push(`public listing: GET ${shownUrl(url)} answered HTTP ${r.status} without a listing`);
  }
  return { value: fetched ? false : null, details };
}
var check2 = {
  id: "s3.bucket",
  title: "S3 bucket settings (ownership, public access, lifecycle, listing)",
  needs: ["s3"],
  timeoutMs: 1e4,
  async run(ctx) {
    const out = await run2(ctx);
    return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
  }
};

// src/live/checks/storage-objects.ts
var import_client_s33 = __toESM(require_dist_cjs(), 1);
var DEFAULT_SAMPLE = 50;
var HEAD_CONCURRENCY = 8;
var MAX_SHOWN = 5;
var COLUMNS = `id::text AS id, domain,
  avatar_file_name, avatar_content_type, avatar_storage_schema_version,
  header_file_name, header_content_type, header_storage_schema_version`;
async function sampleAccounts(ctx, want) {
  const pg = await ctx.conns.pg();
  const stats = await pg.query(
    `SELECT c.reltuples::float8 AS rows, c.relpages::float8 AS pages FROM pg_class c WHERE c.oid = to_regclass('accounts')`
  );
  const st = stats.rows[0];
  const estimate = st?.rows && st.rows > 0 ? st.rows : Math.max(1, (st?.pages ?? 0) * 10);
  let pct2 = Math.min(100, Math.max(1e-4, 100 * want * 10 / estimate));
  const found = /* @__PURE__ */ new Map();
  for (let attempt = 0; attempt < 4 && !ctx.signal.aborted; attempt++) {
    const r = await pg.query(
      `SELECT ${COLUMNS} FROM accounts TABLESAMPLE SYSTEM ($1::real)
       WHERE avatar_file_name IS NOT NULL OR header_file_name IS NOT NULL
       LIMIT $2`,
      [pct2, want * 20]
    );
    for (const row of r.rows) found.set(row.id, row);
    if (found.size >= want || pct2 >= 100) break;
    pct2 = Math.min(100, pct2 * 10);
  }
  return pick([...found.values()], want);
}
function pick(rows, n3) {
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const local = shuffle(rows.filter((r) => r.domain === null));
  const remote = shuffle(rows.filter((r) => r.domain !== null));
  const out = [];
  while (out.length < n3 && (local.length || remote.length)) {
    const a = local.shift();
    if (a) out.push(a);
    if (out.length >= n3) break;
    const b = remote.shift();
    if (b) out.push(b);
  }
  return out;
}
async function headAll(client, bucket, targets, signal) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length && !signal.aborted) {
      const t = targets[next++];
      try {
        await client.send(new import_client_s33.HeadObjectCommand({ Bucket: bucket, Key: t.key }), { abortSignal: signal });
        results.push({ t, r: "present" });
      } catch (e) {
        const f = s3Failure(e);
        if (f.kind === "aborted") throw e;
        if (f.httpStatus === 404) results.push({ t, r: "missing" });
        else if (f.httpStatus === 403) results.push({ t, r: "denied" });
        else results.push({ t, r: "error", f });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(HEAD_CONCURRENCY, targets.length) }, worker));
  return results;
}
async function listKey(client, bucket, key, signal) {
  try {
    const r = await client.send(new import_client_s33.ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }), { abortSignal: signal });
    return (r.Contents ?? []).some((o) => o.Key === key);
  } catch (e) {
    const f = s3Failure(e);
    if (f.kind === "aborted") throw e;
    if (f.code === "AccessDenied" || f.httpStatus === 403) return "denied";
    return f;
  }
}
function describe(t) {
  return `account ${t.accountId} (${t.remote ? `remote, ${t.domain}` : "local"}) ${t.attachment}: ${t.key}`;
}
async function run3(ctx, sampleSize) {
  const s = ctx.instance.s3;
  if (!s) return { status: "skipped", summary: "skipped: S3 is not enabled", details: [] };
  const data = { sampled: 0, accounts: 0, missing: 0, missingUnconfirmed: 0, forbidden: 0, errors: 0, missingSamples: [], listBucket: null };
  const bucket = s.bucket;
  if (!bucket) return { status: "fail", summary: "S3_BUCKET is not set: Mastodon has no bucket", details: [], fix: "Set S3_BUCKET in .env.production.", data };
  const rows = await sampleAccounts(ctx, sampleSize);
  const targets = [];
  for (const row of rows) {
    for (const attachment of ["avatar", "header"]) {
      for (const k of accountObjectKeys(row, attachment, s.keyPrefix)) {
        targets.push({ accountId: row.id, remote: row.domain !== null, domain: row.domain, attachment, key: k.key });
      }
    }
  }
  data.accounts = rows.length;
  data.sampled = targets.length;
  if (!targets.length) {
    return { status: "ok", summary: "No account has an avatar or header file: nothing to check", details: [], data };
  }
  const client = await ctx.conns.s3();
  const heads = await headAll(client, bucket, targets, ctx.signal);
  const present = heads.filter((h) => h.r === "present").length;
  const missing = heads.filter((h) => h.r === "missing").map((h) => ({ t: h.t, unconfirmed: false }));
  const forbidden = [];
  const errors = heads.flatMap((h) => h.r === "error" ? [h] : []);
  const details = [];
  const denied = heads.filter((h) => h.r === "denied").map((h) => h.t);
  if (denied.length) {
    for (const t of denied) {
      if (data.listBucket === false) {
        if (present > 0) missing.push({ t, unconfirmed: true });
        else forbidden.push(t);
        continue;
      }
      const l = await listKey(client, bucket, t.key, ctx.signal);
      if (l === "denied") {
        data.listBucket = false;
        if (present > 0) missing.push({ t, unconfirmed: true });
        else forbidden.push(t);
      } else if (typeof l === "boolean") {
        data.listBucket = true;
        if (l) forbidden.push(t);
        else missing.push({ t, unconfirmed: false });
      } else {
        forbidden.push(t);
        details.push(`ListObjectsV2 for ${t.key}: ${l.text}`);
      }
    }
  }
  data.missing = missing.length;
  data.missingUnconfirmed = missing.filter((m) => m.unconfirmed).length;
  data.forbidden = forbidden.length;
  data.errors = errors.length;
  data.missingSamples = missing.slice(0, MAX_SHOWN).map((m) => ({ accountId: m.t.accountId, key: m.t.key }));
  const local = rows.filter((r) => r.domain === null).length;
  details.unshift(`sampled ${targets.length} files of ${rows.length} accounts (${local} local, ${rows.length - local} remote) in bucket ${bucket} at ${endpointLabel(s)}: ${present} present, ${missing.length} missing, ${forbidden.length} forbidden, ${errors.length} errors`);
  for (const m of missing.slice(0, MAX_SHOWN)) details.push(`missing${m.unconfirmed ? " (403 without s3:ListBucket: most likely missing)" : ""}: ${describe(m.t)}`);
  for (const t of forbidden.slice(0, MAX_SHOWN)) details.push(`forbidden: ${describe(t)}`);
  for (const e of errors.slice(0, MAX_SHOWN)) details.push(`HEAD failed (${e.f.text}): ${e.t.key}`);
  if (data.listBucket === false) details.push("the credentials lack s3:ListBucket, so S3 answers 403 instead of 404 for a missing key");
  if (missing.length) {
    const remoteMissing = missing.filter((m) => m.t.remote).length;
    const localMissing = missing.length - remoteMissing;
    return {
      status: "fail",
      summary: `${missing.length} of ${targets.length} sampled avatar/header files are gone from the bucket while the database still names them (storage-level deletion)`,
      details,
      fix: "Find what deleted them first (s3.bucket lifecycle rules, a manual `aws s3 rm`, an incomplete bucket migration). " + (remoteMissing ? "Remote accounts: for a few, `tootctl accounts refresh user@domain` downloads the files again. For many, list the keys that still exist, set the four avatar_*/header_* file columns to NULL only for the accounts whose object is confirmed missing (the workers skip accounts whose file name is still set), then enqueue RedownloadAvatarWorker/RedownloadHeaderWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs: https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them (a throttled restore command in mastodon-ops is planned, not shipped). " : "") + (localMissing ? `Local accounts (${localMissing} sampled file(s)) cannot be re-downloaded: restore those objects from a backup or from bucket versioning (remove the delete markers).` : ""),
      data
    };
  }
  if (forbidden.length) {
    const why2 = data.listBucket === true ? "HEAD answers 403 although the credentials can list the bucket: they lack s3:GetObject on these keys" : "every HEAD was denied and the credentials lack s3:ListBucket, so missing and forbidden cannot be told apart";
    return {
      status: "warn",
      summary: `Cannot tell whether ${forbidden.length} of ${targets.length} sampled avatar/header files exist: ${why2}`,
      details,
      fix: `Allow s3:GetObject on arn:aws:s3:::${bucket}/* and s3:ListBucket on arn:aws:s3:::${bucket} for the credentials mastodon-ops uses, then run the check again.`,
      data
    };
  }
  if (errors.length) {
    const first = errors[0]?.f;
    return {
      status: "error",
      summary: `Could not check ${errors.length} of ${targets.length} sampled files: ${first?.kind === "network" ? `cannot reach the S3 endpoint ${endpointLabel(s)}: ` : ""}${first?.text ?? "error"}`,
      details,
      data
    };
  }
  return {
    status: "ok",
    summary: `All ${targets.length} sampled avatar/header files of ${rows.length} accounts (${local} local, ${rows.length - local} remote) exist in the bucket`,
    details,
    data
  };
}
function storageObjectsCheck(opts = {}) {
  const sample = Math.max(1, Math.floor(opts.sample ?? DEFAULT_SAMPLE));
  return {
    id: "storage.objects",
    title: "Avatar and header files named in the database exist in storage",
    needs: ["pg", "s3"],
    timeoutMs: 2e4,
    async run(ctx) {
      const out = await run3(ctx, sample);
      return ctx.instance.s3 ? scrubSecrets(out, ctx.instance.s3) : out;
    }
  };
}
var check3 = storageObjectsCheck();

// src/live/checks/db-profiles.ts
var FAIL_RATIO = 0.05;
var FAIL_MIN = 10;
var BATCH_SQL = `
WITH batch AS (
  SELECT id, username, domain, suspended_at,
         avatar_file_name, avatar_remote_url, header_file_name, header_remote_url
  FROM accounts
  WHERE id > $1::bigint
  ORDER BY id
  LIMIT $2
), remote AS (
  SELECT domain, username,
         (avatar_file_name IS NULL AND avatar_remote_url IS NOT NULL AND avatar_remote_url <> '') AS avatar_pruned,
         (header_file_name IS NULL AND header_remote_url <> '') AS header_pruned
  FROM batch
  WHERE domain IS NOT NULL AND suspended_at IS NULL
)
SELECT
  (SELECT max(id)::text FROM batch) AS last_id,
  (SELECT count(*) FROM batch)::int AS scanned,
  (SELECT count(*) FROM remote)::int AS remote,
  (SELECT coalesce(json_agg(d), '[]'::json) FROM (
     SELECT domain,
            count(*) FILTER (WHERE avatar_pruned)::int AS avatars,
            count(*) FILTER (WHERE header_pruned)::int AS headers
     FROM remote
     WHERE avatar_pruned OR header_pruned
     GROUP BY domain) d) AS domains,
  (SELECT coalesce(json_agg(s), '[]'::json) FROM (
     SELECT username, domain FROM remote WHERE avatar_pruned ORDER BY domain, username LIMIT $3) s) AS samples
`;
var MIN_ID = "-9223372036854775808";
var SAMPLES = 5;
function domainVariants(domain) {
  const segments = domain.trim().replace(/\//g, "").toLowerCase().split(".").filter(Boolean);
  return segments.map((_, i) => segments.slice(i).join("."));
}
function rejectsMedia(domain, blocks) {
  for (const v of domainVariants(domain)) {
    const r = blocks.get(v);
    if (r !== void 0) return r;
  }
  return false;
}
function createDbProfilesCheck(opts = {}) {
  return {
    id: "db.profiles",
    title: "Remote avatars and headers missing from the database",
    needs: ["pg"],
    timeoutMs: 2e4,
    run: (ctx) => runDbProfiles(ctx, opts)
  };
}
var dbProfilesCheck = createDbProfilesCheck();
var n = (x) => x.toLocaleString("en-US");
var pct = (part, whole) => whole === 0 ? "0%" : `${(Math.round(part / whole * 1e3) / 10).toString()}%`;
async function runDbProfiles(ctx, opts) {
  const batchSize = opts.batchSize ?? 5e3;
  const maxRows = opts.maxRows ?? 5e6;
  const clock = opts.clock ?? (() => performance.now());
  const budgetMs = opts.timeBudgetMs ?? Math.floor(ctx.timeoutMs * 0.6);
  const pg = await ctx.conns.pg();
  const started = clock();
  let cursor = MIN_ID;
  let lastId = null;
  let scanned = 0;
  let remote = 0;
  let complete = false;
  let stopReason = "";
  const perDomain = /* @__PURE__ */ new Map();
  const samples = [];
  for (; ; ) {
    if (ctx.signal.aborted) throw new Error("aborted");
    if (scanned >= maxRows) {
      stopReason = `row budget of ${n(maxRows)} rows reached`;
      break;
    }
    if (clock() - started >= budgetMs) {
      stopReason = `time budget of ${+(budgetMs / 1e3).toFixed(1)} s reached`;
      break;
    }
    const limit = Math.min(batchSize, maxRows - scanned);
    const res = await pg.query({ text: BATCH_SQL, values: [cursor, limit, SAMPLES] });
    const row = res.rows[0];
    if (!row || row.last_id === null || row.scanned === 0) {
      complete = true;
      break;
    }
    scanned += row.scanned;
    remote += row.remote;
    for (const d of row.domains) {
      const cur = perDomain.get(d.domain) ?? { avatars: 0, headers: 0 };
      cur.avatars += d.avatars;
      cur.headers += d.headers;
      perDomain.set(d.domain, cur);
    }
    for (const s of row.samples) if (samples.length < SAMPLES) samples.push(`${s.username}@${s.domain}`);
    cursor = row.last_id;
    lastId = row.last_id;
    if (row.scanned < limit) {
      complete = true;
      break;
    }
  }
  let prunedAvatars = 0;
  let prunedHeaders = 0;
  for (const c of perDomain.values()) {
    prunedAvatars += c.avatars;
    prunedHeaders += c.headers;
  }
  const all = [...perDomain].map(([domain, c]) => ({ domain, ...c }));
  all.sort((a, b) => b.avatars - a.avatars || b.headers - a.headers || (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  const byDomain = all.slice(0, 10);
  const rejectMedia = { avatars: 0, headers: 0, domains: [] };
  if (perDomain.size) {
    const variants = [...new Set([...perDomain.keys()].flatMap(domainVariants))];
    const blocks = /* @__PURE__ */ new Map();
    for (let i = 0; i < variants.length; i += 5e3) {
      const r = await pg.query({
        text: "SELECT domain, reject_media FROM domain_blocks WHERE domain = ANY($1::text[])",
        values: [variants.slice(i, i + 5e3)]
      });
      for (const b of r.rows) blocks.set(b.domain, b.reject_media);
    }
    for (const [domain, c] of perDomain) {
      if (!rejectsMedia(domain, blocks)) continue;
      rejectMedia.avatars += c.avatars;
      rejectMedia.headers += c.headers;
      rejectMedia.domains.push(domain);
    }
    rejectMedia.domains.sort();
  }
  const data = { prunedAvatars, prunedHeaders, remoteAccounts: remote, byDomain, complete, scannedRows: scanned, scannedUpToId: lastId, rejectMedia, samples };
  const atLeast = complete ? "" : "at least ";
  const details = [];
  details.push(
    complete ? `scanned all ${n(scanned)} accounts by primary key in pages of ${n(batchSize)}` : `partial: ${stopReason} after ${n(scanned)} accounts (ids up to ${lastId ?? "none"}); counts are lower bounds`
  );
  details.push(`${atLeast}${n(remote)} remote accounts (not suspended); ${atLeast}${n(prunedAvatars)} without their avatar file (${pct(prunedAvatars, remote)}), ${atLeast}${n(prunedHeaders)} without their header file (${pct(prunedHeaders, remote)})`);
  for (const d of byDomain) details.push(`${d.domain}: ${n(d.avatars)} avatars, ${n(d.headers)} headers`);
  if (all.length > byDomain.length) details.push(`${n(all.length - byDomain.length)} more domains`);
  if (rejectMedia.domains.length) {
    details.push(
      `${n(rejectMedia.avatars)} avatars and ${n(rejectMedia.headers)} headers are on domains blocked with reject_media (${rejectMedia.domains.slice(0, 5).join(", ")}${rejectMedia.domains.length > 5 ? ", ..." : ""}): RedownloadAvatarWorker skips them, they stay default`
    );
  }
  if (prunedAvatars || prunedHeaders) {
    details.push("they come back on their own only when the account is re-fetched (an Update, or activity after a week): dormant accounts stay on the default image");
  }
  const top = byDomain.filter((d) => d.avatars > 0).slice(0, 3).map((d) => `${d.domain} ${n(d.avatars)}`).join(", ");
  let status;
  let summary;
  if (prunedAvatars === 0) {
    status = "ok";
    summary = `No remote account is missing its avatar file (${atLeast}${n(remote)} remote accounts checked)${prunedHeaders ? `; ${atLeast}${n(prunedHeaders)} headers are missing (re-fetched when the profile is)` : ""}`;
  } else {
    const ratio = remote === 0 ? 1 : prunedAvatars / remote;
    status = ratio >= FAIL_RATIO && prunedAvatars >= FAIL_MIN ? "fail" : "warn";
    summary = `${atLeast}${n(prunedAvatars)} remote accounts (${pct(prunedAvatars, remote)}) show the default avatar: file gone from the database, remote URL kept${status === "fail" ? " (the trace of a profile prune)" : ""}${top ? `; most on ${top}` : ""}`;
  }
  const out = { status, summary, details, data };
  const confirms = [];
  if (prunedAvatars) confirms.push("MSTDN101");
  if (prunedHeaders) confirms.push("MSTDN102");
  if (confirms.length) out.confirms = confirms;
  if (status !== "ok") {
    const few = samples.length ? ` ${samples.slice(0, 3).join(" ")}` : " user@domain";
    out.fix = `For a few accounts run \`RAILS_ENV=production bin/tootctl accounts refresh${few}\`; for many, enqueue RedownloadAvatarWorker from \`bin/rails runner\` in batches while queue:pull holds fewer than 50 jobs: https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept (a throttled restore command in mastodon-ops is planned, not shipped). Never \`tootctl accounts refresh --all\`: it re-downloads every remote avatar and header. Then stop whatever prunes them (a scheduled \`tootctl media remove --prune-profiles\`, MSTDN101).`;
  }
  return out;
}

// src/mastodon/sidekiq.ts
var SidekiqFormatError = class extends Error {
  name = "SidekiqFormatError";
};
var NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var MAX_DEPTH = 256;
function parseJsonLossless(text) {
  let i = 0;
  const topLevelNumbers = /* @__PURE__ */ new Map();
  const fail = (what) => {
    throw new SidekiqFormatError(`not valid JSON: ${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const str2 = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i));
        } catch {
          return fail("bad string");
        }
      }
      if (c === "\\") i += 2;
      else i++;
    }
    return fail("unterminated string");
  };
  let lastNumber = null;
  const value = (depth) => {
    if (depth > MAX_DEPTH) fail("nesting too deep");
    ws();
    lastNumber = null;
    const c = text[i];
    if (c === "{") {
      i++;
      const o = {};
      ws();
      if (text[i] === "}") {
        i++;
        return o;
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail("expected a key");
        const k = str2();
        ws();
        if (text[i] !== ":") fail('expected ":"');
        i++;
        const v2 = value(depth + 1);
        if (depth === 0 && typeof lastNumber === "string") topLevelNumbers.set(k, lastNumber);
        else if (depth === 0) topLevelNumbers.delete(k);
        Object.defineProperty(o, k, { value: v2, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          lastNumber = null;
          return o;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === "[") {
      i++;
      const a = [];
      ws();
      if (text[i] === "]") {
        i++;
        return a;
      }
      for (; ; ) {
        a.push(value(depth + 1));
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          lastNumber = null;
          return a;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return str2();
    if (text.startsWith("true", i)) return i += 4, true;
    if (text.startsWith("false", i)) return i += 5, false;
    if (text.startsWith("null", i)) return i += 4, null;
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (!m) return fail("unexpected character");
    const lex = m[0];
    i += lex.length;
    lastNumber = lex;
    if (isFloatLexeme(lex)) return Number(lex);
    const n3 = Number(lex);
    return Number.isSafeInteger(n3) ? n3 : BigInt(lex);
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail("trailing characters");
  return { value: v, topLevelNumbers };
}
function isFloatLexeme(lex) {
  return /[.eE]/.test(lex);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseVersion(v) {
  const m = /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k] - y[k];
  return 0;
}
function latencyRuleFor(version) {
  if (version === null) return "sidekiq-8.1";
  const v = parseVersion(version);
  if (!v) return "sidekiq-8.1";
  if (v[0] < 8) return "sidekiq-6-7";
  if (v[0] === 8 && v[1] === 0) return "sidekiq-8.0";
  if (v[0] === 8 && v[1] === 1 && v[2] === 0) return "sidekiq-8.0";
  return "sidekiq-8.1";
}
function parseJob(json) {
  const { value, topLevelNumbers } = parseJsonLossless(json);
  if (!isObject(value)) throw new SidekiqFormatError("a job payload must be a JSON object");
  const ts = (key) => {
    const raw = topLevelNumbers.get(key);
    if (raw === void 0) return null;
    return { raw, float: isFloatLexeme(raw), value: Number(raw) };
  };
  const s = (v) => typeof v === "string" ? v : null;
  return {
    class: s(value["class"]),
    queue: s(value["queue"]),
    jid: s(value["jid"]),
    args: Array.isArray(value["args"]) ? value["args"] : [],
    retry: value["retry"],
    createdAt: ts("created_at"),
    enqueuedAt: ts("enqueued_at"),
    item: value
  };
}
function queueLatencyS(oldest, nowMs, rule) {
  if (!oldest) return 0;
  const nowS = nowMs / 1e3;
  if (rule === "sidekiq-6-7") {
    const t2 = oldest.enqueuedAt;
    return t2 ? nowS - t2.value : 0;
  }
  const t = rule === "sidekiq-8.0" ? oldest.enqueuedAt : oldest.enqueuedAt ?? oldest.createdAt;
  if (!t) return 0;
  if (t.float) return nowS - t.value;
  return (Math.floor(nowMs) - t.value) / 1e3;
}
function timestampUnitMismatch(t, rule) {
  if (rule === "sidekiq-6-7") {
    if (!t.float && t.value > 1e11) return `integer milliseconds (${t.raw}) where Sidekiq 6/7 expects float seconds`;
    return null;
  }
  if (!t.float && t.value < 1e12 && t.value > 1e8) return `integer seconds (${t.raw}) that Sidekiq 8 reads as milliseconds`;
  return null;
}
var PROCESS_FIELDS = ["info", "concurrency", "busy", "beat", "quiet", "rss", "rtt_us"];
function num(v) {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  return null;
}
function intField(v) {
  if (v === null || v === void 0 || v === "") return null;
  const n3 = Number(v);
  return Number.isFinite(n3) ? n3 : null;
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function parseProcess(identity, fields) {
  const infoText = fields.info;
  if (infoText === null || infoText === void 0) return null;
  let info = {};
  try {
    const v = parseJsonLossless(infoText).value;
    if (isObject(v)) info = v;
  } catch {
  }
  let capsules = null;
  const caps = info["capsules"];
  if (isObject(caps)) {
    capsules = Object.entries(caps).map(([name, c]) => ({
      name,
      concurrency: isObject(c) ? num(c["concurrency"]) : null,
      queues: isObject(c) && isObject(c["weights"]) ? Object.keys(c["weights"]) : []
    }));
  }
  const queues = capsules ? [...new Set(capsules.flatMap((c) => c.queues))] : [...new Set(strings(info["queues"]))];
  const capSum = capsules?.every((c) => c.concurrency !== null) ? capsules.reduce((a, c) => a + (c.concurrency ?? 0), 0) : null;
  const version = info["version"];
  return {
    identity,
    hostname: typeof info["hostname"] === "string" ? info["hostname"] : null,
    pid: num(info["pid"]),
    tag: typeof info["tag"] === "string" ? info["tag"] : null,
    version: typeof version === "string" ? version : null,
    queues,
    capsules,
    concurrency: intField(fields.concurrency) ?? num(info["concurrency"]) ?? capSum,
    busy: intField(fields.busy) ?? 0,
    beat: intField(fields.beat),
    quiet: fields.quiet === "true",
    rssKb: intField(fields.rss),
    startedAt: num(info["started_at"])
  };
}
function beatAgeS(p, nowMs) {
  return p.beat === null ? null : nowMs / 1e3 - p.beat;
}
function keyPrefix(namespace) {
  return namespace === void 0 ? "" : `${namespace}:`;
}
var sidekiqKeys = (namespace) => {
  const p = keyPrefix(namespace);
  return {
    queues: `${p}queues`,
    queue: (name) => `${p}queue:${name}`,
    retry: `${p}retry`,
    dead: `${p}dead`,
    schedule: `${p}schedule`,
    processes: `${p}processes`,
    /** Set members are un-prefixed identities; their hashes are prefixed keys. */
    process: (identity) => `${p}${identity}`
  };
};
var MASTODON_QUEUES = ["default", "push", "mailers", "pull", "scheduler", "ingress", "fasp"];

// src/live/checks/sidekiq.ts
var PULL_MAX_SIZE = 50;
var PULL_MAX_LATENCY_S = 300;
var RETRY_MAX_SIZE = 5e4;
var QUEUE_MAX_LATENCY_S = 300;
var BEAT_STALE_S = 60;
var MAX_PROCESSES = 1e3;
function unwrap(res, i) {
  const r = res?.[i];
  if (!r) throw new Error("Redis pipeline returned no result");
  if (r[0]) throw r[0];
  return r[1];
}
function fmtDuration(s) {
  const a = Math.abs(s);
  const sign = s < 0 ? "-" : "";
  if (a < 60) return `${sign}${Math.round(a)} s`;
  if (a < 3600) return `${sign}${Math.floor(a / 60)} min ${Math.round(a % 60)} s`;
  if (a < 86400 * 2) return `${sign}${Math.floor(a / 3600)} h ${Math.floor(a % 3600 / 60)} min`;
  if (a < 86400 * 730) return `${sign}${Math.floor(a / 86400)} days`;
  return `${sign}${Math.round(a / (86400 * 365.25))} years`;
}
var n2 = (x) => x.toLocaleString("en-US");
var jobs = (x) => `${n2(x)} job${x === 1 ? "" : "s"}`;
function orderQueues(names) {
  const all = /* @__PURE__ */ new Set(["pull", ...MASTODON_QUEUES, ...names]);
  const known = new Set(MASTODON_QUEUES);
  return [...all].sort((a, b) => {
    if (a === "pull" || b === "pull") return a === "pull" ? -1 : 1;
    const ka = known.has(a);
    const kb = known.has(b);
    if (ka && kb) return MASTODON_QUEUES.indexOf(a) - MASTODON_QUEUES.indexOf(b);
    if (ka !== kb) return ka ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
function createSidekiqCheck(opts = {}) {
  return {
    id: "sidekiq",
    title: "Sidekiq queues and processes",
    needs: ["redis"],
    timeoutMs: 1e4,
    run: (ctx) => runSidekiq(ctx, opts)
  };
}
var sidekiqCheck = createSidekiqCheck();
async function runSidekiq(ctx, opts) {
  const redis = await ctx.conns.redis();
  const namespace = redisSettings(ctx.instance.env, "sidekiq").namespace;
  const k = sidekiqKeys(namespace);
  const first = await redis.pipeline().smembers(k.queues).smembers(k.processes).zcard(k.retry).zcard(k.dead).exec();
  const queueSet = unwrap(first, 0);
  const identities = unwrap(first, 1).sort();
  const retry = unwrap(first, 2);
  const dead = unwrap(first, 3);
  if (ctx.signal.aborted) throw new Error("aborted");
  const queueNames = orderQueues(queueSet);
  const checked = identities.slice(0, MAX_PROCESSES);
  const p = redis.pipeline();
  for (const q of queueNames) p.llen(k.queue(q)).lindex(k.queue(q), -1);
  for (const id of checked) p.hmget(k.process(id), ...PROCESS_FIELDS);
  const second = await p.exec();
  const nowMs = opts.now?.() ?? Date.now();
  const live = [];
  const deadProcesses = [];
  checked.forEach((id, i) => {
    const vals = unwrap(second, queueNames.length * 2 + i);
    const fields = Object.fromEntries(PROCESS_FIELDS.map((f, j) => [f, vals[j] ?? null]));
    const proc = parseProcess(id, fields);
    if (proc) live.push(proc);
    else deadProcesses.push(id);
  });
  const versions = [...new Set(live.map((x) => x.version).filter((v) => v !== null))].sort(compareVersions);
  const version = versions.at(-1) ?? null;
  const rule = version ? latencyRuleFor(version) : live.length ? "sidekiq-6-7" : latencyRuleFor(null);
  const details = [];
  const unreadable = [];
  const unitProblems = [];
  const unitQueues = [];
  const queues = queueNames.map((name, i) => {
    const size = unwrap(second, i * 2);
    const oldestText = unwrap(second, i * 2 + 1);
    let oldest = null;
    if (oldestText !== null) {
      try {
        oldest = parseJob(oldestText);
      } catch (e) {
        unreadable.push(`the oldest job in ${name} is not readable JSON (${e.message}); latency shown as 0`);
      }
    }
    const latencyS = queueLatencyS(oldest, nowMs, rule);
    const t = oldest?.enqueuedAt ?? oldest?.createdAt;
    const mismatch = t ? timestampUnitMismatch(t, rule) : null;
    if (mismatch) unitQueues.push(name);
    if (mismatch) unitProblems.push(`${name}: the oldest job (${oldest?.class ?? "unknown class"}) has ${mismatch}`);
    return { name, size, latencyS: Math.round(latencyS * 1e3) / 1e3 };
  });
  const major = version ? parseVersion(version)?.[0] ?? 0 : null;
  const expected = MASTODON_QUEUES.filter((q) => q !== "fasp" || major !== null && major >= 7);
  const serving = live.filter((x) => !x.quiet);
  const served = new Set(serving.flatMap((x) => x.queues));
  const unserved = expected.filter((q) => !served.has(q));
  const data = {
    version,
    queues,
    retry,
    dead,
    processes: live.map((x) => ({
      identity: x.identity,
      queues: x.queues,
      busy: x.busy,
      beatAgeS: (() => {
        const a = beatAgeS(x, nowMs);
        return a === null ? null : Math.round(a * 1e3) / 1e3;
      })(),
      concurrency: x.concurrency,
      quiet: x.quiet,
      version: x.version
    })),
    deadProcesses,
    unserved
  };
  if (namespace !== void 0) details.push(`keys read with the REDIS_NAMESPACE prefix "${keyPrefix(namespace)}" (Mastodon 4.3; boot refuses it from 4.4)`);
  details.push(`Sidekiq ${version ?? (live.length ? "< 7.1 (heartbeats carry no version: Mastodon <= 4.3)" : "version unknown (no live process)")}${versions.length > 1 ? `; mixed versions: ${versions.join(", ")}` : ""}`);
  for (const q of queues) if (q.size > 0 || q.name === "pull") details.push(`queue ${q.name}: ${jobs(q.size)}, oldest waiting ${fmtDuration(q.latencyS)}`);
  for (const x of data.processes) {
    const age = x.beatAgeS === null ? "no heartbeat time" : `heartbeat ${fmtDuration(x.beatAgeS)} ago`;
    details.push(
      `process ${x.identity}${x.version ? ` (Sidekiq ${x.version})` : ""}: ${x.concurrency ?? "?"} threads, ${x.busy} busy, queues ${x.queues.join(",") || "(none)"}; ${age}${x.quiet ? "; QUIET (fetches no new jobs)" : ""}`
    );
    if (x.beatAgeS !== null && x.beatAgeS > BEAT_STALE_S) details.push(`process ${x.identity}: last heartbeat ${fmtDuration(x.beatAgeS)} ago: stuck, or this host's clock differs from Sidekiq's`);
  }
  if (identities.length > checked.length) details.push(`${n2(identities.length)} identities in processes; only the first ${MAX_PROCESSES} were read`);
  for (const id of deadProcesses) details.push(`process ${id} is listed in processes but its heartbeat expired: it is dead (Sidekiq's Web UI prunes it on its next visit)`);
  details.push(`retry set: ${jobs(retry)}; dead set: ${jobs(dead)}`);
  for (const u of unitProblems) details.push(`wrong timestamp unit: ${u}`);
  details.push(...unreadable);
  const fails = [];
  const warns = [];
  const fixes = [];
  const pull = queues.find((q) => q.name === "pull") ?? { name: "pull", size: 0, latencyS: 0 };
  if (live.length === 0) {
    fails.push(
      `no live Sidekiq process${deadProcesses.length ? ` (${deadProcesses.length} registered with expired heartbeats)` : ""}: no job runs, pull holds ${jobs(pull.size)}`
    );
    fixes.push(
      `start Sidekiq (e.g. \`systemctl start mastodon-sidekiq\`, or check the sidekiq pods/containers and their logs); if it is running, it uses another Redis than ${namespace !== void 0 ? `this one with prefix "${keyPrefix(namespace)}"` : "this one"}: compare SIDEKIQ_REDIS_URL / REDIS_URL${namespace !== void 0 ? " and REDIS_NAMESPACE" : ""} with the Sidekiq service's environment`
    );
  } else if (unserved.length) {
    fails.push(`no live Sidekiq process serves ${unserved.join(", ")}: jobs there never run${serving.length < live.length ? ` (${live.length - serving.length} process(es) are quiet)` : ""}`);
    fixes.push(
      `add the queues to a Sidekiq process: run it without -q to use config/sidekiq.yml, or list every queue, e.g. \`bundle exec sidekiq -c 25 -q default,8 -q push,6 -q ingress,4 -q mailers,2 -q pull -q scheduler${expected.includes("fasp") ? " -q fasp" : ""}\``
    );
  }
  if (unitProblems.length) {
    warns.push(`jobs in ${unitQueues.join(", ")} carry timestamps in the wrong unit for Sidekiq ${version ?? "(unknown version)"}, so their latency is nonsense to Sidekiq and Mastodon`);
    fixes.push("whatever pushed them wrote the wrong timestamp unit (Sidekiq 8, Mastodon 4.5+, takes integer ms; 6/7 float seconds): fix that writer; the jobs themselves still run");
  }
  const pullReasons = [];
  if (pull.size > PULL_MAX_SIZE) pullReasons.push(`more than ${PULL_MAX_SIZE} jobs pauses Mastodon's account deletions (SuspendedUserCleanupScheduler)`);
  if (pull.latencyS > PULL_MAX_LATENCY_S) pullReasons.push(`latency above ${PULL_MAX_LATENCY_S} s pauses users' statuses auto-delete (AccountsStatusesCleanupScheduler)`);
  if (pullReasons.length) {
    warns.push(`pull queue: ${jobs(pull.size)}, oldest waiting ${fmtDuration(pull.latencyS)}; ${pullReasons.join("; ")}`);
    fixes.push(
      `let pull drain before enqueueing more (pause any bulk restore: enqueue Redownload jobs only while queue:pull holds fewer than ${PULL_MAX_SIZE}, see https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md); if it does not drain, give pull more threads, e.g. a dedicated \`sidekiq -c 10 -q pull\` process`
    );
  }
  const slow = queues.filter((q) => q.name !== "pull" && MASTODON_QUEUES.includes(q.name) && q.latencyS > QUEUE_MAX_LATENCY_S);
  if (slow.length) {
    warns.push(`jobs wait in ${slow.map((q) => `${q.name} (${fmtDuration(q.latencyS)}, ${jobs(q.size)})`).join(", ")}`);
    fixes.push("add Sidekiq threads or processes for those queues, and check the busy processes above for stuck jobs");
  }
  if (retry > RETRY_MAX_SIZE) {
    warns.push(`retry set holds ${n2(retry)} jobs (over ${n2(RETRY_MAX_SIZE)} pauses users' statuses auto-delete)`);
    fixes.push("look at the retry set in Sidekiq's Web UI (/sidekiq/retries) for the failing class and cause");
  }
  const status = fails.length ? "fail" : warns.length ? "warn" : "ok";
  let summary;
  if (status === "ok") {
    summary = `${live.length} live Sidekiq process${live.length === 1 ? "" : "es"}${version ? ` (${version})` : ""} serve${live.length === 1 ? "s" : ""} all of Mastodon's queues; pull ${jobs(pull.size)}, latency ${fmtDuration(pull.latencyS)}; retry ${n2(retry)}, dead ${n2(dead)}`;
  } else {
    summary = [...fails, ...warns].join("; ");
  }
  const out = { status, summary, details, data };
  if (fixes.length) out.fix = fixes.map((f) => f[0].toUpperCase() + f.slice(1)).join(". ") + ".";
  return out;
}

// src/live/checks/host.ts
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var COMMANDS = {
  df: "df -P",
  nproc: "nproc",
  timers: "systemctl list-timers --all --no-pager --output=json",
  crontab: "crontab -l"
};
var DEFAULT_ROOTS = {
  crontab: "/etc/crontab",
  cronD: "/etc/cron.d",
  spool: "/var/spool/cron/crontabs",
  cronPeriodic: ["/etc/cron.hourly", "/etc/cron.daily", "/etc/cron.weekly", "/etc/cron.monthly"],
  systemd: ["/etc/systemd/system", "/lib/systemd/system"],
  proc: "/proc"
};
var THRESHOLDS = { diskWarnPct: 85, diskFailPct: 95, memWarnPct: 10 };
var MAX_FILE_BYTES = 1e6;
var MAX_CRON_D = 200;
var MAX_TIMERS = 100;
var MAX_SCRIPTS = 30;
var MAX_FINDING_LINES = 20;
function parseDf(text) {
  const rows = [];
  for (const line of text.split("\n")) {
    const m = /^(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)%\s+(\/.*)$/.exec(line.trimEnd());
    if (m) rows.push({ filesystem: m[1], mount: m[6], usedPct: Number(m[5]) });
  }
  return rows;
}
function mountFor(path, rows) {
  const p = path.replace(/\/+$/, "") || "/";
  let best;
  for (const r of rows) {
    const m = r.mount;
    const holds = m === "/" || p === m || p.startsWith(`${m}/`);
    if (holds && (!best || m.length > best.mount.length)) best = r;
  }
  return best;
}
function parseLoadavg(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)/.exec(text);
  return m ? { load1: Number(m[1]), load5: Number(m[2]), load15: Number(m[3]) } : null;
}
function parseMeminfo(text) {
  const get2 = (k) => {
    const m = new RegExp(`^${k}:\\s+(\\d+)\\s*kB`, "m").exec(text);
    return m ? Number(m[1]) : null;
  };
  const total = get2("MemTotal");
  const avail = get2("MemAvailable");
  if (!total || avail === null) return null;
  return { totalKb: total, availableKb: avail, pct: Math.round(avail / total * 1e3) / 10 };
}
var UNIT_NAME = /^[A-Za-z0-9:_.\\@-]+\.(?:timer|service)$/;
function parseTimers(text) {
  const out = [];
  const t = text.trim();
  if (t.startsWith("[")) {
    try {
      const arr = JSON.parse(t);
      if (Array.isArray(arr)) {
        for (const e of arr) {
          const unit = e?.unit;
          const act = e?.activates;
          if (typeof unit === "string" && UNIT_NAME.test(unit)) out.push({ unit, activates: typeof act === "string" && UNIT_NAME.test(act) ? act : null });
        }
        return out;
      }
    } catch {
    }
  }
  for (const line of t.split("\n")) {
    const m = /(\S+\.timer)\s+(\S+\.service)?\s*$/.exec(line);
    if (m && UNIT_NAME.test(m[1])) out.push({ unit: m[1], activates: m[2] && UNIT_NAME.test(m[2]) ? m[2] : null });
  }
  return out;
}
function assess(d) {
  let status = "ok";
  const raise = (s) => {
    if (s === "fail" || s === "warn" && status === "ok") status = s;
  };
  const problems = [];
  const errors = d.cronFindings.filter((f) => f.severity === "error");
  const warnings = d.cronFindings.filter((f) => f.severity === "warning");
  if (errors.length) {
    raise("fail");
    const first = errors[0];
    problems.push(`${errors.length} lint error${errors.length === 1 ? "" : "s"} in jobs scheduled on the host (${first.ruleId} at ${first.path}:${first.line}${errors.length > 1 ? ", \u2026" : ""})`);
  }
  if (warnings.length) {
    raise("warn");
    problems.push(`${warnings.length} lint warning${warnings.length === 1 ? "" : "s"} in scheduled jobs`);
  }
  for (const disk of d.disks) {
    if (disk.usedPct > THRESHOLDS.diskFailPct) {
      raise("fail");
      problems.push(`disk ${disk.mount} ${disk.usedPct}% full`);
    } else if (disk.usedPct > THRESHOLDS.diskWarnPct) {
      raise("warn");
      problems.push(`disk ${disk.mount} ${disk.usedPct}% full`);
    }
  }
  if (d.load1 !== null && d.cpus !== null && d.load1 > d.cpus) {
    raise("warn");
    problems.push(`load ${d.load1} on ${d.cpus} CPU${d.cpus === 1 ? "" : "s"}`);
  }
  if (d.memAvailablePct !== null && d.memAvailablePct < THRESHOLDS.memWarnPct) {
    raise("warn");
    problems.push(`only ${d.memAvailablePct}% memory available`);
  }
  return { status, problems };
}
function within(p, signal, what, ms) {
  if (signal.aborted) return Promise.reject(new Error(`${what}: no answer within ${ms / 1e3} s`));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error(`${what}: no answer within ${ms / 1e3} s`));
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      }
    );
  });
}
var Remote = class {
  constructor(ssh, signal, opMs) {
    this.ssh = ssh;
    this.signal = signal;
    this.opMs = opMs;
  }
  ssh;
  signal;
  opMs;
  deadline() {
    return AbortSignal.any([this.signal, AbortSignal.timeout(this.opMs)]);
  }
  exec(command) {
    const s = this.deadline();
    return within(this.ssh.exec(command, s), s, command, this.opMs);
  }
  readFile(path, maxBytes = MAX_FILE_BYTES) {
    const s = this.deadline();
    return within(this.ssh.readFile(path, maxBytes), s, `reading ${path}`, this.opMs);
  }
  readdir(path) {
    const s = this.deadline();
    return within(this.ssh.readdir(path), s, `listing ${path}`, this.opMs);
  }
  get username() {
    return this.ssh.target.username;
  }
};
async function mapLimit(items, limit, f) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
function why(e) {
  const m = e?.message ?? String(e);
  if (/permission denied/i.test(m)) return "permission denied";
  return redact(m.replace(/^\S+: /, ""));
}
function firstLine(s) {
  const line = s.split("\n").map((l) => l.trim()).find((l) => l && !/^Could not chdir to home directory/.test(l));
  return redact((line ?? "").slice(0, 300));
}
var USER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}\$?$/;
var CRON_D_SKIP = /^\.|~$|\.(?:dpkg-(?:old|dist|new|tmp)|rpm(?:save|new|orig)|swp)$/;
var RUN_PARTS_NAME = /^[A-Za-z0-9_-]+$/;
var MASTODON_UNIT = /mastodon|tootctl|toot/i;
var SYSTEM_DIRS = /^\/(?:bin|sbin|usr\/bin|usr\/sbin|usr\/lib|usr\/libexec|usr\/share|lib|lib64)\//;
function join2(dir, name) {
  return `${dir.replace(/\/+$/, "")}/${name}`;
}
async function collectCron(r, info, roots, out) {
  const add = (rel, hostPath, text) => {
    if (text !== null) out.files.push({ rel, hostPath, text });
  };
  const failed = (what, e) => {
    out.failures++;
    out.notes.push(`${what}: not read (${why(e)})`);
  };
  const users = [info.mastodonUser, "root"].filter((u, i, a) => a.indexOf(u) === i);
  for (const user of users) {
    if (!USER_NAME.test(user)) {
      out.notes.push(`the Mastodon user ${JSON.stringify(user.slice(0, 40))} is not a valid user name: its crontab was not read`);
      continue;
    }
    const hostPath = join2(roots.spool, user);
    try {
      add(`var/spool/cron/crontabs/${user}`, hostPath, await r.readFile(hostPath));
    } catch (e) {
      if (why(e) !== "permission denied" || user !== r.username) {
        failed(hostPath, e);
        continue;
      }
      let res;
      try {
        res = await r.exec(COMMANDS.crontab);
      } catch (err) {
        failed(hostPath, err);
        continue;
      }
      if (res.code === 0) {
        add(`var/spool/cron/crontabs/${user}`, hostPath, res.stdout);
        out.notes.push(`${hostPath}: read with "crontab -l" (the spool is not readable by ${user})`);
      } else if (!/no crontab/i.test(res.stderr)) {
        out.failures++;
        out.notes.push(`${hostPath}: not read (permission denied; crontab -l: ${firstLine(res.stderr) || `exit ${res.code}`})`);
      }
    }
  }
  try {
    add("etc/crontab", roots.crontab, await r.readFile(roots.crontab));
  } catch (e) {
    failed(roots.crontab, e);
  }
  let names = [];
  try {
    names = await r.readdir(roots.cronD);
  } catch (e) {
    out.failures++;
    out.notes.push(`${roots.cronD}: not listed (${why(e)})`);
  }
  const wanted = names.filter((n3) => !CRON_D_SKIP.test(n3) && !n3.includes("/"));
  if (wanted.length > MAX_CRON_D) out.notes.push(`${roots.cronD}: only the first ${MAX_CRON_D} of ${wanted.length} files were read`);
  await mapLimit(wanted.slice(0, MAX_CRON_D), 8, async (n3) => {
    const hostPath = join2(roots.cronD, n3);
    try {
      add(`etc/cron.d/${n3}`, hostPath, await r.readFile(hostPath));
    } catch (e) {
      failed(hostPath, e);
    }
  });
  const periodic = [];
  for (const dir of roots.cronPeriodic) {
    const period = /cron\.(hourly|daily|weekly|monthly)\/?$/.exec(dir)?.[1];
    if (!period) continue;
    try {
      for (const n3 of (await r.readdir(dir)).filter((n4) => RUN_PARTS_NAME.test(n4)).slice(0, MAX_CRON_D)) {
        periodic.push({ rel: `etc/cron.${period}/${n3}`, hostPath: join2(dir, n3) });
      }
    } catch (e) {
      out.notes.push(`${dir}: not listed (${why(e)})`);
    }
  }
  await mapLimit(periodic, 8, async (f) => {
    try {
      add(f.rel, f.hostPath, await r.readFile(f.hostPath, 512e3));
    } catch (e) {
      failed(f.hostPath, e);
    }
  });
}
async function collectTimers(r, roots, out) {
  const [adminDir, ...packageDirs] = roots.systemd;
  if (!adminDir) return;
  let timers = [];
  let res = null;
  try {
    res = await r.exec(COMMANDS.timers);
  } catch (e) {
    out.notes.push(`systemctl list-timers: ${why(e)}`);
  }
  if (res && res.code === 0) {
    timers = parseTimers(res.stdout);
  } else {
    if (res) out.notes.push(`systemctl list-timers failed (${firstLine(res.stderr) || `exit ${res.code}`}); linted the *.timer files in ${adminDir}, enabled or not`);
    try {
      timers = (await r.readdir(adminDir)).filter((n3) => UNIT_NAME.test(n3) && n3.endsWith(".timer")).map((unit) => ({ unit, activates: null }));
    } catch (e) {
      out.failures++;
      out.notes.push(`${adminDir}: not listed (${why(e)})`);
    }
  }
  if (timers.length > MAX_TIMERS) {
    out.notes.push(`only the first ${MAX_TIMERS} of ${timers.length} timers were read`);
    timers = timers.slice(0, MAX_TIMERS);
  }
  const reads = /* @__PURE__ */ new Map();
  const readUnit = (name, dirs) => {
    const key = `${name}\0${dirs.join(":")}`;
    let p = reads.get(key);
    if (!p) {
      p = (async () => {
        const template = name.replace(/@[^.]+\./, "@.");
        for (const dir of dirs) {
          for (const n3 of template === name ? [name] : [name, template]) {
            if (out.files.some((f) => f.rel === `etc/systemd/system/${n3}`)) return out.files.find((f) => f.rel === `etc/systemd/system/${n3}`).text;
            const hostPath = join2(dir, n3);
            try {
              const text = await r.readFile(hostPath);
              if (text === null) continue;
              out.files.push({ rel: `etc/systemd/system/${n3}`, hostPath, text });
              return text;
            } catch (e) {
              out.failures++;
              out.notes.push(`${hostPath}: not read (${why(e)})`);
              return null;
            }
          }
        }
        return null;
      })();
      reads.set(key, p);
    }
    return p;
  };
  await mapLimit(timers, 8, async (t) => {
    let service = t.activates ?? t.unit.replace(/\.timer$/, ".service");
    const related = MASTODON_UNIT.test(t.unit) || MASTODON_UNIT.test(service);
    let timerText = await readUnit(t.unit, [adminDir]);
    const timerInAdmin = timerText !== null;
    if (!timerInAdmin && related) timerText = await readUnit(t.unit, packageDirs);
    if (!t.activates && timerText) {
      const unitLine = /^[ \t]*Unit[ \t]*=[ \t]*(\S+)[ \t]*$/m.exec(timerText)?.[1];
      if (unitLine && UNIT_NAME.test(unitLine)) service = unitLine;
    }
    const serviceText = await readUnit(service, [adminDir]);
    if (serviceText === null && (related || timerInAdmin)) await readUnit(service, packageDirs);
  });
}
function scriptPaths(paths, have) {
  const out = [];
  for (const p of paths) {
    if (out.length >= MAX_SCRIPTS) break;
    if (!/^\/[A-Za-z0-9._@+/-]+$/.test(p) || /(^|\/)\.\.?(\/|$)/.test(p) || SYSTEM_DIRS.test(p)) continue;
    if (have.has(p) || out.includes(p)) continue;
    out.push(p);
  }
  return out;
}
function writeTree(dir, files) {
  for (const f of files) {
    const p = join(dir, f.rel);
    mkdirSync(dirname(p), { recursive: true, mode: 448 });
    writeFileSync(p, f.text, { mode: 384 });
  }
}
async function lintOnHostLayout(files, settings, fetchScripts) {
  const dir = mkdtempSync(join(tmpdir(), "mastodon-ops-host-"));
  try {
    writeTree(dir, files);
    const run4 = () => lint({ paths: [dir], root: dir, settings });
    let result = run4();
    const scripts = await fetchScripts(result.model.scriptCalls.map((c) => c.path));
    if (scripts.length) {
      writeTree(dir, scripts);
      files = [...files, ...scripts];
      result = run4();
    }
    return { findings: result.findings, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function hostCheck(o = {}) {
  const roots = { ...DEFAULT_ROOTS, ...o.roots };
  return {
    id: "host",
    title: "Host: scheduled jobs, disk, load, memory",
    needs: ["ssh"],
    timeoutMs: o.timeoutMs ?? 15e3,
    run: (ctx) => runHost(ctx, roots, o.lintSettings ?? defaultSettings())
  };
}
var host = hostCheck();
async function scheduledJobs(r, info, roots, settings) {
  const col = { files: [], notes: [], failures: 0 };
  await Promise.all([collectCron(r, info, roots, col), collectTimers(r, roots, col)]);
  if (col.files.length === 0 && col.failures > 0) throw new Error(`no file could be read (${col.notes[0] ?? "unknown"})`);
  const have = new Set(col.files.map((f) => f.hostPath));
  const { findings, files } = await lintOnHostLayout(col.files, settings, async (calls) => {
    const scripts = [];
    await mapLimit(scriptPaths(calls, have), 8, async (p) => {
      try {
        const text = await r.readFile(p, 512e3);
        if (text !== null) scripts.push({ rel: `scripts${p}`, hostPath: p, text });
        else col.notes.push(`${p}: run by a scheduled job, but does not exist`);
      } catch (e) {
        col.notes.push(`${p}: run by a scheduled job, not read (${why(e)})`);
      }
    });
    return scripts;
  });
  const hostPathOf = new Map(files.map((f) => [f.rel, f.hostPath]));
  const rels = [...hostPathOf.keys()].sort((a, b) => b.length - a.length);
  const cronFindings = findings.map((f) => {
    let message = f.message;
    for (const rel of rels) message = message.split(rel).join(hostPathOf.get(rel));
    return { ruleId: f.ruleId, severity: f.severity, path: hostPathOf.get(f.span.file) ?? `/${f.span.file}`, line: f.span.start.line, message: redact(message) };
  });
  const helpUris = [...new Set(findings.filter((f) => f.severity !== "info").map((f) => f.helpUri))];
  const read2 = files.map((f) => f.hostPath).sort();
  const lines = [`scheduled jobs: linted ${read2.length} file${read2.length === 1 ? "" : "s"} from the host${read2.length ? ` (${read2.slice(0, 8).join(", ")}${read2.length > 8 ? ", \u2026" : ""})` : ""}`];
  for (const f of cronFindings.slice(0, MAX_FINDING_LINES)) lines.push(`${f.ruleId} ${f.severity} ${f.path}:${f.line}: ${f.message}`);
  if (cronFindings.length > MAX_FINDING_LINES) lines.push(`${cronFindings.length - MAX_FINDING_LINES} more findings in data.cronFindings`);
  lines.push(...col.notes.sort());
  return { cronFindings, helpUris, lines };
}
async function diskUsage(r, info) {
  const res = await r.exec(COMMANDS.df);
  const rows = parseDf(res.stdout);
  if (!rows.length) throw new Error(`df -P printed no filesystems${res.stderr ? ` (${firstLine(res.stderr)})` : ""}`);
  const mastodon = info.paths.mastodon.replace(/\/+$/, "") || "/";
  const localMedia = !info.s3 && !["true"].includes(info.env.get("SWIFT_ENABLED") ?? "") && info.env.get("AZURE_ENABLED") !== "true";
  const media = info.paths.media ?? (localMedia ? (info.env.get("PAPERCLIP_ROOT_PATH") ?? ":rails_root/public/system").replace(":rails_root", mastodon) : void 0);
  const wanted = [["Mastodon", mastodon]];
  if (media) wanted.push(["media", media]);
  const disks = [];
  const lines = [];
  for (const [label, path] of wanted) {
    const row = mountFor(path, rows);
    if (!row) continue;
    lines.push(`disk ${row.mount}: ${row.usedPct}% used (holds the ${label} path ${path})`);
    if (!disks.some((d) => d.mount === row.mount)) disks.push({ mount: row.mount, usedPct: row.usedPct });
  }
  return { disks, lines };
}
async function systemLoad(r, roots) {
  const lines = [];
  const [nproc, loadavg, meminfo] = await Promise.all([
    r.exec(COMMANDS.nproc).catch((e) => (lines.push(`nproc: ${why(e)}`), null)),
    r.readFile(`${roots.proc}/loadavg`, 4096).catch((e) => (lines.push(`${roots.proc}/loadavg: ${why(e)}`), null)),
    r.readFile(`${roots.proc}/meminfo`, 65536).catch((e) => (lines.push(`${roots.proc}/meminfo: ${why(e)}`), null))
  ]);
  const n3 = nproc && nproc.code === 0 ? Number.parseInt(nproc.stdout.trim(), 10) : NaN;
  const cpus = Number.isFinite(n3) && n3 > 0 ? n3 : null;
  const load = loadavg ? parseLoadavg(loadavg) : null;
  const mem = meminfo ? parseMeminfo(meminfo) : null;
  if (load) lines.unshift(`load ${load.load1} ${load.load5} ${load.load15} (1, 5, 15 min) on ${cpus ?? "?"} CPUs`);
  if (mem) lines.push(`memory: ${mem.pct}% available (${Math.round(mem.availableKb / 1024)} MiB of ${Math.round(mem.totalKb / 1024)} MiB)`);
  return { load1: load?.load1 ?? null, cpus, memAvailablePct: mem?.pct ?? null, lines };
}
async function runHost(ctx, roots, settings) {
  const ssh = await ctx.conns.ssh();
  const r = new Remote(ssh, ctx.signal, Math.max(50, Math.round(ctx.timeoutMs * 0.6)));
  const info = ctx.instance;
  const [cron, disk, sys] = await Promise.allSettled([scheduledJobs(r, info, roots, settings), diskUsage(r, info), systemLoad(r, roots)]);
  const data = {
    cronFindings: cron.status === "fulfilled" ? cron.value.cronFindings : [],
    disks: disk.status === "fulfilled" ? disk.value.disks : [],
    load1: sys.status === "fulfilled" ? sys.value.load1 : null,
    cpus: sys.status === "fulfilled" ? sys.value.cpus : null,
    memAvailablePct: sys.status === "fulfilled" ? sys.value.memAvailablePct : null
  };
  const { status: measured, problems } = assess(data);
  const incomplete = [];
  if (cron.status === "rejected") incomplete.push(`scheduled jobs not linted: ${why(cron.reason)}`);
  if (disk.status === "rejected") incomplete.push(`disk usage unknown: ${why(disk.reason)}`);
  if (sys.status === "rejected") incomplete.push(`load and memory unknown: ${why(sys.reason)}`);
  const status = incomplete.length && measured === "ok" ? "warn" : measured;
  const details = [
    ...cron.status === "fulfilled" ? cron.value.lines : [],
    ...disk.status === "fulfilled" ? disk.value.lines : [],
    ...sys.status === "fulfilled" ? sys.value.lines : [],
    ...incomplete
  ];
  const healthy = [
    ...data.disks.map((d) => `disk ${d.mount} ${d.usedPct}%`),
    data.load1 !== null ? `load ${data.load1}${data.cpus ? ` on ${data.cpus} CPUs` : ""}` : null,
    data.memAvailablePct !== null ? `${data.memAvailablePct}% memory available` : null
  ].filter((x) => x !== null);
  const summary = problems.length ? problems.join("; ") : incomplete.length ? `partly checked: ${incomplete.join("; ")}` : `scheduled jobs pass the lint rules${healthy.length ? `; ${healthy.join(", ")}` : ""}`;
  const fixes = [];
  if (data.cronFindings.some((f) => f.severity !== "info")) {
    const uris = cron.status === "fulfilled" ? cron.value.helpUris : [];
    fixes.push(`Fix the scheduled jobs at the host paths above (${uris.join(", ")}), then run mastodon-ops lint on the repository that deploys them so the fix stays`);
  }
  if (data.disks.some((d) => d.usedPct > THRESHOLDS.diskWarnPct)) {
    fixes.push('Free disk space: "tootctl media usage" shows what the media cache holds; set Content retention in the admin settings rather than scheduling --prune-profiles');
  }
  if (data.load1 !== null && data.cpus !== null && data.load1 > data.cpus || data.memAvailablePct !== null && data.memAvailablePct < THRESHOLDS.memWarnPct) {
    fixes.push("The host is short of CPU or memory: lower Sidekiq concurrency and WEB_CONCURRENCY, turn trends off on a small instance, or move to a larger machine");
  }
  const confirms = [...new Set(data.cronFindings.filter((f) => f.severity !== "info").map((f) => f.ruleId))];
  return {
    status,
    summary,
    details,
    ...fixes.length ? { fix: `${fixes.join(". ")}.` } : {},
    ...confirms.length ? { confirms } : {},
    data: { ...data }
  };
}

// src/live/checks/http.ts
var MAX_BODY = 1e6;
async function readCapped(res, max) {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {
      });
      throw new Error(`the answer is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function netError(e) {
  const err = e;
  const code = err.cause?.code;
  const msg = err.cause?.message ?? err.message ?? String(e);
  return redact(code ? `${code}${msg && !msg.includes(code) ? ` (${msg})` : ""}` : msg);
}
async function get(url, ctx, budgetMs, accept) {
  const own = AbortSignal.timeout(budgetMs);
  const signal = AbortSignal.any([ctx.signal, own]);
  try {
    const res = await fetch(url, {
      signal,
      redirect: "follow",
      headers: { accept, "user-agent": `mastodon-ops/${VERSION} (health check)` }
    });
    const body = await readCapped(res, MAX_BODY);
    return { url, status: res.status, body, headers: res.headers };
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    if (own.aborted) return { url, status: null, body: "", headers: null, error: `no answer within ${+(budgetMs / 1e3).toFixed(1)} s` };
    return { url, status: null, body: "", headers: null, error: netError(e) };
  }
}
function shown(a) {
  return a.status !== null ? String(a.status) : a.error ?? "no answer";
}
function streamingHealthUrl(streaming) {
  let u;
  try {
    u = new URL(streaming);
  } catch {
    return null;
  }
  const proto = { "ws:": "http:", "wss:": "https:", "http:": "http:", "https:": "https:" }[u.protocol];
  if (!proto) return null;
  const base = `${proto}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
  return `${base}/api/v1/streaming/health`;
}
function parseJson(body) {
  try {
    const v = JSON.parse(body);
    return v && typeof v === "object" && !Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
function str(v) {
  return typeof v === "string" && v.length > 0 && v.length <= 200 ? v.replace(/[\u0000-\u001f\u007f]/g, "") : null;
}
function ok(a) {
  return a.status !== null && a.status >= 200 && a.status < 300;
}
function httpCheck(o = {}) {
  return {
    id: "http",
    title: "Web and streaming frontends",
    needs: ["http"],
    timeoutMs: o.timeoutMs ?? 1e4,
    run: runHttp
  };
}
var http = httpCheck();
async function runHttp(ctx) {
  const base = (ctx.instance.baseUrl ?? "").replace(/\/+$/, "");
  if (!base) throw new Error("no base URL");
  const budget = Math.max(50, Math.round(ctx.timeoutMs * 0.3));
  const details = [];
  const problems = [];
  const instance = async () => {
    const v2 = await get(`${base}/api/v2/instance`, ctx, budget, "application/json");
    const j2 = ok(v2) ? parseJson(v2.body) : null;
    if (j2) {
      const conf = j2.configuration;
      return { v2, v1: null, version: str(j2.version), streaming: str(conf?.urls?.streaming) };
    }
    if (v2.status === null) return { v2, v1: null, version: null, streaming: null };
    const v1 = await get(`${base}/api/v1/instance`, ctx, budget, "application/json");
    const j1 = ok(v1) ? parseJson(v1.body) : null;
    const urls = j1?.urls;
    return { v2, v1, version: j1 ? str(j1.version) : null, streaming: str(urls?.streaming_api) };
  };
  const [health, inst] = await Promise.all([get(`${base}/health`, ctx, budget, "text/plain"), instance()]);
  details.push(`GET ${redact(health.url)}: ${shown(health)} (/health checks nothing: not the database, not Redis, not storage; a 200 only means the web process answers)`);
  if (!ok(health)) problems.push({ status: "fail", text: `web /health: ${shown(health)}` });
  const v2ok = ok(inst.v2) && !inst.v1;
  details.push(`GET ${redact(inst.v2.url)}: ${shown(inst.v2)}${v2ok ? inst.version ? `, Mastodon ${inst.version}` : ", no version in the answer" : ok(inst.v2) ? ", not JSON" : ""}`);
  if (inst.v1) {
    const deprecated = inst.v1.headers?.get("deprecation") ? " (deprecated endpoint)" : "";
    details.push(`GET ${redact(inst.v1.url)}: ${shown(inst.v1)}${inst.version ? `, Mastodon ${inst.version}` : ""}${deprecated}`);
  }
  const v2Broken = inst.v2.status === null || inst.v2.status >= 500 || ok(inst.v2) && !v2ok;
  if (!inst.version) {
    problems.push({
      status: "fail",
      text: `/api/v2/instance: ${shown(inst.v2)}${inst.v1 ? `, /api/v1/instance: ${shown(inst.v1)}` : ""}${ok(health) ? " while /health says OK" : ""}`
    });
  } else if (v2Broken) {
    problems.push({ status: "warn", text: `/api/v2/instance: ${shown(inst.v2)} (the v1 endpoint answers)` });
  } else if (inst.v1) {
    details.push("no /api/v2/instance: Mastodon before 4.0");
  }
  let streamUrl = inst.streaming ? streamingHealthUrl(inst.streaming) : null;
  if (inst.streaming && !streamUrl) details.push(`the streaming URL the instance gives is not ws(s) or http(s): ${redact(inst.streaming.slice(0, 100))}`);
  if (inst.streaming && streamUrl) details.push(`streaming URL from the instance: ${redact(inst.streaming)}`);
  streamUrl ??= `${base}/api/v1/streaming/health`;
  const streaming = await get(streamUrl, ctx, budget, "text/plain");
  details.push(`GET ${redact(streaming.url)}: ${shown(streaming)}`);
  if (!ok(streaming)) problems.push({ status: "fail", text: `streaming health: ${shown(streaming)}` });
  const data = { health: health.status, version: inst.version, streaming: streaming.status };
  const status = problems.some((p) => p.status === "fail") ? "fail" : problems.length ? "warn" : "ok";
  const summary = problems.length ? problems.map((p) => p.text).join("; ") : `web /health ${health.status}, Mastodon ${inst.version}, streaming ${streaming.status}`;
  const fixes = [];
  if (!ok(health)) fixes.push("The web frontend does not answer: check the proxy (nginx) and the mastodon-web (Puma) service and its logs");
  if (ok(health) && !inst.version) fixes.push("Puma answers but cannot serve a real request: check the database, Redis and the mastodon-web logs (journalctl -u mastodon-web)");
  if (!ok(streaming)) fixes.push("The streaming server does not answer: check the mastodon-streaming service and the proxy route for /api/v1/streaming");
  return {
    status,
    summary,
    details,
    ...fixes.length ? { fix: `${fixes.join(". ")}.` } : {},
    data: { ...data }
  };
}

// src/live/checks/index.ts
var CHECKS = [check, check2, check3, dbProfilesCheck, sidekiqCheck, host, http];

export {
  CHECKS
};
