import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

test('MSTDN111: a crontab hour out of range is reported on the field, as an error', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 25 * * * /home/mastodon/live/bin/tootctl media remove --days 30\n' };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN111'), ['crontab:2:3-2:5 MSTDN111']);
  const f = r.findings.find((x) => x.ruleId === 'MSTDN111')!;
  assert.equal(spanText(files, f), '25');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /hour "25" is outside 0-23; cron rejects this entry, so the job never runs/);
});

test('MSTDN111: cron.d nicknames, @every and a seconds field', () => {
  const files = {
    'etc/cron.d/mastodon': [
      'RAILS_ENV=production',
      '@every 24h mastodon /home/mastodon/live/bin/tootctl media remove',
      '@daily mastodon /home/mastodon/live/bin/tootctl preview_cards remove',
      '0 0 4 * * * mastodon /home/mastodon/live/bin/tootctl statuses remove',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const found = r.findings.filter((x) => x.ruleId === 'MSTDN111');
  assert.deepEqual(found.map((f) => spanText(files, f)), ['@every', '0 0 4 * *']);
  assert.match(found[1]!.message, /no seconds field/);
});

test('MSTDN111: a seconds field in a user crontab reaches into the command word', () => {
  const files = { crontab: '0 0 4 * * * /home/mastodon/live/bin/tootctl media remove\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN111');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '0 0 4 * * *');
});

test('MSTDN111: February 30th never comes', () => {
  const files = { crontab: '0 4 30 2 * /home/mastodon/live/bin/tootctl media remove\n' };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN111');
  assert.equal(spanText(files, f[0]!), '30 2');
  assert.match(f[0]!.message, /never runs/);
});

test('MSTDN111: a systemd OnCalendar= that systemd-analyze rejects, on the bad part', () => {
  const files = {
    'mastodon-media.timer': '[Timer]\nOnCalendar=*-*-* 04:00 daily\nOnCalendar=Sunday 25:00\n',
    'mastodon-media.service': '[Service]\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN111'), ['mastodon-media.timer:2:24-2:29 MSTDN111', 'mastodon-media.timer:3:19-3:21 MSTDN111']);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN111');
  assert.deepEqual(f.map((x) => spanText(files, x)), ['daily', '25']);
  assert.match(f[1]!.message, /systemd ignores this OnCalendar= value, so the timer never fires/);
});

test('MSTDN111: a NixOS startAt', () => {
  const files = { 'm.nix': '{ services.mastodon = { enable = true; mediaAutoRemove.startAt = "Mon 4:60"; }; }\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN111');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '60');
  assert.match(f[0]!.message, /NixOS writes it to OnCalendar=/);
});

test('MSTDN111: valid, templated and monotonic schedules are not reported', () => {
  const r = lintTree({
    crontab: ['RAILS_ENV=production', '*/15 * * * 1-5 /x/tootctl media remove', '30 4 * jan,jul sun /x/tootctl media remove', '@reboot /x/tootctl media remove', ''].join('\n'),
    'a-mastodon.timer': '[Timer]\nOnCalendar=Mon..Fri *-*-* 04:00:00 Europe/Berlin\nOnUnitActiveSec=1d\n',
    'b-mastodon.timer.j2': '[Timer]\nOnCalendar={{ mastodon_prune_calendar }}\n',
    'c.nix': '{ services.mastodon.enable = true; }\n',
  });
  assert.deepEqual(brief(r.findings, 'MSTDN111'), []);
});
