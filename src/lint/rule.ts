// One rule = one file in rules/, default-exporting defineRule({...}). A rule subscribes to the parts
// of the model it needs; the engine calls it and turns its reports into Findings.

import type { Severity } from './findings.ts';
import type { Invocation, ProjectModel } from './model.ts';
import type { EnvFile } from './parse/env.ts';
import type { Span } from './source.ts';
import type { TootctlCall } from '../mastodon/tootctl.ts';
import type { LintSettings } from './config.ts';

export const DOCS_BASE = 'https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/';

export interface Report {
  span: Span;
  message: string;
  related?: { span: Span; message: string }[];
  confidence?: 'high' | 'low';
  /** Override the rule's default severity for this one finding (e.g. 106 with `--days 0`). */
  severity?: Severity;
}

export interface RuleContext {
  report(r: Report): void;
  settings: LintSettings;
}

export interface RuleChecks {
  /** Every command found in a scheduler or script (tootctl or not). */
  invocation?(inv: Invocation, ctx: RuleContext): void;
  /** Every command that runs tootctl. */
  tootctl?(call: TootctlCall, inv: Invocation, ctx: RuleContext): void;
  envFile?(env: EnvFile, ctx: RuleContext): void;
  /** Cross-file checks, once per run. */
  project?(model: ProjectModel, ctx: RuleContext): void;
}

export interface RuleMeta {
  id: string;
  /** kebab-case name, e.g. `scheduled-prune-profiles`. */
  name: string;
  severity: Severity;
  /** One line, for lists and SARIF shortDescription. */
  short: string;
  /** A paragraph: why it matters. SARIF fullDescription. */
  full: string;
}

export interface Rule extends RuleMeta {
  helpUri: string;
  check: RuleChecks;
}

export function defineRule(def: RuleMeta & { check: RuleChecks }): Rule {
  if (!/^MSTDN\d{3}$/.test(def.id)) throw new Error(`bad rule id ${def.id}`);
  return { ...def, helpUri: `${DOCS_BASE}${def.id}.md` };
}

/** "scheduled by crontab entry" style phrase for messages. */
export function describeScheduler(inv: Invocation): string {
  return inv.scheduler ? inv.scheduler.label : 'a script';
}
