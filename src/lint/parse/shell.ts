// A shell lexer that keeps positions. It understands what decides which program runs with which
// arguments: quoting, escapes, `\` line continuations, comments, operators (`&&`, `;`, `|`),
// redirections, heredocs, `$VAR`/`${VAR:-default}`, `$(...)` and backticks (whose commands are
// collected too). It is not a full bash grammar: control-flow keywords are skipped, so commands
// inside `if`, `for`, functions and subshells are still found.
//
// Why hand-written: sh-syntax (mvdan/sh compiled to WASM) returns statements without their
// arguments through its JSON bridge and costs ~7 ms a parse; bash-parser has no heredocs and is
// unmaintained; shell-quote keeps no positions. A lexer this size is easier to make total (it never
// throws) and exact about columns across continuations.
//
// The input may itself be a piece of a file (a crontab command field, a `bash -c` string, a YAML
// scalar): `offsets[i]` is then the file offset of input character i, so every span points into
// the real file.

export type WordPart =
  | { kind: 'lit'; text: string; offsets: number[] }
  | { kind: 'var'; name: string; fallback?: string; start: number; end: number }
  | { kind: 'unknown'; start: number; end: number };

export interface ShellWord {
  parts: WordPart[];
  /** File offsets of the word's first character and one past its last. */
  start: number;
  end: number;
  /** The word as written (continuations removed). */
  raw: string;
}

export interface Redirect {
  op: string;
  target?: ShellWord;
}

export interface ShellCommand {
  /** Leading `NAME=value` words. */
  assignments: ShellWord[];
  words: ShellWord[];
  redirects: Redirect[];
  /** Bodies of `<<` heredocs attached to this command, with their file offsets. */
  heredocs: { text: string; offsets: number[]; quoted: boolean }[];
  start: number;
  end: number;
  /** Set when the command is inside `$(...)` or backticks of another command. */
  substitution?: boolean;
}

export interface ShellParseResult {
  commands: ShellCommand[];
  problems: { start: number; end: number; message: string }[];
}

const KEYWORDS_SKIP = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', 'time', '{', '}', 'esac']);

function identity(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Lex `input`; `offsets` maps input indexes to file offsets (identity when omitted). */
export function parseShell(input: string, offsets?: number[], depth = 0): ShellParseResult {
  const lx = new Lexer(input, offsets ?? identity(input.length + 1), depth);
  lx.run();
  return { commands: lx.commands, problems: lx.problems };
}

const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>', '\n']);

class Lexer {
  commands: ShellCommand[] = [];
  problems: { start: number; end: number; message: string }[] = [];
  private i = 0;
  private cur: ShellCommand | null = null;
  private pendingHeredocs: { delim: string; strip: boolean; quoted: boolean; cmd: ShellCommand }[] = [];
  /** Words of a `for`/`case` header are not a command. */
  private skipUntil: string | null = null;

  constructor(
    private s: string,
    private off: number[],
    private depth: number,
  ) {
    if (this.off.length < s.length + 1) {
      const last = this.off.length ? (this.off[this.off.length - 1] ?? 0) : 0;
      for (let k = this.off.length; k <= s.length; k++) this.off.push(last + (k - this.off.length + 1));
    }
  }

  private fo(i: number): number {
    return this.off[Math.min(i, this.s.length)] ?? 0;
  }

  run(): void {
    const s = this.s;
    let guard = 0;
    while (this.i < s.length) {
      if (++guard > s.length * 4 + 16) break; // defensive: never loop forever on odd input
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') {
        this.i += 3;
        continue;
      }
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '\n') {
        this.endCommand();
        this.i++;
        this.readHeredocs();
        this.skipUntil = this.skipUntil === 'newline' ? null : this.skipUntil;
        continue;
      }
      if (OPERATOR_CHARS.has(c) && !(c === '<' || c === '>')) {
        this.operator();
        continue;
      }
      if (c === '<' || c === '>' || (/[0-9]/.test(c) && this.isRedirectAhead())) {
        this.redirect();
        continue;
      }
      const w = this.word();
      if (w) this.addWord(w);
    }
    this.endCommand();
    if (this.pendingHeredocs.length) {
      const h = this.pendingHeredocs[0]!;
      this.problems.push({ start: h.cmd.start, end: h.cmd.end, message: `heredoc "${h.delim}" is not terminated` });
    }
  }

  private isRedirectAhead(): boolean {
    let j = this.i;
    while (j < this.s.length && /[0-9]/.test(this.s[j]!)) j++;
    return this.s[j] === '<' || this.s[j] === '>';
  }

  private operator(): void {
    const s = this.s;
    const c = s[this.i]!;
    const two = s.slice(this.i, this.i + 2);
    if (two === '&&' || two === '||' || two === ';;' || two === '|&' || two === '&>') {
      if (two === '&>') {
        this.redirect();
        return;
      }
      this.i += 2;
    } else {
      this.i += 1;
    }
    if (c === ';' && this.skipUntil === 'newline') this.skipUntil = null;
    this.endCommand();
  }

  private redirect(): void {
    const s = this.s;
    const start = this.i;
    while (this.i < s.length && /[0-9]/.test(s[this.i]!)) this.i++;
    let op = '';
    const three = s.slice(this.i, this.i + 3);
    const two = s.slice(this.i, this.i + 2);
    if (three === '<<<' || three === '<<-' || three === '&>>') op = three;
    else if (['<<', '>>', '>&', '<&', '&>', '<>', '>|'].includes(two)) op = two;
    else op = s[this.i] ?? '';
    this.i += op.length;
    // `2>&1`, `>&-`: the target is a descriptor, not a word.
    if ((op === '>&' || op === '<&') && /[0-9-]/.test(s[this.i] ?? '')) {
      while (this.i < s.length && /[0-9-]/.test(s[this.i]!)) this.i++;
      this.ensureCommand(start).redirects.push({ op });
      return;
    }
    while (this.i < s.length && (s[this.i] === ' ' || s[this.i] === '\t')) this.i++;
    const target = this.word();
    const cmd = this.ensureCommand(start);
    cmd.redirects.push({ op, target: target ?? undefined });
    if ((op === '<<' || op === '<<-') && target) {
      const quoted = /['"\\]/.test(target.raw);
      const delim = target.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('');
      this.pendingHeredocs.push({ delim, strip: op === '<<-', quoted, cmd });
    }
    if (target) cmd.end = target.end;
  }

  private readHeredocs(): void {
    const s = this.s;
    while (this.pendingHeredocs.length) {
      const h = this.pendingHeredocs.shift()!;
      const bodyStart = this.i;
      let found = false;
      while (this.i < s.length) {
        let e = s.indexOf('\n', this.i);
        if (e === -1) e = s.length;
        let line = s.slice(this.i, e).replace(/\r$/, '');
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delim) {
          const text = s.slice(bodyStart, this.i);
          h.cmd.heredocs.push({ text, offsets: this.off.slice(bodyStart, this.i + 1), quoted: h.quoted });
          this.i = Math.min(s.length, e + 1);
          found = true;
          break;
        }
        this.i = e + 1;
      }
      if (!found) {
        this.problems.push({ start: this.fo(bodyStart), end: this.fo(s.length), message: `heredoc "${h.delim}" is not terminated` });
        h.cmd.heredocs.push({ text: s.slice(bodyStart), offsets: this.off.slice(bodyStart), quoted: h.quoted });
        this.i = s.length;
      }
    }
  }

  private ensureCommand(start: number): ShellCommand {
    if (!this.cur) {
      this.cur = { assignments: [], words: [], redirects: [], heredocs: [], start: this.fo(start), end: this.fo(start) };
    }
    return this.cur;
  }

  private addWord(w: ShellWord): void {
    const raw = w.raw;
    if (this.skipUntil) {
      if (this.skipUntil === 'in' && raw === 'in') this.skipUntil = 'newline';
      return;
    }
    if (!this.cur || (this.cur.words.length === 0 && this.cur.assignments.length === 0)) {
      if (KEYWORDS_SKIP.has(raw)) return;
      if (raw === 'for' || raw === 'select') {
        this.skipUntil = 'newline';
        return;
      }
      if (raw === 'case') {
        this.skipUntil = 'in';
        return;
      }
      if (raw === 'function') return;
    }
    const cmd = this.cur ?? this.ensureCommandAt(w.start);
    if (cmd.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(raw)) cmd.assignments.push(w);
    else cmd.words.push(w);
    cmd.end = Math.max(cmd.end, w.end);
  }

  private ensureCommandAt(fileOffset: number): ShellCommand {
    this.cur = { assignments: [], words: [], redirects: [], heredocs: [], start: fileOffset, end: fileOffset };
    return this.cur;
  }

  private endCommand(): void {
    const c = this.cur;
    this.cur = null;
    if (!c) return;
    if (c.words.length || c.assignments.length || c.redirects.length) this.commands.push(c);
  }

  /** Reads one word at `this.i`; returns null when there is none. */
  private word(): ShellWord | null {
    const s = this.s;
    const start = this.i;
    const parts: WordPart[] = [];
    let lit = '';
    let litOff: number[] = [];
    const flush = () => {
      if (lit) parts.push({ kind: 'lit', text: lit, offsets: litOff });
      lit = '';
      litOff = [];
    };
    const push = (ch: string, at: number) => {
      lit += ch;
      litOff.push(this.fo(at));
    };
    let rawChars = '';
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || OPERATOR_CHARS.has(c)) break;
      if (c === '\\') {
        const n = s[this.i + 1];
        if (n === '\n') {
          this.i += 2;
          continue;
        }
        if (n === undefined) {
          // A trailing backslash with nothing after it is a literal backslash.
          rawChars += c;
          push(c, this.i);
          this.i++;
          break;
        }
        rawChars += c + n;
        push(n, this.i + 1);
        this.i += 2;
        continue;
      }
      if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        const end = close === -1 ? s.length : close;
        if (close === -1) this.problems.push({ start: this.fo(this.i), end: this.fo(s.length), message: 'unterminated single quote' });
        for (let k = this.i + 1; k < end; k++) push(s[k]!, k);
        rawChars += s.slice(this.i, end + 1);
        this.i = end + 1;
        continue;
      }
      if (c === '"') {
        rawChars += c;
        this.i++;
        let closed = false;
        while (this.i < s.length) {
          const d = s[this.i]!;
          if (d === '"') {
            closed = true;
            rawChars += d;
            this.i++;
            break;
          }
          if (d === '\\') {
            const n = s[this.i + 1];
            if (n === '\n') {
              this.i += 2;
              continue;
            }
            if (n !== undefined && '$`"\\'.includes(n)) {
              push(n, this.i + 1);
              rawChars += d + n;
              this.i += 2;
              continue;
            }
            push(d, this.i);
            rawChars += d;
            this.i++;
            continue;
          }
          if (d === '$' || d === '`') {
            const before = this.i;
            flush();
            this.expansion(parts);
            rawChars += s.slice(before, this.i);
            continue;
          }
          push(d, this.i);
          rawChars += d;
          this.i++;
        }
        if (!closed) this.problems.push({ start: this.fo(start), end: this.fo(s.length), message: 'unterminated double quote' });
        continue;
      }
      if (c === '$' || c === '`') {
        const before = this.i;
        if (c === '$' && (s[this.i + 1] === "'" )) {
          // $'...' ANSI-C quoting: treat the content literally (escapes are rare in cron lines).
          const close = s.indexOf("'", this.i + 2);
          const end = close === -1 ? s.length : close;
          for (let k = this.i + 2; k < end; k++) push(s[k]!, k);
          rawChars += s.slice(this.i, end + 1);
          this.i = end + 1;
          continue;
        }
        flush();
        this.expansion(parts);
        rawChars += s.slice(before, this.i);
        continue;
      }
      rawChars += c;
      push(c, this.i);
      this.i++;
    }
    flush();
    if (this.i === start) return null;
    return { parts, start: this.fo(start), end: this.fo(this.i), raw: rawChars };
  }

  /** At `$` or a backtick: reads one expansion into `parts`, collecting nested commands. */
  private expansion(parts: WordPart[]): void {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === '`') {
      let j = this.i + 1;
      while (j < s.length && s[j] !== '`') j += s[j] === '\\' ? 2 : 1;
      this.nested(this.i + 1, Math.min(j, s.length));
      this.i = Math.min(j + 1, s.length);
      parts.push({ kind: 'unknown', start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    const n = s[this.i + 1];
    if (n === '(') {
      const arithmetic = s[this.i + 2] === '(';
      const close = this.matchParen(this.i + 1);
      if (!arithmetic) this.nested(this.i + 2, close);
      this.i = Math.min(close + 1, s.length);
      parts.push({ kind: 'unknown', start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    if (n === '{') {
      const close = s.indexOf('}', this.i + 2);
      const end = close === -1 ? s.length : close;
      const inner = s.slice(this.i + 2, end);
      this.i = Math.min(end + 1, s.length);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(inner);
      if (m && (m[2] === undefined || !/[$`'"\\]/.test(m[3] ?? ''))) {
        parts.push({ kind: 'var', name: m[1]!, fallback: m[2] ? (m[3] ?? '') : undefined, start: this.fo(start), end: this.fo(this.i) });
      } else {
        parts.push({ kind: 'unknown', start: this.fo(start), end: this.fo(this.i) });
      }
      return;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(s.slice(this.i + 1, this.i + 200));
    if (m) {
      this.i += 1 + m[0].length;
      if (/^[A-Za-z_]/.test(m[0])) parts.push({ kind: 'var', name: m[0], start: this.fo(start), end: this.fo(this.i) });
      else parts.push({ kind: 'unknown', start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    // A lone `$` is literal.
    parts.push({ kind: 'lit', text: '$', offsets: [this.fo(this.i)] });
    this.i++;
  }

  /** Index of the `)` matching the `(` at `open`, honouring quotes; s.length when unmatched. */
  private matchParen(open: number): number {
    const s = this.s;
    let depth = 0;
    for (let j = open; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === "'") {
        const k = s.indexOf("'", j + 1);
        if (k === -1) return s.length;
        j = k;
        continue;
      }
      if (c === '"') {
        let k = j + 1;
        while (k < s.length && s[k] !== '"') k += s[k] === '\\' ? 2 : 1;
        j = k;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return j;
      }
    }
    this.problems.push({ start: this.fo(open), end: this.fo(s.length), message: 'unterminated "$("' });
    return s.length;
  }

  private nested(from: number, to: number): void {
    if (this.depth > 8 || to <= from) return; // deep nesting: the outer word is unknown anyway
    const inner = parseShell(this.s.slice(from, to), this.off.slice(from, to + 1), this.depth + 1);
    for (const c of inner.commands) this.commands.push({ ...c, substitution: true });
  }
}

/** Literal text of a word, or null when any part is an expansion. */
export function literal(w: ShellWord): string | null {
  let out = '';
  for (const p of w.parts) {
    if (p.kind !== 'lit') return null;
    out += p.text;
  }
  return out;
}
