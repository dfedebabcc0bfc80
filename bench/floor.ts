// What a Node linter cannot go below on the benchmark tree, measured side by side with grep and the
// CLI (medians of alternating rounds, fresh processes, as bench/run.ts does):
//   node -e 0                         Node's start
//   bench/floor/read.mjs              start + walk + read every candidate file + one regex each
//   bench/floor/yaml.mjs              start + parsing only the YAML files that mention Mastodon with
//                                     `yaml` (positions kept), which the linter must do
//   mastodon-ops lint                 the whole job
// Each as a ratio to `grep -rF -- --prune-profiles`. If the floor parts alone exceed a target ratio,
// no tuning of the linter's own code reaches it.
//
//   npm run build && node --import tsx bench/floor.ts [--files 10000] [--rounds 7]

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './gen.ts';
import { median, timeRun, type Timing } from './run.ts';

const ROOT = resolve(import.meta.dirname, '..');

function args(argv: string[]): { files: number; rounds: number } {
  const a = { files: 10_000, rounds: 7 };
  for (let i = 0; i < argv.length; i += 2) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--files' && v > 0) a.files = v;
    else if (argv[i] === '--rounds' && v > 0) a.rounds = v;
    else throw new Error(`unknown argument ${argv[i]}; use --files 10000 --rounds 7`);
  }
  return a;
}

function yamlFilesAboutMastodon(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.ya?ml$/.test(e.name) || e.parentPath.includes('/.git')) continue;
    const p = join(e.parentPath, e.name);
    if (/tootctl|mastodon|S3_/i.test(readFileSync(p, 'utf8'))) out.push(p);
  }
  return out;
}

function main(): void {
  const a = args(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'mops-floor-'));
  try {
    const dir = join(work, 'repo');
    generate(dir, a.files, 1);
    const list = join(work, 'yaml-files.txt');
    const yamlFiles = yamlFilesAboutMastodon(dir);
    writeFileSync(list, yamlFiles.join('\n'));
    const node = process.execPath;
    const runs: Record<string, () => Timing> = {
      grep: () => timeRun('grep', ['-rF', '--', '--prune-profiles', dir], [0, 1], work),
      'node -e 0': () => timeRun(node, ['-e', '0'], [0], work),
      'walk + read + regex': () => timeRun(node, [join(ROOT, 'bench/floor/read.mjs'), dir], [0], work),
      [`yaml: ${yamlFiles.length} files`]: () => timeRun(node, [join(ROOT, 'bench/floor/yaml.mjs'), list], [0], work),
      'mastodon-ops lint': () => timeRun(node, [join(ROOT, 'bin/mastodon-ops.js'), 'lint', dir, '--format', 'json'], [0, 1], work),
    };
    const names = Object.keys(runs);
    const times = new Map(names.map((n) => [n, [] as Timing[]]));
    for (const n of names) runs[n]!(); // warm the page cache and the compile cache
    for (let r = 0; r < a.rounds; r++) {
      const order = r % 2 ? [...names].reverse() : names;
      for (const n of order) times.get(n)!.push(runs[n]!());
    }
    const grep = median(times.get('grep')!.map((t) => t.wall));
    const lines = ['| what | median wall | / grep |', '|---|---:|---:|'];
    for (const n of names) {
      const m = median(times.get(n)!.map((t) => t.wall));
      lines.push(`| ${n} | ${(m / 1000).toFixed(3)} s | ${(m / grep).toFixed(1)}x |`);
    }
    lines.push('', `${a.files} files, ${a.rounds} rounds, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
