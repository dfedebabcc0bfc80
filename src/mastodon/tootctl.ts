// Parses a tootctl command line the way Thor (rails/thor 1.3-1.5; the parser is the same in all three)
// does, against the spec in tootctl-spec.ts. Each behaviour below names the Thor file it follows.
//
// How `tootctl media remove --days 7` runs (lib/thor.rb `dispatch`, `subcommand`; lib/thor/base.rb
// `initialize`; lib/thor/invocation.rb `invoke`):
//  1. Main (main.rb) takes `media` as the command name (`retrieve_command_name`) and parses the rest
//     as its own options. It has none, so every switch is passed on unchanged, except that its
//     option parser consumes the first `--` (lib/thor/parser/options.rb `peek`). A nested group
//     (`settings registrations`) does the same once more.
//  2. The group method `media(*args)` shows help instead if any later word is `--help` or `-h`.
//  3. The group resolves `remove`: exactly, with `-` read as `_`, or as an unambiguous prefix of a
//     command name (`normalize_command_name`, `find_command_possibilities`).
//  4. `Thor::Options#parse` reads the switches; whatever it does not know becomes a positional
//     argument, since Mastodon's CLI Base never calls `check_unknown_options!`.
//  5. The Ruby method is called with the positional arguments; a count it does not accept raises
//     ArgumentError, which Thor reports as `"tootctl media remove" was called with arguments [...]`.
// Every Thor error ends the run with exit status 1 (`Thor::Base.start`, and `exit_on_failure?` is
// true in lib/mastodon/cli/base.rb). The parser never throws.

import type { Word } from '../lint/model.ts';
import type { Span } from '../lint/source.ts';
import {
  GROUP_HELP,
  TOOTCTL,
  TOOTCTL_TOP_LEVEL,
  TOOTCTL_TOP_LEVEL_MAP,
  type CommandSpec,
  type OptionSpec,
} from './tootctl-spec.ts';

export type OptionValue = boolean | number | string | string[] | null;

export interface ParsedOption {
  spec: OptionSpec;
  /** `null` when the value is a variable or template the linter cannot see, or is malformed. */
  value: OptionValue;
  /** The option as written, from its first to last character (value included). */
  span: Span;
  /** The words that make up this option (parts of a word for `--days=7` or `-vc`). */
  words: Word[];
}

export interface TootctlProblem {
  kind:
    | 'unknown-command'
    | 'unknown-subcommand'
    | 'ambiguous-command'
    | 'unknown-option'
    | 'bad-value'
    | 'missing-value'
    | 'missing-option'
    | 'missing-argument'
    | 'unexpected-argument';
  word: Word;
  /** A complete finding message: what is wrong, what it costs, what to do. */
  message: string;
  /** Closest known name, for "did you mean". */
  suggestion?: string;
  /** A word the linter cannot read comes before this one and may change how Thor reads it. */
  uncertain?: boolean;
}

export interface TootctlCall {
  /** The word that runs tootctl (`bin/tootctl`). */
  program: Word;
  /**
   * The command as the spec names it, e.g. ['media', 'remove-orphans'] for `media remove_orphans`
   * or `media remove-o`; only the resolved part when a name is unknown; empty when none is known.
   */
  command: string[];
  commandWords: Word[];
  spec: CommandSpec | null;
  /** The last occurrence of each option wins, as in Thor. Keyed by OptionSpec.name. */
  options: Map<string, ParsedOption>;
  /** The arguments the Ruby method receives, unknown switches included, in Thor's order. */
  positionals: Word[];
  problems: TootctlProblem[];
  /** True when some word could not be resolved (a variable), so absence of a flag is uncertain. */
  hasUnknownWords: boolean;
  /** `--help` or `-h` after a group: tootctl prints help and runs nothing. */
  help?: boolean;
}

export function isTootctl(w: Word | undefined): boolean {
  const v = w?.value;
  if (!v) return false;
  return v === 'tootctl' || v.endsWith('/tootctl');
}

/** Returns null when argv does not run tootctl. */
export function parseTootctl(argv: Word[]): TootctlCall | null {
  // Only the program itself: `echo tootctl ...` or `grep tootctl` does not run it.
  if (!isTootctl(argv[0])) return null;
  const program = argv[0]!;
  const rest = argv.slice(1);
  const call: TootctlCall = {
    program,
    command: [],
    commandWords: [],
    spec: null,
    options: new Map(),
    positionals: [],
    problems: [],
    hasUnknownWords: rest.some((w) => w.value === null),
  };
  try {
    dispatchMain(call, rest);
  } catch {
    // Never throw on bad input; whatever was parsed so far stands.
  }
  for (const p of call.problems) {
    if (rest.some((w) => w.value === null && w.span.start.offset < p.word.span.start.offset)) p.uncertain = true;
  }
  return call;
}

// ---------------------------------------------------------------------------------------------
// Command resolution (lib/thor.rb)

interface ThorClass {
  /** Spec key → spec, as tootctl-spec.ts names them; Thor's method name is the key with `_`. */
  commands: Record<string, CommandSpec>;
  /** Nested groups of Main. */
  groups: Record<string, Record<string, CommandSpec>>;
  map: Record<string, string>;
}

const HELP_MAP: Record<string, string> = { '-h': 'help', '-?': 'help', '--help': 'help', '-D': 'help' };

const MAIN: ThorClass = { commands: TOOTCTL_TOP_LEVEL, groups: TOOTCTL, map: TOOTCTL_TOP_LEVEL_MAP };

const groupClasses = new WeakMap<Record<string, CommandSpec>, ThorClass>();

function groupClass(commands: Record<string, CommandSpec>): ThorClass {
  let cls = groupClasses.get(commands);
  if (!cls) groupClasses.set(commands, (cls = { commands: { ...commands, help: GROUP_HELP }, groups: {}, map: HELP_MAP }));
  return cls;
}

const method = (key: string): string => key.replace(/-/g, '_');

type Resolved = { key: string } | { ambiguous: string[] } | { unknown: true };

/**
 * `normalize_command_name` + `find_command_possibilities`: the names that start with what was typed
 * (command method names and `map` keys); an exact name wins, one candidate is taken, several are
 * "Ambiguous command"; with none the word is used as typed. Then `-` is read as `_`.
 */
const commandNames = new WeakMap<ThorClass, { byMethod: Map<string, string>; names: string[] }>();

function resolveCommand(cls: ThorClass, typed: string): Resolved {
  let cached = commandNames.get(cls);
  if (!cached) {
    const keys = [...Object.keys(cls.groups), ...Object.keys(cls.commands)];
    const byMethod = new Map(keys.map((k) => [method(k), k]));
    commandNames.set(cls, (cached = { byMethod, names: [...byMethod.keys(), ...Object.keys(cls.map)] }));
  }
  const { byMethod, names } = cached;
  const possibilities = names.filter((n) => n.startsWith(typed)).sort();
  const unique = [...new Set(possibilities.map((k) => cls.map[k] ?? k))];
  let found: string[];
  if (possibilities.includes(typed)) found = [typed];
  else if (unique.length === 1) found = unique;
  else found = possibilities;
  if (found.length > 1) return { ambiguous: found.map((m) => byMethod.get(m) ?? m) };
  let m: string;
  if (found.length === 0) m = typed;
  else if (cls.map[typed]) m = cls.map[typed]!;
  else m = found[0]!;
  const key = byMethod.get(method(m));
  return key === undefined ? { unknown: true } : { key };
}

function dispatchMain(call: TootctlCall, words: Word[]): void {
  const first = words[0];
  // No command: Thor prints the command list. A variable: nothing can be said.
  if (!first || first.value === null) return;
  const typed = first.value;
  // `retrieve_command_name` takes the first word as the command unless it starts with `-` and is not
  // a `map` key; Main then runs `help` with the words as arguments, which fails.
  if (typed.startsWith('-') && !MAIN.map[typed]) {
    call.problems.push({
      kind: 'unknown-command',
      word: first,
      // After `--` help gets the command words as its arguments and prints that group's help;
      // after any other switch it gets the switch and fails.
      message:
        typed === '--'
          ? `"--" before the command makes tootctl print help instead of running it, so the job does nothing; remove "--"`
          : `tootctl expects a command before "${typed}", so it exits 1 without running anything; put the command (e.g. "media remove") first`,
    });
    return;
  }
  const r = resolveCommand(MAIN, typed);
  if (!('key' in r)) {
    commandProblem(call, MAIN, first, typed, r, 'tootctl');
    return;
  }
  call.command = [r.key];
  call.commandWords = [first];
  const group = TOOTCTL[r.key];
  if (group) {
    dispatchGroup(call, groupClass(group), words.slice(1));
    return;
  }
  const spec = TOOTCTL_TOP_LEVEL[r.key]!;
  call.spec = spec;
  runCommand(call, spec, words.slice(1));
}

/** A group's method (`subcommand` in lib/thor.rb) and the group's own `dispatch`. */
function dispatchGroup(call: TootctlCall, cls: ThorClass, after: Word[]): void {
  // The parent's option parser consumed the first `--` (options.rb `peek`, OPTS_END).
  const dd = after.findIndex((w) => w.value === '--');
  const words = dd === -1 ? after : [...after.slice(0, dd), ...after.slice(dd + 1)];
  const [leading, opts] = split(words);
  // `invoke_args.unshift "help" if opts.delete("--help") || opts.delete("-h")`.
  const help = opts.some((w) => w.value === '--help' || w.value === '-h');
  const label = `tootctl ${call.command.join(' ')}`;
  const sub = leading[0];
  if (!sub) {
    // No subcommand: the group runs `help` with the switches as its arguments, which fails.
    const o = opts[0];
    if (help) call.help = true;
    else if (o && o.value !== null) {
      call.problems.push({
        kind: 'unknown-subcommand',
        word: o,
        message: `"${label}" needs a subcommand before "${o.value}", so tootctl exits 1 and the job does nothing; put the subcommand first`,
      });
    }
    return;
  }
  if (sub.value === null) return;
  const r = resolveCommand(cls, sub.value);
  if (!('key' in r)) {
    commandProblem(call, cls, sub, sub.value, r, label);
    return;
  }
  call.command = [...call.command, r.key];
  call.commandWords = [...call.commandWords, sub];
  const spec = cls.commands[r.key]!;
  if (spec.subcommands) {
    if (help) call.help = true;
    else dispatchGroup(call, groupClass(spec.subcommands), [...leading.slice(1), ...opts]);
    return;
  }
  call.spec = spec;
  if (help) {
    call.help = true;
    return;
  }
  parseArgs(call, spec, leading.slice(1), opts);
}

function commandProblem(call: TootctlCall, cls: ThorClass, word: Word, typed: string, r: Resolved, label: string): void {
  const names = [...Object.keys(cls.groups), ...Object.keys(cls.commands)];
  if ('ambiguous' in r) {
    const list = r.ambiguous.map((n) => `"${n}"`).join(', ');
    call.problems.push({
      kind: 'ambiguous-command',
      word,
      message: `"${typed}" could be any of ${list} in "${label}", so tootctl exits 1 with "Ambiguous command" and the job does nothing; write the full name`,
    });
    return;
  }
  const starts = names.filter((n) => method(n).startsWith(method(typed)));
  const suggestion = starts.length === 1 ? starts[0] : closest(typed, names);
  const top = label === 'tootctl';
  call.problems.push({
    kind: top ? 'unknown-command' : 'unknown-subcommand',
    word,
    suggestion,
    message:
      `${top ? `tootctl has no command "${typed}", so it` : `"${label}" has no subcommand "${typed}", so tootctl`} exits 1 with "Could not find command" and the job does nothing; ` +
      (suggestion ? `use "${suggestion}"` : `run "${label} help" for the list`),
  });
}

/** `Thor::Arguments.split`: the words before the first one starting with `-`, and the rest. */
function split(words: Word[]): [Word[], Word[]] {
  const i = words.findIndex((w) => w.value !== null && w.value.startsWith('-'));
  return i === -1 ? [words, []] : [words.slice(0, i), words.slice(i)];
}

/** A top-level command: Main's `dispatch` splits and parses with that command's options. */
function runCommand(call: TootctlCall, spec: CommandSpec, words: Word[]): void {
  const [leading, opts] = split(words);
  parseArgs(call, spec, leading, opts);
}

// ---------------------------------------------------------------------------------------------
// Option parsing: a port of lib/thor/parser/options.rb and arguments.rb over Words.

// options.rb. Ruby's `^`/`$` are line anchors; words with newlines do not occur in tootctl lines.
const LONG_RE = /^(--\w+(?:-\w+)*)$/;
const SHORT_RE = /^(-[a-z])$/i;
const EQ_RE = /^(--\w+(?:-\w+)*|-[a-z])=(.*)$/i;
const SHORT_SQ_RE = /^-([a-z]{2,})$/i;
// `/^(-[a-z])#{NUMERIC}$/i`: group 2 is NUMERIC's own group, without the sign, so `-d-7` gives 7.
const SHORT_NUM = /^(-[a-z])[-+]?(\d*\.\d+|\d+)$/i;
// arguments.rb `NUMERIC = /[-+]?(\d*\.\d+|\d+)/`, required to match the whole value (`$& == peek`).
const NUMERIC = /^[-+]?(\d*\.\d+|\d+)$/;
// options.rb `parse_boolean`.
const TRUE = new Set(['true', 'TRUE', 't', 'T']);
const FALSE = new Set(['false', 'FALSE', 'f', 'F']);

type Origin = { kind: 'unknown-switch' } | { kind: 'swallowed' } | { kind: 'boolean-value'; option: string };

class OptionsParser {
  private pile: Word[];
  private isValue = false; // @is_treated_as_value
  private parsing = true; // @parsing_options
  readonly extra: Word[] = [];
  readonly origin = new Map<Word, Origin>();
  readonly assigned = new Map<string, ParsedOption>();
  private readonly switches = new Map<string, OptionSpec>();
  private readonly shorts = new Map<string, string>();

  constructor(
    private readonly call: TootctlCall,
    private readonly spec: CommandSpec,
    opts: Word[],
  ) {
    this.pile = [...opts];
    for (const o of spec.options) {
      this.switches.set(`--${o.name}`, o);
      // `normalize_aliases`: `short.to_s.sub(/^(?!\-)/, "-")`; first declaration wins (`||=`).
      for (const a of o.aliases ?? []) if (!this.shorts.has(`-${a}`)) this.shorts.set(`-${a}`, `--${o.name}`);
    }
  }

  /** `Options#peek`: `--` while parsing options ends them and is dropped. */
  private peek(): Word | undefined {
    if (this.parsing && this.pile[0]?.value === '--') {
      this.shift();
      this.parsing = false;
    }
    return this.pile[0];
  }

  private shift(): Word | undefined {
    this.isValue = false;
    return this.pile.shift();
  }

  private unshift(words: Word[], isValue = false): void {
    this.isValue = isValue;
    this.pile = [...words, ...this.pile];
  }

  private parsingOptions(): boolean {
    this.peek();
    return this.parsing;
  }

  private last(): boolean {
    return this.pile.length === 0;
  }

  /** `normalize_switch`: an alias becomes its option's switch; `_` reads as `-`. */
  private normalize(arg: string): string {
    return (this.shorts.get(arg) ?? arg).replace(/_/g, '-');
  }

  private switchOption(arg: string): OptionSpec | undefined {
    const m = noOrSkip(arg);
    return m !== null ? (this.switches.get(arg) ?? this.switches.get(`--${m}`)) : this.switches.get(arg);
  }

  private isSwitch(arg: string): boolean {
    return this.switchOption(this.normalize(arg)) !== undefined;
  }

  /** `current_is_switch?`: [looks like a switch, is a declared one]. */
  private currentIsSwitch(): [boolean, boolean] {
    if (this.isValue) return [false, false];
    const v = this.peek()?.value;
    if (v === undefined || v === null) return [false, false];
    const m = LONG_RE.exec(v) ?? SHORT_RE.exec(v) ?? EQ_RE.exec(v) ?? SHORT_NUM.exec(v);
    if (m) return [true, this.isSwitch(m[1]!)];
    const sq = SHORT_SQ_RE.exec(v);
    if (sq) return [true, [...sq[1]!].some((f) => this.isSwitch(`-${f}`))];
    return [false, false];
  }

  private currentIsSwitchFormatted(): boolean {
    if (this.isValue) return false;
    const v = this.peek()?.value;
    if (v === undefined || v === null) return false;
    return LONG_RE.test(v) || SHORT_RE.test(v) || EQ_RE.test(v) || SHORT_NUM.test(v) || SHORT_SQ_RE.test(v);
  }

  /** Options' `current_is_value?` over Arguments' (`peek.to_s !~ /^-{1,2}\S+/`). */
  private currentIsValue(): boolean {
    if (this.isValue) return true;
    const p = this.peek();
    if (!p) return false;
    if (!this.parsingOptions()) return true;
    return p.value === null || !/^-{1,2}\S+/.test(p.value);
  }

  parse(): void {
    while (this.peek() !== undefined) {
      if (!this.parsingOptions()) {
        this.extra.push(this.shift()!);
        continue;
      }
      const [match, isSwitch] = this.currentIsSwitch();
      const shifted = this.shift()!;
      if (isSwitch) {
        const v = shifted.value!;
        let sw: string;
        let swWord: Word;
        let m: RegExpExecArray | null;
        if ((m = SHORT_SQ_RE.exec(v))) {
          // `-vc` is `-v -c`.
          this.unshift([...m[1]!].map((f, i) => ({ ...subWord(shifted, i + 1, i + 2), value: `-${f}`, text: `-${f}`, offsets: undefined })));
          continue;
        } else if ((m = EQ_RE.exec(v))) {
          const n = m[1]!.length;
          this.unshift([subWord(shifted, n + 1, v.length)], true);
          sw = m[1]!;
          swWord = subWord(shifted, 0, n);
        } else if ((m = SHORT_NUM.exec(v))) {
          this.unshift([subWord(shifted, v.length - m[2]!.length, v.length)]);
          sw = m[1]!;
          swWord = subWord(shifted, 0, 2);
        } else {
          sw = v;
          swWord = shifted;
        }
        sw = this.normalize(sw);
        const option = this.switchOption(sw)!;
        this.parsePeek(sw, option, swWord);
      } else if (match) {
        // An undeclared switch, and the plain words after it, become arguments.
        this.extra.push(shifted);
        this.origin.set(shifted, { kind: 'unknown-switch' });
        for (let p = this.peek(); p && !(p.value ?? '').startsWith('-'); p = this.peek()) {
          const w = this.shift()!;
          this.extra.push(w);
          this.origin.set(w, { kind: 'swallowed' });
        }
      } else {
        this.extra.push(shifted);
      }
    }
  }

  private assign(option: OptionSpec, swWord: Word, valueWords: Word[], value: OptionValue): void {
    const words = [swWord, ...valueWords];
    const lastWord = words[words.length - 1]!;
    this.assigned.set(option.name, { spec: option, value, words, span: joinSpans(swWord.span, lastWord.span) });
  }

  private problem(p: TootctlProblem): void {
    this.call.problems.push(p);
  }

  /** `parse_peek`: is there a value to read, and read it by type. */
  private parsePeek(sw: string, option: OptionSpec, swWord: Word): void {
    if (this.parsingOptions() && (this.currentIsSwitchFormatted() || this.last())) {
      if (option.type === 'boolean') {
        // fall through to parse_boolean
      } else if (noOrSkip(sw) !== null) {
        // `--no-days`: Thor sets the option to nil ("User set value to nil").
        this.assign(option, swWord, [], null);
        if (option.default !== undefined) {
          this.problem({
            kind: 'bad-value',
            word: swWord,
            message: `"${swWord.text}" sets "--${option.name}" to nothing instead of its default ${JSON.stringify(option.default)}, so the command fails when it reads it; remove "${swWord.text}"`,
          });
        }
        return;
      } else if (option.type === 'string' && !option.required) {
        // "Return the default if there is one, else the human name".
        const value = typeof option.default === 'string' ? option.default : option.name.replace(/-/g, '_');
        this.assign(option, swWord, [], value);
        this.problem({
          kind: 'missing-value',
          word: swWord,
          message: `"${swWord.text}" has no value, so Thor uses "${value}" as its value and the command works on the wrong input; give it a value or remove it`,
        });
        return;
      } else {
        this.assign(option, swWord, [], null);
        this.problem({
          kind: 'missing-value',
          word: swWord,
          message: `"${swWord.text}" has no value, so tootctl exits 1 with "No value provided for option" and the job does nothing; give it ${option.type === 'numeric' ? 'a number' : 'a value'}`,
        });
        return;
      }
    }
    switch (option.type) {
      case 'boolean':
        return this.parseBoolean(sw, option, swWord);
      case 'numeric':
        return this.parseNumeric(sw, option, swWord);
      case 'array':
        return this.parseArray(option, swWord);
      case 'hash':
        return this.parseHash(option, swWord);
      default:
        return this.parseString(sw, option, swWord);
    }
  }

  /** `parse_boolean`: a following true/false word is its value; the negation applies only without one. */
  private parseBoolean(sw: string, option: OptionSpec, swWord: Word): void {
    const fallback = this.switches.has(sw) || noOrSkip(sw) === null;
    if (this.currentIsValue()) {
      const p = this.peek()!;
      if (p.value !== null && (TRUE.has(p.value) || FALSE.has(p.value))) {
        this.shift();
        this.assign(option, swWord, [p], TRUE.has(p.value));
        return;
      }
      // A value that is not a boolean stays in the pile and becomes an argument; after
      // `--dry-run=yes` it is still marked as a value, so it cannot be read as a switch.
      if (this.isValue) this.origin.set(p, { kind: 'boolean-value', option: swWord.text });
    }
    this.assign(option, swWord, [], fallback);
  }

  /** `parse_numeric`: the whole value must match NUMERIC; `.` makes it a Float. */
  private parseNumeric(sw: string, option: OptionSpec, swWord: Word): void {
    const p = this.peek();
    if (!p) {
      this.assign(option, swWord, [], null);
      this.problem({
        kind: 'bad-value',
        word: swWord,
        message: `"${swWord.text}" is missing its number, so tootctl exits 1 with "Expected numeric value" and the job does nothing; give it a number`,
      });
      return;
    }
    this.shift();
    if (p.value === null) return this.assign(option, swWord, [p], null);
    if (!NUMERIC.test(p.value)) {
      this.assign(option, swWord, [p], null);
      this.problem({
        kind: 'bad-value',
        word: p,
        message: `"${sw}" needs a number but got "${p.value}", so tootctl exits 1 with "Expected numeric value" and the job does nothing; write the number in digits`,
      });
      return;
    }
    this.assign(option, swWord, [p], Number(p.value));
  }

  /** `parse_string`: `--no-x` gives nil without reading a value; `enum:` is checked. */
  private parseString(sw: string, option: OptionSpec, swWord: Word): void {
    if (noOrSkip(sw) !== null) return this.assign(option, swWord, [], null);
    const p = this.shift();
    if (!p) return this.assign(option, swWord, [], null);
    this.assign(option, swWord, [p], p.value);
    if (p.value !== null) this.checkEnum(option, sw, p, p.value);
  }

  /** `parse_array`: every following word that is not a switch. */
  private parseArray(option: OptionSpec, swWord: Word): void {
    const words: Word[] = [];
    while (this.currentIsValue()) {
      const p = this.shift()!;
      words.push(p);
      if (p.value) this.checkEnum(option, `--${option.name}`, p, p.value);
    }
    const value = words.some((w) => w.value === null) ? null : words.map((w) => w.value ?? '');
    this.assign(option, swWord, words, value);
  }

  /** `parse_hash`: following `key:value` words. No tootctl option is a hash. */
  private parseHash(option: OptionSpec, swWord: Word): void {
    const words: Word[] = [];
    for (let p = this.peek(); p && this.currentIsValue() && (p.value ?? '').includes(':'); p = this.peek()) words.push(this.shift()!);
    this.assign(option, swWord, words, null);
  }

  /** `validate_enum_value!`. */
  private checkEnum(option: OptionSpec, sw: string, word: Word, value: string): void {
    if (!option.enum || option.enum.includes(value)) return;
    this.problem({
      kind: 'bad-value',
      word,
      message: `"${sw}" must be one of ${option.enum.map((e) => `"${e}"`).join(', ')} but got "${value}", so tootctl exits 1 with "Expected '${sw}' to be one of" and the job does nothing; use one of those`,
    });
  }
}

/** arguments.rb `no_or_skip?`: the name after `--no-` or `--skip-`, else null. */
function noOrSkip(arg: string): string | null {
  const m = /^--(no|skip)-([-\w]+)$/.exec(arg);
  return m ? m[2]! : null;
}

/** Parses a command's words: `leading` are the arguments before the first switch. */
function parseArgs(call: TootctlCall, spec: CommandSpec, leading: Word[], opts: Word[]): void {
  const parser = new OptionsParser(call, spec, opts);
  parser.parse();
  call.options = parser.assigned;
  const positionals = [...leading, ...parser.extra];
  call.positionals = positionals;
  const label = `tootctl ${call.command.join(' ')}`;
  const lastWord = call.commandWords[call.commandWords.length - 1] ?? call.program;
  const unknown = call.hasUnknownWords;

  // `check_requirement!`: "No value provided for required options".
  if (!unknown) {
    for (const o of spec.options) {
      if (!o.required || parser.assigned.has(o.name)) continue;
      call.problems.push({
        kind: 'missing-option',
        word: lastWord,
        message: `"${label}" needs "--${o.name}", so tootctl exits 1 with "No value provided for required options" and the job does nothing; add "--${o.name}"${o.enum ? ` with one of ${o.enum.map((e) => `"${e}"`).join(', ')}` : ' with a value'}`,
      });
    }
  }

  // The Ruby method's arity (lib/thor/command.rb `run`, `handle_argument_error`).
  const count = positionals.length;
  const overflow = !unknown && spec.maxArgs !== null && count > spec.maxArgs;
  const underflow = !unknown && count < spec.minArgs;
  const explained = new Set<Word>();
  positionals.forEach((w, i) => {
    const o = parser.origin.get(w);
    if (!o || o.kind === 'swallowed') return;
    const typed = w.value ?? w.text;
    const argName = spec.argNames[Math.min(i, spec.argNames.length - 1)];
    const subject = o.kind === 'unknown-switch' ? 'it' : `"${typed}"`;
    const effect = overflow
      ? `so Thor passes ${subject} to the command as an argument and tootctl exits 1 with "was called with arguments" without doing anything`
      : unknown || !argName
        ? `so Thor passes ${subject} to the command as an argument instead`
        : `so Thor passes ${subject} to the command as a ${argName} argument instead and the job runs as if it were not there`;
    if (o.kind === 'unknown-switch') {
      const name = EQ_RE.exec(typed)?.[1] ?? typed;
      const suggestion = suggestOption(name, spec);
      call.problems.push({
        kind: 'unknown-option',
        word: w,
        suggestion,
        message: `"${label}" has no option "${name}", ${effect}; ${suggestion ? `use "${suggestion}"` : 'remove it'}`,
      });
    } else {
      call.problems.push({
        kind: 'bad-value',
        word: w,
        message: `"${o.option}" takes no value but got "${typed}", ${effect}; write "${o.option}" alone, or "${o.option}=false" to turn it off`,
      });
    }
    explained.add(w);
    for (let j = i + 1; j < positionals.length && parser.origin.get(positionals[j]!)?.kind === 'swallowed'; j++) explained.add(positionals[j]!);
  });
  if (overflow) {
    const max = spec.maxArgs ?? 0;
    for (const w of positionals.slice(max)) {
      if (explained.has(w)) continue;
      call.problems.push({
        kind: 'unexpected-argument',
        word: w,
        message:
          `"${label}" takes ${max === 0 ? 'no arguments' : `at most ${max} argument${max === 1 ? '' : 's'}`} but got "${w.value ?? w.text}", ` +
          `so tootctl exits 1 with "was called with arguments" and the job does nothing; remove it`,
      });
    }
  }
  if (underflow) {
    const missing = spec.argNames.slice(count, spec.minArgs);
    call.problems.push({
      kind: 'missing-argument',
      word: lastWord,
      message: `"${label}" needs ${missing.map((n) => `a ${n}`).join(' and ')} argument${missing.length === 1 ? '' : 's'}, so tootctl exits 1 with "was called with ${count === 0 ? 'no arguments' : 'arguments'}" and the job does nothing; add ${missing.length === 1 ? 'it' : 'them'}`,
    });
  }
}

/** The option a mistyped switch most likely meant: a near spelling, or the one it begins. */
function suggestOption(typed: string, spec: CommandSpec): string | undefined {
  const longs = spec.options.map((o) => `--${o.name}`);
  const near = closest(typed, longs);
  if (near) return near;
  if (typed.startsWith('--')) {
    const starts = longs.filter((l) => l.startsWith(typed));
    if (starts.length === 1) return starts[0];
  }
  if (/^-[a-z]$/i.test(typed)) {
    const o = spec.options.find((x) => x.aliases?.includes(typed.slice(1).toLowerCase()));
    if (o) return `-${typed.slice(1).toLowerCase()}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Words and spans

/** Part [from, to) of a word's value, with the span of exactly those characters when they are contiguous. */
function subWord(w: Word, from: number, to: number): Word {
  const value = (w.value ?? '').slice(from, to);
  return { value, text: value, span: subSpan(w, from, to), offsets: w.offsets?.slice(from, to) };
}

function subSpan(w: Word, from: number, to: number): Span {
  const offs = w.offsets;
  const { start, end } = w.span;
  if (!offs || to <= from || start.line !== end.line) return w.span;
  const s = offs[from];
  const ends = w.ends;
  const endOf = (k: number) => (ends ? ends[k] : (offs[k] ?? -2) + 1);
  const e = endOf(to - 1);
  if (s === undefined || e === undefined || s < start.offset || e > end.offset) return w.span;
  // The characters must be one run of source text (an expansion counts as one piece).
  for (let k = from + 1; k < to; k++) {
    const prevEnd = endOf(k - 1);
    const same = offs[k] === offs[k - 1] && endOf(k) === prevEnd;
    if (offs[k] !== prevEnd && !same) return w.span;
  }
  return {
    file: w.span.file,
    start: { line: start.line, column: start.column + (s - start.offset), offset: s },
    end: { line: start.line, column: start.column + (e - start.offset), offset: e },
  };
}

function joinSpans(a: Span, b: Span): Span {
  const start = b.start.offset < a.start.offset ? b.start : a.start;
  const end = b.end.offset > a.end.offset ? b.end : a.end;
  return { file: a.file, start, end };
}

// ---------------------------------------------------------------------------------------------
// Queries rules use

/** The effective value of an option: as given, else its default. `null`: unknown. */
export function optionValue(call: TootctlCall, name: string): OptionValue | undefined {
  const o = call.options.get(name);
  if (o) return o.value;
  const spec = call.spec?.options.find((x) => x.name === name);
  return spec?.default;
}

/** True, false, or null when a hidden word might set it. */
export function flag(call: TootctlCall, name: string): boolean | null {
  const o = call.options.get(name);
  if (o) return o.value === null ? null : o.value === true;
  return call.hasUnknownWords ? null : false;
}

export function isCommand(call: TootctlCall, ...path: string[]): boolean {
  return call.command.length === path.length && path.every((p, i) => call.command[i] === p);
}

/** Damerau-free Levenshtein, for "did you mean". */
export function closest(input: string, candidates: string[]): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    // The distance is at least the length difference: skip what cannot beat the best so far.
    if (Math.abs(c.length - lower.length) >= bestD) continue;
    const d = distance(lower, c.toLowerCase(), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}

let distanceRow = new Int32Array(64);

/** Levenshtein distance; with `bound`, stops early and returns bound + 1 once it must exceed it. */
export function distance(a: string, b: string, bound = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  // One reused row: did-you-mean runs this against hundreds of names per unknown variable.
  if (distanceRow.length <= b.length) distanceRow = new Int32Array(b.length + 1);
  const row = distanceRow;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      const v = Math.min(tmp + 1, row[j - 1]! + 1, prev + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      prev = tmp;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > bound) return bound + 1;
  }
  return row[b.length]!;
}
