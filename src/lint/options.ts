// Builds validated lint options from what a user gave (CLI flags or Action inputs): one place, so
// the CLI and the Action agree on defaults, config discovery and errors.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z, type core, type input } from './zod.ts';
import { discoverConfig, defaultSettings, loadConfig, type LintSettings } from './config.ts';
import { SEVERITIES, type Threshold } from './findings.ts';
import { FORMATS, type Format } from './reporters/index.ts';
import { UsageError } from './errors.ts';

export const UserOptions = z.object({
  paths: z._default(z.array(z.string().check(z.minLength(1))), ['.']),
  format: z._default(z.enum(FORMATS), 'text'),
  config: z.optional(z.string()),
  failureThreshold: z.optional(z.enum([...SEVERITIES, 'none'])),
  minSeverity: z.optional(z.enum(SEVERITIES)),
  ignores: z._default(z.boolean(), true),
});
export type UserOptions = input<typeof UserOptions>;

export interface ResolvedOptions {
  paths: string[];
  root: string;
  format: Format;
  settings: LintSettings;
}

function describe(issue: core.$ZodIssue, flagNames: Record<string, string>): string {
  const key = String(issue.path[0] ?? '');
  const name = flagNames[key] ?? key;
  if (issue.code === 'invalid_value') return `${name}: expected one of ${(issue as { values: unknown[] }).values.map(String).join(', ')}`;
  return `${name}: ${issue.message}`;
}

/** `flagNames` maps option keys to how the user spelled them (`--failure-threshold` or `failure-threshold` input). */
export function resolveOptions(input: UserOptions, flagNames: Record<string, string> = {}): ResolvedOptions {
  const parsed = UserOptions.safeParse(input);
  if (!parsed.success) throw new UsageError(describe(parsed.error.issues[0]!, flagNames));
  const o = parsed.data;
  const paths = o.paths.length ? o.paths : ['.'];
  let root = process.cwd();
  if (paths.length === 1) {
    try {
      if (statSync(paths[0]!).isDirectory()) root = resolve(paths[0]!);
    } catch {
      throw new UsageError(`${paths[0]}: no such file or directory`);
    }
  }
  const configPath = o.config ? resolve(o.config) : discoverConfig(root);
  const settings: LintSettings = configPath ? loadConfig(configPath, root) : defaultSettings();
  if (o.failureThreshold) settings.failureThreshold = o.failureThreshold as Threshold;
  if (o.minSeverity) settings.minSeverity = o.minSeverity;
  settings.applyIgnores = o.ignores;
  return { paths, root, format: o.format, settings };
}
