import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree } from '../../helpers/lint.ts';
import type { Invocation, Scheduler } from '../../../src/lint/model.ts';
import type { Span } from '../../../src/lint/source.ts';

function at(files: Record<string, string>, span: Span | undefined): string {
  return span ? (files[span.file] ?? '').slice(span.start.offset, span.end.offset) : '';
}

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

function env(inv: Invocation): Record<string, string | null> {
  return Object.fromEntries([...inv.env.vars].map(([k, v]) => [k, v.value]));
}

function sched(files: Record<string, string>, s: Scheduler) {
  return { kind: s.kind, label: s.label, schedule: s.schedule?.text, scheduleKind: s.schedule?.kind, written: at(files, s.schedule?.span) };
}

test('crontab: environment lines, five fields or a nickname, then the command with its words in place', () => {
  const files = {
    crontab: [
      '# m h dom mon dow command',
      'MAILTO=ops@example.org',
      'RAILS_ENV = "production"',
      '',
      '  15 3 * * *\tcd /home/mastodon/live && bin/tootctl media remove --days 14 > /dev/null 2>&1',
      '@weekly /home/mastodon/bin/prune.sh',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.schedulers.map((s) => sched(files, s)), [
    { kind: 'crontab', label: 'crontab entry', schedule: '15 3 * * *', scheduleKind: 'cron', written: '15 3 * * *' },
    { kind: 'crontab', label: 'crontab entry', schedule: '@weekly', scheduleKind: 'special', written: '@weekly' },
  ]);
  assert.deepEqual(r.model.invocations.map(argv), [['cd', '/home/mastodon/live'], ['bin/tootctl', 'media', 'remove', '--days', '14'], ['/home/mastodon/bin/prune.sh']]);
  const tootctl = r.model.invocations[1]!;
  assert.deepEqual(env(tootctl), { MAILTO: 'ops@example.org', RAILS_ENV: 'production' });
  assert.equal(tootctl.env.kind, 'complete');
  assert.equal(tootctl.env.vars.get('RAILS_ENV')?.source, 'crontab line 3');
  assert.deepEqual(tootctl.argv.map((w) => at(files, w.span)), ['bin/tootctl', 'media', 'remove', '--days', '14']);
  assert.deepEqual([tootctl.argv[3]!.span.start.line, tootctl.argv[3]!.span.start.column], [5, 65]);
  assert.ok(tootctl.tootctl);
  // The script the entry runs inherits its schedule and environment.
  assert.deepEqual(r.model.scriptCalls.map((c) => c.path), ['/home/mastodon/bin/prune.sh']);
});

test('crontab: a variable applies to the entries after it, not before', () => {
  const files = {
    crontab: [
      '0 1 * * * bin/tootctl accounts cull',
      'RAILS_ENV=production',
      '0 2 * * * bin/tootctl accounts cull',
      'RAILS_ENV=development',
      '0 3 * * * bin/tootctl accounts cull',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map((i) => i.env.vars.get('RAILS_ENV')?.value ?? null), [null, 'production', 'development']);
});

test('crontab: an environment value keeps what follows "#": cron has no inline comments', () => {
  const files = { crontab: 'RAILS_ENV=production # the app env\n0 4 * * 0 bin/tootctl media remove --days 14\n' };
  const r = lintTree(files);
  assert.equal(r.model.invocations[0]!.env.vars.get('RAILS_ENV')?.value, 'production # the app env');
  assert.deepEqual(brief(r.findings), ['crontab:2:11-2:22 MSTDN108']);
});

test('crontab: "%" ends the command; "\\%" is a literal percent at its place in the file', () => {
  const files = {
    crontab: [
      'RAILS_ENV=production',
      '0 4 * * * bin/tootctl media remove --days 14 %this is stdin',
      '0 5 * * * tar czf /backup/system-$(date +\\%F).tgz public/system; bin/tootctl accounts cull',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map(argv), [
    ['bin/tootctl', 'media', 'remove', '--days', '14'],
    ['date', '+%F'],
    ['tar', 'czf', null, 'public/system'],
    ['bin/tootctl', 'accounts', 'cull'],
  ]);
  const date = r.model.invocations[1]!;
  assert.equal(at(files, date.argv[1]!.span), '+\\%F');
  assert.equal(at(files, r.model.invocations[3]!.argv[2]!.span), 'cull');
});

test('crontab: comments, blank lines and CRLF line endings', () => {
  const files = {
    crontab: '# 0 4 * * 0 bin/tootctl media remove --prune-profiles\r\n   # indented\r\n\r\nRAILS_ENV=production\r\n0 4 * * 0 bin/tootctl media remove --days 14\r\n',
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map(argv), [['bin/tootctl', 'media', 'remove', '--days', '14']]);
  assert.equal(r.model.invocations[0]!.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(at(files, r.model.invocations[0]!.argv[4]!.span), '14');
  assert.deepEqual(r.findings, []);
});

test('cron.d and /etc/crontab: the sixth field is the user, not part of the command', () => {
  const files = {
    'etc/cron.d/mastodon': [
      'SHELL=/bin/bash',
      'RAILS_ENV=production',
      '*/30 * * * * mastodon cd /home/mastodon/live && bin/tootctl media remove --days 14',
      '@daily\troot /usr/local/bin/backup.sh',
      '',
    ].join('\n'),
    'etc/crontab': '17 * * * * root cd / && run-parts --report /etc/cron.hourly\n',
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.schedulers.map((s) => sched(files, s)), [
    { kind: 'cron.d', label: 'cron entry (user mastodon)', schedule: '*/30 * * * *', scheduleKind: 'cron', written: '*/30 * * * *' },
    { kind: 'cron.d', label: 'cron entry (user root)', schedule: '@daily', scheduleKind: 'special', written: '@daily' },
    { kind: 'cron.d', label: 'cron entry (user root)', schedule: '17 * * * *', scheduleKind: 'cron', written: '17 * * * *' },
  ]);
  assert.deepEqual(
    r.model.invocations.map((i) => `${i.file.path}: ${argv(i).join(' ')}`),
    [
      'etc/cron.d/mastodon: cd /home/mastodon/live',
      'etc/cron.d/mastodon: bin/tootctl media remove --days 14',
      'etc/cron.d/mastodon: /usr/local/bin/backup.sh',
      'etc/crontab: cd /',
      'etc/crontab: run-parts --report /etc/cron.hourly',
    ],
  );
  // /etc/crontab's own entries do not see the variables of a cron.d file.
  assert.deepEqual(env(r.model.invocations[3]!), {});
  assert.deepEqual(env(r.model.invocations[1]!), { SHELL: '/bin/bash', RAILS_ENV: 'production' });
});

test('crontab: user crontabs under crontabs/ and *.cron files', () => {
  const files = {
    'var/spool/cron/crontabs/mastodon': 'RAILS_ENV=production\n0 4 * * 0 bin/tootctl media remove --days 14\n',
    'deploy/mastodon.cron': 'RAILS_ENV=production\n0 5 * * 0 bin/tootctl media remove --days 14\n',
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.schedulers.map((s) => `${s.span.file} ${s.kind} ${s.schedule?.text}`), [
    'deploy/mastodon.cron crontab 0 5 * * 0',
    'var/spool/cron/crontabs/mastodon crontab 0 4 * * 0',
  ]);
});

test('cron.daily scripts are scheduled by run-parts', () => {
  const files = { 'etc/cron.daily/mastodon-media': '#!/bin/sh\ncd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 14\n' };
  const r = lintTree(files);
  const inv = r.model.invocations.find((i) => i.tootctl)!;
  assert.equal(inv.scheduler?.kind, 'run-parts');
  assert.equal(inv.scheduler?.label, 'cron.daily script');
  assert.equal(inv.scheduler?.schedule?.text, '@daily');
});

test('crontab: a trailing "\\" is a problem on the backslash, and the next line on its own', () => {
  const files = {
    crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove \\\n    --prune-profiles \\\n    --days 14\n0 5 * * 0 bin/tootctl accounts cull\n',
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.parseProblems.map((p) => `${p.span.start.line}:${p.span.start.column} ${at(files, p.span)}`), [
    '2:62 \\',
    '3:5 --prune-profiles \\',
    '4:5 --days 14',
  ]);
  // The orphaned lines are not entries; the entry after them is.
  assert.deepEqual(r.model.schedulers.map((s) => s.schedule?.text), ['0 4 * * 0', '0 5 * * 0']);
  assert.deepEqual(r.model.invocations.map(argv).at(-1), ['bin/tootctl', 'accounts', 'cull']);
});

test('crontab: shell variables set in the command resolve later words', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * 0 DAYS=45; cd /home/mastodon/live && bin/tootctl media remove --days $DAYS\n' };
  const r = lintTree(files);
  const inv = r.model.invocations.find((i) => i.tootctl)!;
  assert.deepEqual(argv(inv), ['bin/tootctl', 'media', 'remove', '--days', '45']);
  assert.equal(at(files, inv.argv[4]!.span), '$DAYS');
});

test('crontab: an entry without a command is a problem; nicknames with a user in cron.d', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * *\n', 'etc/cron.d/x': '@reboot mastodon /home/mastodon/bin/warm-cache.sh\n' };
  const r = lintTree(files);
  assert.deepEqual(r.model.parseProblems.map((p) => `${p.span.file}:${p.span.start.line} ${p.message}`), ['crontab:2 crontab entry has no command']);
  const reboot = r.model.schedulers.find((s) => s.span.file === 'etc/cron.d/x')!;
  assert.deepEqual(sched(files, reboot), { kind: 'cron.d', label: 'cron entry (user mastodon)', schedule: '@reboot', scheduleKind: 'special', written: '@reboot' });
});
