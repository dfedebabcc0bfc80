// `mastodon-ops audit`: reads the bot's audit log (the JSONL file or the PostgreSQL table named
// by the bot config and environment; no Slack token needed).

import type { Command } from 'commander';
import { UsageError } from '../lint/errors.ts';

interface AuditFlags {
  config?: string;
  since?: string;
  until?: string;
  user?: string;
  instance?: string;
  execution?: string;
  format: string;
  limit: string;
}

export function registerAudit(program: Command, setExit: (code: number) => void, out: { write(s: string): unknown } = process.stdout): void {
  program
    .command('audit')
    .description("query the Slack bot's audit log: who ran what, where, when, with what outcome")
    .option('-c, --config <file>', 'the bot config (default: $MASTODON_OPS_CONFIG); picks the JSONL file or PostgreSQL')
    .option('--since <when>', 'entries since a duration ago (30m, 24h, 7d, 2w) or a date (2026-11-01, ISO 8601)')
    .option('--until <when>', 'entries up to a duration ago or a date')
    .option('--user <id>', 'only this Slack user id (U…)')
    .option('--instance <name>', 'only this instance')
    .option('--execution <id>', 'only this execution id (as shown in Slack)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--limit <n>', 'the most recent N entries', '1000')
    .action(async (f: AuditFlags) => {
      if (f.format !== 'text' && f.format !== 'json') throw new UsageError(`--format ${f.format}: expected text or json`);
      const limit = Number(f.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit ${f.limit}: expected a positive integer`);
      const { loadAuditSettings } = await import('../../bot/config.ts');
      const { openAuditLog, parseSince, formatAuditText } = await import('../../bot/audit-log.ts');
      const log = openAuditLog(loadAuditSettings(process.env, f.config ?? process.env.MASTODON_OPS_CONFIG));
      try {
        const entries = await log.query({
          since: f.since ? parseSince(f.since) : undefined,
          until: f.until ? parseSince(f.until, Date.now(), '--until') : undefined,
          userId: f.user,
          instance: f.instance,
          executionId: f.execution,
          limit,
        });
        out.write(f.format === 'json' ? `${JSON.stringify({ version: 1, entries }, null, 2)}\n` : formatAuditText(entries));
      } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`cannot read the audit log: ${(e as Error)?.message ?? String(e)}`);
      } finally {
        await log.close();
      }
      setExit(0);
    });
}
