// The CLI as a user runs it: a separate process, its exit code, stdout and stderr.

import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTree } from './helpers/lint.ts';
import { RULES } from '../src/lint/rules/index.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'src/cli/bin.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', BIN, ...args],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1', MASTODON_OPS_DEBUG: '' }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const d = writeTree(files);
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CLEAN = { crontab: 'RAILS_ENV=production\n0 4 * * * cd /home/mastodon/live && bin/tootctl media remove --days 14\n' };
const WARNING = { crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --remove-headers --days 60\n' };
const ERROR = { crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60\n' };

/** A usage error: exit 2, one line on stderr, no stack trace. */
function assertUsage(r: Run, want: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^mastodon-ops: /);
  assert.match(lines[0]!, want);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|\.ts:\d+:\d+\)/);
}

describe('mastodon-ops lint (process)', { concurrency: true }, () => {
  test('a clean tree exits 0', async () => {
    const r = await cli('lint', tree(CLEAN));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 errors, 0 warnings, 0 info/);
    assert.equal(r.stderr, '');
  });

  test('an error finding exits 1 and shows the rule, location and underline', async () => {
    const r = await cli('lint', tree(ERROR));
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /error\[MSTDN101\]/);
    assert.match(r.stdout, /--> crontab:2:62/);
    assert.match(r.stdout, /\^{16}/); // under the 16 characters of --prune-profiles
  });

  test('findings below the threshold exit 0; --failure-threshold moves it', async () => {
    const dir = tree(WARNING);
    const [dflt, warn, none] = await Promise.all([
      cli('lint', dir),
      cli('lint', dir, '--failure-threshold', 'warning'),
      cli('lint', tree(ERROR), '--failure-threshold', 'none'),
    ]);
    assert.equal(dflt.code, 0, dflt.stderr);
    assert.match(dflt.stdout, /warning\[MSTDN102\]/);
    assert.equal(warn.code, 1, warn.stderr);
    assert.equal(none.code, 0, none.stderr);
    assert.match(none.stdout, /error\[MSTDN101\]/);
  });

  test('failure-threshold from the config file', async () => {
    const dir = tree({ ...WARNING, 'mastodon-ops.yml': 'failure-threshold: warning\n' });
    const cfg = await cli('lint', dir);
    assert.equal(cfg.code, 1, cfg.stderr);
  });

  test('a bad --format exits 2 with one line', async () => {
    assertUsage(await cli('lint', tree(CLEAN), '--format', 'xml'), /--format: expected one of text, json, json-v1, sarif, github, markdown/);
  });

  test('a missing path exits 2 with one line', async () => {
    assertUsage(await cli('lint', join(REPO, 'no/such/dir')), /no\/such\/dir: no such file or directory/);
  });

  test('a broken config file exits 2 with file:line:col', async () => {
    const bad = await cli('lint', tree({ ...CLEAN, 'mastodon-ops.yml': 'rules:\n  MSTDN102:\n    severity: fatal\n' }));
    assertUsage(bad, /mastodon-ops\.yml:3:15: rules\.MSTDN102\.severity: /);
    const explicit = await cli('lint', tree(CLEAN), '--config', join(REPO, 'no/such/config.yml'));
    assertUsage(explicit, /config\.yml: cannot read the config file \(ENOENT\)/);
  });

  test('--list-rules lists every rule once and exits 0', async () => {
    const r = await cli('lint', '--list-rules');
    assert.equal(r.code, 0, r.stderr);
    const ids = r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0]);
    assert.deepEqual(ids, RULES.map((x) => x.id));
    assert.ok(ids.includes('MSTDN101') && ids.includes('MSTDN109') && ids.includes('MSTDN001'));
    assert.match(r.stdout, /^MSTDN101\s+error\s+scheduled-prune-profiles: /m);
  });

  test('--format json: the json-v1 shape', async () => {
    const r = await cli('lint', tree({ ...ERROR, 'ops/h.sh': '#!/bin/sh\nRAILS_ENV=production bin/tootctl media remove --remove-headers --days 60\n' }), '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & { findings: Record<string, unknown>[]; summary: Record<string, number> };
    assert.equal(j.version, 1);
    assert.deepEqual(Object.keys(j).sort(), ['findings', 'notices', 'summary', 'tool', 'version']);
    assert.equal((j.tool as { name: string }).name, 'mastodon-ops');
    assert.deepEqual(
      j.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.column, f.endLine, f.endColumn, f.confidence]),
      [
        ['MSTDN101', 'error', 'crontab', 2, 62, 2, 78, 'high'],
        ['MSTDN102', 'warning', 'ops/h.sh', 2, 47, 2, 63, 'low'],
      ],
    );
    const f = j.findings[0]!;
    assert.deepEqual(Object.keys(f).sort(), ['column', 'confidence', 'endColumn', 'endLine', 'file', 'helpUri', 'line', 'message', 'related', 'ruleId', 'severity', 'snippet'].sort());
    assert.match(String(f.helpUri), /docs\/rules\/MSTDN101\.md$/);
    assert.equal(f.snippet, '0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60');
    assert.ok(Array.isArray(f.related));
    assert.deepEqual({ ...j.summary, filesScanned: undefined, filesParsed: undefined }, { total: 2, error: 1, warning: 1, info: 0, suppressed: 0, filesScanned: undefined, filesParsed: undefined });
    assert.equal(j.summary.filesScanned, 2);
  });

  test('--output writes the report to a file and nothing to stdout', async () => {
    const dir = tree(ERROR);
    const out = join(dir, 'report.json');
    const r = await cli('lint', dir, '--format', 'json', '--output', out);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(existsSync(out));
    const j = JSON.parse(readFileSync(out, 'utf8')) as { findings: { ruleId: string }[] };
    assert.deepEqual(j.findings.map((f) => f.ruleId), ['MSTDN101']);
  });
});
