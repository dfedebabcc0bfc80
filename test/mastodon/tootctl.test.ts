// The tootctl command-line model: each test pins one behaviour of Thor's parser (rails/thor
// lib/thor/parser/options.rb, arguments.rb, lib/thor.rb) or of the spec (Mastodon lib/mastodon/cli).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceFile } from '../../src/lint/source.ts';
import type { Word } from '../../src/lint/model.ts';
import { closest, flag, isCommand, optionValue, parseTootctl, type TootctlCall, type TootctlProblem } from '../../src/mastodon/tootctl.ts';
import { TOOTCTL, TOOTCTL_TOP_LEVEL, type CommandSpec } from '../../src/mastodon/tootctl-spec.ts';
import { lintTree } from '../helpers/lint.ts';

/** Words of a one-line command split on spaces; `$NAME` words are unknown, as a shell variable is. */
function words(line: string): Word[] {
  const file = new SourceFile('t', line);
  const out: Word[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const v = m[0];
    const start = m.index;
    const span = file.span(start, start + v.length);
    if (v.startsWith('$')) out.push({ value: null, text: v, span });
    else out.push({ value: v, text: v, span, offsets: Array.from({ length: v.length }, (_, i) => start + i) });
  }
  return out;
}

function parse(line: string): TootctlCall {
  const call = parseTootctl(words(line));
  assert.ok(call, `not a tootctl call: ${line}`);
  return call;
}

/** `kind@text` for each problem: what the problem is and exactly which characters it points at. */
function problems(line: string): string[] {
  return parse(line).problems.map((p) => `${p.kind}@${at(line, p)}`);
}

function at(line: string, p: TootctlProblem): string {
  return line.slice(p.word.span.start.offset, p.word.span.end.offset);
}

function optionText(line: string, call: TootctlCall, name: string): string {
  const o = call.options.get(name);
  assert.ok(o, `no option ${name} in: ${line}`);
  return line.slice(o.span.start.offset, o.span.end.offset);
}

test('only the program word makes a tootctl call', () => {
  assert.equal(parseTootctl(words('echo tootctl media remove')), null);
  assert.equal(parseTootctl(words('grep -r tootctl /etc')), null);
  assert.equal(parseTootctl([]), null);
  assert.deepEqual(parse('/home/mastodon/live/bin/tootctl media remove').command, ['media', 'remove']);
  assert.deepEqual(parse('tootctl media remove').command, ['media', 'remove']);
});

test('a value can follow "=", a space, or a one-letter alias with or without "="', () => {
  for (const opt of ['--days=30', '--days 30', '-d 30', '-d30', '-d=30', '--days=+30', '-d+30']) {
    const line = `bin/tootctl media remove ${opt} --dry-run`;
    const call = parse(line);
    assert.deepEqual(call.problems, [], line);
    assert.equal(optionValue(call, 'days'), 30, line);
    assert.equal(optionText(line, call, 'days'), opt, line);
    assert.equal(flag(call, 'dry-run'), true, line);
  }
});

test('the sign after a one-letter alias is dropped, as SHORT_NUM captures only the digits', () => {
  assert.equal(optionValue(parse('bin/tootctl media remove -d-7'), 'days'), 7);
  assert.equal(optionValue(parse('bin/tootctl media remove -d -7'), 'days'), -7);
});

test('booleans: bare, negated with --no- or --skip-, =value, or a following true/false word', () => {
  const cases: [string, boolean][] = [
    ['--prune-profiles', true],
    ['--no-prune-profiles', false],
    ['--skip-prune-profiles', false],
    ['--prune-profiles=false', false],
    ['--prune-profiles=true', true],
    ['--prune-profiles false', false],
    ['--prune-profiles FALSE', false],
    ['--prune-profiles f', false],
    ['--prune-profiles t', true],
    // With an explicit value Thor returns the value and ignores the negation.
    ['--no-prune-profiles true', true],
    ['--prune_profiles', true],
    ['--no-prune_profiles', false],
  ];
  for (const [opt, want] of cases) {
    const line = `bin/tootctl media remove ${opt}`;
    const call = parse(line);
    assert.deepEqual(call.problems, [], line);
    assert.equal(flag(call, 'prune-profiles'), want, line);
    assert.equal(optionText(line, call, 'prune-profiles'), opt, line);
  }
  assert.equal(flag(parse('bin/tootctl media remove'), 'prune-profiles'), false);
});

test('an option whose own name starts with skip- is set by its bare switch', () => {
  const call = parse('bin/tootctl statuses remove --skip-media-remove --no-skip-status-remove');
  assert.deepEqual(call.problems, []);
  assert.equal(flag(call, 'skip-media-remove'), true);
  assert.equal(flag(call, 'skip-status-remove'), false);
});

test('one-letter switches combine: -vc 3 is -v -c 3', () => {
  const line = 'bin/tootctl media remove -vc 3';
  const call = parse(line);
  assert.deepEqual(call.problems, []);
  assert.equal(flag(call, 'verbose'), true);
  assert.equal(optionValue(call, 'concurrency'), 3);
  assert.equal(optionText(line, call, 'concurrency'), 'c 3');
});

test('numbers are what Thor NUMERIC matches in full: sign, digits, one dot', () => {
  for (const [v, n] of [['7', 7], ['007', 7], ['7.5', 7.5], ['.5', 0.5], ['-7', -7], ['+7', 7]] as const) {
    const call = parse(`bin/tootctl media remove --days ${v}`);
    assert.deepEqual(call.problems, [], v);
    assert.equal(optionValue(call, 'days'), n, v);
  }
  for (const v of ['thirty', '7d', '1e3', '0x10', '7.', '1_000', '7.5.1']) {
    const line = `bin/tootctl media remove --days ${v}`;
    assert.deepEqual(problems(line), [`bad-value@${v}`], v);
    assert.equal(optionValue(parse(line), 'days'), null, v);
  }
  assert.deepEqual(problems('bin/tootctl media remove --days=thirty'), ['bad-value@thirty']);
  assert.deepEqual(problems('bin/tootctl media remove --days='), ['bad-value@--days=']);
});

test('an option with no value before another switch or at the end', () => {
  // numeric: "No value provided for option"
  assert.deepEqual(problems('bin/tootctl media remove --days --dry-run'), ['missing-value@--days']);
  assert.deepEqual(problems('bin/tootctl media remove --dry-run --days'), ['missing-value@--days']);
  assert.deepEqual(problems('bin/tootctl media remove -dv'), ['missing-value@d']);
  // optional string: Thor uses its default, else the option's own name
  const call = parse('bin/tootctl media remove-orphans --prefix --dry-run');
  assert.equal(optionValue(call, 'prefix'), 'prefix');
  assert.deepEqual(problems('bin/tootctl media remove-orphans --prefix --dry-run'), ['missing-value@--prefix']);
  assert.equal(optionValue(parse('bin/tootctl domains crawl --format'), 'format'), 'summary');
  // a negative number is a value, not a switch
  assert.deepEqual(problems('bin/tootctl media remove --days -7'), []);
});

test('--no- on an option with a default sets it to nil, which the command cannot use', () => {
  assert.deepEqual(problems('bin/tootctl media remove --no-days'), ['bad-value@--no-days']);
  assert.equal(optionValue(parse('bin/tootctl media remove --no-days'), 'days'), null);
  assert.deepEqual(problems('bin/tootctl media refresh --no-days --dry-run'), []);
  assert.equal(optionValue(parse('bin/tootctl media remove --no-days 30'), 'days'), 30);
});

test('a repeated option: the last one wins', () => {
  const call = parse('bin/tootctl media remove --days 7 --prune-profiles --days 30 --no-prune-profiles');
  assert.deepEqual(call.problems, []);
  assert.equal(optionValue(call, 'days'), 30);
  assert.equal(flag(call, 'prune-profiles'), false);
});

test('"--": the group level consumes the first one, the second ends the options', () => {
  assert.equal(flag(parse('bin/tootctl media remove -- --dry-run'), 'dry-run'), true);
  assert.equal(optionValue(parse('bin/tootctl media remove --days -- 30'), 'days'), 30);
  const call = parse('bin/tootctl media remove -- -- --dry-run');
  assert.equal(flag(call, 'dry-run'), false);
  assert.deepEqual(call.positionals.map((w) => w.value), ['--dry-run']);
  assert.deepEqual(problems('bin/tootctl media remove -- -- --dry-run'), ['unexpected-argument@--dry-run']);
  // A top-level command has one level: its first "--" ends the options.
  assert.deepEqual(problems('bin/tootctl version -- x'), ['unexpected-argument@x']);
  // Before the command it makes tootctl print help.
  assert.deepEqual(problems('bin/tootctl -- media remove'), ['unknown-command@--']);
});

test('commands: underscores and dashes are the same, and unambiguous prefixes resolve', () => {
  assert.deepEqual(parse('bin/tootctl media remove_orphans').command, ['media', 'remove-orphans']);
  assert.deepEqual(parse('bin/tootctl media remove-orphans').command, ['media', 'remove-orphans']);
  assert.deepEqual(parse('bin/tootctl preview-cards remove').command, ['preview_cards', 'remove']);
  assert.deepEqual(parse('bin/tootctl med remove').command, ['media', 'remove']);
  assert.deepEqual(parse('bin/tootctl media remove_o').command, ['media', 'remove-orphans']);
  assert.deepEqual(parse('bin/tootctl self_destruct').command, ['self-destruct']);
  assert.deepEqual(parse('bin/tootctl --version').command, ['version']);
  assert.deepEqual(parse('bin/tootctl -v').command, ['version']);
  assert.ok(isCommand(parse('bin/tootctl media remove --days 30'), 'media', 'remove'));
  assert.ok(!isCommand(parse('bin/tootctl media remove-orphans'), 'media', 'remove'));
});

test('commands: ambiguous prefixes, unknown names and dashed prefixes are errors', () => {
  assert.deepEqual(problems('bin/tootctl media rem'), ['ambiguous-command@rem']);
  assert.deepEqual(problems('bin/tootctl e list'), ['ambiguous-command@e']);
  // Prefixes are compared with the method name, which has underscores.
  assert.deepEqual(problems('bin/tootctl media remove-o'), ['unknown-subcommand@remove-o']);
  assert.equal(parse('bin/tootctl media remove-o').problems[0]?.suggestion, 'remove-orphans');
  assert.deepEqual(problems('bin/tootctl medai remove'), ['unknown-command@medai']);
  assert.equal(parse('bin/tootctl medai remove').problems[0]?.suggestion, 'media');
  assert.deepEqual(problems('bin/tootctl media rmove --days 7'), ['unknown-subcommand@rmove']);
  assert.deepEqual(problems('bin/tootctl media --days 7 remove'), ['unknown-subcommand@--days']);
  assert.deepEqual(problems('bin/tootctl --days 7 media remove'), ['unknown-command@--days']);
});

test('options are never abbreviated: --prune is unknown, with the option it starts as the suggestion', () => {
  const call = parse('bin/tootctl media remove --prune');
  assert.deepEqual(call.problems.map((p) => `${p.kind}@${p.suggestion}`), ['unknown-option@--prune-profiles']);
  assert.equal(flag(call, 'prune-profiles'), false);
  assert.equal(parse('bin/tootctl media remove --prune-profile').problems[0]?.suggestion, '--prune-profiles');
  assert.equal(parse('bin/tootctl media remove --Days 30').problems[0]?.suggestion, '--days');
});

test('an unknown switch becomes an argument: a command without arguments fails on it', () => {
  const line = 'bin/tootctl media remove --prune-profile --days 30';
  const call = parse(line);
  assert.deepEqual(problems(line), ['unknown-option@--prune-profile']);
  assert.deepEqual(call.positionals.map((w) => w.value), ['--prune-profile']);
  assert.match(call.problems[0]!.message, /was called with arguments/);
  assert.equal(optionValue(call, 'days'), 30);
  // The plain words after it go with it and are not reported again.
  assert.deepEqual(problems('bin/tootctl media remove --daze 30'), ['unknown-option@--daze']);
  assert.deepEqual(problems('bin/tootctl media remove --prefix=x'), ['unknown-option@--prefix=x']);
  assert.deepEqual(problems('bin/tootctl media remove -x'), ['unknown-option@-x']);
});

test('an unknown switch becomes an argument: a command that takes arguments runs without the option', () => {
  const call = parse('bin/tootctl accounts cull --dryrun');
  assert.deepEqual(call.problems.map((p) => p.kind), ['unknown-option']);
  assert.equal(flag(call, 'dry-run'), false);
  assert.match(call.problems[0]!.message, /as a DOMAIN argument/);
  assert.doesNotMatch(call.problems[0]!.message, /exits 1/);
  assert.equal(call.problems[0]!.suggestion, '--dry-run');
  // One optional argument: the second one overflows.
  assert.match(parse('bin/tootctl accounts rotate alice --al').problems[0]!.message, /was called with arguments/);
});

test('a boolean given a value that is not true or false passes that value on as an argument', () => {
  const call = parse('bin/tootctl media remove --dry-run=yes');
  assert.equal(flag(call, 'dry-run'), true);
  assert.deepEqual(problems('bin/tootctl media remove --dry-run=yes'), ['bad-value@yes']);
  assert.deepEqual(problems('bin/tootctl media remove --dry-run 1'), ['unexpected-argument@1']);
});

test('arguments: counts come from the Ruby method signature', () => {
  assert.deepEqual(problems('bin/tootctl media remove 30'), ['unexpected-argument@30']);
  assert.deepEqual(problems('bin/tootctl media lookup'), ['missing-argument@lookup']);
  assert.deepEqual(problems('bin/tootctl media lookup https://x.example/a.png'), []);
  assert.deepEqual(problems('bin/tootctl accounts merge a@x.example'), ['missing-argument@merge']);
  assert.deepEqual(problems('bin/tootctl accounts rotate alice bob'), ['unexpected-argument@bob']);
  assert.deepEqual(problems('bin/tootctl accounts refresh a@x.example b@y.example --dry-run'), []);
  assert.deepEqual(parse('bin/tootctl accounts refresh a@x.example --dry-run b@y.example').positionals.map((w) => w.value), ['a@x.example', 'b@y.example']);
});

test('required options, enums and arrays', () => {
  assert.deepEqual(problems('bin/tootctl ip_blocks add 192.0.2.1'), ['missing-option@add']);
  assert.deepEqual(problems('bin/tootctl ip_blocks add 192.0.2.1 --severity no_access'), []);
  assert.deepEqual(problems('bin/tootctl ip_blocks add 192.0.2.1 --severity block'), ['bad-value@block']);
  assert.deepEqual(problems('bin/tootctl accounts create alice --email'), ['missing-value@--email']);
  assert.deepEqual(problems('bin/tootctl ip_blocks export -f nginx'), []);
  assert.deepEqual(problems('bin/tootctl ip_blocks export --format=csv'), ['bad-value@csv']);
  const call = parse('bin/tootctl search deploy --only accounts tags --batch-size 50');
  assert.deepEqual(call.problems, []);
  assert.deepEqual(optionValue(call, 'only'), ['accounts', 'tags']);
  assert.equal(optionValue(call, 'batch-size'), 50);
  assert.deepEqual(problems('bin/tootctl search deploy --only posts'), ['bad-value@posts']);
});

test('--help or -h after a group prints help: nothing runs and nothing is checked', () => {
  const call = parse('bin/tootctl media remove --bogus --help');
  assert.equal(call.help, true);
  assert.deepEqual(call.problems, []);
  assert.equal(parse('bin/tootctl media -h').help, true);
  assert.equal(parse('bin/tootctl media remove').help, undefined);
});

test('settings registrations is a group inside a group', () => {
  const call = parse('bin/tootctl settings registrations approved --require-reason');
  assert.deepEqual(call.command, ['settings', 'registrations', 'approved']);
  assert.equal(flag(call, 'require-reason'), true);
  assert.deepEqual(problems('bin/tootctl settings registrations opne'), ['unknown-subcommand@opne']);
  // Its multi-letter alias becomes "-require_invite_text", which no switch pattern matches.
  assert.deepEqual(problems('bin/tootctl settings registrations approved -require_invite_text'), ['unexpected-argument@-require_invite_text']);
});

test('words the linter cannot read make values unknown and suspend argument counting', () => {
  const call = parse('bin/tootctl media remove --days $DAYS --prune-profiles');
  assert.equal(call.hasUnknownWords, true);
  assert.equal(optionValue(call, 'days'), null);
  assert.equal(flag(call, 'prune-profiles'), true);
  assert.equal(flag(call, 'remove-headers'), null);
  assert.deepEqual(problems('bin/tootctl media remove $EXTRA'), []);
  const typo = parse('bin/tootctl media remove $OPTS --prune-profile');
  assert.deepEqual(typo.problems.map((p) => [p.kind, p.uncertain]), [['unknown-option', true]]);
  assert.deepEqual(parse('bin/tootctl media remove --prune-profile $X').problems.map((p) => p.uncertain), [undefined]);
  assert.equal(parse('bin/tootctl $CMD remove').command.length, 0);
});

test('odd input never throws', () => {
  const odd = ['', '-', '--', '---x', '--=x', '-=', '=', '-1', '--days=--', '-d', '-dd7', '--no-', '--skip-', '- -', '-- --', '--help=x'];
  for (const o of odd) {
    for (const prefix of ['bin/tootctl ', 'bin/tootctl media ', 'bin/tootctl media remove ', 'bin/tootctl accounts cull ', 'bin/tootctl search deploy --only ']) {
      assert.doesNotThrow(() => parseTootctl(words(prefix + o)), prefix + o);
    }
  }
  // A word with a value but no offsets (from a template engine) still gets a span.
  const w = words('bin/tootctl media remove --days=x');
  delete w[3]!.offsets;
  const p = parseTootctl(w)!.problems[0]!;
  assert.equal(p.kind, 'bad-value');
  assert.deepEqual(p.word.span, w[3]!.span);
});

test('words from a real crontab line keep exact spans across quotes', () => {
  const text = 'RAILS_ENV=production\n0 4 * * 0 bin/tootctl media remove "--days=thirty" -vd\n';
  const r = lintTree({ crontab: text });
  const call = r.model.invocations[0]?.tootctl;
  assert.ok(call);
  assert.deepEqual(
    call.problems.map((p) => `${p.kind}@${text.slice(p.word.span.start.offset, p.word.span.end.offset)}`),
    ['bad-value@thirty', 'missing-value@d'],
  );
});

test('the spec: names, aliases and argument counts are consistent', () => {
  const all: [string, CommandSpec][] = [];
  for (const [g, subs] of Object.entries(TOOTCTL)) {
    for (const [s, spec] of Object.entries(subs)) {
      all.push([`${g} ${s}`, spec]);
      for (const [n, inner] of Object.entries(spec.subcommands ?? {})) all.push([`${g} ${s} ${n}`, inner]);
    }
  }
  for (const [t, spec] of Object.entries(TOOTCTL_TOP_LEVEL)) all.push([t, spec]);
  assert.ok(all.length >= 45, `only ${all.length} commands`);
  for (const [name, spec] of all) {
    const names = spec.options.map((o) => o.name);
    assert.equal(new Set(names).size, names.length, `${name}: duplicate option`);
    for (const o of spec.options) {
      assert.match(o.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${name}: --${o.name}`);
      if (o.default !== undefined && o.type !== 'array') assert.equal(typeof o.default, o.type === 'numeric' ? 'number' : o.type, `${name}: --${o.name} default`);
    }
    assert.ok(spec.maxArgs === null || spec.maxArgs >= spec.minArgs, name);
    assert.equal(spec.args, spec.maxArgs === 0 ? 'none' : spec.minArgs > 0 ? 'some' : 'any', name);
  }
  const remove = TOOTCTL.media?.remove;
  assert.ok(remove);
  assert.deepEqual(
    remove.options.map((o) => [o.name, o.default, (o.aliases ?? []).join(), o.since ?? '']),
    [
      ['days', 7, 'd', ''],
      ['prune-profiles', false, '', '4.1.0'],
      ['remove-headers', false, '', '4.1.0'],
      ['include-follows', false, '', '4.1.0'],
      ['concurrency', 5, 'c', ''],
      ['verbose', false, 'v', ''],
      ['dry-run', false, '', ''],
      ['keep-interacted', false, '', '4.6.0'],
    ],
  );
  assert.equal(TOOTCTL.preview_cards?.remove?.options.find((o) => o.name === 'days')?.default, 180);
  assert.deepEqual([TOOTCTL.accounts?.cull?.args, TOOTCTL.media?.lookup?.args, TOOTCTL.media?.usage?.args], ['any', 'some', 'none']);
});

test('closest suggests only near names', () => {
  assert.equal(closest('--dry_run', ['--dry-run', '--days']), '--dry-run');
  assert.equal(closest('--frobnicate', ['--dry-run', '--days']), undefined);
});
