// nginx configuration, read the way nginx reads it (`ngx_conf_read_token` in src/core/ngx_conf_file.c),
// with a position on every directive and every argument.
//
// Why hand-written: the npm parsers do not fit. `nginx-conf` keeps no positions, joins all arguments
// into one string and throws on some inputs; `@webantic/nginx-config-parser` converts to JSON without
// positions; there is no maintained JavaScript port of crossplane (nginx's own Python parser). This
// is a crossplane-style tokenizer plus an iterative block builder, following nginx's rules exactly:
//
// - words end at whitespace, `;` or `{`; inside a word `}`, `#` and quotes are plain characters,
//   and `{` right after `$` belongs to the word (`${var}`);
// - `"` or `'` opens a quoted word only at the start of a word; after the closing quote nginx wants
//   whitespace, `;`, `{` or `)` (so `if ($a = "b")` works);
// - `\` escapes the next character; `\" \' \\ \t \r \n` are unescaped in every word, other
//   escapes stay as written (regexes keep their `\d`);
// - `#` starts a comment only where a word could start;
// - `*_by_lua_block { ... }` bodies are Lua, read raw with Lua's strings and comments skipped.
//
// Templates (`.j2`, `.tpl`, `.erb` ...): `{{ expr }}` and `<%= expr %>` are read as a word of `x`s of
// the same length and `{% ... %}` / `{# ... #}` / `<% ... %>` as blanks, so positions stay exact and
// both branches of an `{% if %}` are read; arguments holding markup keep their text in `template`.
//
// The parser never throws and is linear in the input: the first syntax error becomes a problem and
// parsing stops there, as `nginx -t` does, keeping everything read before it. Nesting depth and the
// number of words are capped so hostile input cannot exhaust the stack or memory.

import type { SourceFile, Span } from '../source.ts';

export interface NginxArg {
  /** The value after quote removal and unescaping. */
  value: string;
  /** The argument as written, quotes included. */
  span: Span;
  quoted: boolean;
  /** The argument as written, when it holds template markup (its `value` then has `x`s in its place). */
  template?: string;
}

export interface NginxDirective {
  name: string;
  /** Arguments after the name. */
  args: NginxArg[];
  /** The whole directive: through its `;`, or through the `}` closing its block. */
  span: Span;
  /** The name through the last argument, for findings on a block directive. */
  head: Span;
  nameSpan: Span;
  block?: NginxDirective[];
  /** The raw body of a `*_by_lua_block`, between the braces. */
  raw?: NginxArg;
  /** For `include`: the files it pulls in, set by the extractor once resolved within the repo. */
  included?: NginxFileTree[];
}

export interface NginxProblem {
  span: Span;
  message: string;
}

export interface NginxFileTree {
  file: SourceFile;
  directives: NginxDirective[];
  problems: NginxProblem[];
}

/** One nginx file of the repo as the rules see it: its own tree, includes resolved on `include` directives. */
export interface NginxConfig {
  file: SourceFile;
  directives: NginxDirective[];
  /** Paths (relative to the root) of every file this one pulls in, directly or not. */
  includes: string[];
}

export const MAX_DEPTH = 100;
export const MAX_WORDS = 250_000;

const SP = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const FF = 0x0c;
const VT = 0x0b;
const SEMI = 0x3b;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const HASH = 0x23;
const DQ = 0x22;
const SQ = 0x27;
const BSL = 0x5c;
const DOLLAR = 0x24;
const RPAREN = 0x29;

function isSpace(c: number): boolean {
  return c === SP || c === TAB || c === LF || c === CR || c === FF || c === VT;
}

/** nginx unescapes `\" \' \\ \t \r \n` in every word and keeps other backslashes. */
export function unescapeNginx(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(["'\\tnr])/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

interface Tok {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

interface Frame {
  list: NginxDirective[];
  dir: NginxDirective | null;
}

const TEMPLATE_PATH = /\.(j2|jinja2?|tpl|tmpl|gotmpl|erb)$/i;
const TEMPLATE_MARKUP = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g;

/** Template markup masked with the same length and line breaks; `ranges` are the masked spans. */
export function maskTemplate(text: string): { text: string; ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  const masked = text.replace(TEMPLATE_MARKUP, (m: string, offset: number) => {
    ranges.push([offset, offset + m.length]);
    const output = m.startsWith('{{') || m.startsWith('<%=');
    return m.replace(/[^\n]/g, output ? 'x' : ' ');
  });
  return { text: masked, ranges };
}

export function parseNginx(file: SourceFile): NginxFileTree {
  const templ = TEMPLATE_PATH.test(file.path) ? maskTemplate(file.text) : null;
  const text = templ ? templ.text : file.text;
  const inTemplate = (start: number, end: number): boolean => {
    if (!templ) return false;
    // Ranges are sorted and disjoint: find the last one starting before `end`.
    const r = templ.ranges;
    let lo = 0;
    let hi = r.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((r[mid] as [number, number])[0] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (r[found] as [number, number])[1] > start;
  };
  const n = text.length;
  const problems: NginxProblem[] = [];
  const root: NginxDirective[] = [];
  const stack: Frame[] = [{ list: root, dir: null }];
  let args: Tok[] = [];
  let words = 0;
  let i = 0;

  const fail = (start: number, end: number, message: string): void => {
    problems.push({ span: file.span(start, end), message });
  };
  const lineEnd = (from: number): number => {
    const e = text.indexOf('\n', from);
    const end = e === -1 ? n : e;
    return text[end - 1] === '\r' ? end - 1 : end;
  };
  const makeDirective = (toks: Tok[], end: number): NginxDirective => {
    const first = toks[0] as Tok;
    const last = toks[toks.length - 1] as Tok;
    return {
      name: first.value,
      nameSpan: file.span(first.start, first.end),
      args: toks.slice(1).map((t) => {
        const a: NginxArg = { value: t.value, span: file.span(t.start, t.end), quoted: t.quoted };
        if (inTemplate(t.start, t.end)) a.template = file.text.slice(t.start, t.end);
        return a;
      }),
      span: file.span(first.start, end),
      head: file.span(first.start, last.end),
    };
  };
  const top = (): Frame => stack[stack.length - 1] as Frame;

  scan: while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === SEMI) {
      if (args.length === 0) {
        fail(i, i + 1, 'unexpected ";" with no directive before it, and nginx refuses the file');
        break;
      }
      top().list.push(makeDirective(args, i + 1));
      args = [];
      i++;
      continue;
    }
    if (c === LBRACE) {
      if (args.length === 0) {
        fail(i, i + 1, 'unexpected "{" with no directive before it, and nginx refuses the file');
        break;
      }
      if (stack.length > MAX_DEPTH) {
        fail(i, i + 1, `blocks nested more than ${MAX_DEPTH} deep; the rest of the file was not checked`);
        break;
      }
      const d = makeDirective(args, i + 1);
      if (/_by_lua_block$/.test(d.name)) {
        const end = skipLuaBlock(text, i + 1);
        if (end < 0) {
          fail(d.head.start.offset, d.head.end.offset, `"${d.name}" block is not closed, and nginx refuses the file`);
          break;
        }
        d.raw = { value: text.slice(i + 1, end), span: file.span(i + 1, end), quoted: false };
        d.span = file.span(d.head.start.offset, end + 1);
        top().list.push(d);
        args = [];
        i = end + 1;
        continue;
      }
      d.block = [];
      top().list.push(d);
      stack.push({ list: d.block, dir: d });
      args = [];
      i++;
      continue;
    }
    if (c === RBRACE) {
      if (args.length > 0) {
        const last = args[args.length - 1] as Tok;
        fail(i, i + 1, `unexpected "}": "${truncate(last.value)}" needs a ";" before it, and nginx refuses the file`);
        break;
      }
      if (stack.length === 1) {
        fail(i, i + 1, 'unexpected "}" with no block open, and nginx refuses the file');
        break;
      }
      const f = stack.pop() as Frame;
      if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, i + 1);
      i++;
      continue;
    }
    if (c === HASH) {
      const e = text.indexOf('\n', i);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (++words > MAX_WORDS) {
      fail(i, Math.min(n, i + 1), `more than ${MAX_WORDS} words in one file; the rest of the file was not checked`);
      break;
    }
    if (c === DQ || c === SQ) {
      let j = i + 1;
      while (j < n) {
        const ch = text.charCodeAt(j);
        if (ch === BSL) {
          j += 2;
          continue;
        }
        if (ch === c) break;
        j++;
      }
      if (j >= n) {
        fail(i, Math.max(i + 1, lineEnd(i)), `unterminated ${c === DQ ? 'double' : 'single'} quote, and nginx refuses the file`);
        break;
      }
      args.push({ value: unescapeNginx(text.slice(i + 1, j)), start: i, end: j + 1, quoted: true });
      i = j + 1;
      if (i < n) {
        const nx = text.charCodeAt(i);
        if (!(isSpace(nx) || nx === SEMI || nx === LBRACE || nx === RPAREN)) {
          fail(i, i + 1, `unexpected "${text[i] ?? ''}" right after a closing quote, and nginx refuses the file`);
          break scan;
        }
      }
      continue;
    }
    // An unquoted word.
    let j = i;
    let afterDollar = false;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === BSL) {
        j += 2;
        afterDollar = false;
        continue;
      }
      if (isSpace(ch) || ch === SEMI) break;
      if (ch === LBRACE) {
        if (!afterDollar) break;
        afterDollar = false;
        j++;
        continue;
      }
      afterDollar = ch === DOLLAR;
      j++;
    }
    if (j > n) j = n;
    args.push({ value: unescapeNginx(text.slice(i, j)), start: i, end: j, quoted: false });
    i = j;
  }

  if (problems.length === 0) {
    if (args.length > 0) {
      const first = args[0] as Tok;
      const last = args[args.length - 1] as Tok;
      const hint = last.value.endsWith('}') && !last.quoted ? `: "${truncate(last.value)}" needs a ";" before its "}"` : '';
      fail(first.start, last.end, `unexpected end of file, expecting ";" or "}"${hint}, and nginx refuses the file`);
    } else if (stack.length > 1) {
      const open = top().dir as NginxDirective;
      fail(open.head.start.offset, open.head.end.offset, `"${truncate(open.name)}" block is never closed with "}", and nginx refuses the file`);
    }
  }
  // Close whatever is still open where reading stopped, so the tree is whole.
  const stop = Math.min(i, n);
  while (stack.length > 1) {
    const f = stack.pop() as Frame;
    if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, stop);
  }
  return { file, directives: root, problems };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * From just after the `{` of a Lua block, the offset of its closing `}`, or -1. Lua strings,
 * long brackets (`[[ ]]`, `[==[ ]==]`) and comments (`--`, `--[[ ]]`) are skipped.
 */
function skipLuaBlock(text: string, from: number): number {
  const n = text.length;
  let depth = 1;
  let j = from;
  while (j < n) {
    const ch = text.charCodeAt(j);
    if (ch === 0x2d && text.charCodeAt(j + 1) === 0x2d) {
      const lvl = longBracketLevel(text, j + 2);
      if (lvl >= 0) {
        j = closeLongBracket(text, j + 2 + lvl + 2, lvl);
        if (j < 0) return -1;
        continue;
      }
      const e = text.indexOf('\n', j);
      j = e === -1 ? n : e + 1;
      continue;
    }
    if (ch === DQ || ch === SQ) {
      j++;
      while (j < n) {
        const k = text.charCodeAt(j);
        if (k === BSL) {
          j += 2;
          continue;
        }
        if (k === ch || k === LF) break;
        j++;
      }
      j++;
      continue;
    }
    if (ch === 0x5b) {
      const lvl = longBracketLevel(text, j);
      if (lvl >= 0) {
        j = closeLongBracket(text, j + lvl + 2, lvl);
        if (j < 0) return -1;
        continue;
      }
    }
    if (ch === LBRACE) depth++;
    else if (ch === RBRACE) {
      depth--;
      if (depth === 0) return j;
    }
    j++;
  }
  return -1;
}

/** At `[=*[`: the number of `=`; otherwise -1. */
function longBracketLevel(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x5b) return -1;
  let k = at + 1;
  while (text.charCodeAt(k) === 0x3d) k++;
  return text.charCodeAt(k) === 0x5b ? k - at - 1 : -1;
}

/** From inside a long bracket of level `lvl`, the offset just past its close, or -1. */
function closeLongBracket(text: string, from: number, lvl: number): number {
  const close = `]${'='.repeat(lvl)}]`;
  const e = text.indexOf(close, from);
  return e === -1 ? -1 : e + close.length;
}

/** The first argument's value, or undefined. */
export function arg(d: NginxDirective, i: number): string | undefined {
  return d.args[i]?.value;
}
