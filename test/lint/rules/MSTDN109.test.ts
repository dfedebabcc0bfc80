import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN109';

function only(files: Record<string, string>) {
  const r = lintTree(files);
  return { r, f: r.findings.filter((x) => x.ruleId === ID) };
}

test('MSTDN109: S3, s3cmd, rclone, find and rm on Mastodon media, each on the target it deletes', () => {
  const files = {
    crontab: [
      '0 1 * * * aws s3 rm --recursive s3://mastodon-media/cache/',
      '0 2 * * * s3cmd del --recursive --force s3://mastodon-media/cache/media_attachments/',
      '0 3 * * * rclone delete remote:mastodon-media/media_attachments',
      '0 4 * * * find /home/mastodon/live/public/system/cache -mtime +7 -delete',
      '0 5 * * * cd /home/mastodon/live && rm -rf public/system/cache/accounts',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), [
    'crontab:1:33-1:59 MSTDN109',
    'crontab:2:41-2:85 MSTDN109',
    'crontab:3:25-3:64 MSTDN109',
    'crontab:4:16-4:55 MSTDN109',
    'crontab:5:44-5:72 MSTDN109',
  ]);
  assert.deepEqual(f.map((x) => spanText(files, x)), [
    's3://mastodon-media/cache/',
    's3://mastodon-media/cache/media_attachments/',
    'remote:mastodon-media/media_attachments',
    '/home/mastodon/live/public/system/cache',
    'public/system/cache/accounts',
  ]);
  for (const x of f) assert.equal(x.severity, 'error');
  assert.match(f[0]!.message, /"aws s3 rm"/);
  assert.match(f[2]!.message, /"rclone delete"/);
});

test('MSTDN109: unrelated buckets and paths, echoes and comments are not reported', () => {
  const { f } = only({
    crontab: [
      '0 1 * * * aws s3 rm s3://backups/db.sql',
      '0 2 * * * aws s3 rm --recursive s3://ci-artifacts/builds/',
      '0 3 * * * find /var/backups/mastodon -name "*.dump" -mtime +14 -delete',
      '0 4 * * * rm -rf /tmp/mastodon-build',
      '0 5 * * * echo aws s3 rm --recursive s3://mastodon-media/cache/',
      '# 0 6 * * * aws s3 rm --recursive s3://mastodon-media/cache/',
      '0 7 * * * aws s3 ls s3://mastodon-media/cache/',
      '0 8 * * * cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 7',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(f), []);
});

test('MSTDN109: the S3_BUCKET of an env file in the repo counts even without a media prefix', () => {
  const files = {
    '.env.production': 'S3_ENABLED=true\nS3_BUCKET=files-example-social\nS3_REGION=eu-central-1\n',
    crontab: [
      '0 3 * * 0 aws s3 rm --recursive s3://files-example-social/',
      '0 4 * * 0 aws s3 rm s3://backups/db.sql',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:1:33-1:59 MSTDN109']);
  assert.equal(spanText(files, f[0]!), 's3://files-example-social/');
});

test('MSTDN109: a templated S3_BUCKET names no bucket', () => {
  const { f } = only({
    'templates/.env.production.j2': 'S3_ENABLED=true\nS3_BUCKET={{ mastodon_s3_bucket }}\n',
    crontab: '0 3 * * 0 aws s3 rm --recursive s3://files-example-social/\n',
  });
  assert.deepEqual(brief(f), []);
});

test('MSTDN109: the documented bad script run by cron is an error; unscheduled it is a warning', () => {
  const script = '#!/bin/sh\nset -eu\naws s3 rm --recursive s3://example-social-media/cache/ --only-show-errors\n';
  const cron = { crontab: '0 1 1 * * /home/mastodon/ops/scripts/s3-cleanup.sh\n', 'scripts/s3-cleanup.sh': script };
  const { f } = only(cron);
  assert.deepEqual(brief(f), ['scripts/s3-cleanup.sh:3:23-3:55 MSTDN109']);
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /crontab entry/);
  const alone = only({ 'scripts/s3-cleanup.sh': script }).f;
  assert.deepEqual(brief(alone), ['scripts/s3-cleanup.sh:3:23-3:55 MSTDN109']);
  assert.equal(alone[0]!.severity, 'warning');
});

test('MSTDN109: targets built from variables, with continuation lines', () => {
  const files = {
    crontab: '@daily /home/mastodon/bin/clean.sh\n',
    'bin/clean.sh': [
      '#!/bin/bash',
      'BUCKET=mastodon-media',
      'MEDIA=/home/mastodon/live/public/system',
      'aws s3 rm --recursive "s3://$BUCKET/cache/" \\',
      '  --exclude "*" --include "*.png"',
      'find "$MEDIA/cache" -type f -mtime +7 -delete',
      'aws s3 rm --recursive "s3://$UNKNOWN_BUCKET/cache/"',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['bin/clean.sh:4:23-4:44 MSTDN109', 'bin/clean.sh:6:6-6:20 MSTDN109']);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['"s3://$BUCKET/cache/"', '"$MEDIA/cache"']);
});

test('MSTDN109: through sudo, and find -exec rm', () => {
  const files = {
    crontab: [
      '0 5 * * * sudo -u mastodon rm -rf /home/mastodon/live/public/system/cache/accounts',
      '0 6 * * * find /home/mastodon/live/public/system/cache -type f -mtime +14 -exec rm {} \\;',
      "0 7 * * * su - mastodon -c 'rm -rf ~/live/public/system/cache/preview_cards'",
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(f.map((x) => `${x.span.start.line}:${spanText(files, x)}`), [
    '1:/home/mastodon/live/public/system/cache/accounts',
    '2:/home/mastodon/live/public/system/cache',
    '3:~/live/public/system/cache/preview_cards',
  ]);
});

test('MSTDN109: systemd timer, Kubernetes CronJob, Ansible cron (absent is silent)', () => {
  const files = {
    'systemd/clean.service': '[Service]\nType=oneshot\nExecStart=/usr/local/bin/aws s3 rm --recursive s3://mastodon-media/cache/media_attachments/\n',
    'systemd/clean.timer': '[Timer]\nOnCalendar=weekly\n',
    'k8s/cache-clean.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: cache-clean',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  concurrencyPolicy: Forbid',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: aws',
      '              image: amazon/aws-cli:2.15.0',
      '              command:',
      '                - bash',
      '                - -c',
      '                - |',
      '                  aws s3 rm --recursive \\',
      '                    s3://mastodon-media/cache/',
      '',
    ].join('\n'),
    'ansible/cron.yml': [
      '- name: Clean cache',
      '  ansible.builtin.cron:',
      '    name: clean cache',
      '    user: mastodon',
      '    special_time: daily',
      '    job: "find /home/mastodon/live/public/system/cache -type f -mtime +7 -delete"',
      '- name: Clean cache, old',
      '  ansible.builtin.cron:',
      '    name: clean cache old',
      '    user: mastodon',
      '    state: absent',
      '    job: "rm -rf /home/mastodon/live/public/system/cache"',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), [
    'ansible/cron.yml:6:16-6:55 MSTDN109',
    'k8s/cache-clean.yaml:20:21-20:47 MSTDN109',
    'systemd/clean.service:3:48-3:92 MSTDN109',
  ]);
  for (const x of f) assert.equal(x.severity, 'error');
});

test('MSTDN109: options that take a value before the target do not hide it', () => {
  const files = {
    crontab: [
      '0 1 * * * rclone delete --min-age 30d remote:mastodon-media/cache',
      '0 2 * * * aws s3 rm --endpoint-url https://s3.eu-central-2.wasabisys.com --recursive s3://mastodon-media/cache/',
      '0 3 * * * aws s3 sync --delete /srv/empty/ s3://mastodon-media/cache/',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:1:39-1:66 MSTDN109', 'crontab:2:86-2:112 MSTDN109', 'crontab:3:44-3:70 MSTDN109']);
});
