import { test } from 'node:test';
import assert from 'node:assert/strict';
import { literal, parseShell, type ShellCommand, type ShellWord } from '../../../src/lint/parse/shell.ts';

/** Each command as its words' literal values (`?raw` for words with expansions). */
function words(cmds: ShellCommand[]): string[][] {
  return cmds.map((c) => c.words.map((w) => literal(w) ?? `?${w.raw}`));
}

function at(src: string, w: ShellWord): string {
  return src.slice(w.start, w.end);
}

/** The file offset of every character of a literal word, as text. */
function chars(src: string, w: ShellWord): string {
  return w.parts.map((p) => (p.kind === 'lit' ? p.offsets.map((o) => src[o]).join('') : '')).join('');
}

test('parseShell: a cron-style command split with "\\" keeps exact offsets on the next line', () => {
  const src = 'cd /home/mastodon/live && bin/tootctl media remove \\\n  --prune-profiles --days 60';
  const r = parseShell(src);
  assert.deepEqual(words(r.commands), [['cd', '/home/mastodon/live'], ['bin/tootctl', 'media', 'remove', '--prune-profiles', '--days', '60']]);
  const flag = r.commands[1]!.words[3]!;
  assert.deepEqual([flag.start, flag.end], [55, 71]);
  assert.equal(at(src, flag), '--prune-profiles');
  assert.deepEqual([r.commands[1]!.start, r.commands[1]!.end], [26, 81]);
  assert.deepEqual(r.problems, []);
});

test('parseShell: a continuation in the middle of a word joins it; each character maps to its place', () => {
  const src = 'bin/tootctl media remove --prune-pro\\\nfiles';
  const w = parseShell(src).commands[0]!.words[3]!;
  assert.equal(literal(w), '--prune-profiles');
  assert.equal(w.raw, '--prune-profiles');
  assert.deepEqual([w.start, w.end], [25, 43]);
  assert.equal(chars(src, w), '--prune-profiles');
  const lit = w.parts[0]!;
  assert.ok(lit.kind === 'lit');
  assert.deepEqual(lit.offsets.slice(10, 12), [35, 38]); // "o" before "\\\n", "f" after it
});

test('parseShell: quotes and escapes', () => {
  const src = `echo "a b" 'c d' e\\ f "x\\"y" '' "" 'a'"b"c "it's" 'say "hi"'`;
  const r = parseShell(src);
  assert.deepEqual(words(r.commands), [['echo', 'a b', 'c d', 'e f', 'x"y', '', '', 'abc', "it's", 'say "hi"']]);
  const ab = r.commands[0]!.words[1]!;
  assert.equal(at(src, ab), '"a b"'); // the word spans its quotes
  assert.equal(chars(src, ab), 'a b'); // its characters point inside them
  assert.equal(chars(src, r.commands[0]!.words[4]!), 'x"y');
  assert.deepEqual(r.problems, []);
});

test('parseShell: $VAR, ${VAR:-default}, ${VAR:=x} are variables; other expansions are unknown', () => {
  const src = "bin/tootctl media remove --days $DAYS ${KEEP:-7} ${N:=30} ${#X} ${Y/a/b} ${D:-$E} pre${Z}post $1 $@ $'a b'";
  const ws = parseShell(src).commands[0]!.words;
  const parts = ws.slice(4).map((w) => w.parts.map((p) => (p.kind === 'var' ? `var ${p.name}${p.fallback !== undefined ? ` (${p.fallback})` : ''}` : p.kind === 'lit' ? `lit ${p.text}` : 'unknown')));
  assert.deepEqual(parts, [
    ['var DAYS'],
    ['var KEEP (7)'],
    ['var N (30)'],
    ['unknown'],
    ['unknown'],
    ['unknown'],
    ['lit pre', 'var Z', 'lit post'],
    ['unknown'],
    ['unknown'],
    ['lit a b'],
  ]);
  const keep = ws[5]!;
  assert.equal(at(src, keep), '${KEEP:-7}');
  const v = keep.parts[0]!;
  assert.ok(v.kind === 'var');
  assert.equal(src.slice(v.start, v.end), '${KEEP:-7}');
  assert.equal(literal(keep), null);
  assert.equal(literal(ws[13]!), 'a b');
});

test('parseShell: $(...) and backticks: the outer word is unknown, inner commands are collected with their offsets', () => {
  const src = 'bin/tootctl media remove --days $(cat /etc/mastodon/days $(echo x)) >> /var/log/prune-`date +%F`.log';
  const r = parseShell(src);
  const outer = r.commands.find((c) => !c.substitution)!;
  assert.deepEqual(words([outer]), [['bin/tootctl', 'media', 'remove', '--days', '?$(cat /etc/mastodon/days $(echo x))']]);
  const subs = r.commands.filter((c) => c.substitution);
  assert.deepEqual(words(subs).sort(), [['cat', '/etc/mastodon/days', '?$(echo x)'], ['date', '+%F'], ['echo', 'x']]);
  const cat = subs.find((c) => literal(c.words[0]!) === 'cat')!;
  assert.equal(at(src, cat.words[1]!), '/etc/mastodon/days');
  const date = subs.find((c) => literal(c.words[0]!) === 'date')!;
  assert.equal(at(src, date.words[1]!), '+%F');
  // The redirect target mixes text and a substitution; it is not a word of the command.
  assert.equal(outer.redirects[0]!.op, '>>');
});

test('parseShell: a command assigned from $(...) is still found; arithmetic is not a command', () => {
  const src = 'removed=$(bin/tootctl media remove --prune-profiles)\necho $((1 + 2))';
  const r = parseShell(src);
  const sub = r.commands.filter((c) => c.substitution);
  assert.deepEqual(words(sub), [['bin/tootctl', 'media', 'remove', '--prune-profiles']]);
  assert.equal(at(src, sub[0]!.words[3]!), '--prune-profiles');
  assert.deepEqual(r.commands.filter((c) => !c.substitution).map((c) => c.assignments.length + c.words.length), [1, 2]);
});

test('parseShell: heredoc bodies are kept as text with their offsets, not lexed as commands', () => {
  const src = "sudo -u mastodon bash <<'EOF'\ncd ~/live\nRAILS_ENV=production bin/tootctl media remove --prune-profiles\nEOF\necho done\n";
  const r = parseShell(src);
  assert.deepEqual(words(r.commands), [['sudo', '-u', 'mastodon', 'bash'], ['echo', 'done']]);
  const h = r.commands[0]!.heredocs[0]!;
  assert.equal(h.text, 'cd ~/live\nRAILS_ENV=production bin/tootctl media remove --prune-profiles\n');
  assert.equal(h.quoted, true);
  assert.equal(h.offsets[0], src.indexOf('cd ~/live'));
  const k = h.text.indexOf('--prune-profiles');
  assert.equal(src.slice(h.offsets[k]!, h.offsets[k]! + 16), '--prune-profiles');
  assert.deepEqual(r.problems, []);
});

test('parseShell: <<-EOF with a tab-indented delimiter, "EOF" and \\EOF are quoted, two heredocs on one line', () => {
  const dash = parseShell('cat <<-EOF > /tmp/list\n\trm -rf /home/mastodon/live/public/system/cache\n\tEOF\nls\n');
  assert.deepEqual(words(dash.commands), [['cat'], ['ls']]);
  assert.equal(dash.commands[0]!.heredocs[0]!.quoted, false);
  assert.deepEqual(dash.commands[0]!.redirects.map((x) => x.op), ['<<-', '>']);
  assert.equal(parseShell('cat <<"EOF"\nx\nEOF\n').commands[0]!.heredocs[0]!.quoted, true);
  assert.equal(parseShell('cat <<\\EOF\nx\nEOF\n').commands[0]!.heredocs[0]!.quoted, true);
  const two = parseShell('paste <<A <<"B"\none\nA\ntwo\nB\nls\n');
  assert.deepEqual(two.commands[0]!.heredocs.map((h) => [h.text, h.quoted]), [['one\n', false], ['two\n', true]]);
  assert.deepEqual(words(two.commands), [['paste'], ['ls']]);
});

test('parseShell: comments only at the start of a word', () => {
  const src = '# bin/tootctl media remove --prune-profiles\necho a#b # --prune-profiles\n  # indented comment\nls';
  assert.deepEqual(words(parseShell(src).commands), [['echo', 'a#b'], ['ls']]);
});

test('parseShell: &&, ||, ;, |, |&, & and subshell parentheses separate commands', () => {
  const src = 'a && b || c ; d | e |& f & g\n( cd live && bin/tootctl media remove ) || true';
  assert.deepEqual(words(parseShell(src).commands), [['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['cd', 'live'], ['bin/tootctl', 'media', 'remove'], ['true']]);
});

test('parseShell: redirections are not words', () => {
  const src = 'bin/tootctl media remove --days 14 >> /var/log/mastodon/prune.log 2>&1 </dev/null; cmd &>/dev/null 2>/dev/null';
  const r = parseShell(src);
  assert.deepEqual(words(r.commands), [['bin/tootctl', 'media', 'remove', '--days', '14'], ['cmd']]);
  assert.deepEqual(r.commands[0]!.redirects.map((x) => [x.op, x.target ? literal(x.target) : null]), [
    ['>>', '/var/log/mastodon/prune.log'],
    ['>&', null],
    ['<', '/dev/null'],
  ]);
  assert.deepEqual(r.commands[1]!.redirects.map((x) => x.op), ['&>', '>']);
});

test('parseShell: for/case/if/while headers are skipped, the commands inside are found', () => {
  const src = [
    'for d in 30 60; do',
    '  bin/tootctl media remove --days "$d"',
    'done',
    'case "$1" in',
    '  prune) bin/tootctl media remove --prune-profiles ;;',
    'esac',
    'if [ -x bin/tootctl ]; then bin/tootctl accounts cull; fi',
    'while read -r acct; do bin/tootctl accounts refresh "$acct"; done < broken.txt',
  ].join('\n');
  const w = words(parseShell(src).commands);
  assert.ok(!w.some((c) => c[0] === 'for' || c[0] === 'in' || c[0] === '30' || c[0] === 'case' || c[0] === 'do' || c[0] === 'done' || c[0] === 'then'));
  const tootctl = w.filter((c) => c[0] === 'bin/tootctl');
  assert.deepEqual(tootctl, [
    ['bin/tootctl', 'media', 'remove', '--days', '?"$d"'],
    ['bin/tootctl', 'media', 'remove', '--prune-profiles'],
    ['bin/tootctl', 'accounts', 'cull'],
    ['bin/tootctl', 'accounts', 'refresh', '?"$acct"'],
  ]);
  assert.ok(w.some((c) => c[0] === '[' && c[2] === 'bin/tootctl'));
  assert.ok(w.some((c) => c[0] === 'read'));
});

test('parseShell: commands in function bodies are found', () => {
  const src = 'prune() {\n  bin/tootctl media remove --prune-profiles\n}\nfunction cull {\n  bin/tootctl accounts cull\n}\nprune';
  const w = words(parseShell(src).commands);
  assert.ok(w.some((c) => c.join(' ') === 'bin/tootctl media remove --prune-profiles'));
  assert.ok(w.some((c) => c.join(' ') === 'bin/tootctl accounts cull'));
  assert.ok(!w.some((c) => c[0] === 'function'));
});

test('parseShell: leading NAME=value words are assignments; later ones are arguments', () => {
  const r = parseShell('A=1 B=2\nRAILS_ENV=production DAYS+=1 bin/tootctl media remove\necho RAILS_ENV=production');
  assert.deepEqual(r.commands.map((c) => c.assignments.map((w) => w.raw)), [['A=1', 'B=2'], ['RAILS_ENV=production', 'DAYS+=1'], []]);
  assert.deepEqual(words(r.commands), [[], ['bin/tootctl', 'media', 'remove'], ['echo', 'RAILS_ENV=production']]);
});

test('parseShell: an offsets map places a piece of a file (a crontab command, a YAML scalar) in that file', () => {
  const file = '0 4 * * 0 date +\\%F; bin/tootctl media remove';
  // What crontab.ts hands the lexer: the command with `\%` turned into `%`, offsets into the file.
  const cmd = 'date +%F; bin/tootctl media remove';
  const offsets: number[] = [];
  for (let k = 10; k < file.length; k++) if (!(file[k] === '\\' && file[k + 1] === '%')) offsets.push(k);
  offsets.push(file.length);
  const r = parseShell(cmd, offsets);
  const fmt = r.commands[0]!.words[1]!;
  assert.equal(literal(fmt), '+%F');
  assert.equal(file.slice(fmt.start, fmt.end), '+\\%F');
  const rm = r.commands[1]!.words[2]!;
  assert.equal(file.slice(rm.start, rm.end), 'remove');
});

test('parseShell: unterminated quotes, $( and heredocs are problems with positions, and parsing goes on', () => {
  const sq = parseShell("su - mastodon -c 'cd live && bin/tootctl media remove");
  assert.deepEqual(sq.problems.map((p) => [p.start, p.message]), [[17, 'unterminated single quote']]);
  assert.deepEqual(words(sq.commands), [['su', '-', 'mastodon', '-c', 'cd live && bin/tootctl media remove']]);
  const dq = parseShell('echo "unterminated');
  assert.deepEqual(dq.problems.map((p) => [p.start, p.end, p.message]), [[5, 18, 'unterminated double quote']]);
  const sub = parseShell('echo $(date +');
  assert.deepEqual(sub.problems.map((p) => p.message), ['unterminated "$("']);
  const hd = parseShell('cat <<EOF\nno end here');
  assert.deepEqual(hd.problems.map((p) => [p.start, p.end, p.message]), [[10, 21, 'heredoc "EOF" is not terminated']]);
  assert.equal(hd.commands[0]!.heredocs[0]!.text, 'no end here');
});

test('parseShell: hostile input returns quickly without throwing', () => {
  const inputs: Record<string, string> = {
    '100k $(': '$('.repeat(100_000),
    'echo 100k $(': `echo ${'$('.repeat(100_000)}`,
    '"100k $(': `"${'$('.repeat(100_000)}`,
    '100k ${': '${'.repeat(100_000),
    'backticks': '`'.repeat(100_001),
    'escaped backticks': 'echo `a \\`b \\\\`c'.repeat(10_000),
    'parentheses': '('.repeat(100_000),
    'heredoc operators': `${'cat <<EOF '.repeat(20_000)}\n`,
    'heredoc lines': 'cat <<EOF\n'.repeat(20_000),
    'backslashes': '\\'.repeat(100_001),
    'double quotes': '"'.repeat(100_001),
    'single quotes': "'".repeat(100_001),
    'mixed': `"'$(\`\${`.repeat(20_000),
    'redirections': '>'.repeat(100_000),
    'case headers': 'case x in\n'.repeat(20_000),
    'arithmetic': '$(('.repeat(50_000),
    'NUL and CR': '\u0000\r\n'.repeat(10_000),
  };
  for (const [name, src] of Object.entries(inputs)) {
    let r: ReturnType<typeof parseShell> | undefined;
    assert.doesNotThrow(() => {
      r = parseShell(src);
    }, name);
    assert.ok(Array.isArray(r?.commands) && Array.isArray(r?.problems), name);
  }
});
