import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN102';
const ENV = 'RAILS_ENV=production\n';

function cronJob(name: string, script: string): string {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  schedule: "0 4 * * 0"',
    '  concurrencyPolicy: Forbid',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    '            - name: tootctl',
    '              image: ghcr.io/mastodon/mastodon:v4.3.2',
    '              command:',
    '                - bash',
    '                - -c',
    '                - |',
    ...script.split('\n').map((l) => `                  ${l}`),
    '',
  ].join('\n');
}

function ansibleCron(extra: string[]): string {
  return [
    '- name: Mastodon maintenance',
    '  hosts: mastodon',
    '  tasks:',
    '    - name: Prune remote headers',
    '      ansible.builtin.cron:',
    '        name: prune headers',
    '        user: mastodon',
    '        minute: "0"',
    '        hour: "4"',
    ...extra,
    '        job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --remove-headers --days 60"',
    '',
  ].join('\n');
}

test('MSTDN102: a crontab entry is reported on --remove-headers, as a warning', () => {
  const files = { crontab: `${ENV}0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --remove-headers --days 60\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['crontab:2:62-2:78 MSTDN102']);
  const f = r.findings[0]!;
  assert.equal(spanText(files, f), '--remove-headers');
  assert.equal(f.severity, 'warning');
  assert.equal(f.confidence, 'high');
  assert.match(f.message, /crontab entry/);
});

test('MSTDN102: /etc/cron.d with a user field', () => {
  const files = { 'etc/cron.d/mastodon': `${ENV}30 3 * * 1 mastodon cd /home/mastodon/live && bin/tootctl media remove --remove-headers --days 60\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['etc/cron.d/mastodon:2:72-2:88 MSTDN102']);
  assert.equal(spanText(files, r.findings[0]!), '--remove-headers');
  assert.match(r.findings[0]!.message, /user mastodon/);
});

test('MSTDN102: a script run by cron, the flag on a continuation line', () => {
  const files = {
    crontab: `${ENV}30 3 * * 0 /home/mastodon/bin/prune-headers.sh >> /var/log/mastodon/prune.log 2>&1\n`,
    'bin/prune-headers.sh': '#!/bin/bash\nset -e\ncd /home/mastodon/live\nbin/tootctl media remove \\\n  --days 60 \\\n  --remove-headers\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['bin/prune-headers.sh:6:3-6:19 MSTDN102']);
  const f = r.findings.find((x) => x.ruleId === ID)!;
  assert.equal(spanText(files, f), '--remove-headers');
  assert.equal(f.confidence, 'high');
  assert.match(f.message, /crontab entry/);
});

test('MSTDN102: a script nothing schedules is reported with low confidence', () => {
  const files = { 'ops/prune-headers.sh': '#!/bin/bash\nRAILS_ENV=production bin/tootctl media remove --remove-headers --days 60\n' };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['ops/prune-headers.sh:2:47-2:63 MSTDN102']);
  assert.equal(r.findings[0]!.confidence, 'low');
  assert.equal(r.findings[0]!.severity, 'warning');
  assert.doesNotMatch(r.findings[0]!.message, /run by/);
});

test('MSTDN102: a systemd service started by its timer, the flag on a continuation line', () => {
  const files = {
    'systemd/mastodon-headers.service': [
      '[Unit]',
      'Description=Prune remote headers',
      '[Service]',
      'Type=oneshot',
      'User=mastodon',
      'Environment=RAILS_ENV=production',
      'WorkingDirectory=/home/mastodon/live',
      'ExecStart=/home/mastodon/live/bin/tootctl media remove \\',
      '  --remove-headers --days 60',
      '',
    ].join('\n'),
    'systemd/mastodon-headers.timer': '[Timer]\nOnCalendar=weekly\nPersistent=true\n[Install]\nWantedBy=timers.target\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['systemd/mastodon-headers.service:9:3-9:19 MSTDN102']);
  const f = r.findings.find((x) => x.ruleId === ID)!;
  assert.equal(spanText(files, f), '--remove-headers');
  assert.match(f.message, /mastodon-headers\.timer/);
});

test('MSTDN102: a Kubernetes CronJob running a bash -c block scalar', () => {
  const files = {
    'k8s/media-prune.yaml': cronJob('media-prune', 'bin/tootctl media remove --days 14\nbin/tootctl media remove \\\n  --remove-headers --days 60'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['k8s/media-prune.yaml:22:21-22:37 MSTDN102']);
  const f = r.findings.find((x) => x.ruleId === ID)!;
  assert.equal(spanText(files, f), '--remove-headers');
  assert.match(f.message, /CronJob "media-prune"/);
});

test('MSTDN102: Ansible cron task; state: absent and disabled: true run nothing', () => {
  const on = { 'playbooks/cron.yml': ansibleCron(['        weekday: "0"']) };
  const r = lintTree(on);
  assert.deepEqual(brief(r.findings, ID), ['playbooks/cron.yml:11:87-11:103 MSTDN102']);
  assert.equal(spanText(on, r.findings.find((x) => x.ruleId === ID)!), '--remove-headers');
  assert.deepEqual(brief(lintTree({ 'playbooks/cron.yml': ansibleCron(['        state: absent']) }).findings, ID), []);
  assert.deepEqual(brief(lintTree({ 'playbooks/cron.yml': ansibleCron(['        disabled: true']) }).findings, ID), []);
});

test('MSTDN102: every spelling Thor reads as true is reported on the option as written', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * 0 bin/tootctl media remove --remove_headers --days 60',
      '0 2 * * 0 bin/tootctl media remove --remove-headers=true --days 60',
      '0 3 * * 0 bin/tootctl media remove --days 60 --remove-headers true',
      '0 4 * * 0 bin/tootctl media remove -c 2 --remove-headers --days=60',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const got = r.findings.filter((f) => f.ruleId === ID).map((f) => `${f.span.start.line}:${spanText(files, f)}`);
  assert.deepEqual(got, ['2:--remove_headers', '3:--remove-headers=true', '4:--remove-headers true', '5:--remove-headers']);
});

test('MSTDN102: commented out, turned off, echoed, or together with --prune-profiles: not reported', () => {
  const r = lintTree({
    crontab: [
      'RAILS_ENV=production',
      '# 0 4 * * 0 bin/tootctl media remove --remove-headers --days 60',
      '#0 4 * * 0 bin/tootctl media remove --remove-headers --days 60',
      '0 1 * * 0 bin/tootctl media remove --no-remove-headers --days 60',
      '0 2 * * 0 bin/tootctl media remove --remove-headers=false --days 60',
      '0 3 * * 0 bin/tootctl media remove --remove-headers false --days 60',
      '0 4 * * 0 bin/tootctl media remove --remove-headers --no-remove-headers --days 60',
      '0 5 * * 0 echo bin/tootctl media remove --remove-headers',
      '0 6 * * 0 bin/tootctl media remove --days 14 # --remove-headers',
      '0 7 * * 0 bin/tootctl media remove --prune-profiles --remove-headers --days 60',
      '0 8 * * 0 bin/tootctl media remove_orphans --dry-run',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
  // The conflicting pair is MSTDN103's, not this rule's.
  assert.deepEqual(brief(r.findings, 'MSTDN103'), ['crontab:10:53-10:69 MSTDN103']);
});

test('MSTDN102: through sudo, su, bash -lc, docker compose, kubectl and bundle exec', () => {
  const lines = [
    'RAILS_ENV=production',
    '0 1 * * 0 sudo -u mastodon RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --remove-headers --days 60',
    "0 2 * * 0 su - mastodon -c 'cd live && RAILS_ENV=production bin/tootctl media remove --remove-headers --days 60'",
    "0 3 * * 0 bash -lc 'cd /home/mastodon/live && bin/tootctl media remove --remove-headers --days 60'",
    '0 4 * * 0 cd /opt/mastodon && docker compose exec web tootctl media remove --remove-headers --days 60',
    '0 5 * * 0 cd /home/mastodon/live && RAILS_ENV=production bundle exec bin/tootctl media remove --remove-headers --days 60',
    '0 6 * * 0 kubectl -n mastodon exec deploy/mastodon-web -- tootctl media remove --remove-headers --days 60',
    '',
  ];
  const files = { crontab: lines.join('\n') };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(
    f.map((x) => x.span.start.line),
    [2, 3, 4, 5, 6, 7],
  );
  for (const x of f) {
    assert.equal(spanText(files, x), '--remove-headers');
    assert.equal(x.span.start.column, lines[x.span.start.line - 1]!.indexOf('--remove-headers') + 1);
  }
});

test('MSTDN102: an option hidden in a variable is not guessed', () => {
  const r = lintTree({ crontab: `${ENV}0 4 * * 0 bin/tootctl media remove $EXTRA_FLAGS --days 60\n` });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN102: a flag set by a variable in a scheduled script is reported on the variable', () => {
  const files = {
    crontab: `${ENV}@weekly /home/mastodon/bin/headers.sh\n`,
    'bin/headers.sh': '#!/bin/sh\nFLAGS=--remove-headers\ncd /home/mastodon/live\nbin/tootctl media remove $FLAGS --days 60\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['bin/headers.sh:4:26-4:32 MSTDN102']);
  assert.equal(spanText(files, r.findings.find((x) => x.ruleId === ID)!), '$FLAGS');
});

test('MSTDN102: sudo -iu mastodon (combined flags) still runs tootctl', () => {
  const files = { crontab: `${ENV}0 4 * * 0 sudo -iu mastodon /home/mastodon/live/bin/tootctl media remove --remove-headers --days 60\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['crontab:2:74-2:90 MSTDN102']);
  assert.equal(spanText(files, r.findings.find((x) => x.ruleId === ID)!), '--remove-headers');
});
