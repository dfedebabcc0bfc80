import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  CHECKS,
  InstanceSchema,
  instanceHealth,
  loadOpsConfig,
  renderHealth
} from "./chunk-DQHIOTKA.js";
import "./chunk-P5NUJPBO.js";
import "./chunk-7UXBKFJB.js";
import "./chunk-OPWKECVV.js";
import {
  UsageError
} from "./chunk-ZR2GA637.js";
import "./chunk-AHLGYGID.js";
import "./chunk-3376YZKJ.js";
import "./chunk-ZHF7QFZJ.js";
import "./chunk-NL7GRAD7.js";

// src/cli/health-run.ts
import { writeFileSync } from "node:fs";
function instanceFromFlags(f) {
  if (f.config) {
    const ops = loadOpsConfig(f.config);
    const names = Object.keys(ops.instances);
    const name = f.instance ?? (names.length === 1 ? names[0] : void 0);
    if (!name) throw new UsageError(`${f.config}: several instances (${names.join(", ")}); choose one with --instance`);
    const cfg = ops.instances[name];
    if (!cfg) throw new UsageError(`--instance ${name}: not in ${f.config}; choose from ${names.join(", ")}`);
    return { name, cfg, configPath: f.config };
  }
  if (!f.env && !f.ssh) throw new UsageError("say which instance: --env .env.production, --ssh user@host with --host-key, or --config FILE");
  let ssh;
  if (f.ssh) {
    const m = /^([^@\s]+)@([^:\s]+)(?::(\d+))?$/.exec(f.ssh);
    if (!m) throw new UsageError(`--ssh ${f.ssh}: expected user@host or user@host:port`);
    if (!f.hostKey) throw new UsageError("--ssh needs --host-key: the host key is always pinned (ssh-keyscan HOST | ssh-keygen -lf - prints its SHA256: fingerprint)");
    if (!f.identity) throw new UsageError("--ssh needs --identity FILE (the private key)");
    ssh = { host: m[2], port: m[3] ? Number(m[3]) : 22, user: m[1], hostKey: f.hostKey, privateKeyFile: f.identity };
  }
  const parsed = InstanceSchema.safeParse({
    env: f.ssh ? f.envPath : f.env,
    ssh,
    url: f.url,
    overrides: { databaseUrl: process.env.MASTODON_OPS_DATABASE_URL, redisUrl: process.env.MASTODON_OPS_REDIS_URL }
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UsageError(`${i.path.join(".")}: ${i.message}`);
  }
  return { name: f.url ? new URL(f.url).host : f.ssh ?? f.env ?? "instance", cfg: parsed.data, configPath: "command line" };
}
function healthExitCode(r) {
  return r.checks.some((c) => c.status === "fail" || c.status === "error") ? 1 : 0;
}
function listChecks() {
  return CHECKS.map((c) => `${c.id.padEnd(16)} ${c.title} (timeout ${c.timeoutMs / 1e3} s, needs ${c.needs.join(", ")})
`).join("");
}
async function runHealth(f) {
  const { name, cfg, configPath } = instanceFromFlags(f);
  const report = await instanceHealth(name, cfg, CHECKS, { only: f.only, configPath });
  const out = renderHealth(f.format, report);
  if (f.output) writeFileSync(f.output, out);
  else process.stdout.write(out);
  return healthExitCode(report);
}
export {
  healthExitCode,
  instanceFromFlags,
  listChecks,
  runHealth
};
