import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN001';

function only(files: Record<string, string>) {
  const r = lintTree(files);
  return { r, f: r.findings.filter((x) => x.ruleId === ID) };
}

test('MSTDN001: a crontab line ending in "\\": the backslash and the orphaned next line, nothing else', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove \\',
      '    --days 14',
      '0 5 * * 0 bin/tootctl media remove --remove-headers --days 60',
      '',
    ].join('\n'),
  };
  const { r, f } = only(files);
  assert.deepEqual(brief(f), ['crontab:2:62-2:63 MSTDN001', 'crontab:3:5-3:14 MSTDN001']);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['\\', '--days 14']);
  assert.deepEqual(f.map((x) => x.severity), ['error', 'error']);
  // The orphaned line is not also read as a broken tootctl call or schedule; the entry after it still is linted.
  assert.deepEqual(brief(r.findings), ['crontab:2:62-2:63 MSTDN001', 'crontab:3:5-3:14 MSTDN001', 'crontab:4:36-4:52 MSTDN102']);
});

test('MSTDN001: an escaped backslash at the end is not a continuation; entries without a command are', () => {
  assert.deepEqual(only({ crontab: 'RAILS_ENV=production\n0 4 * * 0 logger -t mastodon-prune done\\\\\n' }).f, []);
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * *\n@weekly\n' };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:2:1-2:10 MSTDN001', 'crontab:3:1-3:8 MSTDN001']);
});

test('MSTDN001: invalid YAML is one positioned error, and the other files are still checked', () => {
  const files = {
    'k8s/prune.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: prune',
      'spec:',
      '  schedule: "0 4 * * 0"',
      '   jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: tootctl',
      '              image: ghcr.io/mastodon/mastodon:v4.3.2',
      '              command: ["bin/tootctl", "media", "remove", "--remove-headers"]',
      '',
    ].join('\n'),
    crontab: 'RAILS_ENV=production\n0 4 * * 0 bin/tootctl media remove --remove-headers --days 60\n',
  };
  const { r, f } = only(files);
  assert.deepEqual(brief(f), ['k8s/prune.yaml:7:1-7:2 MSTDN001']);
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /YAML/);
  assert.deepEqual(brief(r.findings, 'MSTDN102'), ['crontab:2:36-2:52 MSTDN102']);
});

test('MSTDN001: an unclosed quote in an Ansible job', () => {
  const files = { 'ansible/cron.yml': '- name: Prune\n  ansible.builtin.cron:\n    name: prune\n    job: "bin/tootctl media remove --prune-profiles\n' };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['ansible/cron.yml:4:10-4:11 MSTDN001']);
  assert.equal(spanText(files, f[0]!), '"');
});

test('MSTDN001: env lines that are not KEY=value are warnings; template tags and comments are fine', () => {
  const files = {
    '.env.production': [
      'LOCAL_DOMAIN=social.example',
      'export RAILS_ENV=production',
      'S3_ENABLED true',
      '{% if mastodon_s3 %}',
      'S3_PERMISSION="private',
      '# S3_BUCKET=old',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['.env.production:3:1-3:16 MSTDN001', '.env.production:5:15-5:23 MSTDN001']);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['S3_ENABLED true', '"private']);
  assert.deepEqual(f.map((x) => x.severity), ['warning', 'warning']);
});

test('MSTDN001: a broken systemd section header', () => {
  const files = { 'systemd/mastodon-media.service': '[Service\nExecStart=/home/mastodon/live/bin/tootctl media remove\n' };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['systemd/mastodon-media.service:1:1-1:9 MSTDN001']);
});

test('MSTDN001: an unterminated quote in a script is reported where the quote opens', () => {
  const files = {
    crontab: '0 4 * * 0 /home/mastodon/bin/prune.sh\n',
    'bin/prune.sh': [
      '#!/bin/bash',
      "sudo -u mastodon bash -c 'cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 14",
      'echo "prune finished"',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.span.file, 'bin/prune.sh');
  assert.deepEqual([f[0]!.span.start.line, f[0]!.span.start.column], [2, 26]);
  assert.equal(f[0]!.severity, 'error');
});

test('MSTDN001: an unterminated quote in a crontab command is reported', () => {
  const files = { crontab: "RAILS_ENV=production\n0 4 * * 0 su - mastodon -c 'cd live && bin/tootctl media remove --days 14\n" };
  const { f } = only(files);
  assert.equal(f.length, 1);
  assert.deepEqual([f[0]!.span.start.line, f[0]!.span.start.column], [2, 28]);
});

test('MSTDN001: an unescaped "%" cuts a crontab command inside $(...)', () => {
  // cron ends the command at "%": the shell gets "... > /var/log/prune-$(date +" and fails.
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --days 14 > /var/log/prune-$(date +%F).log\n' };
  const { f } = only(files);
  assert.equal(f.length, 1);
  assert.equal(f[0]!.span.start.line, 2);
});

test('MSTDN001: hostile input ends the run normally', () => {
  const r = lintTree({
    'bin/evil.sh': `#!/bin/sh\necho tootctl ${'$('.repeat(100_000)}\n`,
    'k8s/evil.yaml': `# mastodon\n${'['.repeat(5000)}\n`,
    crontab: `RAILS_ENV=production\n0 4 * * 0 bin/tootctl ${'"'.repeat(10_001)}\n`,
  });
  assert.ok(r.filesParsed >= 3);
  for (const f of r.findings) assert.ok(f.span.start.offset <= f.span.end.offset);
});
