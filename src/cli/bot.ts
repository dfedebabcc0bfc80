// `mastodon-ops bot`: runs the Slack bot (bot/main.ts). The bot is loaded only for this command,
// so the Action bundle and the other commands never load Slack's libraries.

import type { Command } from 'commander';
import { UsageError } from '../lint/errors.ts';

interface BotFlags {
  config?: string;
  checkConfig?: boolean;
}

export function registerBot(program: Command, setExit: (code: number) => void, out: { write(s: string): unknown } = process.stdout): void {
  program
    .command('bot')
    .description('run the Slack bot (/mastodon-health): Socket Mode by default, or HTTP; see docs/bot.md')
    .option('-c, --config <file>', 'config with `instances:` and `bot:` (default: $MASTODON_OPS_CONFIG)')
    .option('--check-config', 'validate the configuration and the environment, print a summary without secrets, and exit')
    .action(async (f: BotFlags) => {
      const { loadBotConfig, describeConfig } = await import('../../bot/config.ts');
      if (f.checkConfig) {
        const c = loadBotConfig(process.env, f.config ?? process.env.MASTODON_OPS_CONFIG);
        out.write(`${JSON.stringify(describeConfig(c), null, 2)}\n`);
        setExit(0);
        return;
      }
      const { startBot } = await import('../../bot/main.ts');
      try {
        await startBot(process.env, { configPath: f.config });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        // Unreachable Redis, audit database or Slack: the environment, not a bug.
        throw new UsageError(`cannot start the bot: ${(e as Error)?.message ?? String(e)}`);
      }
      setExit(0); // the receiver keeps the process running until SIGTERM/SIGINT
    });
}
