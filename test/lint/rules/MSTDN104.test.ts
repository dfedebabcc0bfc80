import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN104';
const ENV = 'RAILS_ENV=production\n';

test('MSTDN104: a cron.d refresh --all is reported on --all, as an error', () => {
  const files = { 'etc/cron.d/mastodon': `${ENV}0 7 * * 0 mastodon cd /home/mastodon/live && bin/tootctl accounts refresh --all --concurrency 10\n` };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['etc/cron.d/mastodon:2:75-2:80 MSTDN104']);
  const f = r.findings[0]!;
  assert.equal(spanText(files, f), '--all');
  assert.equal(f.severity, 'error');
  assert.equal(f.confidence, 'high');
});

test('MSTDN104: --domain is reported with its value, in both spellings', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 5 * * * bin/tootctl accounts refresh --domain mastodon.social',
      '0 6 * * * bin/tootctl accounts refresh --domain=mastodon.social -c 2',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['crontab:2:40-2:64 MSTDN104', 'crontab:3:40-3:64 MSTDN104']);
  assert.deepEqual(r.findings.map((f) => spanText(files, f)), ['--domain mastodon.social', '--domain=mastodon.social']);
  assert.match(r.findings[0]!.message, /"--domain mastodon\.social"/);
});

test('MSTDN104: named accounts, --all=false, other subcommands and comments are not reported', () => {
  const r = lintTree({
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * * bin/tootctl accounts refresh alice@example.com bob@social.example.org',
      '0 2 * * * bin/tootctl accounts refresh --all=false alice@example.com',
      '0 3 * * * bin/tootctl accounts cull --concurrency 5',
      '0 4 * * * bin/tootctl media refresh --domain mastodon.social',
      '# 0 5 * * * bin/tootctl accounts refresh --all',
      '0 6 * * * echo "run bin/tootctl accounts refresh --all by hand"',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});

test('MSTDN104: a script nothing runs is a warning with low confidence; run by cron it is an error', () => {
  const script = '#!/bin/sh\nset -eu\ncd /home/mastodon/live\nRAILS_ENV=production bin/tootctl accounts refresh \\\n  --all\n';
  const alone = lintTree({ 'scripts/refresh.sh': script });
  assert.deepEqual(brief(alone.findings), ['scripts/refresh.sh:5:3-5:8 MSTDN104']);
  assert.equal(alone.findings[0]!.severity, 'warning');
  assert.equal(alone.findings[0]!.confidence, 'low');
  const cron = lintTree({ 'scripts/refresh.sh': script, crontab: '0 7 * * 0 /home/mastodon/scripts/refresh.sh\n' });
  assert.deepEqual(brief(cron.findings, ID), ['scripts/refresh.sh:5:3-5:8 MSTDN104']);
  assert.equal(cron.findings.find((f) => f.ruleId === ID)!.severity, 'error');
  assert.equal(cron.findings.find((f) => f.ruleId === ID)!.confidence, 'high');
});

test('MSTDN104: systemd timer, Kubernetes CronJob and Ansible cron (not when absent or disabled)', () => {
  const files = {
    'systemd/mastodon-refresh.service': [
      '[Service]',
      'Type=oneshot',
      'User=mastodon',
      'Environment=RAILS_ENV=production',
      'WorkingDirectory=/home/mastodon/live',
      'ExecStart=/home/mastodon/live/bin/tootctl accounts refresh --all',
      '',
    ].join('\n'),
    'systemd/mastodon-refresh.timer': '[Timer]\nOnCalendar=Sun 07:00\n[Install]\nWantedBy=timers.target\n',
    'k8s/refresh.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: refresh-avatars',
      'spec:',
      '  schedule: "@weekly"',
      '  concurrencyPolicy: Forbid',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: refresh',
      '              image: ghcr.io/mastodon/mastodon:v4.3.2',
      '              command:',
      '                - bash',
      '                - -c',
      '                - |',
      '                  bin/tootctl accounts refresh \\',
      '                    --all --concurrency 2',
      '',
    ].join('\n'),
    'ansible/cron.yml': [
      '- name: Refresh remote accounts',
      '  ansible.builtin.cron:',
      '    name: refresh',
      '    user: mastodon',
      '    weekday: "0"',
      '    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl accounts refresh --all"',
      '- name: Old refresh, removed',
      '  ansible.builtin.cron:',
      '    name: refresh old',
      '    user: mastodon',
      '    state: absent',
      '    job: "bin/tootctl accounts refresh --all"',
      '- name: Old refresh, disabled',
      '  ansible.builtin.cron:',
      '    name: refresh older',
      '    user: mastodon',
      '    disabled: true',
      '    job: "bin/tootctl accounts refresh --all"',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), [
    'ansible/cron.yml:6:87-6:92 MSTDN104',
    'k8s/refresh.yaml:20:21-20:26 MSTDN104',
    'systemd/mastodon-refresh.service:6:60-6:65 MSTDN104',
  ]);
  for (const f of r.findings.filter((x) => x.ruleId === ID)) {
    assert.equal(spanText(files, f), '--all');
    assert.equal(f.severity, 'error');
  }
});

test('MSTDN104: through sudo, su - -c, bash -lc and docker compose exec', () => {
  const lines = [
    'RAILS_ENV=production',
    '0 1 * * 0 sudo -u mastodon RAILS_ENV=production /home/mastodon/live/bin/tootctl accounts refresh --all',
    "0 2 * * 0 su - mastodon -c 'cd ~/live && RAILS_ENV=production bin/tootctl accounts refresh --all'",
    "0 3 * * 0 bash -lc 'cd /home/mastodon/live && bin/tootctl accounts refresh --all'",
    '0 4 * * 0 cd /opt/mastodon && docker compose exec -T web tootctl accounts refresh --all',
    '',
  ];
  const files = { crontab: lines.join('\n') };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => x.span.start.line), [2, 3, 4, 5]);
  for (const x of f) {
    assert.equal(spanText(files, x), '--all');
    assert.equal(x.span.start.column, lines[x.span.start.line - 1]!.indexOf('--all') + 1);
  }
});

test('MSTDN104: a domain from a variable is reported on what is written', () => {
  const files = {
    crontab: `${ENV}0 6 * * 0 /home/mastodon/bin/refresh-domain.sh\n`,
    'bin/refresh-domain.sh': '#!/bin/bash\nDOMAIN=${1:-mastodon.social}\ncd /home/mastodon/live\nbin/tootctl accounts refresh --domain "$DOMAIN"\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, ID), ['bin/refresh-domain.sh:4:30-4:48 MSTDN104']);
  assert.equal(spanText(files, r.findings.find((x) => x.ruleId === ID)!), '--domain "$DOMAIN"');
});
