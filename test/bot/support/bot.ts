// A real Bolt app from createApp() for tests: HTTP receiver on an ephemeral port (or Socket Mode),
// the Web API pointed at the fake Slack, a JSONL audit log in a temp dir, stub checks (one that
// fails, one that hangs until its timeout) against an instance whose env file enables nothing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { App } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { Check, CheckResult } from '../../../src/api.ts';

type CheckOutcome = Omit<CheckResult, 'id' | 'title' | 'durationMs'>;
import { createApp, runtimeOf } from '../../../bot/app.ts';
import { JsonlAuditLog, type AuditEntry, type AuditLog } from '../../../bot/audit-log.ts';
import { parseBotConfig, type BotConfig, type Env } from '../../../bot/config.ts';
import type { ExecutorRegistry } from '../../../bot/core/executors.ts';
import type { BotRuntime } from '../../../bot/core/runtime.ts';
import { createLogger } from '../../../bot/logger.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { SIGNING_SECRET } from './slack-requests.ts';

export const BOT_TOKEN = 'xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx';
export const APP_TOKEN = 'xapp-1-A0TEST-3333333333-abcdef0123456789abcdef0123456789';
export const CONFIRM_KEY = 'test-confirm-key-0123456789abcdef0123456789abcdef';
export const INSTANCE = 'social.example.org';

export function check(id: string, run: Check['run'], timeoutMs = 1000): Check {
  return { id, title: `Stub ${id}`, needs: [], timeoutMs, run };
}

export const okCheck = (id = 'stub.ok', delayMs = 0) =>
  check(id, async (): Promise<CheckOutcome> => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    return { status: 'ok', summary: 'all fine', details: [] };
  });
export const failCheck = (id = 'stub.fail') => check(id, async () => ({ status: 'fail', summary: '3 objects missing', details: ['media/a.png'], fix: 'restore from backup' }));
/** Never answers: the engine's timeout turns it into `error: timed out`. */
export const hangCheck = (id = 'stub.hang', timeoutMs = 1500) => check(id, () => new Promise<never>(() => {}), timeoutMs);

export function defaultChecks(): Check[] {
  return [okCheck(), failCheck(), hangCheck()];
}

export interface TestBotOptions {
  checks?: Check[];
  /** Extra YAML under `bot:` (indented two spaces), replacing the default roles if it sets them. */
  botYaml?: string;
  env?: Env;
  redis?: Redis;
  executors?: ExecutorRegistry;
  slack?: FakeSlack;
  mode?: 'http' | 'socket';
  audit?: AuditLog;
  /** Collect log lines (for secret-leak tests). */
  logLines?: string[];
}

export interface TestBot {
  app: App;
  rt: BotRuntime;
  config: BotConfig;
  slack: FakeSlack;
  audit: AuditLog;
  /** The HTTP receiver's events URL (http mode). */
  url: string;
  dir: string;
  entries(q?: Parameters<AuditLog['query']>[0]): Promise<AuditEntry[]>;
  /** Resolves when the audit log has an entry matching `pred`. */
  waitForAudit(pred: (e: AuditEntry) => boolean, timeoutMs?: number): Promise<AuditEntry>;
  stop(): Promise<void>;
}

export function botEnv(dir: string, mode: 'http' | 'socket' = 'http'): Env {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    MASTODON_OPS_CONFIRM_KEY: CONFIRM_KEY,
    MASTODON_OPS_BOT_MODE: mode,
    MASTODON_OPS_AUDIT_FILE: join(dir, 'audit.jsonl'),
  };
}

export function configYaml(dir: string, botYaml?: string): string {
  const env = join(dir, 'env.production');
  writeFileSync(env, 'LOCAL_DOMAIN=social.example.org\nRAILS_ENV=production\n');
  return [
    'instances:',
    `  ${INSTANCE}:`,
    `    env: ${env}`,
    '  other.example.net:',
    `    env: ${env}`,
    'bot:',
    `  defaultInstance: ${INSTANCE}`,
    '  health:',
    '    updateIntervalMs: 200',
    '    timeoutMs: 20000',
    botYaml ??
      ['  roles:', '    health:', '      users: [U0ONCALL]', '      usergroups: [S0ONCALL]', '      channels: [C0INCIDENT]', '    restore:', '      users: [U0ONCALL, U0ADMIN]'].join('\n'),
    '',
  ].join('\n');
}

export async function waitUntil<T>(f: () => Promise<T | undefined> | T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startTestBot(o: TestBotOptions = {}): Promise<TestBot> {
  const dir = mkdtempSync(join(tmpdir(), 'mops-bot-'));
  const mode = o.mode ?? 'http';
  const path = join(dir, 'config.yml');
  const text = configYaml(dir, o.botYaml);
  writeFileSync(path, text);
  const config = parseBotConfig({ ...botEnv(dir, mode), ...o.env }, text, path);
  const slack = o.slack ?? (await startFakeSlack());
  const audit = o.audit ?? new JsonlAuditLog(join(dir, 'audit.jsonl'));
  const lines = o.logLines;
  const logger = createLogger({
    level: lines ? 'debug' : 'silent',
    secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET, CONFIRM_KEY],
    destination: new Writable({
      write(chunk, _enc, cb) {
        lines?.push(String(chunk));
        cb();
      },
    }),
  });
  const app = createApp(config, {
    audit,
    checks: o.checks ?? defaultChecks(),
    redis: o.redis,
    executors: o.executors,
    logger,
    clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    botId: 'BBOT',
    botUserId: 'UBOT',
  });
  let url = '';
  if (mode === 'http') {
    const server = (await app.start(0)) as Server;
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  } else {
    await app.start();
  }
  const rt = runtimeOf(app);
  return {
    app,
    rt,
    config,
    slack,
    audit,
    url,
    dir,
    entries: (q) => audit.query(q),
    waitForAudit: (pred, timeoutMs = 10_000) => waitUntil(async () => (await audit.query()).find(pred), timeoutMs, 'an audit entry'),
    async stop() {
      await rt.executions.drain(2000);
      await app.stop().catch(() => {});
      if (!o.slack) await slack.close();
      await audit.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
