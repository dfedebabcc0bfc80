// Load benchmark of the Slack bot: N concurrent signed `/mastodon-health` slash commands over
// HTTP against the real Bolt app (createApp, HTTP receiver, Bolt's signature verification),
// the Web API pointed at the recording fake Slack, and a sandbox-like instance:
//   - the engine's real CHECKS: `http` against the fake Mastodon frontend (test/support),
//     `db.profiles` against a fresh PostgreSQL database with Mastodon's schema, `sidekiq` against
//     a Redis test database, S3 checks skipped (S3 disabled in the env), `host` skipped (no SSH);
//   - plus a stub check that hangs until its timeout (--hang-ms, default 5000).
// Users are granted through a user group (one usergroups.users.list for all), the audit log is
// the JSONL store (fsync per entry). The requests come from a worker thread (its own event loop,
// as Slack is another machine), all started in the same tick each round; measured:
//   ack      POST sent -> HTTP response (Bolt's ack) received
//   first    POST sent -> the progress message (chat.postMessage) reached Slack
//   final    POST sent -> the final chat.update (the report) reached Slack
// Prints a Markdown table and the machine.
//
//   node --import tsx bench/bot-load.ts                         # 20 concurrent x 5 rounds
//   node --import tsx bench/bot-load.ts --concurrency 20 --rounds 5 --hang-ms 5000

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createApp, runtimeOf } from '../bot/app.ts';
import { JsonlAuditLog } from '../bot/audit-log.ts';
import { parseBotConfig } from '../bot/config.ts';
import { createLogger } from '../bot/logger.ts';
import { CHECKS, type Check } from '../src/api.ts';
import { createTestDb } from '../test/support/pg.ts';
import { createTestRedis } from '../test/support/redis.ts';
import { startFakeMastodon } from '../test/support/http-fake.ts';
import { startFakeSlack } from '../test/bot/support/fake-slack.ts';
import { sign, slashBody, SIGNING_SECRET } from '../test/bot/support/slack-requests.ts';

interface Args {
  concurrency: number;
  rounds: number;
  hangMs: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { concurrency: 20, rounds: 5, hangMs: 5000 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = Number(argv[i + 1]);
    if (k === '--concurrency') (a.concurrency = v), i++;
    else if (k === '--rounds') (a.rounds = v), i++;
    else if (k === '--hang-ms') (a.hangMs = v), i++;
    else throw new Error(`unknown argument ${k}; use --concurrency 20 --rounds 5 --hang-ms 5000`);
  }
  return a;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** Sends the requests from another thread, all at once; absolute times (timeOrigin + now). */
const CLIENT = `
const { parentPort } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
parentPort.on('message', async (reqs) => {
  const out = await Promise.all(reqs.map(async (r) => {
    const t0 = now();
    try {
      const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body, signal: AbortSignal.timeout(10000) });
      await res.text();
      return { user: r.user, t0, ms: now() - t0, status: res.status };
    } catch (e) {
      return { user: r.user, t0, ms: now() - t0, status: 0 };
    }
  }));
  parentPort.postMessage(out);
});
`;

interface Sent {
  user: string;
  t0: number;
  ms: number;
  status: number;
}

const abs = (at: number) => performance.timeOrigin + at;

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'mops-bot-bench-'));
  const slack = await startFakeSlack();
  const mastodon = await startFakeMastodon();
  const db = await createTestDb();
  const redis = await createTestRedis();
  const users = Array.from({ length: args.concurrency }, (_, i) => `U0LOAD${String(i).padStart(3, '0')}`);
  slack.usergroups.set('S0ONCALL', users);
  const envFile = join(dir, 'env.production');
  writeFileSync(envFile, 'LOCAL_DOMAIN=social.example.org\nRAILS_ENV=production\nS3_ENABLED=false\n');
  const yaml = [
    'instances:',
    '  social.example.org:',
    `    env: ${envFile}`,
    `    url: ${mastodon.url}`,
    '    overrides:',
    `      databaseUrl: ${db.url}`,
    `      redisUrl: redis://127.0.0.1:6379/${redis.db}`,
    'bot:',
    '  roles:',
    '    health:',
    '      usergroups: [S0ONCALL]',
    '',
  ].join('\n');
  const path = join(dir, 'config.yml');
  writeFileSync(path, yaml);
  const config = parseBotConfig(
    { SLACK_BOT_TOKEN: 'xoxb-1-2-benchbenchbench', SLACK_SIGNING_SECRET: SIGNING_SECRET, MASTODON_OPS_CONFIRM_KEY: 'bench-confirm-key-0123456789abcdef0123', MASTODON_OPS_BOT_MODE: 'http', MASTODON_OPS_AUDIT_FILE: join(dir, 'audit.jsonl') },
    yaml,
    path,
  );
  const hang: Check = { id: 'stub.hang', title: 'A check that hangs until its timeout', needs: [], timeoutMs: args.hangMs, run: () => new Promise<never>(() => {}) };
  const audit = new JsonlAuditLog(join(dir, 'audit.jsonl'));
  const app = createApp(config, { audit, checks: [...CHECKS, hang], logger: createLogger({ level: 'silent' }), clientOptions: { slackApiUrl: slack.apiUrl }, botId: 'BBOT', botUserId: 'UBOT' });
  const rt = runtimeOf(app);
  const server = (await app.start(0)) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const client = new Worker(CLIENT, { eval: true });
  // Baseline: the same requests against a bare node:http server that answers 200 at once.
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end());
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const baseline: number[] = [];
  for (let round = 0; round < args.rounds; round++) {
    const reqs = users.map((user) => ({ user, url: bareUrl, body: 'x', headers: {} }));
    const sent = await new Promise<Sent[]>((resolve) => {
      client.once('message', resolve);
      client.postMessage(reqs);
    });
    baseline.push(...sent.map((r) => r.ms));
  }
  bare.close();

  const ack: number[] = [];
  const perRound: number[] = [];
  const first: number[] = [];
  const final: number[] = [];
  let non200 = 0;
  let missing = 0;
  let updates = 0;
  const outcomes = new Map<string, number>();
  for (let round = 0; round < args.rounds; round++) {
    const base = slack.calls.length;
    const reqs = users.map((user) => {
      const body = slashBody({ text: 'social.example.org', userId: user, responseUrl: slack.responseUrl() });
      return { user, url, body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) } };
    });
    const started = await new Promise<Sent[]>((resolve) => {
      client.once('message', resolve);
      client.postMessage(reqs);
    });
    for (const r of started) {
      ack.push(r.ms);
      if (r.status !== 200) non200++;
    }
    perRound.push(Math.max(...started.map((r) => r.ms)));
    // Wait for every run of the round to finish: all started, none running, then read the log once.
    const deadline = Date.now() + args.hangMs + 30_000;
    let entries = await audit.query();
    const roundIds = () => entries.filter((e) => e.outcome === 'started' && started.some((s) => s.user === e.userId) && !seen.has(e.executionId));
    let ids = roundIds();
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      if (rt.executions.list().length) continue;
      entries = await audit.query();
      ids = roundIds();
      const done = ids.filter((s) => entries.some((e) => e.executionId === s.executionId && e.outcome !== 'started'));
      if (ids.length === users.length && done.length === users.length) break;
    }
    for (const s of ids) {
      seen.add(s.executionId);
      const t0 = started.find((x) => x.user === s.userId)?.t0 ?? NaN;
      const mine = slack.calls.slice(base).filter((c) => JSON.stringify(c.args.blocks ?? '').includes(s.executionId));
      const p = mine.find((c) => c.method === 'chat.postMessage');
      const u = mine.filter((c) => c.method === 'chat.update');
      const last = u[u.length - 1];
      updates += u.length;
      if (!p || !last || /running/.test(String(last.args.text))) {
        missing++;
        continue;
      }
      first.push(abs(p.at) - t0);
      final.push(abs(last.at) - t0);
      const out = entries.find((e) => e.executionId === s.executionId && e.outcome !== 'started')?.outcome ?? '?';
      outcomes.set(out, (outcomes.get(out) ?? 0) + 1);
    }
    missing += users.length - ids.length;
  }
  const n = args.concurrency * args.rounds;
  const cpu = cpus();
  const lines = [
    `| ${args.concurrency} concurrent × ${args.rounds} rounds (${n} commands) | p50 | p99 | max |`,
    '|---|---|---|---|',
    `| baseline: bare node:http 200, same client | ${fmt(pct(baseline, 50))} | ${fmt(pct(baseline, 99))} | ${fmt(Math.max(...baseline))} |`,
    `| ack (HTTP response, client thread) | ${fmt(pct(ack, 50))} | ${fmt(pct(ack, 99))} | ${fmt(Math.max(...ack))} |`,
    `| first message (chat.postMessage) | ${fmt(pct(first, 50))} | ${fmt(pct(first, 99))} | ${fmt(Math.max(...first))} |`,
    `| final report (last chat.update) | ${fmt(pct(final, 50))} | ${fmt(pct(final, 99))} | ${fmt(Math.max(...final))} |`,
    '',
    `slowest ack per round: ${perRound.map(fmt).join(', ')}`,
    `acks 200: ${n - non200}/${n}; final reports: ${final.length}/${n}; missing: ${missing}; chat.update per run: ${(updates / Math.max(1, final.length)).toFixed(1)}; outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; usergroups.users.list calls: ${slack.callsOf('usergroups.users.list').length}`,
    `checks: ${[...CHECKS, hang].map((c) => c.id).join(', ')} (stub.hang times out after ${args.hangMs / 1000} s)`,
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}`,
    `command: node --import tsx bench/bot-load.ts --concurrency ${args.concurrency} --rounds ${args.rounds} --hang-ms ${args.hangMs}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  await client.terminate();
  await rt.executions.drain(1000);
  await app.stop();
  await audit.close();
  await slack.close();
  await mastodon.close();
  await db.drop();
  await redis.close();
  rmSync(dir, { recursive: true, force: true });
  if (non200 || missing) process.exitCode = 1;
}

const seen = new Set<string>();
await main();
