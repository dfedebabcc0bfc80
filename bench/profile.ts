// Where the linter's time goes on a tree: runs the bundled CLI under `node --cpu-prof` and sums
// self time by function and by the source it belongs to (node internals, the bundle's modules by
// the `// src/...` and `// node_modules/...` markers esbuild writes, wasm, GC, idle), then the time
// including callees of each pipeline stage (readCandidates, extractYaml, runRules, ...).
//
//   node --import tsx bench/profile.ts <dir> [top=25]

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** For each bundle file, the 0-based line where each `// src/...` / `// node_modules/...` section starts. */
function sections(url: string, cache: Map<string, { line: number; name: string }[]>): { line: number; name: string }[] {
  let s = cache.get(url);
  if (s) return s;
  s = [];
  try {
    const path = url.startsWith('file://') ? new URL(url).pathname : url;
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((l, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
      if (m?.[1]) s?.push({ line: i, name: m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1') });
    });
  } catch {
    /* not a file we can read */
  }
  cache.set(url, s);
  return s;
}

function moduleOf(frame: CpuNode['callFrame'], cache: Map<string, { line: number; name: string }[]>): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return url;
  if (url.startsWith('wasm://')) return 'wasm';
  const secs = sections(url, cache);
  let name = url.replace(/^.*\/(dist\/)/, '$1');
  for (const s of secs) {
    if (s.line <= frame.lineNumber) name = s.name;
    else break;
  }
  return name;
}

export function summarise(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = profile.endTime - profile.startTime;
  const cache = new Map<string, { line: number; name: string }[]>();
  const byFn = new Map<string, number>();
  const byMod = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const mod = moduleOf(n.callFrame, cache);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${mod}:${n.callFrame.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    byMod.set(mod, (byMod.get(mod) ?? 0) + us);
  }
  const fmt = (m: Map<string, number>): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `profiled ${(total / 1000).toFixed(0)} ms (from V8 start of profiling)\n\nself time by module:\n${fmt(byMod)}\n\nself time by function:\n${fmt(byFn)}\n\n${stages(profile)}`;
}

/** The pipeline's stages, as functions of the engine and its extractors (time including callees). */
const STAGES = ['readCandidates', 'discover', 'readSource', 'extractAll', 'extractYaml', 'parseAllDocuments', 'invocationsFromShell', 'extractCrontab', 'extractTerraform', 'extractNginx', 'runRules', 'render'];

/** Inclusive time of each stage: samples whose stack contains the function, counted once per sample. */
export function stages(profile: CpuProfile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)?.callFrame.functionName ?? '';
      if (STAGES.includes(f) && !seen.has(f)) {
        seen.add(f);
        incl.set(f, (incl.get(f) ?? 0) + (profile.timeDeltas[i] ?? 0));
      }
    }
  });
  return `time including callees, by stage:\n${STAGES.map((f) => `${((incl.get(f) ?? 0) / 1000).toFixed(1).padStart(8)} ms  ${f}`).join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, top = '25'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node --import tsx bench/profile.ts <dir> [top=25]\n');
    process.exit(2);
  }
  const out = resolve('.bench/prof');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Warm the page cache first, as bench/run.ts does, so the profile shows the linter, not the disk.
  spawnSync('grep', ['-rqF', '--', '--never-there-string', dir], { stdio: 'ignore' });
  spawnSync(process.execPath, ['dist/cli.js', 'lint', dir, '--format', 'json'], { stdio: 'ignore' });
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, 'dist/cli.js', 'lint', dir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`the linter exited ${r.status}\n`);
  const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  process.stdout.write(summarise(JSON.parse(readFileSync(join(out, file), 'utf8')) as CpuProfile, Number(top)));
}
