// Parses a tootctl command line the way Thor does, against the spec in tootctl-spec.ts:
// `--days=7`, `--days 7`, `-d 7`, `-d7`, `-d=7`; booleans as `--x`, `--no-x`, `--skip-x`, `--x=false`,
// or followed by `true`/`false`. An option Thor does not know is passed to the command as an
// argument, which a command without arguments refuses: tootctl prints an error and exits 1.

import type { Word } from '../lint/model.ts';
import { TOOTCTL, TOOTCTL_TOP_LEVEL, type CommandSpec, type OptionSpec } from './tootctl-spec.ts';

export type OptionValue = boolean | number | string | null;

export interface ParsedOption {
  spec: OptionSpec;
  /** `null` when the value is a variable or template the linter cannot see. */
  value: OptionValue;
  /** The option as written, from its first to last character (value included). */
  span: Word['span'];
  /** The words that make up this option. */
  words: Word[];
}

export interface TootctlProblem {
  kind: 'unknown-command' | 'unknown-subcommand' | 'unknown-option' | 'bad-value' | 'missing-value' | 'unexpected-argument';
  word: Word;
  message: string;
  /** Closest known name, for "did you mean". */
  suggestion?: string;
}

export interface TootctlCall {
  /** The word that runs tootctl (`bin/tootctl`). */
  program: Word;
  /** e.g. ['media', 'remove'], as typed; empty when the command word is unknown. */
  command: string[];
  commandWords: Word[];
  spec: CommandSpec | null;
  /** The last occurrence of each option wins, as in Thor. */
  options: Map<string, ParsedOption>;
  positionals: Word[];
  problems: TootctlProblem[];
  /** True when some word could not be resolved (a variable), so absence of a flag is uncertain. */
  hasUnknownWords: boolean;
}

const TRUE = new Set(['true', 'TRUE', 't', 'T']);
const FALSE = new Set(['false', 'FALSE', 'f', 'F']);

export function isTootctl(w: Word | undefined): boolean {
  const v = w?.value;
  if (!v) return false;
  return v === 'tootctl' || v.endsWith('/tootctl');
}

/** Returns null when argv does not run tootctl. */
export function parseTootctl(argv: Word[]): TootctlCall | null {
  // Only the program itself: `echo tootctl ...` or `grep tootctl` does not run it.
  if (!isTootctl(argv[0])) return null;
  const idx = 0;
  const program = argv[idx]!;
  const rest = argv.slice(idx + 1);
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
  const top = rest[0];
  if (!top || top.value === null) return call;
  const topName = top.value;
  let args: Word[];
  if (TOOTCTL_TOP_LEVEL[topName]) {
    call.command = [topName];
    call.commandWords = [top];
    call.spec = TOOTCTL_TOP_LEVEL[topName]!;
    args = rest.slice(1);
  } else {
    const group = TOOTCTL[topName] ?? TOOTCTL[topName.replace(/-/g, '_')];
    if (!group) {
      if (!topName.startsWith('-')) {
        call.problems.push({
          kind: 'unknown-command',
          word: top,
          message: `tootctl has no command "${topName}"`,
          suggestion: closest(topName, [...Object.keys(TOOTCTL), ...Object.keys(TOOTCTL_TOP_LEVEL)]),
        });
      }
      return call;
    }
    const sub = rest[1];
    call.command = [topName];
    call.commandWords = [top];
    if (!sub || sub.value === null) return call;
    const subName = sub.value;
    const spec = group[subName] ?? group[subName.replace(/_/g, '-')];
    if (!spec) {
      if (subName !== 'help' && !subName.startsWith('-')) {
        call.problems.push({
          kind: 'unknown-subcommand',
          word: sub,
          message: `"tootctl ${topName}" has no subcommand "${subName}"`,
          suggestion: closest(subName, Object.keys(group)),
        });
      }
      return call;
    }
    call.command = [topName, subName.replace(/_/g, '-')];
    call.commandWords = [top, sub];
    call.spec = spec;
    args = rest.slice(2);
  }
  parseOptions(call, call.spec!, args);
  return call;
}

function parseOptions(call: TootctlCall, spec: CommandSpec, args: Word[]): void {
  const byLong = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  for (const o of spec.options) {
    byLong.set(o.name, o);
    byLong.set(o.name.replace(/-/g, '_'), o);
    for (const a of o.aliases ?? []) byShort.set(a, o);
  }
  let i = 0;
  let onlyArgs = false;
  while (i < args.length) {
    const w = args[i]!;
    const v = w.value;
    i++;
    if (v === null) {
      continue; // a variable may hide anything; hasUnknownWords records it
    }
    if (onlyArgs || !v.startsWith('-') || v === '-') {
      call.positionals.push(w);
      continue;
    }
    if (v === '--') {
      onlyArgs = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    let long = v.startsWith('--');
    const eq = v.indexOf('=');
    if (long) {
      name = eq === -1 ? v.slice(2) : v.slice(2, eq);
      if (eq !== -1) inline = v.slice(eq + 1);
    } else {
      name = v.slice(1, 2);
      const tail = v.slice(2);
      if (tail.startsWith('=')) inline = tail.slice(1);
      else if (tail) inline = tail;
    }
    let o = long ? byLong.get(name) : byShort.get(name);
    let negated = false;
    if (!o && long) {
      const m = /^(no|skip)[-_](.+)$/.exec(name);
      const base = m ? byLong.get(m[2]!) : undefined;
      if (base && base.type === 'boolean') {
        o = base;
        negated = true;
      }
    }
    if (!o) {
      const known = spec.options.map((x) => `--${x.name}`);
      call.problems.push({
        kind: 'unknown-option',
        word: w,
        message: `"tootctl ${call.command.join(' ')}" has no option "${long ? '--' + name : '-' + name}"`,
        suggestion: closest(long ? `--${name}` : `-${name}`, known),
      });
      // Thor hands unknown switches to the command as arguments.
      continue;
    }
    const words = [w];
    let value: OptionValue;
    if (o.type === 'boolean') {
      if (inline !== undefined && long) {
        value = TRUE.has(inline) ? true : FALSE.has(inline) ? false : null;
        if (value === null) call.problems.push({ kind: 'bad-value', word: w, message: `"--${o.name}" takes true or false, not "${inline}"` });
      } else {
        const peek = args[i]?.value;
        if (peek !== undefined && peek !== null && (TRUE.has(peek) || FALSE.has(peek))) {
          value = TRUE.has(peek);
          words.push(args[i]!);
          i++;
        } else value = true;
      }
      if (negated && value !== null) value = !value;
    } else {
      let raw: string | null | undefined = inline;
      if (raw === undefined) {
        const next = args[i];
        if (!next || (next.value !== null && next.value.startsWith('-') && !/^-\d/.test(next.value))) {
          call.problems.push({ kind: 'missing-value', word: w, message: `"--${o.name}" needs a value` });
          continue;
        }
        raw = next.value;
        words.push(next);
        i++;
      }
      if (raw === null) value = null;
      else if (o.type === 'numeric') {
        if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(raw)) value = Number(raw);
        else {
          call.problems.push({ kind: 'bad-value', word: words[words.length - 1]!, message: `"--${o.name}" expects a number, got "${raw}"` });
          value = null;
        }
      } else value = raw;
    }
    const last = words[words.length - 1]!;
    call.options.set(o.name, { spec: o, value, words, span: { file: w.span.file, start: w.span.start, end: last.span.end } });
  }
  if (spec.args === 'none') {
    for (const p of call.positionals) {
      call.problems.push({ kind: 'unexpected-argument', word: p, message: `"tootctl ${call.command.join(' ')}" takes no arguments, got "${p.text}"` });
    }
  }
}

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
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestD <= limit ? best : undefined;
}

export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
