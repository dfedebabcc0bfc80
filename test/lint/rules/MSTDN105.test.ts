import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN105';
const ENV = 'RAILS_ENV=production\n';

test('MSTDN105: Mastodon #23983 setup: reported on --include-follows, as an error', () => {
  const files = { crontab: `${ENV}0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --include-follows --days 30\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['crontab:2:79-2:96 MSTDN105']);
  const f = r.findings.find((x) => x.ruleId === ID)!;
  assert.equal(spanText(files, f), '--include-follows');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /follow/);
  assert.doesNotMatch(f.message, /exits 1/);
});

test('MSTDN105: with --remove-headers too; without a profile flag tootctl refuses it', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 5 * * 0 bin/tootctl media remove --remove-headers --include-follows --days 60',
      '0 6 * * 0 bin/tootctl media remove --include-follows --days 7',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['crontab:2:53-2:70 MSTDN105', 'crontab:3:36-3:53 MSTDN105']);
  const [withHeaders, alone] = r.findings.filter((x) => x.ruleId === ID);
  assert.equal(spanText(files, alone!), '--include-follows');
  assert.doesNotMatch(withHeaders!.message, /exits 1/);
  assert.match(alone!.message, /exits 1/);
});

test('MSTDN105: turned off, commented out, or beside a profile flag hidden in a variable: not reported', () => {
  const r = lintTree({
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * 0 bin/tootctl media remove --prune-profiles --include-follows=false --days 60',
      '0 2 * * 0 bin/tootctl media remove --prune-profiles --no-include-follows --days 60',
      '# 0 3 * * 0 bin/tootctl media remove --prune-profiles --include-follows --days 60',
      '0 4 * * 0 bin/tootctl media remove $PROFILE_FLAG --include-follows --days 60',
      '0 5 * * 0 logger "tootctl media remove --include-follows is not scheduled"',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN105: on a line tootctl refuses (both profile flags), only MSTDN103 is reported', () => {
  const files = { crontab: `${ENV}0 4 * * 0 bin/tootctl media remove --prune-profiles --remove-headers --include-follows --days 60\n` };
  const r = lintTree(files);
  // Nothing is pruned when tootctl exits on the conflict, so "also prunes accounts your users follow" is not true.
  assert.deepEqual(brief(r.findings), ['crontab:2:53-2:69 MSTDN103']);
});

test('MSTDN105: /etc/cron.d with a user field, underscore and =true spelling', () => {
  const files = { 'etc/cron.d/mastodon': `${ENV}0 4 * * 0 mastodon bin/tootctl media remove --include_follows=true --prune-profiles --days 60\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['etc/cron.d/mastodon:2:45-2:67 MSTDN105']);
  assert.equal(spanText(files, r.findings.find((x) => x.ruleId === ID)!), '--include_follows=true');
});

test('MSTDN105: a script run by cron with continuation lines, and one nothing runs', () => {
  const script = '#!/bin/bash\ncd /home/mastodon/live\nexport RAILS_ENV=production\nbin/tootctl media remove \\\n  --prune-profiles \\\n  --include-follows \\\n  --days 90\n';
  const r = lintTree({ crontab: '15 4 * * 0 /home/mastodon/bin/prune.sh\n', 'bin/prune.sh': script });
  assert.deepEqual(brief(r.findings, ID), ['bin/prune.sh:6:3-6:20 MSTDN105']);
  const alone = lintTree({ 'ops/prune.sh': script });
  assert.deepEqual(brief(alone.findings, ID), ['ops/prune.sh:6:3-6:20 MSTDN105']);
  assert.equal(alone.findings.find((x) => x.ruleId === ID)!.severity, 'error');
});

test('MSTDN105: systemd timer, Kubernetes CronJob, Ansible cron (absent and disabled tasks are silent)', () => {
  const ansibleTask = (name: string, extra: string) =>
    [
      `- name: ${name}`,
      '  ansible.builtin.cron:',
      `    name: ${name}`,
      '    user: mastodon',
      '    special_time: weekly',
      ...(extra ? [extra] : []),
      '    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --prune-profiles --include-follows --days 90"',
    ].join('\n');
  const files = {
    'systemd/prune.service': '[Service]\nType=oneshot\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --prune-profiles --include-follows --days 90\n',
    'systemd/prune.timer': '[Timer]\nOnCalendar=weekly\n',
    'k8s/prune.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: prune',
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
      '              command:',
      '                - bash',
      '                - -c',
      '                - |',
      '                  bin/tootctl media remove --prune-profiles \\',
      '                    --include-follows --days 90',
      '',
    ].join('\n'),
    'ansible/cron.yml': [ansibleTask('prune', ''), ansibleTask('prune absent', '    state: absent'), ansibleTask('prune disabled', '    disabled: true'), ''].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), [
    'ansible/cron.yml:6:100-6:117 MSTDN105',
    'k8s/prune.yaml:20:21-20:38 MSTDN105',
    'systemd/prune.service:4:73-4:90 MSTDN105',
  ]);
  for (const f of r.findings.filter((x) => x.ruleId === ID)) assert.equal(spanText(files, f), '--include-follows');
});

test('MSTDN105: through sudo -u, su - -c, bash -lc, docker compose exec and bundle exec', () => {
  const lines = [
    'RAILS_ENV=production',
    '0 1 * * 0 sudo -u mastodon RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --prune-profiles --include-follows --days 90',
    "0 2 * * 0 su - mastodon -c 'cd live && RAILS_ENV=production bin/tootctl media remove --prune-profiles --include-follows --days 90'",
    "0 3 * * 0 bash -lc 'cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --include-follows --days 90'",
    '0 4 * * 0 docker compose exec web tootctl media remove --prune-profiles --include-follows --days 90',
    '0 5 * * 0 cd /home/mastodon/live && RAILS_ENV=production bundle exec bin/tootctl media remove --prune-profiles --include-follows --days 90',
    '',
  ];
  const files = { crontab: lines.join('\n') };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => x.span.start.line), [2, 3, 4, 5, 6]);
  for (const x of f) {
    assert.equal(spanText(files, x), '--include-follows');
    assert.equal(x.span.start.column, lines[x.span.start.line - 1]!.indexOf('--include-follows') + 1);
  }
});
