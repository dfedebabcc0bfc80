import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN108';
const PRUNE = 'cd /home/mastodon/live && bin/tootctl media remove --days 14';

function only(files: Record<string, string>) {
  const r = lintTree(files);
  return { r, f: r.findings.filter((x) => x.ruleId === ID) };
}

test('MSTDN108: a crontab without RAILS_ENV is reported on the tootctl word, as a warning', () => {
  const files = { crontab: `0 4 * * 0 ${PRUNE}\n` };
  const { r, f } = only(files);
  assert.deepEqual(brief(r.findings), ['crontab:1:37-1:48 MSTDN108']);
  assert.equal(spanText(files, f[0]!), 'bin/tootctl');
  assert.equal(f[0]!.severity, 'warning');
});

test('MSTDN108: a RAILS_ENV line applies to the entries below it, not above', () => {
  assert.deepEqual(only({ crontab: `RAILS_ENV=production\n0 4 * * 0 ${PRUNE}\n` }).f, []);
  assert.deepEqual(only({ crontab: `RAILS_ENV="production"\nMAILTO=ops@example.org\n0 4 * * 0 ${PRUNE}\n` }).f, []);
  // cron hands each entry the variables set so far.
  assert.deepEqual(brief(only({ crontab: `0 4 * * 0 ${PRUNE}\nRAILS_ENV=production\n` }).f), ['crontab:1:37-1:48 MSTDN108']);
});

test('MSTDN108: RAILS_ENV=development is reported, pointing at where it is set', () => {
  const files = { crontab: `RAILS_ENV=development\n0 4 * * 0 ${PRUNE}\n0 5 * * 0 RAILS_ENV=staging bin/tootctl accounts cull\n` };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:2:37-2:48 MSTDN108', 'crontab:3:29-3:40 MSTDN108']);
  assert.match(f[0]!.message, /RAILS_ENV=development/);
  assert.equal(f[0]!.related[0]!.span.start.line, 1);
  assert.match(f[1]!.message, /RAILS_ENV=staging/);
});

test('MSTDN108: sudo drops the crontab variable unless -E; the note says why', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 4 * * 0 sudo -u mastodon /home/mastodon/live/bin/tootctl media remove --days 14',
      '0 5 * * 0 sudo -E -u mastodon /home/mastodon/live/bin/tootctl media remove --days 14',
      '0 6 * * 0 sudo --preserve-env=RAILS_ENV -u mastodon /home/mastodon/live/bin/tootctl media remove --days 14',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:2:28-2:59 MSTDN108']);
  assert.equal(spanText(files, f[0]!), '/home/mastodon/live/bin/tootctl');
  assert.match(f[0]!.message, /sudo resets the environment/);
});

test('MSTDN108: RAILS_ENV before sudo is dropped; as a sudo argument it is kept', () => {
  const files = {
    crontab: [
      '0 4 * * 0 RAILS_ENV=production sudo -u mastodon /home/mastodon/live/bin/tootctl media remove --days 14',
      '0 5 * * 0 sudo -u mastodon RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --days 14',
      '',
    ].join('\n'),
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:1:49-1:80 MSTDN108']);
  assert.match(f[0]!.message, /sudo/);
});

test('MSTDN108: the documented bad and good cron.d entries', () => {
  const bad = { 'etc/cron.d/mastodon': "RAILS_ENV=production\n20 2 * * 3 root sudo -u mastodon -H bash -c 'cd /home/mastodon/live && bin/tootctl accounts cull --concurrency 5'\n" };
  const { f } = only(bad);
  assert.deepEqual(brief(f), ['etc/cron.d/mastodon:2:72-2:83 MSTDN108']);
  assert.equal(spanText(bad, f[0]!), 'bin/tootctl');
  const good = { 'etc/cron.d/mastodon': 'RAILS_ENV=production\n20 2 * * 3 mastodon cd /home/mastodon/live && bin/tootctl accounts cull --concurrency 5\n' };
  assert.deepEqual(only(good).f, []);
});

test('MSTDN108: the Mastodon image, a sourced env file and login shells may set it: not reported', () => {
  const files = {
    crontab: [
      '0 1 * * 0 cd /opt/mastodon && docker compose exec web tootctl media remove --days 14',
      '0 2 * * 0 docker-compose -f /opt/mastodon/docker-compose.yml run --rm web bin/tootctl media remove --days 14',
      '0 3 * * 0 kubectl -n mastodon exec deploy/mastodon-web -- tootctl media remove --days 14',
      "0 4 * * 0 su - mastodon -c 'cd live && bin/tootctl media remove --days 14'",
      "0 5 * * 0 sudo -u mastodon bash -lc 'cd /home/mastodon/live && bin/tootctl media remove --days 14'",
      '0 6 * * 0 /home/mastodon/bin/prune.sh',
      '0 7 * * 0 cd /home/mastodon/live && RAILS_ENV=$MASTODON_ENV bin/tootctl media remove --days 14',
      '# 0 8 * * 0 cd /home/mastodon/live && bin/tootctl media remove --days 14',
      '',
    ].join('\n'),
    'bin/prune.sh': '#!/bin/bash\nset -a\n. /home/mastodon/live/.env.production\nset +a\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\n',
  };
  assert.deepEqual(brief(only(files).f), []);
});

test('MSTDN108: docker compose exec -e RAILS_ENV=development overrides the image', () => {
  const files = { crontab: '0 4 * * 0 docker compose exec -e RAILS_ENV=development web tootctl media remove --days 14\n' };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['crontab:1:60-1:67 MSTDN108']);
  assert.equal(spanText(files, f[0]!), 'tootctl');
});

test('MSTDN108: ways of setting it for the command itself', () => {
  const files = {
    crontab: [
      '0 1 * * 0 cd /home/mastodon/live && RAILS_ENV=production bundle exec bin/tootctl media remove --days 14',
      '0 2 * * 0 env RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --days 14',
      "0 3 * * 0 bash -c 'cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 14'",
      "0 4 * * 0 sudo -u mastodon -H bash -c 'cd ~/live && RAILS_ENV=production bin/tootctl media remove --days 14'",
      '',
    ].join('\n'),
  };
  assert.deepEqual(brief(only(files).f), []);
});

test('MSTDN108: env -i clears the crontab variable', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * 0 env -i PATH=/usr/bin:/bin /home/mastodon/live/bin/tootctl media remove --days 14\n' };
  const { f } = only(files);
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '/home/mastodon/live/bin/tootctl');
});

test('MSTDN108: systemd passes only Environment=; EnvironmentFile= may set it', () => {
  const timer = '[Timer]\nOnCalendar=daily\n';
  const unit = (env: string) => `[Service]\nType=oneshot\nUser=mastodon\n${env}ExecStart=/home/mastodon/live/bin/tootctl media remove --days 14\n`;
  const bare = { 'systemd/media.service': unit(''), 'systemd/media.timer': timer };
  const { f } = only(bare);
  assert.deepEqual(brief(f), ['systemd/media.service:4:11-4:42 MSTDN108']);
  assert.match(f[0]!.message, /Environment=/);
  assert.deepEqual(only({ 'systemd/media.service': unit('Environment="RAILS_ENV=production"\n'), 'systemd/media.timer': timer }).f, []);
  assert.deepEqual(only({ 'systemd/media.service': unit('EnvironmentFile=/home/mastodon/live/.env.production\n'), 'systemd/media.timer': timer }).f, []);
});

test('MSTDN108: Ansible cron, with and without an env task; absent entries are silent', () => {
  const task = (name: string, extra: string[]) => [
    `- name: ${name}`,
    '  ansible.builtin.cron:',
    `    name: ${name}`,
    '    user: mastodon',
    '    hour: "4"',
    '    minute: "0"',
    ...extra,
    '    job: "cd /home/mastodon/live && bin/tootctl media remove --days 14"',
  ];
  const envTask = ['- name: RAILS_ENV', '  ansible.builtin.cron:', '    name: RAILS_ENV', '    env: true', '    job: production', '    user: mastodon'];
  const without = { 'ansible/cron.yml': [...task('media', []), ...task('old', ['    state: absent']), ''].join('\n') };
  const { f } = only(without);
  assert.deepEqual(f.map((x) => `${x.span.start.line}:${spanText(without, x)}`), ['7:bin/tootctl']);
  assert.deepEqual(only({ 'ansible/cron.yml': [...envTask, ...task('media', []), ''].join('\n') }).f, []);
});

test('MSTDN108: a script nothing schedules is not reported; run by cron it inherits the crontab', () => {
  const script = '#!/bin/bash\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\n';
  assert.deepEqual(only({ 'ops/media.sh': script }).f, []);
  const files = { crontab: '0 4 * * * /home/mastodon/ops/media.sh\n', 'ops/media.sh': script };
  assert.deepEqual(brief(only(files).f), ['ops/media.sh:3:1-3:12 MSTDN108']);
  assert.deepEqual(only({ crontab: 'RAILS_ENV=production\n0 4 * * * /home/mastodon/ops/media.sh\n', 'ops/media.sh': script }).f, []);
  const exported = '#!/bin/bash\nexport RAILS_ENV=production\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\n';
  assert.deepEqual(only({ crontab: '0 4 * * * /home/mastodon/ops/media.sh\n', 'ops/media.sh': exported }).f, []);
  const allexport = '#!/bin/bash\nset -a\nRAILS_ENV=production\nset +a\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\n';
  assert.deepEqual(only({ crontab: '0 4 * * * /home/mastodon/ops/media.sh\n', 'ops/media.sh': allexport }).f, []);
});

test('MSTDN108: a plain assignment in a script is a shell variable, not passed to tootctl', () => {
  const files = {
    crontab: '0 4 * * * /home/mastodon/ops/media.sh\n',
    'ops/media.sh': '#!/bin/bash\nRAILS_ENV=production\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\n',
  };
  assert.deepEqual(brief(only(files).f), ['ops/media.sh:4:1-4:12 MSTDN108']);
});

test('MSTDN108: a heredoc fed to "sudo -u mastodon bash" runs with the environment sudo reset', () => {
  const files = {
    crontab: '0 4 * * * /home/mastodon/ops/media.sh\n',
    'ops/media.sh': "#!/bin/bash\nexport RAILS_ENV=production\nsudo -u mastodon bash <<'EOF'\ncd /home/mastodon/live\nbin/tootctl media remove --days 14\nEOF\n",
  };
  const { f } = only(files);
  assert.deepEqual(brief(f), ['ops/media.sh:5:1-5:12 MSTDN108']);
  assert.match(f[0]?.message ?? '', /sudo resets the environment/);
});
