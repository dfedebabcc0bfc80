// YAML as the `yaml` package parses it, with positions kept: every node has a file range, and a
// scalar's value maps back to file offsets character by character (exact for plain, quoted and
// literal block scalars; best effort for folded ones), so a `--prune-profiles` inside a `bash -c`
// block scalar is underlined exactly.
//
// Hostile input: nothing here calls `toJS`, so alias bombs never expand (aliases are resolved one
// lookup at a time, with a depth limit); the parser itself stops on deep nesting
// (RESOURCE_EXHAUSTION, reported as a problem); `uniqueKeys` is off because its check is quadratic
// (100k keys take minutes). Large multi-document files are trimmed to the documents that can
// matter before parsing, and a file whose relevant part is still too large is skipped with a
// warning rather than parsed for seconds.
//
// Templates: Helm charts' `templates/*.yaml` and Jinja `*.yml.j2` are not YAML until rendered. Their
// markup is blanked (same length, so offsets hold) before parsing, values that touched it are
// unknown, and their syntax errors are not reported. `{{ }}` inside ordinary files (Ansible) is
// kept as text; `templates` lists where it is so extractors treat those values as unknown.
// Positions come from SourceFile (it already maps offsets to lines), so no LineCounter is needed.

import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type CST, type Node, type Pair, type Scalar } from 'yaml';
import type { ParseProblem } from '../model.ts';
import type { SourceFile } from '../source.ts';

export type Range = [number, number];

export interface YamlDoc {
  index: number;
  contents: Node | null;
  start: number;
  end: number;
  /** The document has syntax errors: extractors skip it. */
  broken: boolean;
  /** anchor name -> anchored nodes in file order (anchors may be redefined). */
  anchors: Map<string, Node[]> | null;
}

export interface YamlFile {
  file: SourceFile;
  /** The text the parser read: the file's text, with template markup blanked in template files. */
  text: string;
  docs: YamlDoc[];
  problems: ParseProblem[];
  /** Template markup (`{{ }}`, `{% %}`, `{# #}`) as sorted, disjoint [start, end) file offsets. */
  templates: Range[];
  /** Ranges inside `{{ if }}`/`{{ with }}`/`{{ range }}`/`{% if %}`/`{% for %}` blocks of a template file. */
  conditional: Range[];
  /** A Helm chart template or Jinja template file. */
  isTemplate: boolean;
}

/** Above this many bytes of relevant YAML a file is not parsed (the parser reads ~0.5 MB/s). */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Multi-document files above this size are trimmed to the documents that mention something relevant. */
const TRIM_ABOVE = 256 * 1024;
const MAX_PROBLEMS = 5;

/** Words whose absence means a YAML document cannot matter (a superset of classify.ts's pre-filter). */
const RELEVANT = /tootctl|mastodon|periodicMaintenance|removeMedia|S3_|ofelia|chadburn|deck-chores|swarm\.cronjob|mediaAutoRemove|public\/system|s3cmd|rclone|aws\s+s3|gsutil/i;

const TEMPLATE_DIR = /(^|\/)templates\//;
const TEMPLATE_EXT = /\.(j2|jinja2?|tpl|gotmpl|tmpl)$/i;

export function isTemplatePath(path: string): boolean {
  return TEMPLATE_DIR.test(path) || TEMPLATE_EXT.test(path);
}

/** Finds template markup in linear time; an unterminated opener ends the scan. */
export function findTemplates(text: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  for (;;) {
    const a = text.indexOf('{{', i);
    const b = text.indexOf('{%', i);
    const c = text.indexOf('{#', i);
    let s = -1;
    let close = '';
    for (const [pos, cl] of [[a, '}}'], [b, '%}'], [c, '#}']] as const) {
      if (pos !== -1 && (s === -1 || pos < s)) {
        s = pos;
        close = cl;
      }
    }
    if (s === -1) break;
    const e = text.indexOf(close, s + 2);
    if (e === -1) break;
    // `{#` is also ordinary text (`{#anchor}`): only count it when it closes on the same line.
    if (close === '#}' && text.slice(s, e).includes('\n')) {
      i = s + 2;
      continue;
    }
    out.push([s, e + 2]);
    i = e + 2;
  }
  return out;
}

/** True when [start, end) overlaps any of the sorted ranges. */
export function overlaps(ranges: Range[], start: number, end: number): boolean {
  if (ranges.length === 0) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  // first range whose end > start
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo]!;
  return r[1] > start && r[0] < Math.max(end, start + 1);
}

export function inside(ranges: Range[], offset: number): boolean {
  return overlaps(ranges, offset, offset + 1);
}

const BLOCK_OPEN = /^\{\{-?\s*(if|with|range)\b|^\{%-?\s*(if|for)\b/;
const BLOCK_CLOSE = /^\{\{-?\s*end\b|^\{%-?\s*end(if|for)\b/;

/** Blanks template markup (same length): lines made only of markup become spaces, inline markup `_`. */
function neutralize(text: string, templates: Range[]): { text: string; conditional: Range[] } {
  // `stripped`: the text with all markup turned to spaces, to see which lines hold nothing else.
  const stripped = text.split('');
  for (const [s, e] of templates) for (let k = s; k < e; k++) if (stripped[k] !== '\n') stripped[k] = ' ';
  const chars = text.split('');
  const conditional: Range[] = [];
  const open: number[] = [];
  for (const [s, e] of templates) {
    const inner = text.slice(s, e);
    if (BLOCK_OPEN.test(inner)) open.push(e);
    else if (BLOCK_CLOSE.test(inner)) {
      const from = open.pop();
      if (from !== undefined && open.length === 0) conditional.push([from, s]);
    }
    const ls = text.lastIndexOf('\n', s - 1) + 1;
    let le = text.indexOf('\n', e);
    if (le === -1) le = text.length;
    let alone = true;
    for (let k = ls; k < le && alone; k++) if (stripped[k] !== ' ' && stripped[k] !== '\t' && stripped[k] !== '\r' && stripped[k] !== '\n') alone = false;
    const fill = alone || inner.includes('\n') ? ' ' : '_';
    for (let k = s; k < e; k++) if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = fill;
  }
  // Unclosed blocks run to the end of the file.
  if (open.length) conditional.push([open[0]!, text.length]);
  conditional.sort((x, y) => x[0] - y[0]);
  return { text: chars.join(''), conditional: mergeRanges(conditional) };
}

function mergeRanges(rs: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Document boundaries (`---` / `...` at column 0): [start, end) of each document's text. */
function splitDocuments(text: string): Range[] {
  const out: Range[] = [];
  const re = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > start) out.push([start, at]);
    start = at;
  }
  out.push([start, text.length]);
  return out;
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export function parseYaml(file: SourceFile): YamlFile {
  const original = file.text;
  const isTemplate = isTemplatePath(file.path) && /\{\{|\{%/.test(original);
  const templates = /\{\{|\{%|\{#/.test(original) ? findTemplates(original) : [];
  let text = original;
  let conditional: Range[] = [];
  if (isTemplate) ({ text, conditional } = neutralize(original, templates));
  const out: YamlFile = { file, text, docs: [], problems: [], templates, conditional, isTemplate };

  // A byte-order mark trips the parser before a top-level sequence; a newline keeps every offset.
  if (text.charCodeAt(0) === 0xfeff) text = `\n${text.slice(1)}`;
  out.text = text;

  // Large multi-document files: parse only the documents that mention something relevant, each on
  // its own (blanking the others would keep offsets but the parser is slow on blank lines).
  let chunks: Range[] = [[0, text.length]];
  if (text.length > TRIM_ABOVE) {
    chunks = splitDocuments(text).filter(([s, e]) => RELEVANT.test(text.slice(s, e)));
    const relevant = chunks.reduce((n, [s, e]) => n + e - s, 0);
    if (relevant > MAX_YAML_BYTES) {
      out.problems.push({
        span: file.span(0, Math.max(0, file.text.indexOf('\n')) || Math.min(1, file.text.length)),
        message: `this YAML file has ${(relevant / 1048576).toFixed(1)} MiB of relevant documents, over the ${MAX_YAML_BYTES / 1048576} MiB mastodon-ops reads, so it was not checked; split it into smaller files`,
        severity: 'warning',
      });
      return out;
    }
  }
  let reported = 0;
  for (const [from, to] of chunks) {
    const whole = from === 0 && to === text.length;
    let parsed;
    try {
      parsed = parseAllDocuments(whole ? text : text.slice(from, to), { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, logLevel: 'silent', strict: false });
    } catch (e) {
      if (!isTemplate) out.problems.push({ span: file.span(from, Math.min(from + 1, text.length)), message: `the YAML parser gave up on this file (${lowerFirst((e as Error).message)}), so it was not checked` });
      continue;
    }
    const docs = Array.isArray(parsed) ? parsed : [];
    for (const d of docs) {
      if (from > 0) shiftDocument(d, from);
      const range = d.range ?? [from, from, from];
      const broken = d.errors.length > 0;
      if (broken && !isTemplate && reported < MAX_PROBLEMS) {
        const err = d.errors[0]!;
        let [s, e] = err.pos;
        let msg = err.message.split('\n')[0]!.replace(/\.$/, '');
        // An unclosed quote runs to the end of the file: point at the opening quote instead.
        const open = err.code === 'MISSING_CHAR' && /quote/.test(msg) ? openingQuote(d.contents, s) : -1;
        if (open !== -1) {
          [s, e] = [open, open + 1];
          msg = 'this quote is never closed';
        }
        const start = Math.max(0, Math.min(s, text.length));
        const end = Math.min(text.length, Math.max(e, start + 1));
        const deep = err.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(msg);
        out.problems.push({
          span: file.span(start, end),
          message: deep
            ? 'this YAML nests too deeply to read, so mastodon-ops skipped this document; flatten it'
            : `invalid YAML: ${lowerFirst(msg)}; the program reading this file rejects it, and mastodon-ops skipped this document`,
        });
        reported++;
      }
      out.docs.push({ index: out.docs.length, contents: (d.contents as Node | null) ?? null, start: range[0], end: range[2], broken, anchors: null });
    }
  }
  return out;
}

/** Start of the quoted scalar that ends at `at` (an unterminated quote), or -1. */
function openingQuote(contents: unknown, at: number): number {
  let best = -1;
  const stack: unknown[] = [contents];
  let guard = 0;
  while (stack.length && guard++ < 100_000) {
    const n = stack.pop();
    if (isScalar(n)) {
      const r = n.range;
      if (r && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && r[0] <= at && r[1] >= at && r[0] > best) best = r[0];
    } else if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if (isSeq(n)) for (const it of n.items) stack.push(it);
  }
  return best;
}

/** Moves every range of a document parsed from a slice of the text by `by` characters. */
function shiftDocument(d: { range?: number[]; contents: unknown; errors: { pos: [number, number] }[] }, by: number): void {
  const dr = d.range;
  if (dr) d.range = [dr[0]! + by, dr[1]! + by, dr[2]! + by];
  for (const e of d.errors) e.pos = [e.pos[0] + by, e.pos[1] + by];
  const stack: unknown[] = [d.contents];
  while (stack.length) {
    const n = stack.pop() as { range?: number[] | null; srcToken?: { type?: string; offset: number } } | null;
    if (!n || typeof n !== 'object') continue;
    if (isScalar(n) || isMap(n) || isSeq(n) || isAlias(n)) {
      const r = n.range;
      if (r) n.range = [r[0]! + by, r[1]! + by, r[2]! + by];
      if (n.srcToken?.type === 'block-scalar') n.srcToken.offset += by;
    }
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if (isSeq(n)) for (const it of n.items) stack.push(it);
  }
}

// ---------------------------------------------------------------------------------------------
// Navigation: aliases and merge keys are followed one lookup at a time, never expanded.

const MAX_ALIAS_DEPTH = 16;
const MAX_ANCHOR_SCAN = 200_000;
const MAX_MERGED_MAPS = 64;

function anchorsOf(doc: YamlDoc): Map<string, Node[]> {
  if (doc.anchors) return doc.anchors;
  const map = new Map<string, Node[]>();
  const stack: unknown[] = doc.contents ? [doc.contents] : [];
  let seen = 0;
  while (stack.length && seen++ < MAX_ANCHOR_SCAN) {
    const n = stack.pop();
    if (isScalar(n) || isMap(n) || isSeq(n)) {
      if (n.anchor) {
        const list = map.get(n.anchor) ?? [];
        list.push(n);
        map.set(n.anchor, list);
      }
      if (isMap(n)) {
        for (let i = n.items.length - 1; i >= 0; i--) {
          const p = n.items[i]!;
          stack.push(p.value, p.key);
        }
      } else if (isSeq(n)) {
        for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  doc.anchors = map;
  return map;
}

/** Follows aliases to the anchored node (the closest definition before the alias). */
export function deref(doc: YamlDoc, node: unknown): Node | null {
  let n = node;
  for (let depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
    if (!isAlias(n)) return isScalar(n) || isMap(n) || isSeq(n) ? (n as Node) : null;
    const at = n.range?.[0] ?? Infinity;
    const list = anchorsOf(doc).get(n.source) ?? [];
    let found: Node | null = null;
    for (const c of list) {
      const r = c.range;
      // An anchor on a node that contains the alias would make a cycle: not followed.
      if (r && r[0] < at && !(at < r[2])) found = c;
    }
    if (!found) return null;
    n = found;
  }
  return null;
}

/**
 * A map's pairs, including those merged in with `<<: *anchor` (own keys win, then earlier merges),
 * keyed by string. Each merged map is read once, so `<<` chains cannot blow up like an alias bomb.
 */
export function pairs(doc: YamlDoc, node: unknown): Pair<Node, Node | null>[] {
  const map = deref(doc, node);
  if (!isMap(map)) return [];
  const seen = new Set<unknown>([map]);
  const own: Pair<Node, Node | null>[] = [];
  const keys = new Set<string | null>();
  // Breadth-first over merge sources: own keys, then the first merge's keys, and so on.
  let level: unknown[] = [map];
  for (let depth = 0; level.length && depth <= MAX_ALIAS_DEPTH; depth++) {
    const next: unknown[] = [];
    for (const m of level) {
      if (!isMap(m)) continue;
      for (const p of m.items as Pair<unknown, unknown>[]) {
        const k = keyString(p);
        if (k === '<<') {
          const v = deref(doc, p.value);
          for (const src of isSeq(v) ? v.items : [p.value]) {
            const target = deref(doc, src);
            if (target && !seen.has(target) && seen.size < MAX_MERGED_MAPS) {
              seen.add(target);
              next.push(target);
            }
          }
          continue;
        }
        if (depth > 0 && (k === null || keys.has(k))) continue;
        keys.add(k);
        own.push(p as Pair<Node, Node | null>);
      }
    }
    level = next;
  }
  return own;
}

export function keyString(p: Pair<unknown, unknown>): string | null {
  const k = p.key;
  if (isScalar(k)) return scalarSource(k);
  return null;
}

/** The pair for `key` in a map (last one wins, as in most loaders). */
export function pair(doc: YamlDoc, node: unknown, key: string): Pair<Node, Node | null> | undefined {
  let found: Pair<Node, Node | null> | undefined;
  for (const p of pairs(doc, node)) if (keyString(p) === key) found = p;
  return found;
}

export function get(doc: YamlDoc, node: unknown, key: string): Node | null {
  const p = pair(doc, node, key);
  return p ? deref(doc, p.value) : null;
}

/** Nested lookup: `getPath(doc, n, 'spec', 'jobTemplate', 'spec')`. */
export function getPath(doc: YamlDoc, node: unknown, ...keys: string[]): Node | null {
  let n: Node | null = deref(doc, node);
  for (const k of keys) {
    if (!n) return null;
    n = get(doc, n, k);
  }
  return n;
}

export function items(doc: YamlDoc, node: unknown): Node[] {
  const seq = deref(doc, node);
  if (!isSeq(seq)) return [];
  const out: Node[] = [];
  for (const it of seq.items) {
    const n = deref(doc, it);
    if (n) out.push(n);
  }
  return out;
}

/** The scalar's text as written after YAML unescaping (`"30"` and `30` both give "30"); null for non-scalars. */
export function scalarSource(n: unknown): string | null {
  if (!isScalar(n)) return null;
  const s = (n as Scalar & { source?: string }).source;
  if (typeof s === 'string') return s;
  return n.value === null || n.value === undefined ? '' : String(n.value);
}

export function str(doc: YamlDoc, node: unknown): string | null {
  return scalarSource(deref(doc, node));
}

// ---------------------------------------------------------------------------------------------
// Scalar values with offsets: ports of the `yaml` package's own resolvers
// (compose/resolve-flow-scalar.js, resolve-block-scalar.js) that carry a file offset per character.

export interface ScalarText {
  value: string;
  /** File offset of each value character, plus one past the end. */
  offsets: number[];
  /** False when the value could not be mapped exactly (folded scalars, or a mismatch). */
  exact: boolean;
}

class Acc {
  s = '';
  o: number[] = [];
  push(ch: string, off: number): void {
    this.s += ch;
    this.o.push(off);
  }
  pushStr(str: string, off: number): void {
    for (let k = 0; k < str.length; k++) this.push(str[k]!, off + k);
  }
}

/** The value of a scalar node and the file offset of each of its characters. `text` is YamlFile.text. */
export function scalarText(node: Scalar, text: string): ScalarText {
  const range = node.range ?? [0, 0, 0];
  const expect = scalarSource(node) ?? '';
  let acc: Acc | null = null;
  let exact = true;
  let end = range[1];
  try {
    switch (node.type) {
      case 'PLAIN':
        acc = unfold(text, range[0], range[1]);
        break;
      case 'QUOTE_SINGLE':
        acc = singleQuoted(text, range[0], range[1]);
        end = range[1] - 1;
        break;
      case 'QUOTE_DOUBLE':
        acc = doubleQuoted(text, range[0], range[1]);
        end = range[1] - 1;
        break;
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED': {
        const tok = node.srcToken as CST.BlockScalar | undefined;
        if (tok && tok.type === 'block-scalar') {
          acc = blockScalar(tok, node.type === 'BLOCK_FOLDED');
          exact = node.type === 'BLOCK_LITERAL';
        }
        break;
      }
      default:
        acc = null;
    }
  } catch {
    acc = null;
  }
  if (!acc || acc.s !== expect) {
    // Best effort: spread the value over the node's range.
    const o: number[] = [];
    const span = Math.max(0, range[1] - range[0]);
    for (let k = 0; k < expect.length; k++) o.push(range[0] + Math.min(k, Math.max(0, span - 1)));
    o.push(range[1]);
    return { value: expect, offsets: o, exact: false };
  }
  const last = acc.o[acc.o.length - 1];
  acc.o.push(last === undefined ? end : last + 1);
  return { value: acc.s, offsets: acc.o, exact };
}

/** Line folding of plain and single-quoted scalars, over text[from, to). */
function unfold(text: string, from: number, to: number): Acc {
  const acc = new Acc();
  const src = text.slice(from, to);
  const lines: { s: number; e: number }[] = [];
  let p = 0;
  for (;;) {
    const nl = src.indexOf('\n', p);
    if (nl === -1) {
      lines.push({ s: p, e: src.length });
      break;
    }
    lines.push({ s: p, e: nl > p && src[nl - 1] === '\r' ? nl - 1 : nl });
    p = nl + 1;
  }
  if (lines.length === 1) {
    acc.pushStr(src, from);
    return acc;
  }
  const isWs = (c: string | undefined) => c === ' ' || c === '\t';
  // first line: trim end
  const l0 = lines[0]!;
  let e0 = l0.e;
  while (e0 > l0.s && isWs(src[e0 - 1])) e0--;
  acc.pushStr(src.slice(l0.s, e0), from + l0.s);
  let sep = ' ';
  let sepOff = from + l0.e;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    let s = l.s;
    let e = l.e;
    const lastLine = i === lines.length - 1;
    while (s < e && isWs(src[s])) s++;
    if (!lastLine) while (e > s && isWs(src[e - 1])) e--;
    if (lastLine) {
      // The library keeps the rest of the last line as is (after leading blanks).
      for (const ch of sep) acc.push(ch, sepOff);
      acc.pushStr(src.slice(s, l.e === src.length ? src.length : l.e), from + s);
      break;
    }
    if (s === e) {
      if (sep === '\n') acc.push('\n', from + l.e);
      else {
        sep = '\n';
        sepOff = from + l.e;
      }
    } else {
      for (const ch of sep) acc.push(ch, sepOff);
      acc.pushStr(src.slice(s, e), from + s);
      sep = ' ';
      sepOff = from + l.e;
    }
  }
  return acc;
}

function singleQuoted(text: string, from: number, to: number): Acc {
  const inner = unfold(text, from + 1, to - 1);
  const acc = new Acc();
  for (let k = 0; k < inner.s.length; k++) {
    acc.push(inner.s[k]!, inner.o[k]!);
    if (inner.s[k] === "'" && inner.s[k + 1] === "'") k++;
  }
  return acc;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

function doubleQuoted(text: string, from: number, to: number): Acc {
  const acc = new Acc();
  const src = text.slice(from, to);
  for (let i = 1; i < src.length - 1; ++i) {
    const ch = src[i]!;
    if (ch === '\r' && src[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      let j = i;
      let c = src[j + 1];
      while (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        if (c === '\r' && src[j + 2] !== '\n') break;
        if (c === '\n') fold += '\n';
        j += 1;
        c = src[j + 1];
      }
      if (!fold) fold = ' ';
      for (const f of fold) acc.push(f, from + i);
      i = j;
    } else if (ch === '\\') {
      const at = i;
      let next = src[++i];
      const cc = next === undefined ? undefined : ESCAPES[next];
      if (cc) acc.push(cc, from + at);
      else if (next === '\n') {
        next = src[i + 1];
        while (next === ' ' || next === '\t') next = src[++i + 1];
      } else if (next === '\r' && src[i + 1] === '\n') {
        next = src[++i + 1];
        while (next === ' ' || next === '\t') next = src[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = src.substr(i + 1, len);
        const code = hex.length === len && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
        let out: string;
        try {
          out = String.fromCodePoint(code);
        } catch {
          out = src.substr(i - 1, len + 2);
        }
        for (const u of out.split('')) acc.push(u, from + at);
        i += len;
      } else {
        acc.pushStr(src.substr(at, 2), from + at);
      }
    } else if (ch === ' ' || ch === '\t') {
      const ws = i;
      let next = src[i + 1];
      while (next === ' ' || next === '\t') next = src[++i + 1];
      if (next !== '\n' && !(next === '\r' && src[i + 2] === '\n')) {
        if (i > ws) acc.pushStr(src.slice(ws, i + 1), from + ws);
        else acc.push(ch, from + ws);
      }
    } else acc.push(ch, from + i);
  }
  return acc;
}

function blockScalar(tok: CST.BlockScalar, folded: boolean): Acc {
  const acc = new Acc();
  const header = tok.props[0];
  if (!header || header.type !== 'block-scalar-header') return acc;
  let hIndent = 0;
  let chomp = '';
  for (const ch of header.source.slice(1)) {
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!hIndent && Number(ch)) hIndent = Number(ch);
  }
  let headerLen = 0;
  for (const p of tok.props) headerLen += (p as { source?: string }).source?.length ?? 0;
  const base = tok.offset + headerLen;
  const source = tok.source ?? '';
  // [indent, content, offset of the line start]
  const lines: { indent: string; content: string; at: number }[] = [];
  {
    let p = 0;
    for (;;) {
      const nl = source.indexOf('\n', p);
      const raw = nl === -1 ? source.slice(p) : source.slice(p, nl);
      const m = /^ */.exec(raw)![0];
      lines.push({ indent: m, content: raw.slice(m.length), at: base + p });
      if (nl === -1) break;
      p = nl + 1;
    }
  }
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const c = lines[i]!.content;
    if (c === '' || c === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === '+' && lines.length > 0) for (let k = 0; k < Math.max(1, lines.length - 1); k++) acc.push('\n', base);
    return acc;
  }
  let trimIndent = tok.indent + hIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const { indent, content } = lines[i]!;
    if (content === '' || content === '\r') {
      if (hIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (hIndent === 0) trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i]!.indent.length > trimIndent) chompStart = i + 1;
  const nlAfter = (i: number) => {
    const l = lines[i]!;
    return l.at + l.indent.length + l.content.length - (l.content.endsWith('\r') ? 1 : 0);
  };
  for (let i = 0; i < contentStart; ++i) {
    const l = lines[i]!;
    acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
    acc.push('\n', l.at + l.indent.length + l.content.length);
  }
  let sep = '';
  let sepOff = base;
  let prevMore = false;
  for (let i = contentStart; i < chompStart; ++i) {
    const l = lines[i]!;
    let indent = l.indent;
    let content = l.content;
    if (content.endsWith('\r')) content = content.slice(0, -1);
    if (content && indent.length < trimIndent) indent = '';
    const indentAt = l.at + Math.min(trimIndent, l.indent.length);
    const contentAt = l.at + l.indent.length;
    const pushSep = () => {
      for (const ch of sep) acc.push(ch, sepOff);
    };
    if (!folded) {
      pushSep();
      acc.pushStr(indent.slice(trimIndent), indentAt);
      acc.pushStr(content, contentAt);
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      pushSep();
      acc.pushStr(indent.slice(trimIndent), indentAt);
      acc.pushStr(content, contentAt);
      sep = '\n';
      prevMore = true;
    } else if (content === '') {
      if (sep === '\n') acc.push('\n', nlAfter(i));
      else sep = '\n';
    } else {
      pushSep();
      acc.pushStr(content, contentAt);
      sep = ' ';
      prevMore = false;
    }
    sepOff = nlAfter(i);
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) {
      acc.push('\n', sepOff);
      const l = lines[i]!;
      acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
      sepOff = nlAfter(i);
    }
    if (acc.s[acc.s.length - 1] !== '\n') acc.push('\n', sepOff);
  } else if (chomp !== '-') acc.push('\n', sepOff);
  return acc;
}

export type { Node, Pair, Scalar };
