// The live engine's contract, shared by `mastodon-ops health`, the Slack bot, the restore engine
// and the weekly report: an instance gives connections; checks declare what they need and a
// timeout; each returns a result; a diagnosis ties results together; renderers are pure.

import type { Client as PgClient } from 'pg';
import type { Redis } from 'ioredis';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Settings, EnvMap } from '../mastodon/settings.ts';
import type { SshSession } from './connections/ssh.ts';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'error' | 'skipped';

export const STATUS_RANK: Record<CheckStatus, number> = { ok: 0, skipped: 0, warn: 1, error: 2, fail: 3 };

export interface CheckResult {
  /** Stable id, e.g. `s3.write`. */
  id: string;
  title: string;
  status: CheckStatus;
  /** One line an on-call engineer reads first. */
  summary: string;
  /** Further lines: counts, samples, evidence. Never secrets. */
  details: string[];
  /** What to do next, when something is wrong. */
  fix?: string;
  /** Lint rules this result confirms live (e.g. s3.write failing with ACLs confirms MSTDN201). */
  confirms?: string[];
  /** Machine-readable facts for the diagnosis, the weekly report and JSON output. */
  data?: Record<string, unknown>;
  durationMs: number;
}

export type CheckOutcome = Omit<CheckResult, 'id' | 'title' | 'durationMs'>;

export type Need = 'env' | 'pg' | 'redis' | 's3' | 'ssh' | 'http';

export interface CheckContext {
  instance: InstanceInfo;
  conns: Connections;
  /** Aborted when the check's timeout fires: pass it to every I/O call. */
  signal: AbortSignal;
  /** Timeout of this check, for messages. */
  timeoutMs: number;
}

export interface Check {
  id: string;
  title: string;
  needs: Need[];
  timeoutMs: number;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

export interface Diagnosis {
  id: string;
  severity: 'fail' | 'warn' | 'info';
  title: string;
  /** Why we believe it: which checks said what. */
  evidence: string[];
  /** The next commands to run, in order. */
  next: string[];
}

export interface HealthReport {
  version: 1;
  instance: string;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
  diagnosis: Diagnosis[];
}

/** What checks know about the instance; never holds a password in a printable field. */
export interface InstanceInfo {
  name: string;
  env: EnvMap;
  s3: S3Settings | null;
  /** Base URL of the web frontend, e.g. https://social.example.org. */
  baseUrl: string | undefined;
  /** The SSH host, when the instance is reached over SSH. */
  sshHost?: string;
  /** Paths on the host, for the host check. */
  paths: { mastodon: string; media?: string };
  /** The user Mastodon runs as (crontab to read). */
  mastodonUser: string;
}

/** Opened lazily: a check that needs Redis opens Redis; `close()` closes what was opened. */
export interface Connections {
  pg(): Promise<PgClient>;
  redis(): Promise<Redis>;
  s3(): Promise<S3Client>;
  ssh(): Promise<SshSession>;
  /** Why a connection cannot be made ("no SSH configured"), or null when it can be tried. */
  unavailable(need: Need): string | null;
  close(): Promise<void>;
}
