import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  redact,
  require_dist_cjs
} from "./chunk-AHLGYGID.js";
import {
  envGet,
  lifecycleRuleFromApi,
  newBucketConfig,
  ownershipFromDoc,
  policyFromDoc,
  publicAccessBlockFromDoc
} from "./chunk-ZHF7QFZJ.js";
import {
  __toESM
} from "./chunk-NL7GRAD7.js";

// src/live/bucket-settings.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
function toDoc(v, span) {
  if (Array.isArray(v)) return { kind: "seq", items: v.map((x) => toDoc(x, span)), span };
  if (v && typeof v === "object" && !(v instanceof Date)) {
    return { kind: "map", entries: Object.entries(v).filter(([, x]) => x !== void 0).map(([key, x]) => ({ key, keySpan: span, value: toDoc(x, span) })), span };
  }
  if (v instanceof Date) return { kind: "scalar", value: v.toISOString(), span };
  return { kind: "scalar", value: v ?? null, span };
}
function targets(model) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const env of model.envFiles) {
    const enabled = envGet(env, "S3_ENABLED");
    const b = envGet(env, "S3_BUCKET");
    if (!enabled || enabled.value !== "true" || enabled.template || !b || b.template || !b.value) continue;
    const endpoint = envGet(env, "S3_ENDPOINT");
    const region = envGet(env, "S3_REGION");
    const ep = endpoint && !endpoint.template && endpoint.value ? endpoint.value : void 0;
    const key = `${b.value}\0${ep ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      env,
      bucket: b.value,
      span: b.valueSpan,
      region: region && !region.template && region.value ? region.value : "us-east-1",
      endpoint: ep,
      forcePathStyle: ep !== void 0 && envGet(env, "S3_OVERRIDE_PATH_STYLE")?.value !== "true"
    });
  }
  return out;
}
var NOT_SET = /* @__PURE__ */ new Set(["OwnershipControlsNotFoundError", "NoSuchPublicAccessBlockConfiguration", "NoSuchLifecycleConfiguration", "NoSuchBucketPolicy"]);
async function addLiveBuckets(model, o = {}) {
  const list = targets(model);
  await Promise.all(list.map((t) => readOne(model, t, o)));
  return list.length;
}
async function readOne(model, t, o) {
  const timeout = o.timeoutMs ?? 1e4;
  const client = o.client?.({ region: t.region, endpoint: t.endpoint, forcePathStyle: t.forcePathStyle }) ?? new import_client_s3.S3Client({ region: t.region, endpoint: t.endpoint, forcePathStyle: t.forcePathStyle, maxAttempts: 2, requestHandler: { connectionTimeout: timeout, requestTimeout: timeout } });
  const label = `live bucket "${t.bucket}"`;
  const c = newBucketConfig({ source: "live", kind: "bucket", name: t.bucket, nameSpan: t.span, nameText: `"${t.bucket}"`, label, span: t.span });
  const failed = [];
  const note = (what, e) => {
    const err = e;
    const code = err?.name ?? err?.code ?? "Error";
    const status = err?.$metadata?.httpStatusCode;
    const why = code === "AccessDenied" ? `access denied: grant ${PERMISSION[what]} to these credentials` : code === "CredentialsProviderError" ? "no AWS credentials in the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or a role)" : `${code}${status ? ` (HTTP ${status})` : ""}: ${redact(err?.message ?? String(e))}`;
    failed.push(`the ${what} (${why})`);
  };
  const read = async (what, f) => {
    try {
      return await f();
    } catch (e) {
      if (NOT_SET.has(e?.name ?? "")) return "not-set";
      note(what, e);
      return null;
    }
  };
  try {
    const [own, pab, life, pol] = await Promise.all([
      read("ownership controls", () => client.send(new import_client_s3.GetBucketOwnershipControlsCommand({ Bucket: t.bucket }))),
      read("public access block", () => client.send(new import_client_s3.GetPublicAccessBlockCommand({ Bucket: t.bucket }))),
      read("lifecycle configuration", () => client.send(new import_client_s3.GetBucketLifecycleConfigurationCommand({ Bucket: t.bucket }))),
      read("bucket policy", () => client.send(new import_client_s3.GetBucketPolicyCommand({ Bucket: t.bucket })))
    ]);
    if (own === "not-set") {
      c.ownership = { value: "ObjectWriter", span: t.span };
    } else if (own) c.ownership = ownershipFromDoc(toDoc(own.OwnershipControls?.Rules ?? [], t.span));
    else c.ownership = { value: "unknown", span: t.span };
    if (pab && pab !== "not-set") c.publicAccessBlock = publicAccessBlockFromDoc(toDoc(pab.PublicAccessBlockConfiguration ?? {}, t.span), t.span);
    if (life && life !== "not-set") c.lifecycleRules = (life.Rules ?? []).map((r) => lifecycleRuleFromApi(toDoc(r, t.span)));
    if (pol && pol !== "not-set" && pol.Policy) {
      try {
        c.policy = policyFromDoc(toDoc(JSON.parse(pol.Policy), t.span), t.span);
      } catch {
        failed.push("the bucket policy (not valid JSON)");
      }
    }
    if (failed.length) {
      model.liveBucketNotes.push({ span: t.span, message: `--check-bucket could not read ${failed.join(", ")} of ${label}, so ${failed.length === 1 ? "that check was" : "those checks were"} not done` });
    }
    if (own !== null || pab !== null || life !== null || pol !== null) model.buckets.push(c);
  } finally {
    if (!o.client) client.destroy();
  }
}
var PERMISSION = {
  "ownership controls": "s3:GetBucketOwnershipControls",
  "public access block": "s3:GetBucketPublicAccessBlock",
  "lifecycle configuration": "s3:GetLifecycleConfiguration",
  "bucket policy": "s3:GetBucketPolicy"
};
async function lintWithLiveBucket(opts, checkBucket, o = {}) {
  const { buildModel, lintModel } = await import("./engine-37NPII7N.js");
  const built = await buildModel(opts);
  if (checkBucket) {
    const n = await addLiveBuckets(built.model, o);
    if (n === 0) built.notices.push({ file: ".", message: "--check-bucket: no env file with S3_ENABLED=true and a literal S3_BUCKET, so no bucket was read" });
  }
  return lintModel(built, opts);
}

export {
  addLiveBuckets,
  lintWithLiveBucket
};
