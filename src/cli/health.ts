// `mastodon-ops health`: diagnostics against a live instance.

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../lint/errors.ts';
// The checks pull in pg, ioredis, the AWS SDK and ssh2: loaded only when `health` runs, so
// `lint` starts fast.
const loadChecks = () => import('../live/checks/index.ts');
const loadHealth = () => import('../live/health.ts');
import { InstanceSchema, loadOpsConfig, type InstanceConfig } from '../live/instance.ts';
import { HEALTH_FORMATS, renderHealth, type HealthFormat } from '../live/render/index.ts';
import type { HealthReport } from '../live/types.ts';

interface HealthFlags {
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

export function registerHealth(program: Command, setExit: (code: number) => void): void {
  program
    .command('health')
    .description('diagnose a live instance: S3 writes with the production ACL, missing objects, pruned avatars, Sidekiq, cron on the host')
    .option('-c, --config <file>', 'mastodon-ops config with `instances:` (see docs/health.md)')
    .option('-i, --instance <name>', 'which instance of the config file')
    .option('--env <file>', 'a local .env.production (no config file needed)')
    .option('--ssh <user@host[:port]>', 'read .env.production and the crontabs over SSH')
    .option('--host-key <pin>', 'with --ssh: the pinned host key (OpenSSH public key or SHA256: fingerprint)')
    .option('--identity <file>', 'with --ssh: private key file')
    .option('--env-path <path>', 'with --ssh: .env.production on the host (default /home/mastodon/live/.env.production)')
    .option('--url <url>', 'public URL (default https://LOCAL_DOMAIN)')
    .option('--only <ids>', 'only these checks (comma-separated ids or prefixes, e.g. s3,sidekiq)', (v: string, prev: string[]) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)], [] as string[])
    .option('-f, --format <format>', `${HEALTH_FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file')
    .option('--list-checks', 'list the checks and exit')
    .action(async (f: HealthFlags) => {
      if (f.listChecks) {
        const { CHECKS } = await loadChecks();
        for (const c of CHECKS) process.stdout.write(`${c.id.padEnd(16)} ${c.title} (timeout ${c.timeoutMs / 1000} s, needs ${c.needs.join(', ')})\n`);
        setExit(0);
        return;
      }
      if (!(HEALTH_FORMATS as readonly string[]).includes(f.format)) throw new UsageError(`--format ${f.format}: expected one of ${HEALTH_FORMATS.join(', ')}`);
      const { name, cfg, configPath } = instanceFromFlags(f);
      const [{ CHECKS }, { instanceHealth }] = await Promise.all([loadChecks(), loadHealth()]);
      const report = await instanceHealth(name, cfg, CHECKS, { only: f.only, configPath });
      const out = renderHealth(f.format as HealthFormat, report);
      if (f.output) writeFileSync(f.output, out);
      else process.stdout.write(out);
      setExit(healthExitCode(report));
    });
}
