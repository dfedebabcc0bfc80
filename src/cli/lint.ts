import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { lint } from '../lint/engine.ts';
import { resolveOptions } from '../lint/options.ts';
import { render } from '../lint/reporters/index.ts';
import { exitCode } from '../lint/exit.ts';
import { RULES } from '../lint/rules/index.ts';
import { INIT_CONFIG } from '../lint/config.ts';
import { UsageError } from '../lint/errors.ts';
import { VERSION } from '../version.ts';
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';

interface LintFlags {
  format?: string;
  output?: string;
  config?: string;
  failureThreshold?: string;
  minSeverity?: string;
  ignores: boolean;
  listRules?: boolean;
  initConfig?: boolean;
  color?: boolean;
  checkBucket?: boolean;
}

const FLAG_NAMES = { format: '--format', failureThreshold: '--failure-threshold', minSeverity: '--min-severity', paths: 'PATHS', config: '--config' };

export function registerLint(program: Command, setExit: (code: number) => void): void {
  program
    .command('lint')
    .description('lint Mastodon deployment configs (crontabs, systemd, Ansible, Kubernetes, Helm, env files)')
    .argument('[paths...]', 'files or directories to lint', ['.'])
    .option('-f, --format <format>', 'text, json (= json-v1), json-v1, sarif, github or markdown', 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: .github/mastodon-ops.yml or mastodon-ops.yml in the root)')
    .option('--failure-threshold <severity>', 'exit 1 on findings at or above: error, warning, info or none')
    .option('--min-severity <severity>', 'do not report findings below: error, warning or info')
    .option('--no-ignores', 'report findings suppressed by inline comments or the config file')
    .option('--no-color', 'plain text without colours')
    .option('--check-bucket', 'also read the live media bucket (AWS credentials from the environment; read-only)')
    .option('--list-rules', 'list every rule and exit')
    .option('--init-config', 'write a commented mastodon-ops.yml and exit')
    .action(async (paths: string[], flags: LintFlags) => {
      if (flags.listRules) {
        for (const r of RULES) process.stdout.write(`${r.id}  ${r.severity.padEnd(7)}  ${r.name}: ${r.short}\n`);
        setExit(0);
        return;
      }
      if (flags.initConfig) {
        if (existsSync('mastodon-ops.yml')) throw new UsageError('mastodon-ops.yml already exists; not overwriting it');
        writeFileSync('mastodon-ops.yml', INIT_CONFIG);
        process.stderr.write('wrote mastodon-ops.yml\n');
        setExit(0);
        return;
      }
      const opts = resolveOptions(
        {
          paths,
          format: flags.format as never,
          config: flags.config,
          failureThreshold: flags.failureThreshold as never,
          minSeverity: flags.minSeverity as never,
          ignores: flags.ignores,
        },
        FLAG_NAMES,
      );
      const lintOpts = { paths: opts.paths, root: opts.root, settings: opts.settings };
      // The AWS SDK is loaded only for --check-bucket.
      const result = flags.checkBucket
        ? await (await import('../live/bucket-settings.ts')).lintWithLiveBucket(lintOpts, true)
        : await lint(lintOpts);
      const color = opts.format === 'text' && !flags.output && flags.color !== false && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      // Code scanning and problem matchers resolve paths from the repository root (the cwd), not the linted dir.
      const rel = relative(process.cwd(), opts.root).split(sep).join('/');
      const pathPrefix = rel && !rel.startsWith('..') ? rel : undefined;
      const out = render(opts.format, result, { color, version: VERSION, pathPrefix: opts.format === 'sarif' || opts.format === 'github' ? pathPrefix : undefined });
      if (flags.output) writeFileSync(flags.output, out);
      else process.stdout.write(out);
      for (const n of result.notices) process.stderr.write(`notice: ${n.file}: ${n.message}\n`);
      setExit(exitCode(result, opts.settings.failureThreshold));
    });
}
