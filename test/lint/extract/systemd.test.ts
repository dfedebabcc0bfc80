import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { parseUnit, splitWords } from '../../../src/lint/parse/systemd.ts';
import type { Invocation } from '../../../src/lint/model.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

test('parseUnit: sections, comments inside continuations, repeated keys, stripped values', () => {
  const text = '\ufeff[Service]\n# comment\n; other comment\nExecStart=/usr/bin/a \\\n# ignored comment line\n  b  \\\n  c\n  Key = value  \nKey=\n';
  const u = parseUnit(text);
  assert.deepEqual(
    u.entries.map((e) => [e.section, e.key, e.value]),
    [
      ['Service', 'ExecStart', '/usr/bin/a    b     c'],
      ['Service', 'Key', 'value'],
      ['Service', 'Key', ''],
    ],
  );
  const e = u.entries[0]!;
  // Every character of the value maps to its place in the file.
  for (let k = 0; k < e.value.length; k++) if (e.value[k] !== ' ') assert.equal(text[e.offsets[k]!], e.value[k]);
  assert.equal(text.slice(e.offsets[e.value.indexOf('c')]!, e.offsets[e.value.indexOf('c')]! + 1), 'c');
});

test('parseUnit: a doubled backslash does not continue; bad headers and missing "=" are problems', () => {
  const u = parseUnit('[Service]\nA=x \\\\\nB=y\n[Broken\nNoEquals\n');
  assert.deepEqual(u.entries.map((e) => e.key), ['A', 'B']);
  assert.deepEqual(u.problems.map((p) => p.severity), ['error']);
  const v = parseUnit('[Service]\nNoEquals\n');
  assert.deepEqual(v.problems.map((p) => p.severity), ['warning']);
});

test('splitWords: quotes anywhere in a word, C escapes, several assignments', () => {
  const value = `"RAILS_ENV=production" A='x y' B=a"b c"d E=\\x41\\n`;
  const offsets = [...Array(value.length + 1).keys()];
  const w = splitWords(value, offsets);
  assert.deepEqual(w.words.map((x) => x.text), ['RAILS_ENV=production', 'A=x y', 'B=ab cd', 'E=A\n']);
  assert.equal(w.words[1]!.offsets[2], value.indexOf('x y'));
});

test('a service run by a timer of the same name: env is only Environment=, spans point at the words', () => {
  const files = {
    'systemd/mastodon-media.service': [
      '[Service]',
      'Type=oneshot',
      'User=mastodon',
      'Environment="RAILS_ENV=production" DAYS=45',
      'ExecStart=-/home/mastodon/live/bin/tootctl media remove \\',
      '  --days=${DAYS}',
      '',
    ].join('\n'),
    'systemd/mastodon-media.timer': '[Timer]\nOnCalendar=Sun *-*-* 04:00:00\n[Install]\nWantedBy=timers.target\n',
  };
  const r = lintTree(files);
  assert.equal(r.model.invocations.length, 1);
  const inv = r.model.invocations[0]!;
  assert.deepEqual(argv(inv), ['/home/mastodon/live/bin/tootctl', 'media', 'remove', '--days=45']);
  assert.equal(inv.scheduler?.kind, 'systemd-timer');
  assert.equal(inv.scheduler?.label, 'systemd timer mastodon-media.timer');
  assert.equal(inv.scheduler?.schedule?.kind, 'oncalendar');
  assert.equal(inv.scheduler?.schedule?.text, 'Sun *-*-* 04:00:00');
  assert.equal(inv.env.kind, 'complete');
  assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(inv.env.vars.get('USER')?.value, 'mastodon');
  assert.equal(inv.tootctl?.options.get('days')?.value, 45);
  const program = inv.argv[0]!;
  assert.equal(files['systemd/mastodon-media.service'].slice(program.span.start.offset, program.span.end.offset), '/home/mastodon/live/bin/tootctl');
  const days = inv.argv[3]!;
  assert.equal(days.span.start.line, 6);
  assert.equal(files['systemd/mastodon-media.service'].slice(days.span.start.offset, days.span.end.offset), '--days=${DAYS}');
  assert.deepEqual(brief(r.findings), []);
});

test('systemd has no RAILS_ENV of its own: MSTDN108 fires on the program word', () => {
  const files = {
    'mastodon-media.service': '[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 30\n',
    'mastodon-media.timer': '[Timer]\nOnCalendar=daily\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN108');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '/home/mastodon/live/bin/tootctl');
});

test('drop-ins: RAILS_ENV from `systemctl edit` (x.service.d/override.conf) satisfies MSTDN108', () => {
  const files = {
    'systemd/mastodon-media.service': '[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 30\n',
    'systemd/mastodon-media.timer': '[Timer]\nOnCalendar=daily\n',
    'systemd/mastodon-media.service.d/override.conf': '[Service]\nEnvironment=RAILS_ENV=production\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN108'), []);
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.equal(inv?.env.vars.get('RAILS_ENV')?.source, 'Environment= in mastodon-media.service (drop-in override.conf) line 2');
});

test('drop-ins: an empty ExecStart= clears the unit\'s command, the new one is checked at its place in the drop-in', () => {
  const files = {
    'mastodon-media.service': '[Service]\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 30\n',
    'mastodon-media.timer': '[Timer]\nOnCalendar=daily\n',
    'mastodon-media.service.d/10-prune.conf': '[Service]\nExecStart=\nExecStart=/home/mastodon/live/bin/tootctl media remove --prune-profiles\n',
  };
  const r = lintTree(files);
  const tootctl = r.model.invocations.filter((i) => i.tootctl);
  assert.equal(tootctl.length, 1);
  assert.equal(tootctl[0]!.file.path, 'mastodon-media.service.d/10-prune.conf');
  assert.deepEqual(brief(r.findings, 'MSTDN101'), ['mastodon-media.service.d/10-prune.conf:3:56-3:72 MSTDN101']);
  assert.equal(spanText(files, r.findings.find((f) => f.ruleId === 'MSTDN101')!), '--prune-profiles');
});

test('drop-ins: a timer override replaces the schedule; drop-ins apply in file-name order', () => {
  const files = {
    'prune.service': '[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 30\n',
    'prune.service.d/20-env.conf': '[Service]\nEnvironment=RAILS_ENV=production\n',
    'prune.service.d/10-env.conf': '[Service]\nEnvironment=RAILS_ENV=staging\n',
    'prune.timer': '[Unit]\nDescription=Mastodon media prune\n[Timer]\nOnCalendar=daily\n',
    'prune.timer.d/schedule.conf': '[Timer]\nOnCalendar=\nOnCalendar=Sun *-*-* 04:00\n',
  };
  const r = lintTree(files);
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.equal(inv?.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(inv?.scheduler?.schedule?.text, 'Sun *-*-* 04:00');
  assert.equal(inv?.scheduler?.span.file, 'prune.timer.d/schedule.conf');
  assert.deepEqual(brief(r.findings, 'MSTDN108'), []);
});

test('EnvironmentFile= makes the environment opaque', () => {
  const r = lintTree({
    'x.service': '[Service]\nEnvironmentFile=/home/mastodon/live/.env.production\nExecStart=/home/mastodon/live/bin/tootctl media remove\n',
  });
  assert.equal(r.model.invocations[0]?.env.kind, 'opaque');
  assert.equal(r.model.invocations[0]?.scheduler, null);
});

test('bash -c strings are parsed as shell, with spans inside the quoted string', () => {
  const files = {
    'prune.service': "[Service]\nExecStart=/bin/bash -c 'cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --prune-profiles'\n",
    'prune.timer': '[Timer]\nOnCalendar=weekly\n',
  };
  const r = lintTree(files);
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.ok(inv);
  assert.deepEqual(inv.via, ['bash -c']);
  assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  const f = r.findings.find((x) => x.ruleId === 'MSTDN101')!;
  assert.equal(f.span.start.line, 2);
  assert.equal(f.span.start.column, 97);
  // The last word of a `-c` string currently ends after the closing quote (shell-commands.ts).
  assert.match(spanText(files, f), /^--prune-profiles'?$/);
});

test('prefixes, @argv0, ";" separators and redirection characters, which systemd passes as arguments', () => {
  const r = lintTree({
    'a.service': '[Service]\nExecStart=@-/usr/bin/tootctl tootctl media remove > /tmp/log ; /usr/bin/tootctl preview_cards remove\n',
  });
  assert.deepEqual(r.model.invocations.map(argv), [
    ['/usr/bin/tootctl', 'media', 'remove', '>', '/tmp/log'],
    ['/usr/bin/tootctl', 'preview_cards', 'remove'],
  ]);
});

test('an empty ExecStart= resets the list', () => {
  const r = lintTree({ 'a.service': '[Service]\nExecStart=/usr/bin/tootctl media remove\nExecStart=\nExecStart=/usr/bin/tootctl preview_cards remove\n' });
  assert.deepEqual(r.model.invocations.map((i) => i.argv[1]?.value), ['preview_cards']);
});

test('a timer that never mentions Mastodon is read from disk beside its service', () => {
  const service = '[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove\n';
  for (const names of [['a-prune.service', 'a-prune.timer'], ['z/prune.service', 'z/prune.timer']]) {
    const r = lintTree({ [names[0]!]: service, [names[1]!]: '[Timer]\nOnCalendar=*-*-* 03:30\n' });
    assert.equal(r.model.invocations.length, 1);
    assert.equal(r.model.invocations[0]!.scheduler?.schedule?.text, '*-*-* 03:30');
    assert.equal(r.model.schedulers.length, 1);
    assert.equal(r.model.files.filter((f) => f.path === names[1]).length, 1);
  }
});

test('a timer that comes before its service (Unit=) re-binds the service, and one without a service stays a scheduler', () => {
  const r = lintTree({
    'a-mastodon.timer': '[Timer]\nOnCalendar=daily\nUnit=z-mastodon-clean.service\n',
    'z-mastodon-clean.service': '[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove\n',
    'lonely.timer': '[Unit]\nDescription=mastodon\n[Timer]\nOnBootSec=10min\n',
  });
  const inv = r.model.invocations[0]!;
  assert.equal(inv.scheduler?.label, 'systemd timer a-mastodon.timer');
  assert.equal(r.model.schedulers.length, 2);
  const lonely = r.model.schedulers.find((s) => s.label.includes('lonely'));
  assert.equal(lonely?.schedule?.kind, 'unknown');
});

test('a timer that mentions Mastodon reads a service that does not, and hands its schedule to the script it runs', () => {
  const r = lintTree({
    'ops/cleanup.timer': '[Unit]\nDescription=Mastodon media cleanup\n[Timer]\nOnCalendar=daily\n',
    'ops/cleanup.service': '[Service]\nExecStart=/opt/scripts/cleanup.sh\n',
    'ops/cleanup.sh': '#!/bin/sh\nRAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --prune-profiles\n',
  });
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.equal(inv?.scheduler?.label, 'systemd timer cleanup.timer');
  assert.ok(r.model.files.some((f) => f.path === 'ops/cleanup.service'));
  assert.deepEqual(brief(r.findings, 'MSTDN101'), ['ops/cleanup.sh:2:67-2:83 MSTDN101']);
});

test('a service whose timer runs a script hands the schedule to the script', () => {
  const r = lintTree({
    'ops/cleanup.service': '[Service]\nExecStart=/opt/mastodon/bin/cleanup.sh\n',
    'ops/cleanup.timer': '[Timer]\nOnCalendar=daily\n',
    'bin/cleanup.sh': '#!/bin/sh\nRAILS_ENV=production /home/mastodon/live/bin/tootctl media remove --prune-profiles\n',
  });
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.equal(inv?.scheduler?.label, 'systemd timer cleanup.timer');
  assert.deepEqual(brief(r.findings, 'MSTDN101'), ['bin/cleanup.sh:2:67-2:83 MSTDN101']);
});

test('a relative program path and a timer without triggers are problems (MSTDN001), the run goes on', () => {
  const files = {
    'm.service': '[Service]\nWorkingDirectory=/home/mastodon/live\nExecStart=bin/tootctl media remove\n',
    'm.timer': '[Timer]\nPersistent=true\n',
  };
  const r = lintTree(files);
  const spans = r.model.parseProblems.map((p) => `${p.span.file}:${p.span.start.line}:${p.span.start.column}`);
  assert.deepEqual(spans.sort(), ['m.service:3:11', 'm.timer:1:1']);
  assert.equal(r.model.invocations.length, 1);
  assert.equal(r.model.invocations[0]!.scheduler, null);
});

test('Jinja in a templated unit is unknown, never guessed', () => {
  const r = lintTree({
    'templates/mastodon-media.service.j2': '[Service]\nExecStart={{ mastodon_home }}/bin/tootctl media remove --days {{ days }}\n',
  });
  const inv = r.model.invocations[0]!;
  assert.equal(inv.argv[0]!.value, null);
  assert.equal(inv.argv[inv.argv.length - 1]!.value, null);
});
