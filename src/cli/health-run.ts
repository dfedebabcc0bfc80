// `mastodon-ops health` once it runs: the instance from flags or config, the checks, the report.
// Loaded by cli/health.ts only when the command runs: the instance schema (zod) and the checks (pg,
// ioredis, the AWS SDK, ssh2) are not needed by `lint`.

import { writeFileSync } from 'node:fs';
import { UsageError } from '../lint/errors.ts';
import { InstanceSchema, loadOpsConfig, type InstanceConfig } from '../live/instance.ts';
import { renderHealth, type HealthFormat } from '../live/render/index.ts';
import type { HealthReport } from '../live/types.ts';
import { CHECKS } from '../live/checks/index.ts';
import { instanceHealth } from '../live/health.ts';

export interface HealthFlags {
  config?: string;
  instance?: string;
  env?: string;
  ssh?: string;
  hostKey?: string;
  identity?: string;
  envPath?: string;
  url?: string;
  only: string[];
  format: string;
  output?: string;
  listChecks?: boolean;
}

/** The instance to check, from `--config/--instance` or from `--env`/`--ssh` flags. */
export function instanceFromFlags(f: HealthFlags): { name: string; cfg: InstanceConfig; configPath: string } {
  if (f.config) {
    const ops = loadOpsConfig(f.config);
    const names = Object.keys(ops.instances);
    const name = f.instance ?? (names.length === 1 ? names[0]! : undefined);
    if (!name) throw new UsageError(`${f.config}: several instances (${names.join(', ')}); choose one with --instance`);
    const cfg = ops.instances[name];
    if (!cfg) throw new UsageError(`--instance ${name}: not in ${f.config}; choose from ${names.join(', ')}`);
    return { name, cfg, configPath: f.config };
  }
  if (!f.env && !f.ssh) throw new UsageError('say which instance: --env .env.production, --ssh user@host with --host-key, or --config FILE');
  let ssh: Record<string, unknown> | undefined;
  if (f.ssh) {
    const m = /^([^@\s]+)@([^:\s]+)(?::(\d+))?$/.exec(f.ssh);
    if (!m) throw new UsageError(`--ssh ${f.ssh}: expected user@host or user@host:port`);
    if (!f.hostKey) throw new UsageError('--ssh needs --host-key: the host key is always pinned (ssh-keyscan HOST | ssh-keygen -lf - prints its SHA256: fingerprint)');
    if (!f.identity) throw new UsageError('--ssh needs --identity FILE (the private key)');
    ssh = { host: m[2], port: m[3] ? Number(m[3]) : 22, user: m[1], hostKey: f.hostKey, privateKeyFile: f.identity };
  }
  const parsed = InstanceSchema.safeParse({
    env: f.ssh ? f.envPath : f.env,
    ssh,
    url: f.url,
    overrides: { databaseUrl: process.env.MASTODON_OPS_DATABASE_URL, redisUrl: process.env.MASTODON_OPS_REDIS_URL },
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new UsageError(`${i.path.join('.')}: ${i.message}`);
  }
  return { name: f.url ? new URL(f.url).host : (f.ssh ?? f.env ?? 'instance'), cfg: parsed.data, configPath: 'command line' };
}

export function healthExitCode(r: HealthReport): number {
  return r.checks.some((c) => c.status === 'fail' || c.status === 'error') ? 1 : 0;
}

/** Lists the checks (`--list-checks`). */
export function listChecks(): string {
  return CHECKS.map((c) => `${c.id.padEnd(16)} ${c.title} (timeout ${c.timeoutMs / 1000} s, needs ${c.needs.join(', ')})\n`).join('');
}

/** Runs the checks and writes the report; returns the exit code. */
export async function runHealth(f: HealthFlags): Promise<number> {
  const { name, cfg, configPath } = instanceFromFlags(f);
  const report = await instanceHealth(name, cfg, CHECKS, { only: f.only, configPath });
  const out = renderHealth(f.format as HealthFormat, report);
  if (f.output) writeFileSync(f.output, out);
  else process.stdout.write(out);
  return healthExitCode(report);
}
