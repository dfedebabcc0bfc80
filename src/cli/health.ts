// `mastodon-ops health`: diagnostics against a live instance. Only the command's definition is
// here; what it runs (zod, pg, ioredis, the AWS SDK, ssh2) is in health-run.ts, loaded when it runs,
// so `lint` starts fast.

import type { Command } from 'commander';
import { UsageError } from '../lint/errors.ts';
import { HEALTH_FORMATS } from '../live/render/formats.ts';
import type { HealthFlags } from './health-run.ts';

export type { HealthFlags };

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
      if (!f.listChecks && !(HEALTH_FORMATS as readonly string[]).includes(f.format)) throw new UsageError(`--format ${f.format}: expected one of ${HEALTH_FORMATS.join(', ')}`);
      const run = await import('./health-run.ts');
      if (f.listChecks) {
        process.stdout.write(run.listChecks());
        setExit(0);
        return;
      }
      setExit(await run.runHealth(f));
    });
}
