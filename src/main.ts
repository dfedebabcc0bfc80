// The GitHub Action: inputs -> resolveOptions() -> lint() -> annotations (within GitHub's budget),
// the report in the log, the job summary, the SARIF file, outputs, and the step's status.
// Options are validated in one place (resolveOptions), shared with the CLI.

import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { LintResult } from './lint/engine.ts';
import { resolveOptions } from './lint/options.ts';
import { lintWithLiveBucket } from './live/bucket-settings.ts';
import { exitCode } from './lint/exit.ts';
import { atOrAbove, type Threshold } from './lint/findings.ts';
import { EXIT, InternalError, UsageError } from './lint/errors.ts';
import { render, type RenderOptions } from './lint/reporters/index.ts';
import { selectAnnotations, type AnnotationLevel, type AnnotationProperties } from './lint/reporters/github.ts';
import { MARKDOWN_MAX_BYTES } from './lint/reporters/markdown.ts';
import { highestSeverity, plural } from './lint/reporters/common.ts';
import { summaryLine } from './lint/reporters/text.ts';
import { VERSION } from './version.ts';

/** How inputs are named in messages from resolveOptions. */
const INPUT_NAMES = {
  paths: 'input "paths"',
  format: 'input "format"',
  config: 'input "config"',
  failureThreshold: 'input "failure-threshold"',
  minSeverity: 'input "min-severity"',
};

/** The runner aborts step-summary uploads over 1024k. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** Kept free in the step summary for anything written after us. */
const SUMMARY_HEADROOM = 16 * 1024;

const ANNOTATE: Record<AnnotationLevel, (message: string, properties: AnnotationProperties) => void> = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  notice: (m, p) => core.notice(m, p),
};

export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (e) {
    reportFailure(e);
  }
}

async function runAction(): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const workingDirectory = core.getInput('working-directory');
  if (workingDirectory) {
    const dir = resolve(workingDirectory);
    if (!isDirectory(dir)) throw new UsageError(`input "working-directory": ${workingDirectory} is not a directory`);
    process.chdir(dir);
  }

  const format = core.getInput('format') || 'text';
  const annotations = booleanInput('annotations', true);
  const sarifInput = core.getInput('sarif-file');
  const opts = resolveOptions(
    {
      paths: splitPaths(core.getInput('paths')),
      format: format as never,
      config: core.getInput('config') || undefined,
      failureThreshold: (core.getInput('failure-threshold') || undefined) as never,
      minSeverity: (core.getInput('min-severity') || undefined) as never,
    },
    INPUT_NAMES,
  );

  const result = await lintWithLiveBucket({ paths: opts.paths, root: opts.root, settings: opts.settings }, booleanInput('check-bucket', false));
  const threshold = opts.settings.failureThreshold;
  const failing = exitCode(result, threshold) !== EXIT.ok;
  const base: RenderOptions = { color: false, version: VERSION, pathPrefix: workspacePrefix(workspace, opts.root) };

  // The full report. File content (snippets, paths) is untrusted: stop command processing around it.
  if (opts.format !== 'github') {
    printUntrusted([render(opts.format, result, base), ...result.notices.map((n) => `notice: ${n.file}: ${n.message}\n`)].join(''));
  }
  if (opts.format !== 'text') core.info(summaryLine(result));

  let sarifPath = '';
  if (sarifInput) {
    sarifPath = resolve(sarifInput);
    try {
      mkdirSync(dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, render('sarif', result, base));
    } catch (e) {
      throw new UsageError(`input "sarif-file": cannot write ${sarifInput} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    core.info(`SARIF written to ${sarifPath}`);
  }

  // Annotations: GitHub keeps 10 per severity per step; choose them, and keep one error slot for
  // the step's own failure message.
  const notes: string[] = [];
  if (annotations || opts.format === 'github') {
    const { shown, omitted } = selectAnnotations(result.findings, { pathPrefix: base.pathPrefix, limits: failing ? { error: 9 } : {} });
    for (const a of shown) ANNOTATE[a.level](a.message, a.properties);
    if (omitted.length) {
      const where = sarifPath ? `the job summary and ${displayPath(workspace, sarifPath)}` : 'the job summary';
      const line = `${plural(omitted.length, 'more finding')} ${omitted.length === 1 ? 'is' : 'are'} in ${where} (GitHub shows at most 10 annotations per severity per step; ${shown.length} annotated)`;
      core.info(line);
      const sarifNote = sarifPath ? ` (and in ${displayPath(workspace, sarifPath)})` : '';
      notes.push(
        `${shown.length} of ${plural(result.findings.length, 'finding')} are annotated on the files: GitHub shows at most 10 annotations per severity per step. ` +
          `The other ${omitted.length} are listed below${sarifNote}.`,
      );
    }
  }

  await writeSummary(result, { ...base, notes, fileUrlBase: fileUrlBase() });

  core.setOutput('findings-count', String(result.findings.length));
  core.setOutput('highest-severity', highestSeverity(result));
  core.setOutput('sarif-file', sarifPath);

  if (failing) core.setFailed(failureMessage(result, threshold));
}

function failureMessage(r: LintResult, threshold: Threshold): string {
  const n = r.findings.filter((f) => atOrAbove(f.severity, threshold)).length;
  return `mastodon-ops: ${plural(n, 'finding')} at or above the failure threshold "${threshold}"`;
}

async function writeSummary(r: LintResult, o: RenderOptions): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  const used = existsSync(file) ? statSync(file).size : 0;
  const maxBytes = Math.max(0, Math.min(MARKDOWN_MAX_BYTES, STEP_SUMMARY_LIMIT - SUMMARY_HEADROOM - used));
  try {
    await core.summary.addRaw(render('markdown', r, { ...o, maxBytes }), true).write();
  } catch (e) {
    core.warning(`mastodon-ops: could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Fails the step for anything thrown: usage errors (exit 2) by their message, the rest as internal errors (exit 3). */
export function reportFailure(e: unknown): void {
  if (e instanceof UsageError) {
    core.setFailed(`mastodon-ops: ${e.message}`);
    process.exitCode = EXIT.usage;
    return;
  }
  const what = e instanceof InternalError ? e.message : describeThrown(e);
  core.setFailed(`mastodon-ops: internal error: ${what}. This is a bug in mastodon-ops; please report it with the file that triggered it.`);
  if (e instanceof Error && e.stack) core.debug(e.stack);
  process.exitCode = EXIT.internal;
}

/** Anything can be thrown: Errors, strings, objects without a prototype. */
function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}

/** One path per line (a line may contain spaces), or several on one line separated by spaces. */
export function splitPaths(input: string): string[] {
  const parts = input.includes('\n') ? input.split(/\r?\n/) : input.split(/\s+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** `true`/`false` in YAML 1.2 core-schema spellings; empty means the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name);
  if (!v) return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`input "${name}": expected true or false, got "${v}"`);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The linted root's path inside the workspace, so reported paths are repository paths. */
function workspacePrefix(workspace: string, root: string): string {
  const rel = relative(workspace, root);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return '';
  return rel.split(sep).join('/');
}

function displayPath(workspace: string, p: string): string {
  const rel = relative(workspace, p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : p;
}

function fileUrlBase(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = process.env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}

/** Prints text that may contain `::` lines from linted files without the runner acting on them. */
function printUntrusted(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  try {
    process.stdout.write(text.endsWith('\n') || !text ? text : `${text}\n`);
  } finally {
    process.stdout.write(`::${token}::\n`);
  }
}
