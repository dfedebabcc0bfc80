// The configuration file (`.github/mastodon-ops.yml` or `mastodon-ops.yml`), validated with zod.
// Errors name the file, line and key, and say what is expected.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z, type infer as Infer } from './zod.ts';
import { SEVERITIES, type Severity, type Threshold } from './findings.ts';
import { UsageError } from './errors.ts';

export const CONFIG_FILES = ['.github/mastodon-ops.yml', '.github/mastodon-ops.yaml', 'mastodon-ops.yml', 'mastodon-ops.yaml'];

const ruleId = z.string().check(z.regex(/^MSTDN\d{3}$/, 'a rule id such as MSTDN101'));

const RuleConfig = z.strictObject({
  disable: z.optional(z.boolean()),
  severity: z.optional(z.enum(SEVERITIES)),
  ignore: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const ConfigSchema = z.strictObject({
  'failure-threshold': z.optional(z.enum([...SEVERITIES, 'none'])),
  'min-severity': z.optional(z.enum(SEVERITIES)),
  'min-prune-days': z.optional(z.int().check(z.minimum(0))),
  rules: z.optional(z.record(ruleId, RuleConfig)),
});

export type ConfigFile = Infer<typeof ConfigSchema>;

export interface RuleSettings {
  disable: boolean;
  severity?: Severity;
  /** `path`, `path:line` or `path:line:col`, relative to the linted root. */
  ignore: string[];
}

export interface LintSettings {
  rules: Map<string, RuleSettings>;
  failureThreshold: Threshold;
  minSeverity: Severity;
  /** MSTDN106: profile prunes with fewer days than this are flagged. */
  minPruneDays: number;
  /** false with --no-ignores: inline comments and config ignores are not applied. */
  applyIgnores: boolean;
  /** Where the settings came from, for messages. */
  configPath?: string;
}

export function defaultSettings(): LintSettings {
  return { rules: new Map(), failureThreshold: 'error', minSeverity: 'info', minPruneDays: 30, applyIgnores: true };
}

/** Finds the config file under `root` (first match of CONFIG_FILES). */
export function discoverConfig(root: string): string | undefined {
  for (const f of CONFIG_FILES) {
    const p = join(root, f);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function loadConfig(path: string, root: string): LintSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const shown = relative(process.cwd(), path) || path;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const p = lc.linePos(e.pos[0]);
    throw new UsageError(`${shown}:${p.line}:${p.col}: the config file is not valid YAML: ${e.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    throw new UsageError(`${shown}: the config file cannot be read: ${(e as Error).message}`);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = nodeAt(doc.contents as Node | null, issue.path as (string | number)[]);
    const at = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    const where = issue.path.join('.') || '(top level)';
    throw new UsageError(`${shown}:${at.line}:${at.col}: ${where}: ${issue.message}; see docs/configuration.md`);
  }
  const settings = defaultSettings();
  const c = parsed.data;
  settings.configPath = relative(root, path) || path;
  if (c['failure-threshold']) settings.failureThreshold = c['failure-threshold'];
  if (c['min-severity']) settings.minSeverity = c['min-severity'];
  if (c['min-prune-days'] !== undefined) settings.minPruneDays = c['min-prune-days'];
  for (const [id, r] of Object.entries(c.rules ?? {})) {
    settings.rules.set(id, { disable: r.disable ?? false, severity: r.severity, ignore: r.ignore ?? [] });
  }
  return settings;
}

function nodeAt(node: Node | null, path: (string | number)[]): Node | null {
  let cur: Node | null = node;
  let last: Node | null = node;
  for (const key of path) {
    if (isMap(cur)) {
      const pair = cur.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return last;
      last = (pair.key as Node) ?? last;
      cur = (pair.value as Node) ?? null;
      if (cur) last = cur;
    } else if (isSeq(cur) && typeof key === 'number') {
      cur = (cur.items[key] as Node) ?? null;
      if (cur) last = cur;
    } else return last;
  }
  return last;
}

export const INIT_CONFIG = `# mastodon-ops configuration: see docs/configuration.md
# Fail the check on findings at or above this severity: error, warning, info or none.
failure-threshold: error
# Do not report findings below this severity.
min-severity: info
# MSTDN106: profile prunes with --days below this are flagged.
min-prune-days: 30
rules: {}
#  MSTDN102:
#    severity: error
#  MSTDN208:
#    ignore:
#      - deploy/templates/env.production.j2
`;
