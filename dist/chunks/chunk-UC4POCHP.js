import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/live/diagnose.ts
function get(results, id) {
  return results.find((r) => r.id === id);
}
function num(d, k) {
  const v = d?.[k];
  return typeof v === "number" ? v : 0;
}
function arr(d, k) {
  const v = d?.[k];
  return Array.isArray(v) ? v : [];
}
function diagnose(results) {
  const out = [];
  const write = get(results, "s3.write");
  const bucket = get(results, "s3.bucket");
  const objects = get(results, "storage.objects");
  const profiles = get(results, "db.profiles");
  const sidekiq = get(results, "sidekiq");
  const host = get(results, "host");
  const cron = arr(host?.data, "cronFindings");
  const cronWith = (...ids) => cron.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} scheduled on the host at ${f.path}:${f.line}`);
  const writeCode = typeof write?.data?.errorCode === "string" ? write.data.errorCode : void 0;
  const aclSent = write?.data?.aclSent;
  const uploadsFail = write?.status === "fail";
  if (uploadsFail && writeCode === "AccessControlListNotSupported") {
    out.push({
      id: "uploads-fail-acl",
      severity: "fail",
      title: "New uploads fail: the bucket has ACLs disabled and Mastodon sends an ACL with every upload",
      evidence: [
        `s3.write: PutObject with x-amz-acl: ${String(aclSent ?? "public-read")} was rejected with AccessControlListNotSupported`,
        ...bucket?.data?.ownership === "BucketOwnerEnforced" ? ["s3.bucket: Object Ownership is BucketOwnerEnforced"] : []
      ],
      next: [
        'Set `S3_PERMISSION=` (present and empty) in .env.production (Helm: `S3_PERMISSION: ""` under mastodon.extraEnvVars)',
        'Grant public read with a bucket policy (s3:GetObject for "*" on the media prefixes)',
        "Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`",
        "Only once it passes, repair the avatars and headers that broke meanwhile (a re-download before then deletes the old file and fails to write the new one): https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#3-uploads-that-failed-while-s3-acls-were-broken"
      ]
    });
  } else if (uploadsFail && writeCode === "AccessDenied" && typeof aclSent === "string" && /public/.test(aclSent) && // Only when something shows Block Public Access is the cause, not any denial.
  ((write?.confirms ?? []).includes("MSTDN202") || bucket?.data?.blockPublicAcls === true)) {
    out.push({
      id: "uploads-fail-public-access-block",
      severity: "fail",
      title: "New uploads fail: Block Public Access rejects the public ACL Mastodon sends",
      evidence: [
        `s3.write: PutObject with x-amz-acl: ${aclSent} was denied`,
        ...bucket?.data?.blockPublicAcls === true ? ["s3.bucket: BlockPublicAcls is on"] : []
      ],
      next: [
        "Either turn off BlockPublicAcls on the bucket, or set `S3_PERMISSION=` (empty) and grant public read through a bucket policy",
        "Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`",
        "Only once it passes, repair the avatars and headers that broke meanwhile (a re-download before then deletes the old file and fails to write the new one): https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#3-uploads-that-failed-while-s3-acls-were-broken"
      ]
    });
  } else if (uploadsFail) {
    out.push({
      id: "uploads-fail",
      severity: "fail",
      title: "New uploads fail",
      evidence: [`s3.write: ${write?.summary ?? ""}`],
      next: [write?.fix ?? "Check the S3 credentials, bucket name and endpoint in .env.production"]
    });
  }
  const missing = num(objects?.data, "missing");
  if (missing > 0) {
    const lifecycle = arr(bucket?.data, "lifecycleMediaRules");
    const evidence = [`storage.objects: ${missing} of ${num(objects?.data, "sampled")} sampled files named in the database are missing from the bucket`];
    for (const r of lifecycle) evidence.push(`s3.bucket: lifecycle rule "${r.id}" expires objects under "${r.prefix || "(everything)"}"${r.days !== null ? ` after ${r.days} days` : ""}`);
    evidence.push(...cronWith("MSTDN109"));
    if (uploadsFail) evidence.push("new uploads also fail, so some of these may be uploads that never arrived");
    out.push({
      id: "objects-deleted-in-storage",
      severity: "fail",
      title: "Old files are gone while the database still names them (deleted at the storage level)",
      evidence,
      next: [
        ...lifecycle.length ? ["Remove the lifecycle expiration on Mastodon prefixes"] : [],
        ...cronWith("MSTDN109").length ? ["Remove the storage-level deletion from cron (prune with `tootctl media remove` instead)"] : [],
        "Restore the missing remote avatars and headers by hand (a throttled restore command in mastodon-ops is planned, not shipped): list the keys that still exist, set the four avatar_*/header_* file columns to NULL only for the accounts whose object is confirmed missing (the redownload workers skip records whose file name is still set), then enqueue RedownloadAvatarWorker/RedownloadHeaderWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs; for a few accounts `tootctl accounts refresh user@domain` is enough. Step by step: https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them"
      ]
    });
  }
  const pruned = num(profiles?.data, "prunedAvatars");
  if (pruned > 0) {
    const byDomain = arr(profiles?.data, "byDomain").slice(0, 3);
    out.push({
      id: "avatars-pruned",
      severity: profiles?.status === "fail" ? "fail" : "warn",
      title: `${pruned} remote avatars were pruned (file names nulled) and will not come back on their own`,
      evidence: [
        `db.profiles: ${pruned} remote accounts have no avatar file but a remote URL${byDomain.length ? ` (most on ${byDomain.map((d) => `${d.domain} ${d.avatars}`).join(", ")})` : ""}`,
        ...cronWith("MSTDN101", "MSTDN102", "MSTDN103", "MSTDN104")
      ],
      next: [
        ...cronWith("MSTDN101", "MSTDN102").length ? ["Remove `--prune-profiles`/`--remove-headers` from the schedule first"] : [],
        "Restore them by hand (a throttled restore command in mastodon-ops is planned, not shipped): `tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker from `bin/rails runner` in batches while queue:pull holds fewer than 50 jobs, step by step in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept; never `tootctl accounts refresh --all`"
      ]
    });
  }
  const unserved = arr(sidekiq?.data, "unserved");
  if (unserved.length) {
    out.push({
      id: "sidekiq-queue-unserved",
      severity: "fail",
      title: `No Sidekiq process serves ${unserved.map((q) => `"${q}"`).join(", ")}: jobs there never run`,
      evidence: [`sidekiq: ${sidekiq?.summary ?? ""}`],
      next: ["Add the queue to a Sidekiq process (`-q <queue>`) or start the process that serves it"]
    });
  }
  const pull = arr(sidekiq?.data, "queues").find((q) => q.name === "pull");
  if (pull && (pull.size > 50 || pull.latencyS > 300)) {
    out.push({
      id: "sidekiq-pull-backlog",
      severity: "warn",
      title: `The pull queue is backed up (${pull.size} jobs, ${Math.round(pull.latencyS)} s latency)`,
      evidence: ["Mastodon pauses account deletions and statuses cleanup while pull holds more than 50 jobs or is more than 300 s late"],
      next: ["Wait for it to drain, or add Sidekiq capacity for pull; do not start a restore until it is below 50 jobs"]
    });
  }
  return out;
}

// src/live/runner.ts
function redact(s) {
  return s.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, "$1***@").replace(/(password|passwd|secret|token)=\S+/gi, "$1=***");
}
async function runCheck(check, instance, conns, cancel) {
  const started = performance.now();
  const base = { id: check.id, title: check.title };
  for (const need of check.needs) {
    const why = conns.unavailable(need);
    if (why) return { ...base, status: "skipped", summary: `skipped: ${why}`, details: [], durationMs: 0 };
  }
  const ac = new AbortController();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(new TimeoutError(check.timeoutMs));
      ac.abort();
    }, check.timeoutMs);
  });
  const onCancel = () => {
    clearTimeout(timer);
    ac.abort();
  };
  cancel?.addEventListener("abort", onCancel, { once: true });
  try {
    const out = await Promise.race([check.run({ instance, conns, signal: ac.signal, timeoutMs: check.timeoutMs }), timeout]);
    return {
      ...base,
      ...out,
      summary: redact(out.summary),
      details: out.details.map(redact),
      fix: out.fix === void 0 ? void 0 : redact(out.fix),
      durationMs: Math.round(performance.now() - started)
    };
  } catch (e) {
    const msg = e instanceof TimeoutError ? e.message : `error: ${redact(e?.message ?? String(e))}`;
    return { ...base, status: "error", summary: msg, details: [], durationMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener("abort", onCancel);
  }
}
function cancelled(c, signal) {
  return new Promise((resolve) => {
    if (!signal) return;
    const done = () => resolve({ id: c.id, title: c.title, status: "skipped", summary: "skipped: cancelled", details: [], durationMs: 0 });
    if (signal.aborted) done();
    else signal.addEventListener("abort", done, { once: true });
  });
}
var TimeoutError = class extends Error {
  constructor(ms) {
    super(`error: timed out after ${ms >= 1e3 ? `${+(ms / 1e3).toFixed(1)} s` : `${ms} ms`}`);
  }
};
async function runHealth(checks, instance, conns, hooks = {}) {
  const startedAt = /* @__PURE__ */ new Date();
  const t0 = performance.now();
  const pending = new Set(checks);
  const results = await Promise.all(
    checks.map(async (c) => {
      const r = await Promise.race([runCheck(c, instance, conns, hooks.signal), cancelled(c, hooks.signal)]);
      pending.delete(c);
      try {
        hooks.onResult?.(r, [...pending]);
      } catch {
      }
      return r;
    })
  );
  return {
    version: 1,
    instance: instance.name,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    checks: results,
    diagnosis: diagnose(results)
  };
}
function redactReport(r) {
  const deep = (v) => typeof v === "string" ? redact(v) : Array.isArray(v) ? v.map(deep) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)])) : v;
  return deep(r);
}

export {
  redact,
  runHealth,
  redactReport
};
