// Builds the Bolt app (not started): the receiver (Socket Mode by default, or Bolt's HTTP receiver
// with Bolt's own signature verification plus our replay guard), a Web API client with timeouts
// and few retries, the shared runtime, and the listeners. Dependencies are passed in, so tests
// run it against a fake Slack API, an injected check list and their own Redis and audit log.

import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Redis } from 'ioredis';
import { CHECKS, type Check } from '../src/api.ts';
import type { AuditLog } from './audit-log.ts';
import { Authorizer } from './auth.ts';
import type { BotConfig } from './config.ts';
import { ButtonSigner, NonceStore } from './confirm.ts';
import { Executions } from './core/execution.ts';
import { ExecutorRegistry } from './core/executors.ts';
import { MAX_FUTURE_SKEW_S, REPLAY_CODE, ReplayError, ReplayGuard } from './core/replay.ts';
import type { BotRuntime } from './core/runtime.ts';
import { fetchWithTimeout } from './core/timeout.ts';
import { registerListeners } from './listeners/index.ts';
import { InstanceLocks } from './lock.ts';
import { boltLogger, createLogger, type BotLogger } from './logger.ts';
import { record, secretsOf } from './core/runtime.ts';
import { newExecutionId } from './core/execution.ts';

export interface BotDeps {
  /** Where every command is recorded. */
  audit: AuditLog;
  /** The engine's checks; default CHECKS from src/api.ts (tests inject hanging and failing ones). */
  checks?: Check[];
  /** The bot's own Redis, connected; without it, confirmations and locks are refused. */
  redis?: Redis;
  logger?: BotLogger;
  executors?: ExecutorRegistry;
  /** Extra Web API client options (tests: `slackApiUrl` of a fake). */
  clientOptions?: WebClientOptions;
  /** With both, Bolt makes no auth.test call at construction (tests); else call `app.init()`. */
  botId?: string;
  botUserId?: string;
  now?: () => number;
}

const runtimes = new WeakMap<App, BotRuntime>();

/** The runtime behind an app made by createApp (for shutdown, registering executors, tests). */
export function runtimeOf(app: App): BotRuntime {
  const rt = runtimes.get(app);
  if (!rt) throw new Error('not an app made by createApp');
  return rt;
}

export function createApp(config: BotConfig, deps: BotDeps): App {
  const logger = deps.logger ?? createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const now = deps.now ?? Date.now;
  const prefix = config.redis?.keyPrefix ?? 'mastodon-ops:bot:';
  const rt: BotRuntime = {
    config,
    checks: deps.checks ?? CHECKS,
    audit: deps.audit,
    auth: new Authorizer(config.roles, {
      cacheMs: config.usergroupCacheSeconds * 1000,
      now,
      onLookupError: (group, err) => logger.warn({ err, group }, 'user group lookup failed; denying what it would grant'),
    }),
    signer: new ButtonSigner(config.confirm.keys, now),
    executions: new Executions({ redis: deps.redis, prefix, now }),
    executors: deps.executors ?? new ExecutorRegistry(),
    replay: new ReplayGuard({ redis: deps.redis, prefix, now }),
    commandRoles: new Map(),
    redis: deps.redis,
    locks: deps.redis ? new InstanceLocks(deps.redis, prefix, config.lock.ttlSeconds * 1000) : undefined,
    nonces: deps.redis ? new NonceStore(deps.redis, prefix) : undefined,
    logger,
    now,
  };

  const blog = boltLogger(logger);
  const clientOptions: WebClientOptions = {
    timeout: config.timeouts.slackApiMs,
    // Bolt's default retries for 30 minutes; an on-call answer is worth little after a minute.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true },
    fetch: fetchWithTimeout(config.timeouts.slackApiMs) as WebClientOptions['fetch'],
    allowAbsoluteUrls: false,
    ...deps.clientOptions,
  };

  let receiver: Receiver;
  if (config.mode === 'http') {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? '',
      endpoints: config.slack.path,
      logger: blog,
      // Never processBeforeResponse: the HTTP answer is the ack, slow work happens after it.
      processBeforeResponse: false,
      // Bolt verified the signature before this runs: hand it to the replay guard.
      customPropertiesExtractor: (req) => {
        const sig = req.headers['x-slack-signature'];
        const ts = Number(req.headers['x-slack-request-timestamp']);
        return typeof sig === 'string' ? { slackSignature: sig, slackTimestamp: ts } : {};
      },
      processEventErrorHandler: async ({ error, response, logger: l }) => {
        if ((error as { code?: unknown }).code === REPLAY_CODE || (error as { original?: { code?: unknown } }).original?.code === REPLAY_CODE) {
          if (!response.headersSent) {
            response.writeHead(401);
            response.end();
          }
          return true;
        }
        l.error(`unhandled error in a listener: ${(error as Error).message}`);
        if (!response.headersSent) {
          response.writeHead(500);
          response.end();
        }
        return false;
      },
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('ok\n');
          },
        },
      ],
    });
  } else {
    receiver = new SocketModeReceiver({
      appToken: config.slack.appToken ?? '',
      logger: blog,
      // apps.connections.open goes through this client (the fake Slack API in tests).
      installerOptions: { clientOptions },
      autoReconnectEnabled: true,
    });
  }

  const verify = !(deps.botId && deps.botUserId);
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: blog,
    clientOptions,
    botId: deps.botId,
    botUserId: deps.botUserId,
    tokenVerificationEnabled: verify,
    deferInitialization: verify,
    extendedErrorHandler: false,
  });

  // Before any listener: a signature this process has already seen is a replay. Synchronous, so
  // nothing (not even ack) happens for it; the HTTP receiver answers 401 (see above).
  app.use(async ({ body, context, next }) => {
    const sig = context.slackSignature;
    if (typeof sig === 'string') {
      const ts = Number(context.slackTimestamp);
      const future = Number.isFinite(ts) && ts - Math.floor(now() / 1000) > MAX_FUTURE_SKEW_S;
      if (future || rt.replay.seenLocally(sig)) {
        const b = body as { command?: unknown; user_id?: unknown; user?: { id?: unknown }; channel_id?: unknown };
        const why = future ? 'request dated more than 5 minutes in the future' : 'replayed request (a Slack signature already used)';
        await record(rt, {
          executionId: newExecutionId(now()),
          command: typeof b.command === 'string' ? b.command : 'request',
          userId: typeof b.user_id === 'string' ? b.user_id : typeof b.user?.id === 'string' ? b.user.id : 'unknown',
          channelId: typeof b.channel_id === 'string' ? b.channel_id : undefined,
          args: '',
          outcome: 'refused',
          detail: `${why}: answered 401, nothing ran`,
        });
        throw new ReplayError(why);
      }
    }
    await next();
  });

  app.error(async (error) => {
    const original = (error as { original?: unknown }).original ?? error;
    if ((original as { code?: unknown }).code === REPLAY_CODE) {
      logger.warn(`${(original as Error).message}: refused with 401`);
      throw original;
    }
    logger.error({ err: original }, 'unhandled error in a listener');
  });

  registerListeners(app, rt);
  runtimes.set(app, rt);
  return app;
}
