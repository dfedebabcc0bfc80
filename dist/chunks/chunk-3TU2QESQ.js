import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/mastodon/settings.ts
function fetch(env, key, dflt) {
  return env.has(key) ? env.get(key) : dflt;
}
function storageKind(env) {
  if (env.get("S3_ENABLED") === "true") return "s3";
  if (env.get("SWIFT_ENABLED") === "true") return "swift";
  if (env.get("AZURE_ENABLED") === "true") return "azure";
  return "filesystem";
}
function s3Settings(env) {
  const region = fetch(env, "S3_REGION", "us-east-1");
  const aclExplicit = env.has("S3_PERMISSION");
  const permission = fetch(env, "S3_PERMISSION", "public-read");
  const num = (k, d) => {
    const n = Number.parseInt(fetch(env, k, String(d)), 10);
    return Number.isFinite(n) ? n : d;
  };
  return {
    bucket: env.get("S3_BUCKET"),
    region,
    endpoint: env.has("S3_ENDPOINT") ? env.get("S3_ENDPOINT") : void 0,
    forcePathStyle: env.has("S3_ENDPOINT") && env.get("S3_OVERRIDE_PATH_STYLE") !== "true",
    acl: permission === "" ? null : permission,
    aclExplicit,
    accessKeyId: env.get("AWS_ACCESS_KEY_ID"),
    secretAccessKey: env.get("AWS_SECRET_ACCESS_KEY"),
    keyPrefix: env.has("S3_KEY_PREFIX") ? env.get("S3_KEY_PREFIX") : void 0,
    storageClass: env.has("S3_STORAGE_CLASS") ? env.get("S3_STORAGE_CLASS") : void 0,
    protocol: fetch(env, "S3_PROTOCOL", "https"),
    hostname: fetch(env, "S3_HOSTNAME", `s3-${region}.amazonaws.com`),
    aliasHost: env.has("S3_ALIAS_HOST") ? env.get("S3_ALIAS_HOST") : env.has("S3_CLOUDFRONT_HOST") ? env.get("S3_CLOUDFRONT_HOST") : void 0,
    openTimeoutS: num("S3_OPEN_TIMEOUT", 5),
    readTimeoutS: num("S3_READ_TIMEOUT", 5)
  };
}
function publicUrl(s, key) {
  const k = key.split("/").map(encodeURIComponent).join("/");
  if (s.aliasHost !== void 0) return `${s.protocol}://${s.aliasHost}/${k}`;
  return `${s.protocol}://${s.hostname}/${s.bucket ?? ""}/${k}`;
}
function dbSettings(env, prefix = "") {
  const port = Number.parseInt(fetch(env, `${prefix}DB_PORT`, "5432"), 10);
  return {
    host: fetch(env, `${prefix}DB_HOST`, "localhost"),
    port: Number.isFinite(port) ? port : 5432,
    database: fetch(env, `${prefix}DB_NAME`, "mastodon_production"),
    user: fetch(env, `${prefix}DB_USER`, "mastodon"),
    password: env.get(`${prefix}DB_PASS`),
    sslmode: fetch(env, "DB_SSLMODE", "prefer"),
    url: env.get(prefix ? "REPLICA_DATABASE_URL" : "DATABASE_URL") || void 0
  };
}
function redisFrom(env, p) {
  const port = Number.parseInt(fetch(env, `${p}REDIS_PORT`, "6379"), 10);
  const db = Number.parseInt(fetch(env, `${p}REDIS_DB`, "0"), 10);
  const master = env.get(`${p}REDIS_SENTINEL_MASTER`);
  const sentinelPort = Number.parseInt(fetch(env, `${p}REDIS_SENTINEL_PORT`, "26379"), 10);
  const sentinels = (env.get(`${p}REDIS_SENTINELS`) ?? "").split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
    const [h, pt] = s.split(":");
    return { host: h ?? s, port: pt ? Number.parseInt(pt, 10) : sentinelPort };
  });
  return {
    url: env.get(`${p}REDIS_URL`) || void 0,
    host: fetch(env, `${p}REDIS_HOST`, "localhost"),
    port: Number.isFinite(port) ? port : 6379,
    db: Number.isFinite(db) ? db : 0,
    username: env.get(`${p}REDIS_USER`),
    password: env.get(`${p}REDIS_PASSWORD`),
    sentinel: master && sentinels.length ? { master, sentinels, username: env.get(`${p}REDIS_SENTINEL_USERNAME`), password: env.get(`${p}REDIS_SENTINEL_PASSWORD`) } : void 0,
    // redis-namespace treats an empty string as a namespace too (`:queues`).
    namespace: env.has("REDIS_NAMESPACE") ? env.get("REDIS_NAMESPACE") : void 0,
    source: `${p}REDIS_*`
  };
}
function redisSettings(env, kind = "base") {
  if (kind === "base") return redisFrom(env, "");
  const p = kind === "sidekiq" ? "SIDEKIQ_" : "CACHE_";
  const own = env.has(`${p}REDIS_URL`) || env.has(`${p}REDIS_HOST`) || env.has(`${p}REDIS_SENTINEL_MASTER`) || env.has(`${p}REDIS_SENTINELS`);
  return own ? redisFrom(env, p) : redisFrom(env, "");
}

export {
  storageKind,
  s3Settings,
  publicUrl,
  dbSettings,
  redisSettings
};
