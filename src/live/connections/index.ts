// Connections for one run, opened on first use and closed in `close()`: never module-level
// singletons. Every client gets timeouts, so a hung service yields an error for the check that
// needed it instead of a hung report.

import pg from 'pg';
import { Redis } from 'ioredis';
import { S3Client } from '@aws-sdk/client-s3';
import { dbSettings, redisSettings, type EnvMap } from '../../mastodon/settings.ts';
import type { Connections, InstanceInfo, Need } from '../types.ts';
import { SshSession, type SshTarget } from './ssh.ts';

export interface ConnectionOptions {
  info: InstanceInfo;
  ssh?: SshTarget;
  /** Forward DB and Redis through SSH. */
  tunnel?: boolean;
  overrides?: { databaseUrl?: string; redisUrl?: string };
  /** Connect and statement timeout, ms. */
  timeoutMs?: number;
}

function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= f());
}

export function openConnections(o: ConnectionOptions): Connections {
  const timeout = o.timeoutMs ?? 10_000;
  const env: EnvMap = o.info.env;
  const opened: { close(): Promise<void> | void }[] = [];

  const ssh = once(async () => {
    if (!o.ssh) throw new Error('no SSH target configured');
    const s = await SshSession.connect({ ...o.ssh, readyTimeoutMs: o.ssh.readyTimeoutMs ?? timeout });
    opened.push({ close: () => s.close() });
    return s;
  });

  const pgClient = once(async () => {
    const db = dbSettings(env);
    const url = o.overrides?.databaseUrl ?? db.url;
    let host = db.host;
    let port = db.port;
    if (o.tunnel && !url) {
      port = await (await ssh()).forward(host, port);
      host = '127.0.0.1';
    }
    const client = new pg.Client({
      ...(url ? { connectionString: url } : { host, port, database: db.database, user: db.user, password: db.password }),
      connectionTimeoutMillis: timeout,
      statement_timeout: timeout,
      query_timeout: timeout + 1000,
      application_name: 'mastodon-ops',
    });
    client.on('error', () => {}); // a dropped connection surfaces on the next query
    await client.connect();
    // Diagnostics only read: make any accidental write fail.
    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    // end() waits for the server to close; destroy the socket if it never does, so the process can exit.
    opened.push({
      close: async () => {
        const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
        const t = setTimeout(() => stream?.destroy(), 1500);
        try {
          await client.end();
        } catch {
          /* already closed */
        } finally {
          clearTimeout(t);
        }
      },
    });
    return client;
  });

  const redis = once(async () => {
    const r = redisSettings(env, 'sidekiq');
    const url = o.overrides?.redisUrl ?? r.url;
    let host = r.host;
    let port = r.port;
    if (o.tunnel && !url) {
      port = await (await ssh()).forward(host, port);
      host = '127.0.0.1';
    }
    const common = {
      connectTimeout: timeout,
      commandTimeout: timeout,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
      enableOfflineQueue: true,
    };
    const client = url ? new Redis(url, common) : new Redis({ ...common, host, port, db: r.db, username: r.username, password: r.password });
    client.on('error', () => {});
    opened.push({ close: () => void client.disconnect() });
    await client.connect();
    return client;
  });

  const s3 = once(async () => {
    const s = o.info.s3;
    if (!s) throw new Error('S3 is not enabled in the environment');
    const client = new S3Client({
      region: s.region || 'us-east-1',
      endpoint: s.endpoint,
      forcePathStyle: s.forcePathStyle,
      credentials: s.accessKeyId && s.secretAccessKey ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey } : undefined,
      maxAttempts: 1,
      // throwOnRequestTimeout: without it this SDK only logs a warning when a request hangs.
      requestHandler: { connectionTimeout: timeout, requestTimeout: timeout, throwOnRequestTimeout: true },
      // Many S3-compatible providers reject the SDK's newer default checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    opened.push({ close: () => client.destroy() });
    return client;
  });

  return {
    pg: pgClient,
    redis,
    s3,
    ssh,
    unavailable(need: Need): string | null {
      if (need === 's3' && !o.info.s3) return 'S3 is not enabled (S3_ENABLED is not "true")';
      if (need === 'ssh' && !o.ssh) return 'no SSH target configured';
      if (need === 'http' && !o.info.baseUrl) return 'no URL: set LOCAL_DOMAIN or the instance url';
      return null;
    },
    async close() {
      // A server that stopped answering may never acknowledge a goodbye: each close gets 2 s, so
      // the report stays bounded by the slowest check's timeout.
      await Promise.all(
        opened.reverse().map(async (c) => {
          let timer: NodeJS.Timeout | undefined;
          try {
            await Promise.race([Promise.resolve(c.close()), new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)))]);
          } catch {
            /* closing is best effort */
          } finally {
            clearTimeout(timer);
          }
        }),
      );
    },
  };
}
