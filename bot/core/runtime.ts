// What every listener shares: configuration, the engine's checks, the audit log, the role
// checker, the button signer, running executions, registered action executors and (when
// configured) the bot's own Redis with the locks and nonces built on it.

import type { Redis } from 'ioredis';
import type { Check } from '../../src/api.ts';
import type { AuditEntry, AuditLog } from '../audit-log.ts';
import type { Authorizer } from '../auth.ts';
import type { BotConfig, RoleName } from '../config.ts';
import type { ButtonSigner, NonceStore } from '../confirm.ts';
import type { InstanceLocks } from '../lock.ts';
import type { BotLogger } from '../logger.ts';
import { scrub } from '../logger.ts';
import type { Executions } from './execution.ts';
import type { ExecutorRegistry } from './executors.ts';
import type { ReplayGuard } from './replay.ts';

export interface BotRuntime {
  config: BotConfig;
  checks: Check[];
  audit: AuditLog;
  auth: Authorizer;
  signer: ButtonSigner;
  executions: Executions;
  executors: ExecutorRegistry;
  replay: ReplayGuard;
  /** Role each slash command needs, by command name (for cancel buttons). */
  commandRoles: Map<string, RoleName>;
  redis?: Redis;
  locks?: InstanceLocks;
  nonces?: NonceStore;
  logger: BotLogger;
  now(): number;
}

/** Secret values of the configuration, for scrubbing text shown to users. */
export function secretsOf(config: BotConfig): string[] {
  const out = [config.slack.botToken, config.slack.appToken, config.slack.signingSecret, ...config.confirm.keys, config.redis?.url];
  if (config.audit.store === 'postgres') out.push(config.audit.databaseUrl);
  return out.filter((s): s is string => typeof s === 'string' && s.length >= 8);
}

/** Text from an error or a library, made safe to show in Slack. */
export function safeText(rt: BotRuntime, s: string, max = 500): string {
  const t = scrub(s, secretsOf(rt.config));
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Arguments as audited: secrets removed, bounded. */
export function auditArgs(rt: BotRuntime, text: string): string {
  return safeText(rt, text.trim(), 500);
}

/**
 * Appends to the audit log; a failure is logged (never the secret parts) and reported as false,
 * so callers decide: health goes on, a write refuses to run without its audit entry.
 */
export async function record(rt: BotRuntime, e: Omit<AuditEntry, 'at'> & { at?: string }): Promise<boolean> {
  const entry: AuditEntry = { ...e, at: e.at ?? new Date(rt.now()).toISOString() };
  try {
    await rt.audit.append(entry);
    return true;
  } catch (err) {
    rt.logger.error({ err, audit: entry }, 'audit log write failed');
    return false;
  }
}

/** The role a button's action needs: a command's role, or the executor's. */
export function roleForAction(rt: BotRuntime, action: string): RoleName | undefined {
  return rt.commandRoles.get(action) ?? rt.executors.get(action)?.role;
}
