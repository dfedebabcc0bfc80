import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brief, lintTree, writeTree } from '../helpers/lint.ts';
import { defaultSettings, discoverConfig, loadConfig, type LintSettings, type RuleSettings } from '../../src/lint/config.ts';
import { lint } from '../../src/lint/engine.ts';
import { exitCode } from '../../src/lint/exit.ts';
import { UsageError } from '../../src/lint/errors.ts';
import { resolveOptions } from '../../src/lint/options.ts';

const HEADERS = '0 4 * * 0 bin/tootctl media remove --remove-headers --days 60'; // MSTDN102, a warning
const PRUNE = '0 5 * * 0 bin/tootctl media remove --prune-profiles --days 60'; // MSTDN101, an error

function withRules(rules: Record<string, Partial<RuleSettings>>, extra: Partial<LintSettings> = {}): LintSettings {
  const s = defaultSettings();
  for (const [id, r] of Object.entries(rules)) s.rules.set(id, { disable: false, ignore: [], ...r });
  return { ...s, ...extra };
}

/** loadConfig on `text`; returns the UsageError message, or throws if it loaded. */
function configError(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    const p = join(dir, 'mastodon-ops.yml');
    writeFileSync(p, text);
    try {
      loadConfig(p, dir);
    } catch (e) {
      assert.ok(e instanceof UsageError, `expected a UsageError, got ${String(e)}`);
      assert.ok(!e.message.includes('\n'), 'one line');
      return e.message;
    }
    throw new Error('the config loaded');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function load(text: string): LintSettings {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    writeFileSync(join(dir, 'mastodon-ops.yml'), text);
    return loadConfig(join(dir, 'mastodon-ops.yml'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('config: a valid file sets thresholds, min-prune-days and per-rule settings', () => {
  const s = load(
    [
      'failure-threshold: warning',
      'min-severity: warning',
      'min-prune-days: 90',
      'rules:',
      '  MSTDN102:',
      '    severity: error',
      '  MSTDN108:',
      '    disable: true',
      '  MSTDN101:',
      '    ignore:',
      '      - crontab:2',
      '      - "deploy/**"',
      '',
    ].join('\n'),
  );
  assert.equal(s.failureThreshold, 'warning');
  assert.equal(s.minSeverity, 'warning');
  assert.equal(s.minPruneDays, 90);
  assert.deepEqual(Object.fromEntries(s.rules), {
    MSTDN102: { disable: false, severity: 'error', ignore: [] },
    MSTDN108: { disable: true, severity: undefined, ignore: [] },
    MSTDN101: { disable: false, severity: undefined, ignore: ['crontab:2', 'deploy/**'] },
  });
  assert.equal(s.configPath, 'mastodon-ops.yml');
  assert.equal(load('').failureThreshold, 'error');
  assert.equal(load('# nothing configured yet\n').minSeverity, 'info');
});

test('config: errors name file:line:col and the key, on one line', () => {
  const cases: [string, RegExp][] = [
    ['failure-threshold: warn\n', /mastodon-ops\.yml:1:20: failure-threshold: .*"error"\|"warning"\|"info"\|"none"/],
    ['failure-treshold: error\n', /mastodon-ops\.yml:1:1: \(top level\): Unrecognized key: "failure-treshold"/],
    ['rules:\n  MSTDN102:\n    disable: yes\n', /mastodon-ops\.yml:3:14: rules\.MSTDN102\.disable: .*boolean/],
    ['rules:\n  MSTD102:\n    disable: true\n', /mastodon-ops\.yml:3:5: rules\.MSTD102: /],
    ['rules:\n  MSTDN102:\n    severity: fatal\n', /mastodon-ops\.yml:3:15: rules\.MSTDN102\.severity: /],
    ['rules:\n  MSTDN102:\n    sevrity: error\n', /mastodon-ops\.yml:3:5: rules\.MSTDN102: Unrecognized key: "sevrity"/],
    ['rules:\n  MSTDN102:\n    ignore: crontab\n', /mastodon-ops\.yml:3:13: rules\.MSTDN102\.ignore: .*array/],
    ['rules:\n  MSTDN102:\n    ignore:\n      - crontab\n      - ""\n', /mastodon-ops\.yml:5:9: rules\.MSTDN102\.ignore\.1: /],
    ['min-prune-days: -1\n', /mastodon-ops\.yml:1:17: min-prune-days: /],
    ['- MSTDN102\n', /mastodon-ops\.yml:1:1: \(top level\): .*object/],
    ['rules:\n\tMSTDN102: {}\n', /mastodon-ops\.yml:2:1: the config file is not valid YAML: /],
    ['rules: {MSTDN102: {disable: true}\n', /mastodon-ops\.yml:\d+:\d+: the config file is not valid YAML: /],
  ];
  for (const [text, want] of cases) assert.match(configError(text), want, JSON.stringify(text));
});

test('config: a missing config file is a usage error naming it', () => {
  assert.throws(() => loadConfig('/nonexistent/mastodon-ops.yml', '/nonexistent'), (e: unknown) => {
    assert.ok(e instanceof UsageError);
    assert.match(e.message, /^\/nonexistent\/mastodon-ops\.yml: cannot read the config file \(ENOENT\)$/);
    return true;
  });
});

test('config: .github/mastodon-ops.yml is found before mastodon-ops.yml', () => {
  const dir = writeTree({ '.github/mastodon-ops.yml': 'failure-threshold: none\n', 'mastodon-ops.yml': 'failure-threshold: info\n' });
  try {
    assert.equal(discoverConfig(dir), join(dir, '.github/mastodon-ops.yml'));
    assert.equal(resolveOptions({ paths: [dir] }).settings.failureThreshold, 'none');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('config: rules.<ID>.disable drops the rule, severity changes it', () => {
  const files = { crontab: `RAILS_ENV=production\n${HEADERS}\n${PRUNE}\n` };
  assert.deepEqual(brief(lintTree(files).findings), ['crontab:2:36-2:52 MSTDN102', 'crontab:3:36-3:52 MSTDN101']);
  assert.deepEqual(brief(lintTree(files, withRules({ MSTDN102: { disable: true } })).findings), ['crontab:3:36-3:52 MSTDN101']);
  const raised = lintTree(files, withRules({ MSTDN102: { severity: 'error' }, MSTDN101: { severity: 'info' } }));
  assert.deepEqual(raised.findings.map((f) => `${f.ruleId} ${f.severity}`), ['MSTDN102 error', 'MSTDN101 info']);
});

test('config: rules.<ID>.ignore by path, path:line, path:line:col, directory and glob', () => {
  const files = {
    crontab: `RAILS_ENV=production\n${HEADERS}\n${HEADERS.replace('0 4', '0 6')}\n`,
    'etc/cron.d/mastodon': `RAILS_ENV=production\n${HEADERS.replace('bin/', 'mastodon bin/')}\n`,
    'deploy/prod/mastodon.cron': `RAILS_ENV=production\n${HEADERS}\n`,
  };
  const all = ['crontab:2:36-2:52 MSTDN102', 'crontab:3:36-3:52 MSTDN102', 'deploy/prod/mastodon.cron:2:36-2:52 MSTDN102', 'etc/cron.d/mastodon:2:45-2:61 MSTDN102'];
  const run = (ignore: string[]) => {
    const r = lintTree(files, withRules({ MSTDN102: { ignore } }));
    return { left: brief(r.findings), suppressed: r.suppressed };
  };
  assert.deepEqual(run([]).left, all);
  assert.deepEqual(run(['crontab']), { left: all.slice(2), suppressed: 2 });
  assert.deepEqual(run(['crontab:3']).left, [all[0], all[2], all[3]]);
  assert.deepEqual(run(['crontab:3:36']).left, [all[0], all[2], all[3]]);
  assert.deepEqual(run(['crontab:3:35']).left, all); // a column that is not the finding's
  assert.deepEqual(run(['etc/']).left, all.slice(0, 3));
  assert.deepEqual(run(['etc/cron.d/*']).left, all.slice(0, 3));
  assert.deepEqual(run(['deploy/**']).left, [all[0], all[1], all[3]]);
  assert.deepEqual(run(['**/mastodon*']).left, all.slice(0, 2));
  assert.deepEqual(run(['cron']).left, all); // not a prefix match
  // Ignoring one rule leaves the others on the same line.
  const other = lintTree({ crontab: `${HEADERS}\n` }, withRules({ MSTDN102: { ignore: ['crontab'] } }));
  assert.deepEqual(brief(other.findings), ['crontab:1:11-1:22 MSTDN108']);
});

test('config: failure-threshold decides the exit code; min-severity hides findings', () => {
  const warnOnly = { crontab: `RAILS_ENV=production\n${HEADERS}\n` };
  const withError = { crontab: `RAILS_ENV=production\n${HEADERS}\n${PRUNE}\n` };
  assert.equal(exitCode(lintTree(warnOnly), 'error'), 0);
  assert.equal(exitCode(lintTree(warnOnly), 'warning'), 1);
  assert.equal(exitCode(lintTree(withError), 'error'), 1);
  assert.equal(exitCode(lintTree(withError), 'none'), 0);
  assert.equal(exitCode(lintTree({ crontab: 'RAILS_ENV=production\n0 4 * * 0 bin/tootctl media remove --days 14\n' }), 'info'), 0);
  const hidden = lintTree(withError, { minSeverity: 'error' });
  assert.deepEqual(brief(hidden.findings), ['crontab:3:36-3:52 MSTDN101']);
  // min-severity applies after a per-rule severity change.
  const raised = lintTree(withError, withRules({ MSTDN102: { severity: 'error' } }, { minSeverity: 'error' }));
  assert.deepEqual(brief(raised.findings), ['crontab:2:36-2:52 MSTDN102', 'crontab:3:36-3:52 MSTDN101']);
});

test('config file end to end: discovered under the linted root and applied', async () => {
  const dir = writeTree({
    'mastodon-ops.yml': 'failure-threshold: warning\nmin-prune-days: 90\nrules:\n  MSTDN102:\n    ignore: [crontab:2]\n',
    crontab: `RAILS_ENV=production\n${HEADERS}\n`,
  });
  try {
    const opts = resolveOptions({ paths: [dir] });
    const r = await lint({ paths: opts.paths, root: opts.root, settings: opts.settings });
    // MSTDN102 is ignored; --days 60 is below the configured 90.
    assert.deepEqual(brief(r.findings), ['crontab:2:53-2:62 MSTDN106']);
    assert.equal(r.suppressed, 1);
    assert.equal(exitCode(r, opts.settings.failureThreshold), 1);
    const all = resolveOptions({ paths: [dir], ignores: false });
    assert.equal(all.settings.applyIgnores, false);
    const r2 = await lint({ paths: all.paths, root: all.root, settings: all.settings });
    assert.deepEqual(brief(r2.findings), ['crontab:2:36-2:52 MSTDN102', 'crontab:2:53-2:62 MSTDN106']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('inline: ignore[...] on the same line or the line above; not two lines above, not for other rules', () => {
  const run = (crontab: string) => {
    const r = lintTree({ crontab });
    return { left: brief(r.findings), suppressed: r.suppressed };
  };
  assert.deepEqual(run(`RAILS_ENV=production\n${HEADERS} # mastodon-ops: ignore[MSTDN102] headers are tiny here\n`), { left: [], suppressed: 1 });
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN102] agreed in OPS-123\n${HEADERS}\n`), { left: [], suppressed: 1 });
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN102]\n\n${HEADERS}\n`).left, ['crontab:4:36-4:52 MSTDN102']);
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN101]\n${HEADERS}\n`).left, ['crontab:3:36-3:52 MSTDN102']);
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-ops: ignore[mstdn101, MSTDN102]\n${HEADERS}\n`).suppressed, 1);
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-lint: ignore[MSTDN102]\n${HEADERS}\n`).suppressed, 1);
  // The comment covers the next line only, not the entry after it.
  assert.deepEqual(run(`RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN102]\n${HEADERS}\n${HEADERS}\n`).left, ['crontab:4:36-4:52 MSTDN102']);
});

test('inline: ignore-file[...] anywhere in the file covers every line of it, and only that file', () => {
  const r = lintTree({
    crontab: `RAILS_ENV=production\n${HEADERS}\n${HEADERS.replace('0 4', '0 6')}\n${PRUNE}\n# mastodon-ops: ignore-file[MSTDN102] header pruning is accepted on this host\n`,
    'etc/cron.d/mastodon': `RAILS_ENV=production\n${HEADERS.replace('bin/', 'mastodon bin/')}\n`,
  });
  assert.deepEqual(brief(r.findings), ['crontab:4:36-4:52 MSTDN101', 'etc/cron.d/mastodon:2:45-2:61 MSTDN102']);
  assert.equal(r.suppressed, 2);
});

test('inline: in a script, in a systemd unit and in YAML', () => {
  const r = lintTree({
    crontab: 'RAILS_ENV=production\n@weekly /home/mastodon/bin/headers.sh\n',
    'bin/headers.sh': `#!/bin/sh\n# mastodon-ops: ignore[MSTDN102]\nbin/tootctl media remove --remove-headers --days 60\n`,
    'systemd/h.service': '[Service]\nEnvironment=RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN102]\nExecStart=/home/mastodon/live/bin/tootctl media remove --remove-headers --days 60\n',
    'systemd/h.timer': '[Timer]\nOnCalendar=weekly\n',
    'ansible/cron.yml': [
      '- name: headers',
      '  ansible.builtin.cron:',
      '    name: headers',
      '    special_time: weekly',
      '    # mastodon-ops: ignore[MSTDN102]',
      '    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --remove-headers --days 60"',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, 'MSTDN102'), []);
  assert.equal(r.suppressed, 3);
});

test('--no-ignores (applyIgnores: false) reports inline, file, config and annotation suppressions', () => {
  const files = {
    crontab: `RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN102]\n${HEADERS}\n`,
    'etc/cron.d/mastodon': `# mastodon-ops: ignore-file[MSTDN101]\nRAILS_ENV=production\n${PRUNE.replace('bin/', 'mastodon bin/')}\n`,
    'deploy/mastodon.cron': `RAILS_ENV=production\n${HEADERS}\n`,
    'k8s/prune.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: prune',
      '  annotations:',
      '    ignore-check.mastodon-ops.dev/MSTDN102: "accepted"',
      'spec:',
      '  schedule: "0 4 * * 0"',
      '  concurrencyPolicy: Forbid',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: tootctl',
      '              image: ghcr.io/mastodon/mastodon:v4.3.2',
      '              command: ["bin/tootctl", "media", "remove", "--remove-headers", "--days", "60"]',
      '',
    ].join('\n'),
  };
  const settings = withRules({ MSTDN102: { ignore: ['deploy/'] } });
  const on = lintTree(files, settings);
  assert.deepEqual(brief(on.findings), []);
  assert.equal(on.suppressed, 4);
  const off = lintTree(files, { ...settings, applyIgnores: false });
  assert.deepEqual(off.findings.map((f) => `${f.span.file} ${f.ruleId}`), [
    'crontab MSTDN102',
    'deploy/mastodon.cron MSTDN102',
    'etc/cron.d/mastodon MSTDN101',
    'k8s/prune.yaml MSTDN102',
  ]);
  assert.equal(off.suppressed, 0);
});
