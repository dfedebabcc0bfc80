// The lint benchmark: generated infra repos (bench/gen.ts) of 10,000 and 20,000 files, 5% about
// Mastodon. Per size, warm cache, alternating runs of
//   grep -rF -- --prune-profiles <dir>
//   node bin/mastodon-ops.js lint <dir> --format json      (the bundled CLI, as users run it)
// then the medians side by side, lint/grep per size, and lint(20k)/lint(10k) for linearity.
// Process start (`--version`) and an empty directory are timed too, so the fixed cost shows.
// Prints a Markdown table and writes the raw numbers to .bench/results-<date>.json.
//
//   npm run build && npm run bench                # defaults: sizes 10000,20000, 7 rounds
//   node --import tsx bench/run.ts --sizes 10000 --rounds 3 --keep
//   node --import tsx bench/run.ts --cli ../other-checkout/dist/cli.js   # time another build
//   node --import tsx bench/run.ts --also /tmp/old/bin/mastodon-ops.js  # and an earlier build, side by side
//
// It builds nothing: it lints with dist/cli.js as it is, and says so when dist/ is older than src/.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, type GenStats } from './gen.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/mastodon-ops.js');

interface Args {
  sizes: number[];
  rounds: number;
  keep: boolean;
  seed: number;
  /** The CLI to time (default bin/mastodon-ops.js), e.g. another checkout's dist/cli.js to compare. */
  cli: string;
  /** Another build timed in the same rounds (e.g. the previous commit's), for a before/after ratio. */
  also: string | null;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { sizes: [10_000, 20_000], rounds: 7, keep: false, seed: 1, cli: CLI, also: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--sizes' && v) (a.sizes = v.split(',').map(Number)), i++;
    else if (k === '--rounds' && v) (a.rounds = Number(v)), i++;
    else if (k === '--seed' && v) (a.seed = Number(v)), i++;
    else if (k === '--cli' && v) (a.cli = resolve(v)), i++;
    else if (k === '--also' && v) (a.also = resolve(v)), i++;
    else if (k === '--keep') a.keep = true;
    else throw new Error(`unknown argument ${k}; use --sizes 10000,20000 --rounds 7 --seed 1 --cli bin/mastodon-ops.js --also OTHER_CLI --keep`);
  }
  return a;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export interface Timing {
  /** Wall-clock ms. */
  wall: number;
  /** User + system CPU ms of the command (GNU time), or NaN. Less sensitive to other load than wall time. */
  cpu: number;
}

/** One run; output is read through a pipe and dropped, as a CI log would take it. */
export function timeRun(cmd: string, args: string[], ok: number[], scratch: string): Timing {
  const timeFile = join(scratch, 'time.txt');
  const [c, a] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(c, a, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const wall = performance.now() - t;
  if (r.status === null || !ok.includes(r.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.toString().slice(0, 500)}`);
  }
  let cpu = Number.NaN;
  if (GNU_TIME) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [u, sys] = last.split(' ').map(Number);
    if (u !== undefined && sys !== undefined) cpu = (u + sys) * 1000;
  }
  return { wall, cpu };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

interface SizeResult {
  files: number;
  gen: GenStats;
  grep: Timing[];
  lint: Timing[];
  grepMedian: Timing;
  lintMedian: Timing;
  /** lint / grep, of the wall-time medians. */
  ratio: number;
  /** lint / grep, of the CPU-time medians. */
  cpuRatio: number;
  /** The `--also` build, when given. */
  also?: Timing[];
  alsoMedian?: Timing;
}

function medians(ts: Timing[]): Timing {
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.cli === CLI && !existsSync(join(ROOT, 'dist/cli.js'))) {
    process.stderr.write('dist/cli.js is missing: run `npm run build` first\n');
    process.exit(2);
  }
  const stale = args.cli === CLI && newestMtime(join(ROOT, 'src')) > statSync(join(ROOT, 'dist/cli.js')).mtimeMs;
  if (stale) process.stderr.write('warning: src/ is newer than dist/cli.js; run `npm run build` to measure the current code\n');

  const work = mkdtempSync(join(tmpdir(), 'mops-bench-'));
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const node = process.execPath;
  const out: { sizes: Record<string, SizeResult>; startup: { version: Timing[]; empty: Timing[]; node: Timing[] } } = {
    sizes: {},
    startup: { version: [], empty: [], node: [] },
  };
  try {
    const trees = args.sizes.map((n) => {
      const dir = join(work, `repo-${n}`);
      const gen = generate(dir, n, args.seed);
      process.stderr.write(`generated ${dir}: ${gen.files} files, ${gen.mastodon} about Mastodon, ${(gen.bytes / 1048576).toFixed(1)} MiB\n`);
      return { n, dir, gen };
    });
    const grep = (dir: string): Timing => timeRun('grep', ['-rF', '--', '--prune-profiles', dir], [0, 1], work);
    const lintRun = (dir: string): Timing => timeRun(node, [args.cli, 'lint', dir, '--format', 'json'], [0, 1], work);
    const alsoRun = (dir: string): Timing | null => (args.also ? timeRun(node, [args.also, 'lint', dir, '--format', 'json'], [0, 1], work) : null);
    // Warm the page cache and the disk's metadata cache.
    for (const t of trees) {
      grep(t.dir);
      lintRun(t.dir);
    }
    const res = new Map(trees.map((t) => [t.n, { grep: [] as Timing[], lint: [] as Timing[], also: [] as Timing[] }]));
    for (let round = 0; round < args.rounds; round++) {
      for (const t of trees) {
        const r = res.get(t.n);
        if (!r) continue;
        // Alternate which goes first, so neither always runs right after the other's cache effects.
        if (round % 2) {
          r.lint.push(lintRun(t.dir));
          r.grep.push(grep(t.dir));
        } else {
          r.grep.push(grep(t.dir));
          r.lint.push(lintRun(t.dir));
        }
        const other = alsoRun(t.dir);
        if (other) r.also.push(other);
      }
      out.startup.node.push(timeRun(node, ['-e', '0'], [0], work));
      out.startup.version.push(timeRun(node, [args.cli, '--version'], [0], work));
      out.startup.empty.push(timeRun(node, [args.cli, 'lint', empty, '--format', 'json'], [0], work));
      process.stderr.write(`round ${round + 1}/${args.rounds} done\n`);
    }
    for (const t of trees) {
      const r = res.get(t.n);
      if (!r) continue;
      const g = medians(r.grep);
      const l = medians(r.lint);
      out.sizes[String(t.n)] = { files: t.n, gen: t.gen, grep: r.grep, lint: r.lint, grepMedian: g, lintMedian: l, ratio: l.wall / g.wall, cpuRatio: l.cpu / g.cpu };
      if (r.also.length) Object.assign(out.sizes[String(t.n)]!, { also: r.also, alsoMedian: medians(r.also) });
    }
    const f = (ms: number): string => (Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(3)} s`);
    const x = (r: number): string => (Number.isNaN(r) ? 'n/a' : `${r.toFixed(1)}x`);
    const lines = [
      '| files | grep wall | lint wall | lint / grep (wall) | grep CPU | lint CPU | lint / grep (CPU) |',
      '|------:|----------:|----------:|-------------------:|---------:|---------:|------------------:|',
      ...Object.values(out.sizes).map((s) => `| ${s.files.toLocaleString('en')} | ${f(s.grepMedian.wall)} | ${f(s.lintMedian.wall)} | ${x(s.ratio)} | ${f(s.grepMedian.cpu)} | ${f(s.lintMedian.cpu)} | ${x(s.cpuRatio)} |`),
    ];
    const sizes = Object.values(out.sizes);
    if (args.also) {
      lines.push('', `\`--also\` ${args.also}:`, '', '| files | other wall | other / grep (wall) | this / other (wall) | other CPU | this / other (CPU) |', '|------:|-----------:|--------------------:|--------------------:|----------:|------------------:|');
      for (const s of sizes) {
        const o = s.alsoMedian;
        if (o) lines.push(`| ${s.files.toLocaleString('en')} | ${f(o.wall)} | ${x(o.wall / s.grepMedian.wall)} | ${(s.lintMedian.wall / o.wall).toFixed(2)} | ${f(o.cpu)} | ${(s.lintMedian.cpu / o.cpu).toFixed(2)} |`);
      }
    }
    const first = sizes[0];
    const last = sizes[sizes.length - 1];
    if (first && last && first !== last) {
      lines.push(
        '',
        `linearity, ${(last.files / first.files).toFixed(1)}x the files: lint ${(last.lintMedian.wall / first.lintMedian.wall).toFixed(2)}x wall, ${(last.lintMedian.cpu / first.lintMedian.cpu).toFixed(2)}x CPU; grep ${(last.grepMedian.wall / first.grepMedian.wall).toFixed(2)}x wall`,
      );
    }
    const st = { node: medians(out.startup.node), version: medians(out.startup.version), empty: medians(out.startup.empty) };
    lines.push(
      '',
      `fixed cost (median wall / CPU): \`node -e 0\` ${f(st.node.wall)} / ${f(st.node.cpu)}, \`mastodon-ops --version\` ${f(st.version.wall)} / ${f(st.version.cpu)}, lint of an empty directory ${f(st.empty.wall)} / ${f(st.empty.cpu)}`,
      '',
      `${args.rounds} rounds, warm cache, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end${stale ? ', dist/ older than src/' : ''}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    const bench = join(ROOT, '.bench');
    mkdirSync(bench, { recursive: true });
    const file = join(bench, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), cli: args.cli, node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, args, ...out }, null, 2)}\n`);
    process.stderr.write(`raw numbers: ${file}${args.keep ? `\ntrees kept in ${work}` : ''}\n`);
  } finally {
    if (!args.keep) rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
