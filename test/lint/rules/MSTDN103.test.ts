import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN103';
const ENV = 'RAILS_ENV=production\n';

function cronJob(script: string): string {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: profile-prune',
    'spec:',
    '  schedule: "15 5 * * 6"',
    '  concurrencyPolicy: Forbid',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: Never',
    '          containers:',
    '            - name: tootctl',
    '              image: ghcr.io/mastodon/mastodon:v4.3.2',
    '              command:',
    '                - /bin/bash',
    '                - -c',
    '                - |',
    ...script.split('\n').map((l) => `                  ${l}`),
    '',
  ].join('\n');
}

test('MSTDN103: both profile flags: reported on the second, with the first as related, and nothing else', () => {
  const files = { crontab: `${ENV}0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --remove-headers --days 60\n` };
  const r = lintTree(files);
  // MSTDN101/102/106 stay quiet: tootctl refuses the line, so it prunes nothing.
  assert.deepEqual(brief(r.findings), ['crontab:2:79-2:95 MSTDN103']);
  const f = r.findings[0]!;
  assert.equal(spanText(files, f), '--remove-headers');
  assert.equal(f.severity, 'error');
  assert.equal(f.related.length, 1);
  assert.equal(files.crontab.slice(f.related[0]!.span.start.offset, f.related[0]!.span.end.offset), '--prune-profiles');
});

test('MSTDN103: the order of the flags decides which one is primary', () => {
  const files = { crontab: `${ENV}0 4 * * 0 bin/tootctl media remove --remove-headers --days 60 --prune-profiles\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['crontab:2:63-2:79 MSTDN103']);
  assert.equal(spanText(files, r.findings[0]!), '--prune-profiles');
  const rel = r.findings[0]!.related[0]!.span;
  assert.equal(files.crontab.slice(rel.start.offset, rel.end.offset), '--remove-headers');
});

test('MSTDN103: =true and underscore spellings conflict too', () => {
  const files = {
    'etc/cron.d/mastodon': `${ENV}0 4 * * 0 mastodon bin/tootctl media remove --prune_profiles=true --days 60 --remove_headers=true\n`,
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['etc/cron.d/mastodon:2:77-2:98 MSTDN103']);
  assert.equal(spanText(files, r.findings[0]!), '--remove_headers=true');
});

test('MSTDN103: one flag turned off is not a conflict', () => {
  const r = lintTree({
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * 0 bin/tootctl media remove --prune-profiles --remove-headers=false --days 60',
      '0 2 * * 0 bin/tootctl media remove --no-prune-profiles --remove-headers --days 60',
      '0 3 * * 0 bin/tootctl media remove --prune-profiles false --remove-headers --days 60',
      '# 0 4 * * 0 bin/tootctl media remove --prune-profiles --remove-headers',
      '0 5 * * 0 echo "bin/tootctl media remove --prune-profiles --remove-headers"',
      '0 6 * * 0 bin/tootctl media remove --prune-profiles $MORE_FLAGS --days 60',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
  // The lines that do run are the single-flag rules' business.
  assert.deepEqual(brief(r.findings, 'MSTDN101').map((b) => b.split(':')[1]), ['2', '7']);
  assert.deepEqual(brief(r.findings, 'MSTDN102').map((b) => b.split(':')[1]), ['3', '4']);
});

test('MSTDN103: a script run by cron, flags split over continuation lines', () => {
  const files = {
    crontab: `${ENV}0 5 * * 6 /home/mastodon/bin/weekly.sh\n`,
    'bin/weekly.sh': '#!/bin/bash\ncd /home/mastodon/live\nbin/tootctl media remove \\\n  --prune-profiles \\\n  --remove-headers \\\n  --days 45\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['bin/weekly.sh:5:3-5:19 MSTDN103']);
  assert.equal(r.findings.find((f) => f.ruleId === ID)!.related[0]!.span.start.line, 4);
});

test('MSTDN103: a script nothing runs is still broken: reported as an error', () => {
  const files = { 'scripts/prune.sh': '#!/bin/sh\nRAILS_ENV=production bin/tootctl media remove --remove-headers --prune-profiles\n' };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['scripts/prune.sh:2:64-2:80 MSTDN103']);
  assert.equal(r.findings.find((f) => f.ruleId === ID)!.severity, 'error');
});

test('MSTDN103: systemd service with timer, Kubernetes CronJob, Ansible cron', () => {
  const files = {
    'systemd/prune.service': '[Service]\nType=oneshot\nUser=mastodon\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --prune-profiles --remove-headers\n',
    'systemd/prune.timer': '[Timer]\nOnCalendar=Sat 05:15\n',
    'k8s/prune.yaml': cronJob('bin/tootctl media remove --prune-profiles \\\n  --remove-headers --days 60'),
    'ansible/cron.yml': [
      '- name: Weekly profile prune',
      '  ansible.builtin.cron:',
      '    name: prune',
      '    user: mastodon',
      '    special_time: weekly',
      '    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --prune-profiles --remove-headers"',
      '- name: Old prune, removed',
      '  ansible.builtin.cron:',
      '    name: old prune',
      '    user: mastodon',
      '    state: absent',
      '    job: "bin/tootctl media remove --prune-profiles --remove-headers"',
      '- name: Old prune, disabled',
      '  ansible.builtin.cron:',
      '    name: old prune 2',
      '    user: mastodon',
      '    disabled: true',
      '    job: "bin/tootctl media remove --prune-profiles --remove-headers"',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), [
    'ansible/cron.yml:6:100-6:116 MSTDN103',
    'k8s/prune.yaml:21:21-21:37 MSTDN103',
    'systemd/prune.service:5:73-5:89 MSTDN103',
  ]);
  for (const f of r.findings.filter((x) => x.ruleId === ID)) assert.equal(spanText(files, f), '--remove-headers');
});

test('MSTDN103: through sudo, su -c, docker compose exec and bundle exec', () => {
  const lines = [
    'RAILS_ENV=production',
    '0 1 * * 0 sudo -u mastodon /home/mastodon/live/bin/tootctl media remove --prune-profiles --remove-headers',
    "0 2 * * 0 su - mastodon -c 'cd live && bin/tootctl media remove --prune-profiles --remove-headers'",
    '0 3 * * 0 docker compose exec web tootctl media remove --prune-profiles --remove-headers',
    '0 4 * * 0 cd /home/mastodon/live && RAILS_ENV=production bundle exec bin/tootctl media remove --prune-profiles --remove-headers',
    '',
  ];
  const files = { crontab: lines.join('\n') };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => x.span.start.line), [2, 3, 4, 5]);
  for (const x of f) {
    assert.equal(spanText(files, x), '--remove-headers');
    assert.equal(x.span.start.column, lines[x.span.start.line - 1]!.indexOf('--remove-headers') + 1);
  }
});
