// systemd unit files as systemd reads them (src/shared/conf-parser.c, config_parse()):
// - a physical line whose first non-blank character is `#` or `;` is a comment, even in the middle
//   of a continued line;
// - a line ending in an unescaped `\` continues on the next line, the `\` becoming a space;
// - `[Section]` headers; `Key=value` with blanks around key and value stripped; a key may repeat,
//   and for list settings an empty value resets the list (the extractor applies that per key).
// Command lines (ExecStart= and friends, src/core/load-fragment.c config_parse_exec()) are split
// into words by systemd's own rules: `-@:+!` prefixes, single and double quotes that may appear
// anywhere in a word, C escapes (`\n`, `\x41`, ...), `;` as a command separator, `%` specifiers
// resolved at load time and `${VAR}` / whole-word `$VAR` replaced at exec time.
// Every value keeps the file offset of each of its characters, so spans point into the file.

export interface UnitEntry {
  section: string | null;
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value, continuations joined, blanks stripped. */
  value: string;
  /** File offset of each character of `value`, plus one past its end. */
  offsets: number[];
  /** File offsets of the whole logical line. */
  start: number;
  end: number;
}

export interface UnitProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface UnitFile {
  entries: UnitEntry[];
  sections: { name: string; start: number; end: number }[];
  problems: UnitProblem[];
}

const WS = new Set([' ', '\t', '\n', '\r']);

export function parseUnit(text: string): UnitFile {
  const out: UnitFile = { entries: [], sections: [], problems: [] };
  let section: string | null = null;
  let ignoredSection = false;
  let chars = '';
  let offs: number[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let guard = 0;
  while (pos < text.length) {
    if (++guard > text.length + 8) break;
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let lineEnd = eol;
    if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(pos, lineEnd);
    const lineStart = pos;
    pos = eol + 1;
    const first = /\S/.exec(line);
    if (first && (first[0] === '#' || first[0] === ';')) continue;
    for (let k = 0; k < line.length; k++) {
      chars += line[k];
      offs.push(lineStart + k);
    }
    // An odd run of trailing backslashes continues the line.
    let escaped = false;
    for (let k = 0; k < chars.length; k++) escaped = escaped ? false : chars[k] === '\\';
    if (escaped) {
      chars = `${chars.slice(0, -1)} `;
      continue;
    }
    logicalLine(chars, offs);
    chars = '';
    offs = [];
  }
  if (chars !== '') logicalLine(chars, offs);
  return out;

  function logicalLine(l: string, o: number[]): void {
    let a = 0;
    let b = l.length;
    while (a < b && WS.has(l[a]!)) a++;
    while (b > a && WS.has(l[b - 1]!)) b--;
    if (a === b) return;
    const start = o[a] ?? 0;
    const end = (o[b - 1] ?? start) + 1;
    if (l[a] === '[') {
      if (l[b - 1] !== ']') {
        out.problems.push({ start, end, message: `invalid section header "${l.slice(a, b)}": it must end with "]", and systemd refuses to load the unit`, severity: 'error' });
        section = null;
        ignoredSection = true;
        return;
      }
      section = l.slice(a + 1, b - 1);
      ignoredSection = false;
      out.sections.push({ name: section, start, end });
      return;
    }
    if (section === null) {
      if (!ignoredSection) out.problems.push({ start, end, message: 'assignment outside of a [Section]: systemd ignores it', severity: 'warning' });
      return;
    }
    const eq = l.indexOf('=', a);
    if (eq === -1 || eq >= b) {
      out.problems.push({ start, end, message: `missing "=" in "${l.slice(a, b)}": systemd ignores this line`, severity: 'warning' });
      return;
    }
    if (eq === a) {
      out.problems.push({ start, end, message: 'missing key name before "=": systemd ignores this line', severity: 'warning' });
      return;
    }
    let ke = eq;
    while (ke > a && WS.has(l[ke - 1]!)) ke--;
    let vs = eq + 1;
    while (vs < b && WS.has(l[vs]!)) vs++;
    const valueOffsets = o.slice(vs, b);
    valueOffsets.push(b > vs ? (o[b - 1] ?? 0) + 1 : (o[eq] ?? 0) + 1);
    out.entries.push({
      section,
      key: l.slice(a, ke),
      keyStart: start,
      keyEnd: (o[ke - 1] ?? start) + 1,
      value: l.slice(vs, b),
      offsets: valueOffsets,
      start,
      end,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Words (extract_first_word with EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE)

export interface UnitWord {
  /** Characters after unquoting and unescaping. */
  text: string;
  /** File offset of each character of `text`. */
  offsets: number[];
  start: number;
  end: number;
  /** As written. */
  raw: string;
}

export interface WordSplit {
  words: UnitWord[];
  /** Index into the value where splitting stopped (a `;` separator), or the value's length. */
  next: number;
  /** A `;` separator ended the command. */
  semicolon: boolean;
  error?: { at: number; message: string };
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', s: ' ', '\\': '\\', '"': '"', "'": "'" };

/**
 * Splits `value` (with file `offsets`) from index `from` into words, as systemd does. When
 * `commandLine` is set, a lone `;` ends the command and `\;` is a literal `;` word.
 */
export function splitWords(value: string, offsets: number[], from = 0, commandLine = false): WordSplit {
  const words: UnitWord[] = [];
  const fo = (i: number) => offsets[Math.min(i, offsets.length - 1)] ?? 0;
  let i = from;
  const n = value.length;
  while (i < n) {
    while (i < n && WS.has(value[i]!)) i++;
    if (i >= n) break;
    if (commandLine) {
      if (value[i] === ';' && (i + 1 >= n || WS.has(value[i + 1]!))) {
        i++;
        while (i < n && WS.has(value[i]!)) i++;
        return { words, next: i, semicolon: true };
      }
      if (value[i] === '\\' && value[i + 1] === ';' && (i + 2 >= n || WS.has(value[i + 2]!))) {
        words.push({ text: ';', offsets: [fo(i + 1)], start: fo(i), end: fo(i + 1) + 1, raw: '\\;' });
        i += 2;
        continue;
      }
    }
    const start = i;
    let text = '';
    const wo: number[] = [];
    let quote: string | null = null;
    for (; i < n; i++) {
      const c = value[i]!;
      if (!quote && WS.has(c)) break;
      if (quote && c === quote) {
        quote = null;
        continue;
      }
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        continue;
      }
      if (c === '{' && value[i + 1] === '{') {
        // A Jinja expression in a templated unit stays one piece of the word.
        const close = value.indexOf('}}', i + 2);
        const stop = close === -1 ? n : close + 2;
        for (; i < stop; i++) {
          text += value[i];
          wo.push(fo(i));
        }
        i--;
        continue;
      }
      if (c === '\\') {
        const e = unescape(value, i + 1);
        if (!e) return { words, next: n, semicolon: false, error: { at: i, message: 'a "\\" at the end of the value escapes nothing' } };
        text += e.ch;
        wo.push(fo(i + 1));
        i = e.next - 1;
        continue;
      }
      text += c;
      wo.push(fo(i));
    }
    if (quote) return { words, next: n, semicolon: false, error: { at: start, message: `unterminated ${quote === '"' ? 'double' : 'single'} quote` } };
    words.push({ text, offsets: wo, start: fo(start), end: fo(i - 1) + 1, raw: value.slice(start, i) });
  }
  return { words, next: n, semicolon: false };
}

function unescape(s: string, i: number): { ch: string; next: number } | null {
  const c = s[i];
  if (c === undefined) return null;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { ch: simple, next: i + 1 };
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{2}/.exec(s.slice(i + 1));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 16)), next: i + 3 };
  }
  if (c === 'u' || c === 'U') {
    const len = c === 'u' ? 4 : 8;
    const m = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(s.slice(i + 1));
    if (m) {
      const cp = parseInt(m[0], 16);
      if (cp <= 0x10ffff) return { ch: String.fromCodePoint(cp), next: i + 1 + len };
    }
  }
  if (/[0-7]/.test(c)) {
    const m = /^[0-7]{3}/.exec(s.slice(i));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 8)), next: i + 3 };
  }
  // An escape systemd does not know: keep the character (systemd would reject the line).
  return { ch: c, next: i + 1 };
}

// ---------------------------------------------------------------------------------------------
// Command lines

export interface ExecSegmentLit {
  kind: 'lit';
  text: string;
  offsets: number[];
}
export interface ExecSegmentVar {
  kind: 'var';
  name: string;
  /** `$NAME` as a whole word: the value is split at blanks into several arguments. */
  split: boolean;
  start: number;
  end: number;
}
export interface ExecSegmentUnknown {
  kind: 'unknown';
  text: string;
  start: number;
  end: number;
}
export type ExecSegment = ExecSegmentLit | ExecSegmentVar | ExecSegmentUnknown;

export interface ExecArg {
  segments: ExecSegment[];
  start: number;
  end: number;
  raw: string;
}

export interface ExecCommand {
  /** `-`, `@`, `:`, `+`, `!`, `!!` as written. */
  prefixes: string;
  /** The program: after prefixes and specifiers. With `@`, the next word is argv[0] and is dropped here. */
  argv: ExecArg[];
  start: number;
  end: number;
}

export interface ExecParse {
  commands: ExecCommand[];
  problems: { start: number; end: number; message: string }[];
}

/**
 * Parses an ExecStart=-style value. `specifier(c)` resolves `%c` (null when it cannot be known).
 */
export function parseExec(value: string, offsets: number[], specifier: (c: string) => string | null): ExecParse {
  const res: ExecParse = { commands: [], problems: [] };
  const fo = (i: number) => offsets[Math.min(i, offsets.length - 1)] ?? 0;
  let from = 0;
  for (let guard = 0; guard < 64 && from < value.length; guard++) {
    const split = splitWords(value, offsets, from, true);
    if (split.error) {
      res.problems.push({ start: fo(split.error.at), end: fo(value.length), message: `${split.error.message}: systemd cannot parse this command line and refuses to load the unit` });
      return res;
    }
    const words = split.words;
    const first = words[0];
    if (first) {
      // Prefixes in any order: each of - @ : once, + or ! or !! (not both kinds).
      let k = 0;
      let bangs = 0;
      const seen = new Set<string>();
      for (;;) {
        const c = first.text[k];
        if (c === undefined) break;
        if ((c === '-' || c === '@' || c === ':') && !seen.has(c)) seen.add(c);
        else if (c === '+' && !seen.has('+') && bangs === 0) seen.add(c);
        else if (c === '!' && !seen.has('+') && bangs < 2) bangs++;
        else break;
        k++;
      }
      const prefixes = first.text.slice(0, k);
      const program: UnitWord = { ...first, text: first.text.slice(k), offsets: first.offsets.slice(k), start: first.offsets[k] ?? first.end };
      const expand = !prefixes.includes(':');
      const argv: ExecArg[] = [toArg(program, specifier, expand)];
      const rest = prefixes.includes('@') ? words.slice(2) : words.slice(1);
      for (const w of rest) argv.push(toArg(w, specifier, expand));
      if (program.text === '') {
        res.problems.push({ start: first.start, end: first.end, message: 'the command line has no program after its prefixes: systemd refuses to load the unit' });
      } else if (!program.text.startsWith('/') && program.text.includes('/') && !/[%$]/.test(program.text)) {
        res.problems.push({
          start: program.start,
          end: first.end,
          message: `"${program.text}" is neither an absolute path nor a plain command name, so systemd refuses to load the unit (WorkingDirectory= does not apply to it); write the absolute path`,
        });
      }
      res.commands.push({ prefixes, argv, start: first.start, end: words[words.length - 1]!.end });
    }
    if (!split.semicolon) break;
    from = split.next;
  }
  return res;
}

/** Resolves `%` specifiers (load time) and marks `${VAR}` / whole-word `$VAR` (exec time). */
function toArg(w: UnitWord, specifier: (c: string) => string | null, expand: boolean): ExecArg {
  const segs: ExecSegment[] = [];
  let lit = '';
  let lo: number[] = [];
  const flush = () => {
    if (lit) segs.push({ kind: 'lit', text: lit, offsets: lo });
    lit = '';
    lo = [];
  };
  const t = w.text;
  const o = w.offsets;
  const end = (i: number) => (o[i] ?? w.end - 1) + 1;
  if (expand && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    return { segments: [{ kind: 'var', name: t.slice(1), split: true, start: w.start, end: w.end }], start: w.start, end: w.end, raw: w.raw };
  }
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '{' && t[i + 1] === '{') {
      // A Jinja expression in a templated unit: unknown.
      const close = t.indexOf('}}', i + 2);
      const stop = close === -1 ? t.length : close + 2;
      flush();
      segs.push({ kind: 'unknown', text: t.slice(i, stop), start: o[i] ?? w.start, end: end(stop - 1) });
      i = stop - 1;
      continue;
    }
    if (c === '%') {
      const s = t[i + 1];
      if (s === undefined) {
        lit += c;
        lo.push(o[i] ?? 0);
        continue;
      }
      const v = s === '%' ? '%' : specifier(s);
      if (v === null) {
        flush();
        segs.push({ kind: 'unknown', text: `%${s}`, start: o[i] ?? w.start, end: end(i + 1) });
      } else {
        for (const ch of v) {
          lit += ch;
          lo.push(o[i] ?? 0);
        }
      }
      i++;
      continue;
    }
    if (expand && c === '$') {
      if (t[i + 1] === '$') {
        lit += '$';
        lo.push(o[i] ?? 0);
        i++;
        continue;
      }
      if (t[i + 1] === '{') {
        const close = t.indexOf('}', i + 2);
        const name = close === -1 ? '' : t.slice(i + 2, close);
        if (close !== -1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          flush();
          segs.push({ kind: 'var', name, split: false, start: o[i] ?? w.start, end: end(close) });
          i = close;
          continue;
        }
        // `${pkgs.x}` (a Nix antiquotation in a NixOS ExecStart): a store path prefix
        // (`${pkgs.x}/bin/tootctl`) is kept as written, anything else is unknown.
        if (close !== -1 && !(i === 0 && t[close + 1] === '/')) {
          flush();
          segs.push({ kind: 'unknown', text: t.slice(i, close + 1), start: o[i] ?? w.start, end: end(close) });
          i = close;
          continue;
        }
      }
    }
    lit += c;
    lo.push(o[i] ?? 0);
  }
  flush();
  return { segments: segs, start: w.start, end: w.end, raw: w.raw };
}

/** `Environment=` assignments: several per line, quoted as words. Invalid ones are skipped. */
export function parseEnvironment(value: string, offsets: number[]): { name: string; value: string; start: number; end: number; valueOffsets: number[] }[] {
  const split = splitWords(value, offsets);
  const out: { name: string; value: string; start: number; end: number; valueOffsets: number[] }[] = [];
  for (const w of split.words) {
    const eq = w.text.indexOf('=');
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq))) continue;
    out.push({ name: w.text.slice(0, eq), value: w.text.slice(eq + 1), start: w.start, end: w.end, valueOffsets: w.offsets.slice(eq + 1) });
  }
  return out;
}
