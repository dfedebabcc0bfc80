// The model between formats and rules: every scheduler format (crontab, cron.d, systemd, Ansible,
// CronJob, Helm, NixOS, compose) and every script becomes `Invocation`s; env files become
// `EnvFile`s. Rules read only this model, so each rule is written once for all formats.

import type { SourceFile, Span } from './source.ts';
import type { TootctlCall } from '../mastodon/tootctl.ts';
import type { EnvFile } from './parse/env.ts';
import type { BucketConfig } from './iac/bucket.ts';
import type { NginxConfig } from './parse/nginx.ts';

/** A value the linter knows, or `null` when it comes from a template, a variable or a command. */
export interface Word {
  value: string | null;
  /** For display: the literal value, or the text as written when it is not known. */
  text: string;
  span: Span;
  /** File offset of each character of `value`, for words whose value is known. */
  offsets?: number[];
  /**
   * Exclusive source end of each character of `value`, where it differs from offset+1: every
   * character of an expanded `${VAR:-7}` covers the whole expansion.
   */
  ends?: number[];
}

export interface EnvValue {
  value: string | null;
  /** false for a plain shell assignment (`X=1` without export): visible to `$X`, not to child processes. */
  exported?: boolean;
  span?: Span;
  /** Where it was set, in words a user understands: "crontab line 3", "inline assignment". */
  source: string;
}

/**
 * The environment a command runs with. `complete`: every variable is known. `opaque`: something
 * we cannot read adds variables (a sourced file, a login shell, `--env-file`). `container`: the
 * command runs in the Mastodon image, whose Dockerfile sets RAILS_ENV=production.
 */
export interface Env {
  vars: Map<string, EnvValue>;
  kind: 'complete' | 'opaque' | 'container';
  /** Why the environment was reset or made opaque, for messages ("sudo resets the environment"). */
  notes: string[];
}

export function emptyEnv(kind: Env['kind'] = 'complete'): Env {
  return { vars: new Map(), kind, notes: [] };
}

export function cloneEnv(env: Env): Env {
  return { vars: new Map(env.vars), kind: env.kind, notes: [...env.notes] };
}

export type SchedulerKind =
  | 'crontab'
  | 'cron.d'
  | 'run-parts'
  | 'systemd-timer'
  | 'ansible-cron'
  | 'k8s-cronjob'
  | 'helm-values'
  | 'nixos'
  | 'compose';

export interface Schedule {
  /** `cron`: five fields; `special`: @daily etc.; `oncalendar`: systemd; `ansible`: cron fields from task keys. */
  kind: 'cron' | 'special' | 'oncalendar' | 'ansible' | 'unknown';
  text: string;
  /** null when the schedule is a template or variable. */
  known: boolean;
  span: Span;
}

export interface Scheduler {
  kind: SchedulerKind;
  /** One line a user recognises: "crontab entry", "systemd timer mastodon-media.timer". */
  label: string;
  span: Span;
  schedule?: Schedule;
  /** Kubernetes CronJob settings the rules read. */
  k8s?: { name: string | null; concurrencyPolicy: Word | null; objectSpan: Span };
}

export interface Invocation {
  file: SourceFile;
  /** argv after wrappers (sudo, bash -c, docker compose exec, bundle exec ...) are removed. */
  argv: Word[];
  env: Env;
  /** How it is run, or null for a script not known to be scheduled. */
  scheduler: Scheduler | null;
  /** Where the command is written. */
  span: Span;
  /** Wrappers that were removed, outermost first ("sudo -u mastodon", "bash -c"). */
  via: string[];
  /** Parsed tootctl command line, when argv runs tootctl. */
  tootctl?: TootctlCall;
  /** `low` when the command itself came from a template or unknown value. */
  confidence: 'high' | 'low';
}

/** A file that could not be parsed: reported as a finding (MSTDN001), never a crash. */
export interface ParseProblem {
  span: Span;
  message: string;
  /** Default error; `warning` where the consumer skips the bad part and goes on (dotenv). */
  severity?: 'error' | 'warning';
}

/** A scheduler entry that runs a script by path: the script's commands inherit its schedule. */
export interface ScriptCall {
  path: string;
  scheduler: Scheduler;
  env: Env;
}

export interface ProjectModel {
  root: string;
  files: SourceFile[];
  invocations: Invocation[];
  /** Every scheduler entry found, whatever it runs (MSTDN111 checks their schedules). */
  schedulers: Scheduler[];
  scriptCalls: ScriptCall[];
  /** `.env` files, plus env settings derived from Helm values (`origin: 'helm'`). */
  envFiles: EnvFile[];
  /** Buckets defined in Terraform, CloudFormation or AWS CLI JSON. */
  buckets: BucketConfig[];
  /**
   * `aws_s3_bucket` resources in Terraform modules that were not parsed because nothing in them
   * can concern Mastodon (engine.ts says when): they still count when iac/media.ts asks whether a
   * bucket is the only one in the repo.
   */
  unparsedBuckets: number;
  nginx: NginxConfig[];
  parseProblems: ParseProblem[];
  /** What `--check-bucket` could not verify on the live bucket (MSTDN213). */
  liveBucketNotes: ParseProblem[];
}

export function emptyModel(root: string): ProjectModel {
  return { root, files: [], invocations: [], schedulers: [], scriptCalls: [], envFiles: [], buckets: [], unparsedBuckets: 0, nginx: [], parseProblems: [], liveBucketNotes: [] };
}
