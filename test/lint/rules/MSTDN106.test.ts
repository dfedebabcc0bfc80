import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN106';
const ENV = 'RAILS_ENV=production\n';

function only(files: Record<string, string>, settings?: Parameters<typeof lintTree>[1]) {
  const r = lintTree(files, settings);
  const f = r.findings.filter((x) => x.ruleId === ID);
  return { r, f, texts: f.map((x) => `${x.span.start.line}:${spanText(files, x)}`) };
}

test('MSTDN106: the documented bad line is reported on "--days 7", as a warning', () => {
  const files = { crontab: `${ENV}0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --remove-headers --days 7\n` };
  const { r, f } = only(files);
  assert.deepEqual(brief(r.findings, ID), ['crontab:2:79-2:87 MSTDN106']);
  assert.equal(spanText(files, f[0]!), '--days 7');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /"--days 7"/);
});

test('MSTDN106: every way of writing the number is underlined as written', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * 0 bin/tootctl media remove --prune-profiles -d 3',
      '0 2 * * 0 bin/tootctl media remove --prune-profiles -d3',
      '0 3 * * 0 bin/tootctl media remove --prune-profiles --days=3',
      '0 4 * * 0 bin/tootctl media remove --days 3 --prune-profiles',
      '0 5 * * 0 bin/tootctl media remove --days 90 --prune-profiles --days 14',
      '',
    ].join('\n'),
  };
  const { r, texts } = only(files);
  assert.deepEqual(texts, ['2:-d 3', '3:-d3', '4:--days=3', '5:--days 3', '6:--days 14']);
  assert.deepEqual(brief(r.findings, ID)[0], 'crontab:2:53-2:57 MSTDN106');
});

test('MSTDN106: without --days the default of 7 is reported on the subcommand; --days 0 is an error', () => {
  const files = {
    'etc/cron.d/mastodon': [
      'RAILS_ENV=production',
      '0 4 * * 0 mastodon bin/tootctl media remove --remove-headers',
      '0 5 * * 0 mastodon bin/tootctl media remove --remove-headers --days 0',
      '',
    ].join('\n'),
  };
  const { r, f, texts } = only(files);
  assert.deepEqual(texts, ['2:remove', '3:--days 0']);
  assert.deepEqual(brief(r.findings, ID)[0], 'etc/cron.d/mastodon:2:38-2:44 MSTDN106');
  assert.match(f[0]!.message, /without "--days"/);
  assert.deepEqual(f.map((x) => x.severity), ['warning', 'error']);
});

test('MSTDN106: long enough, attachment prunes, conflicts and comments are not reported', () => {
  const { f } = only({
    crontab: [
      'RAILS_ENV=production',
      '0 1 * * 0 bin/tootctl media remove --prune-profiles --days 30',
      '0 2 * * 0 bin/tootctl media remove --remove-headers -d 90',
      '0 3 * * * bin/tootctl media remove --days 3',
      '0 4 * * * bin/tootctl media remove',
      '0 5 * * 0 bin/tootctl media remove --prune-profiles --remove-headers --days 3',
      '0 6 * * 0 bin/tootctl preview_cards remove --days 3',
      '# 0 7 * * 0 bin/tootctl media remove --prune-profiles --days 3',
      '0 8 * * 0 bin/tootctl media remove --prune-profiles=false --days 3',
      '',
    ].join('\n'),
  });
  assert.deepEqual(f, []);
});

test('MSTDN106: min-prune-days raises the bar', () => {
  const files = {
    crontab: `${ENV}0 4 * * 0 bin/tootctl media remove --remove-headers --days 60\n0 5 * * 0 bin/tootctl media remove --remove-headers --days 90\n`,
  };
  assert.deepEqual(only(files).f, []);
  const { f, texts } = only(files, { minPruneDays: 90 });
  assert.deepEqual(texts, ['2:--days 60']);
  assert.match(f[0]!.message, /90 or more/);
});

test('MSTDN106: variables from the crontab and the script are resolved; unknown ones are not guessed', () => {
  const files = {
    crontab: `${ENV}KEEP=5\n@weekly /home/mastodon/bin/prune.sh\n0 4 * * 0 bin/tootctl media remove --remove-headers --days $KEEP\n`,
    'bin/prune.sh': [
      '#!/bin/bash',
      'DAYS=3',
      'cd /home/mastodon/live',
      'bin/tootctl media remove --remove-headers \\',
      '  --days "$DAYS"',
      'bin/tootctl media remove --remove-headers --days ${DAYS:-7}',
      'bin/tootctl media remove --remove-headers --days "$1"',
      'bin/tootctl media remove --remove-headers --days=$WINDOW',
      'bin/tootctl media remove --remove-headers $DAYS_FLAG',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(
    f.map((x) => `${x.span.file}:${x.span.start.line}:${spanText(files, x)}`),
    ['bin/prune.sh:5:--days "$DAYS"', 'bin/prune.sh:6:--days ${DAYS:-7}', 'crontab:4:--days $KEEP'],
  );
});

test('MSTDN106: a default from ${VAR:-7} after "=" is underlined in full', () => {
  const files = {
    crontab: `${ENV}@weekly /home/mastodon/bin/prune.sh\n`,
    'bin/prune.sh': '#!/bin/bash\ncd /home/mastodon/live\nbin/tootctl media remove --remove-headers --days=${KEEP_DAYS:-7}\n',
  };
  const { r, texts } = only(files);
  assert.deepEqual(texts, ['3:--days=${KEEP_DAYS:-7}']);
  assert.deepEqual(brief(r.findings, ID), ['bin/prune.sh:3:43-3:65 MSTDN106']);
});

test('MSTDN106: systemd timer, Kubernetes CronJob and Ansible cron; absent and disabled tasks are silent', () => {
  const task = (name: string, extra: string[]) => [
    `- name: ${name}`,
    '  ansible.builtin.cron:',
    `    name: ${name}`,
    '    user: mastodon',
    '    special_time: weekly',
    ...extra,
    '    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --remove-headers -d 3"',
  ];
  const files = {
    'systemd/prune.service': '[Service]\nType=oneshot\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --prune-profiles --days 14\n',
    'systemd/prune.timer': '[Timer]\nOnCalendar=Sun 04:00\n',
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
      '                  DAYS=7',
      '                  bin/tootctl media remove --prune-profiles \\',
      '                    --days $DAYS',
      '',
    ].join('\n'),
    'ansible/cron.yml': [...task('prune', []), ...task('old', ['    state: absent']), ...task('older', ['    disabled: true']), ''].join('\n'),
  };
  const { r, f } = only(files);
  assert.deepEqual(brief(r.findings, ID), [
    'ansible/cron.yml:6:100-6:104 MSTDN106',
    'k8s/prune.yaml:21:21-21:33 MSTDN106',
    'systemd/prune.service:4:73-4:82 MSTDN106',
  ]);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['-d 3', '--days $DAYS', '--days 14']);
});

test('MSTDN106: the magout chart toggle has no --days to change, so only MSTDN101 speaks', () => {
  const r = lintTree({
    'magout/values.yaml': [
      'periodicMaintenance:',
      '  enabled: true',
      '  schedule: "0 2 * * *"',
      '  env:',
      '    - name: RAILS_ENV',
      '      value: production',
      '  pruneProfileMedia:',
      '    enabled: true',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
  assert.equal(brief(r.findings, 'MSTDN101').length, 1);
});

test('MSTDN106: through sudo -u, su - -c, docker compose exec and bundle exec', () => {
  const lines = [
    'RAILS_ENV=production',
    '0 1 * * 0 sudo -u mastodon RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --remove-headers --days 3',
    "0 2 * * 0 su - mastodon -c 'cd live && RAILS_ENV=production bin/tootctl media remove --remove-headers --days 3'",
    '0 3 * * 0 docker compose exec web tootctl media remove --remove-headers --days 3',
    '0 4 * * 0 cd /home/mastodon/live && RAILS_ENV=production bundle exec bin/tootctl media remove --remove-headers --days 3',
    '',
  ];
  const files = { crontab: lines.join('\n') };
  const { r, f } = only(files);
  assert.deepEqual(f.map((x) => x.span.start.line), [2, 3, 4, 5]);
  for (const x of f) {
    assert.equal(spanText(files, x), '--days 3');
    assert.equal(x.span.start.column, lines[x.span.start.line - 1]!.indexOf('--days 3') + 1);
  }
  assert.equal(brief(r.findings, ID)[0], 'crontab:2:111-2:119 MSTDN106');
});
