// `mastodon-ops` command line. Usage errors exit 2 with a one-line message; internal errors exit 3
// naming what failed; never a stack trace unless MASTODON_OPS_DEBUG is set.

import { Command, CommanderError } from 'commander';
import { registerLint } from './lint.ts';
import { registerHealth } from './health.ts';
import { registerBot } from './bot.ts';
import { registerAudit } from './audit.ts';
import { EXIT, InternalError, UsageError } from '../lint/errors.ts';
import { VERSION } from '../version.ts';

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('mastodon-ops')
    .description('Catch Mastodon deployment mistakes that silently lose media')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerLint(program, (c) => (code = c));
  registerHealth(program, (c) => (code = c));
  registerBot(program, (c) => (code = c));
  registerAudit(program, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; commander already printed usage errors.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`mastodon-ops: ${e.message}\n`);
      return EXIT.usage;
    }
    const msg = e instanceof InternalError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    process.stderr.write(`mastodon-ops: ${msg}\nThis is a bug in mastodon-ops; please report it with the file that triggered it.\n`);
    if (process.env.MASTODON_OPS_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

export async function runCli(): Promise<void> {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
}
