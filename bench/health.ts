// The health benchmark: the full `mastodon-ops health` report on a sandbox instance, as a ratio to
// the slowest single check run alone. The checks run concurrently, each under its own timeout, so
// the full report should cost about as much as its slowest check, not the sum of all of them.
//
// A child process (`--serve`) seeds and serves the sandbox (examples/sandbox/world.ts, default
// state `healthy`, where every check runs its whole path): a fresh PostgreSQL database with
// Mastodon's schema, a Redis DB of its own with Sidekiq's heartbeat kept alive, the S3 test server
// and the fake web frontend. This process then holds only mastodon-ops and, for several rounds, in
// a shuffled order each round, times:
//   - in-process: instanceHealth() with every check, and with each check alone (`only`), from
//     reading the config to closing the connections (and the runner's own report.durationMs);
//   - the bundled CLI (dist/, as users run it), a process per run:
//     `node bin/mastodon-ops.js health --config <file> --format json [--only <id>]`.
// Medians per row; prints a Markdown table and writes the raw numbers to .bench/health-<date>.json.
//
//   npm run build && node --import tsx bench/health.ts                  # healthy, 7 rounds
//   node --import tsx bench/health.ts --state deleted-objects --rounds 5 --remote 2000 --no-cli

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { S3TestServer } from '../test/support/s3-server.ts';
import { startFakeMastodon } from '../test/support/http-fake.ts';
import { createTestDb, PG } from '../test/support/pg.ts';
import { createTestRedis, REDIS } from '../test/support/redis.ts';
import { buildWorld, isState, STATES, type SandboxState } from '../examples/sandbox/world.ts';
import { envProduction, instanceYaml, seedBucket, seedPostgres, writeSidekiq } from '../examples/sandbox/seed.ts';
import { CHECKS } from '../src/live/checks/index.ts';
import { instanceHealth } from '../src/live/health.ts';
import { loadOpsConfig } from '../src/live/instance.ts';
import type { CheckStatus } from '../src/live/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/mastodon-ops.js');

interface Args {
  state: SandboxState;
  rounds: number;
  remote: number;
  cli: boolean;
  serve: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { state: 'healthy', rounds: 7, remote: 320, cli: true, serve: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--state' && v && isState(v)) (a.state = v), i++;
    else if (k === '--rounds' && v) (a.rounds = Number(v)), i++;
    else if (k === '--remote' && v) (a.remote = Number(v)), i++;
    else if (k === '--no-cli') a.cli = false;
    else if (k === '--serve') a.serve = true;
    else throw new Error(`unknown argument ${k}; use --state ${STATES.join('|')} --rounds 7 --remote 320 --no-cli`);
  }
  return a;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Wall time of one CLI run, spawned without blocking the servers in this process. */
function timeCli(args: string[]): Promise<{ ms: number; code: number | null }> {
  return new Promise((res, rej) => {
    const t = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      if (code !== 0 && code !== 1) rej(new Error(`mastodon-ops ${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      else res({ ms, code });
    });
  });
}

/** The newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

interface Served {
  configPath: string;
  remote: number;
  local: number;
  objects: number;
}

/**
 * `--serve`: seed the sandbox and serve it (S3 test server, web fake, Sidekiq heartbeat) in this
 * process, print one `READY <json>` line, and clean up when stdin closes. The measuring process
 * then holds only mastodon-ops, so the servers' work is not counted against the checks.
 */
async function serve(a: Args): Promise<void> {
  const now = Date.now();
  const world = buildWorld(a.state, { now, remote: a.remote });
  const [db, redis, s3, web] = await Promise.all([createTestDb(), createTestRedis(), new S3TestServer().start(), startFakeMastodon()]);
  const dir = mkdtempSync(join(tmpdir(), 'mops-bench-health-'));
  const heartbeat = setInterval(() => void writeSidekiq(redis.client, world.sidekiq, Date.now()).catch(() => {}), 10_000);
  const cleanup = async () => {
    clearInterval(heartbeat);
    await Promise.allSettled([s3.stop(), web.close(), db.drop(), redis.close()]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await seedPostgres(db.client, world);
    await writeSidekiq(redis.client, world.sidekiq, now);
    seedBucket(s3, world, 'sandbox-media');
    const envPath = join(dir, '.env.production');
    writeFileSync(
      envPath,
      envProduction(world, {
        s3: s3.endpoint,
        web: web.url,
        db: { host: PG.host, port: PG.port, name: db.name, user: PG.user },
        redis: { host: REDIS.host, port: REDIS.port, db: redis.db },
        bucket: 'sandbox-media',
      }),
    );
    const configPath = join(dir, 'instance.yml');
    writeFileSync(configPath, instanceYaml(envPath, web.url, { name: 'bench' }));
    const served: Served = { configPath, remote: Number(world.facts['remoteAccounts']), local: Number(world.facts['localAccounts']), objects: world.objects.length };
    process.stdout.write(`READY ${JSON.stringify(served)}\n`);
  } catch (e) {
    await cleanup();
    throw e;
  }
  process.stdin.resume();
  await new Promise<void>((res) => process.stdin.on('end', () => res()).on('close', () => res()));
  await cleanup();
}

/** Starts `--serve` in a child process and waits for its READY line. */
function startServer(a: Args): Promise<{ served: Served; stop: () => Promise<void> }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', '--state', a.state, '--remote', String(a.remote)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const stop = () =>
      new Promise<void>((done) => {
        child.once('close', () => done());
        child.stdin.end();
      });
    child.on('error', rej);
    child.on('close', (code) => rej(new Error(`the sandbox server exited ${code} before it was ready`)));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^READY (.*)$/m.exec(out);
      if (m) {
        child.removeAllListeners('close');
        child.stdout.resume();
        res({ served: JSON.parse(m[1]!) as Served, stop });
      }
    });
  });
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  if (a.serve) return serve(a);
  const { served, stop } = await startServer(a);
  try {
    const configPath = served.configPath;
    const cfg = loadOpsConfig(configPath).instances['bench']!;

    const cliOk = a.cli && existsSync(join(ROOT, 'dist/cli.js'));
    if (a.cli && !cliOk) process.stderr.write('dist/cli.js is missing: run `npm run build` first; the CLI column is left out\n');
    if (cliOk && newestMtime(join(ROOT, 'src')) > statSync(join(ROOT, 'dist/cli.js')).mtimeMs) {
      process.stderr.write('note: src/ is newer than dist/cli.js: the CLI column times the last build (npm run build)\n');
    }

    // Which checks run here (the host check has no SSH in the sandbox: skipped, not timed).
    const warm = await instanceHealth('bench', cfg, CHECKS, { configPath });
    const status = new Map<string, CheckStatus>(warm.checks.map((c) => [c.id, c.status]));
    const ids = CHECKS.map((c) => c.id);
    const timed = ids.filter((id) => status.get(id) !== 'skipped');
    const rows = ['(full report)', ...ids];
    const inproc = new Map<string, number[]>(rows.map((r) => [r, []]));
    const runner = new Map<string, number[]>(rows.map((r) => [r, []]));
    const viaCli = new Map<string, number[]>(rows.map((r) => [r, []]));
    if (cliOk) await timeCli(['health', '--config', configPath, '--format', 'json']); // warm the file cache

    for (let round = 0; round < a.rounds; round++) {
      for (const row of shuffle(rows)) {
        const only = row === '(full report)' ? [] : [row];
        const t = performance.now();
        const r = await instanceHealth('bench', cfg, CHECKS, { only, configPath });
        inproc.get(row)!.push(performance.now() - t);
        runner.get(row)!.push(r.durationMs);
        if (cliOk) viaCli.get(row)!.push((await timeCli(['health', '--config', configPath, '--format', 'json', ...only.flatMap((o) => ['--only', o])])).ms);
      }
      process.stderr.write(`round ${round + 1}/${a.rounds} done\n`);
    }

    const med = (m: Map<string, number[]>, r: string) => median(m.get(r) ?? []);
    const slowest = (m: Map<string, number[]>) => timed.reduce((best, id) => (med(m, id) > med(m, best) ? id : best), timed[0]!);
    const sIn = slowest(inproc);
    const sCli = cliOk ? slowest(viaCli) : sIn;
    const ratioIn = med(inproc, '(full report)') / med(inproc, sIn);
    const ratioRunner = med(runner, '(full report)') / med(runner, slowest(runner));
    const ratioCli = cliOk ? med(viaCli, '(full report)') / med(viaCli, sCli) : NaN;
    const sumSingles = timed.reduce((s, id) => s + med(inproc, id), 0);

    const cpu = cpus()[0]?.model ?? 'unknown';
    const lines = [
      `Health report on the sandbox state \`${a.state}\` (${served.remote} remote and ${served.local} local accounts, ${served.objects} objects), ${a.rounds} rounds, medians in ms. The sandbox is served by a separate process.`,
      `Machine: ${cpus().length} CPUs (nproc), ${cpu}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end, ${new Date().toISOString().slice(0, 10)}.`,
      '',
      `| Run | In-process (config to close) | Runner only (report.durationMs) |${cliOk ? ' Bundled CLI process |' : ''}`,
      `|---|---:|---:|${cliOk ? '---:|' : ''}`,
      ...rows.map((r) => {
        const label = r === '(full report)' ? `**full report** (${timed.length} checks${ids.length > timed.length ? `, ${ids.filter((i) => !timed.includes(i)).join(', ')} skipped` : ''})` : `\`${r}\` alone${status.get(r) === 'skipped' ? ' (skipped)' : ''}`;
        return `| ${label} | ${fmt(med(inproc, r))} | ${fmt(med(runner, r))} |${cliOk ? ` ${fmt(med(viaCli, r))} |` : ''}`;
      }),
      '',
      `Full report / slowest single check (\`${sIn}\`): **${ratioIn.toFixed(2)}** in-process, ${ratioRunner.toFixed(2)} runner only${cliOk ? `, ${ratioCli.toFixed(2)} as a CLI process (slowest: \`${sCli}\`)` : ''}.`,
      `The checks alone add up to ${fmt(sumSingles)} ms in-process; the full report takes ${fmt(med(inproc, '(full report)'))} ms.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);

    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    const out = join(ROOT, '.bench', `health-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      out,
      JSON.stringify(
        {
          args: a,
          machine: { nproc: cpus().length, cpu, node: process.version, loadavg: loadavg() },
          checks: ids,
          skipped: ids.filter((i) => !timed.includes(i)),
          inProcessMs: Object.fromEntries(inproc),
          runnerMs: Object.fromEntries(runner),
          cliMs: cliOk ? Object.fromEntries(viaCli) : null,
          ratio: { inProcess: ratioIn, runner: ratioRunner, cli: cliOk ? ratioCli : null, slowest: { inProcess: sIn, cli: sCli } },
        },
        null,
        2,
      ),
    );
    process.stderr.write(`raw numbers: ${out}\n`);
  } finally {
    await stop();
  }
}

await main();
