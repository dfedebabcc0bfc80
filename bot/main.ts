// Starts the bot: `mastodon-ops bot`, `npm run bot`, or `node --import tsx bot/main.ts`.
// Validates the configuration first (every problem at once), opens the audit log and the bot's
// Redis with deadlines, checks the token (auth.test), then starts the receiver. SIGTERM/SIGINT:
// stop taking requests, let running executions finish (up to 20 s, then cancel), close.

import { pathToFileURL } from 'node:url';
import type { App } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { createApp, runtimeOf } from './app.ts';
import { openAuditLog, PgAuditLog } from './audit-log.ts';
import { describeConfig, loadBotConfig, type Env } from './config.ts';
import { openRedis } from './core/redis.ts';
import { secretsOf } from './core/runtime.ts';
import { withTimeout } from './core/timeout.ts';
import { createLogger } from './logger.ts';

export interface RunningBot {
  app: App;
  /** The HTTP port in http mode (the actual one when configured as 0). */
  port?: number;
  stop(): Promise<void>;
}

const DRAIN_MS = 20_000;

export interface StartOptions {
  configPath?: string;
  /** Install SIGTERM/SIGINT handlers (default true). */
  handleSignals?: boolean;
  /** Extra Web API options (tests: the fake Slack's slackApiUrl). */
  clientOptions?: WebClientOptions;
}

export async function startBot(env: Env = process.env, o: StartOptions = {}): Promise<RunningBot> {
  const config = loadBotConfig(env, o.configPath ?? env.MASTODON_OPS_CONFIG);
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const audit = openAuditLog(config.audit);
  const closers: (() => Promise<void>)[] = [() => audit.close()];
  const closeAll = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
  };
  try {
    if (audit instanceof PgAuditLog) {
      await withTimeout(audit.migrate(), config.timeouts.auditMs * 2, "the audit database (MASTODON_OPS_AUDIT_DATABASE_URL)").catch((e: Error) => {
        throw new Error(`cannot use the audit database: ${e.message}`);
      });
    }
    let redis;
    if (config.redis) {
      const r = openRedis(config.redis.url, config.timeouts.redisMs);
      closers.push(async () => void r.disconnect());
      await withTimeout(r.connect(), config.timeouts.redisMs * 2, "the bot's Redis (MASTODON_OPS_BOT_REDIS_URL)").catch((e: Error) => {
        throw new Error(`cannot connect to the bot's Redis: ${e.message}`);
      });
      redis = r;
    } else {
      logger.warn("no MASTODON_OPS_BOT_REDIS_URL: health works; confirmations and locks are refused, and cancel and replay checks stay within this process");
    }
    const app = createApp(config, { audit, redis, logger, clientOptions: o.clientOptions });
    await withTimeout(app.init(), config.timeouts.slackApiMs * 3, 'auth.test').catch((e: Error) => {
      throw new Error(`cannot check SLACK_BOT_TOKEN with Slack (auth.test): ${e.message}`);
    });
    let port: number | undefined;
    if (config.mode === 'http') {
      const server = (await app.start(config.slack.port)) as { address(): { port: number } | string | null };
      const a = server.address();
      port = typeof a === 'object' && a ? a.port : config.slack.port;
    } else await app.start();
    logger.info({ config: describeConfig(config) }, `mastodon-ops bot started (${config.mode === 'http' ? `HTTP on port ${port}` : 'Socket Mode'})`);

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        logger.info('stopping: no new requests; waiting for running executions');
        await app.stop().catch((e: unknown) => logger.warn({ err: e }, 'receiver stop failed'));
        await runtimeOf(app).executions.drain(DRAIN_MS);
        await closeAll();
        logger.info('stopped');
        logger.flush();
      })());
    if (o.handleSignals !== false) {
      for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void stop().finally(() => (process.exitCode = 0)));
    }
    return { app, port, stop };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

// Run directly: node --import tsx bot/main.ts
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  startBot().catch((e: unknown) => {
    process.stderr.write(`mastodon-ops bot: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  });
}
