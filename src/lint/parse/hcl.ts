// HCL (Terraform) with positions: tree-sitter's Terraform grammar (@tree-sitter-grammars/tree-sitter-hcl,
// which ships a prebuilt tree-sitter-terraform.wasm) run by web-tree-sitter. Tree-sitter keeps
// every node's offsets, recovers from errors, and stays fast on hostile input (200 KB of random
// bytes in under a second; 100k nested brackets). Alternatives tried: codemirror-lang-hcl (Lezer,
// synchronous, positions) took 20 s to 77 s on an unterminated string or heredoc; @cdktf/hcl2json
// and hcl2-parser return JSON without positions.
//
// web-tree-sitter's runtime can only be initialised asynchronously: the engine awaits
// `loadHclParser()` (a dynamic import, so a run without Terraform never loads or compiles the wasm)
// before it parses Terraform. The .wasm files are read from node_modules in development, or from
// `wasm/` beside the bundle (scripts/build.mjs copies them). If loading fails, every Terraform file
// gets one positioned problem and the run goes on.
//
// The tree is converted into a small AST of our own (blocks, attributes, expressions) with spans,
// then freed. Expressions deeper than MAX_DEPTH become `other` (unknown), so conversion never
// recurses without bound.

import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Parser, Node as TsNode } from 'web-tree-sitter';
import type { SourceFile, Span } from '../source.ts';

export type HclExpr =
  | { kind: 'literal'; value: string | number | boolean | null; span: Span; heredoc?: HeredocBody }
  | { kind: 'template'; parts: TemplatePart[]; span: Span; heredoc?: HeredocBody }
  | { kind: 'tuple'; items: HclExpr[]; span: Span }
  | { kind: 'object'; items: HclObjectItem[]; span: Span }
  /** `var.x`, `aws_s3_bucket.media[0].id`: a root name and attribute/index steps (null: not a literal step). */
  | { kind: 'traversal'; root: string; steps: (string | number | null)[]; span: Span }
  | { kind: 'call'; name: string; args: HclExpr[]; span: Span }
  /** Anything we do not evaluate: operators, conditionals, `for` expressions, splats. */
  | { kind: 'other'; span: Span };

export type TemplatePart = { lit: string } | { expr: HclExpr };

/** Where a heredoc's text sits in the file, so JSON inside it keeps exact offsets. */
export interface HeredocBody {
  start: number;
  end: number;
}

export interface HclObjectItem {
  /** The key when it is a name or a literal string; null for computed keys. */
  key: string | null;
  keySpan: Span;
  value: HclExpr;
}

export interface HclAttribute {
  name: string;
  nameSpan: Span;
  expr: HclExpr;
  span: Span;
}

export interface HclBlock {
  type: string;
  typeSpan: Span;
  labels: { value: string; span: Span }[];
  body: HclBody;
  span: Span;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclParse {
  body: HclBody;
  problems: { span: Span; message: string }[];
}

const MAX_DEPTH = 200;
/** Parse time budget per file; tree-sitter is linear, this only guards against the unforeseen. */
const PARSE_BUDGET_MS = 10_000;
/**
 * Larger Terraform files are not parsed: the grammar's scanner slows down on long string literals
 * (a 2 MiB string takes about 4 s here, 5 MiB about 9 s, near the budget above, so whether it
 * finished would depend on the machine's load), and hand-written HCL is far smaller.
 */
export const MAX_HCL_BYTES = 1024 * 1024;

let parser: Parser | null = null;
let loadError = '';

function wasmPath(spec: string, name: string): string {
  const here = import.meta.url;
  try {
    const p = createRequire(here).resolve(spec);
    if (existsSync(p)) return p;
  } catch {
    // Not resolvable from here (the bundle runs without node_modules): look beside it.
  }
  for (const rel of [`./wasm/${name}`, `../wasm/${name}`]) {
    const p = fileURLToPath(new URL(rel, here));
    if (existsSync(p)) return p;
  }
  throw new Error(`${name} not found in node_modules nor in a wasm/ directory beside the bundle`);
}

let loading: Promise<void> | null = null;

/** Loads and initialises the parser once; never rejects (a failure is kept for `parseHcl` to report). */
export function loadHclParser(): Promise<void> {
  loading ??= (async () => {
    try {
      const { Language, Parser } = await import('web-tree-sitter');
      const runtime = readFileSync(wasmPath('web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm'));
      const grammar = readFileSync(wasmPath('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', 'tree-sitter-terraform.wasm'));
      await Parser.init({ wasmBinary: runtime });
      // `WebAssembly` is a Node global that lib ES2022 does not declare.
      const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object } }).WebAssembly;
      const lang = Language.loadSync(new wasm.Module(grammar) as Parameters<typeof Language.loadSync>[0]);
      const p = new Parser();
      p.setLanguage(lang);
      parser = p;
    } catch (e) {
      loadError = (e as Error).message;
    }
  })();
  return loading;
}

/** Parses a Terraform file. Never throws: syntax errors become `problems` (the first one only). */
export function parseHcl(file: SourceFile): HclParse {
  const empty: HclBody = { attributes: [], blocks: [] };
  const firstLine = file.span(0, Math.max(0, file.text.indexOf('\n') === -1 ? file.text.length : file.text.indexOf('\n')));
  if (!parser) {
    const why = loadError || 'loadHclParser() was not awaited before parsing';
    return { body: empty, problems: [{ span: firstLine, message: `the HCL parser could not be loaded (${why}), so this Terraform file was not checked` }] };
  }
  const bytes = file.text.length > MAX_HCL_BYTES / 3 ? Buffer.byteLength(file.text) : file.text.length;
  if (bytes > MAX_HCL_BYTES) {
    return { body: empty, problems: [{ span: firstLine, message: `this Terraform file is ${(bytes / 1048576).toFixed(1)} MiB, over the ${MAX_HCL_BYTES / 1048576} MiB mastodon-ops parses, so it was not checked; split it into smaller files` }] };
  }
  const started = Date.now();
  let tree;
  try {
    tree = parser.parse(file.text, null, { progressCallback: () => Date.now() - started > PARSE_BUDGET_MS });
  } catch (e) {
    return { body: empty, problems: [{ span: firstLine, message: `the HCL parser failed: ${(e as Error).message}` }] };
  }
  if (!tree) {
    parser.reset();
    return { body: empty, problems: [{ span: firstLine, message: `parsing took longer than ${PARSE_BUDGET_MS / 1000} s, so this Terraform file was not checked` }] };
  }
  try {
    const conv = new Converter(file);
    const root = tree.rootNode;
    const problems: HclParse['problems'] = [];
    if (root.hasError) {
      const bad = firstError(root);
      if (bad) problems.push(bad.isMissing ? { span: conv.span(bad), message: `syntax error: missing ${JSON.stringify(bad.type)}` } : { span: conv.errorSpan(bad), message: 'syntax error' });
    }
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    return { body: bodyNode ? conv.body(bodyNode, 0) : empty, problems };
  } finally {
    tree.delete();
  }
}

/** The first ERROR or MISSING node in document order, found without recursion. */
function firstError(root: TsNode): TsNode | null {
  const c = root.walk();
  try {
    for (;;) {
      const n = c.currentNode;
      if (n.isError || n.isMissing) return n;
      if (n.hasError && c.gotoFirstChild()) continue;
      while (!c.gotoNextSibling()) {
        if (!c.gotoParent()) return null;
      }
    }
  } finally {
    c.delete();
  }
}

function named(n: TsNode): TsNode[] {
  return n.namedChildren.filter((c): c is TsNode => c !== null && c.type !== 'comment');
}

class Converter {
  constructor(private readonly file: SourceFile) {}

  span(n: TsNode): Span {
    return this.file.span(n.startIndex, n.endIndex);
  }

  /** An error node can cover the rest of the file: underline its first line only. */
  errorSpan(n: TsNode): Span {
    const nl = this.file.text.indexOf('\n', n.startIndex);
    const end = nl === -1 || nl > n.endIndex ? n.endIndex : Math.max(nl, n.startIndex + 1);
    return this.file.span(n.startIndex, end);
  }

  text(n: TsNode): string {
    return this.file.text.slice(n.startIndex, n.endIndex);
  }

  body(n: TsNode, depth: number): HclBody {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const c of named(n)) {
      if (c.type === 'attribute') {
        const [id, ex] = named(c);
        if (!id || id.type !== 'identifier') continue;
        out.attributes.push({ name: this.text(id), nameSpan: this.span(id), expr: ex ? this.expr(ex, depth + 1) : { kind: 'other', span: this.span(c) }, span: this.span(c) });
      } else if (c.type === 'block') {
        if (depth >= MAX_DEPTH) continue;
        const parts = named(c);
        const id = parts[0];
        if (!id || id.type !== 'identifier') continue;
        const labels: HclBlock['labels'] = [];
        let inner: HclBody = { attributes: [], blocks: [] };
        for (const p of parts.slice(1)) {
          if (p.type === 'string_lit') labels.push({ value: this.stringLit(p) ?? '', span: this.span(p) });
          else if (p.type === 'identifier') labels.push({ value: this.text(p), span: this.span(p) });
          else if (p.type === 'body') inner = this.body(p, depth + 1);
        }
        out.blocks.push({ type: this.text(id), typeSpan: this.span(id), labels, body: inner, span: this.span(c) });
      }
    }
    return out;
  }

  /** The decoded value of a string_lit (quoted string without interpolation). */
  stringLit(n: TsNode): string | null {
    let out = '';
    for (const c of named(n)) {
      if (c.type === 'template_literal') out += decodeLiteral(this.text(c));
      else if (c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end') return null;
    }
    return out;
  }

  expr(n: TsNode, depth: number): HclExpr {
    const span = this.span(n);
    if (depth > MAX_DEPTH) return { kind: 'other', span };
    const kids = named(n);
    switch (n.type) {
      case 'expression': {
        const first = kids[0];
        if (!first) return { kind: 'other', span };
        // `(expr)`: the parentheses are anonymous children.
        if (kids.length === 1 && first.type === 'expression') return this.expr(first, depth + 1);
        if (first.type === 'variable_expr') return this.traversal(n, kids, span, depth);
        if (kids.length !== 1) return { kind: 'other', span };
        return this.expr(first, depth + 1);
      }
      case 'literal_value': {
        const v = kids[0];
        if (!v) return { kind: 'other', span };
        if (v.type === 'string_lit') {
          const s = this.stringLit(v);
          return s === null ? { kind: 'other', span } : { kind: 'literal', value: s, span };
        }
        if (v.type === 'numeric_lit') {
          const num = Number(this.text(v));
          return Number.isFinite(num) ? { kind: 'literal', value: num, span } : { kind: 'other', span };
        }
        if (v.type === 'bool_lit') return { kind: 'literal', value: this.text(v) === 'true', span };
        if (v.type === 'null_lit') return { kind: 'literal', value: null, span };
        return { kind: 'other', span };
      }
      case 'template_expr': {
        const t = kids[0];
        if (!t) return { kind: 'other', span };
        return t.type === 'heredoc_template' ? this.heredoc(t, span, depth) : this.template(t, span, depth, false);
      }
      case 'collection_value': {
        const c = kids[0];
        return c ? this.expr(c, depth + 1) : { kind: 'other', span };
      }
      case 'tuple':
        return { kind: 'tuple', items: kids.filter((k) => k.type === 'expression').map((k) => this.expr(k, depth + 1)), span };
      case 'object': {
        const items: HclObjectItem[] = [];
        for (const e of kids) {
          if (e.type !== 'object_elem') continue;
          const [k, v] = named(e).filter((x) => x.type === 'expression');
          if (!k || !v) continue;
          items.push({ key: this.objectKey(k), keySpan: this.span(k), value: this.expr(v, depth + 1) });
        }
        return { kind: 'object', items, span };
      }
      case 'function_call': {
        const id = kids[0];
        if (!id || id.type !== 'identifier') return { kind: 'other', span };
        const args = kids.find((k) => k.type === 'function_arguments');
        const list = args ? named(args) : [];
        // `f(list...)` expands a list into arguments: the positions are not known.
        if (list.some((a) => a.type === 'ellipsis')) return { kind: 'call', name: this.text(id), args: [], span };
        return { kind: 'call', name: this.text(id), args: list.filter((a) => a.type === 'expression').map((a) => this.expr(a, depth + 1)), span };
      }
      default:
        return { kind: 'other', span };
    }
  }

  /** An object key: a bare name or a literal string. `(expr)` keys are computed. */
  objectKey(k: TsNode): string | null {
    const e = this.expr(k, MAX_DEPTH - 1);
    if (e.kind === 'traversal' && e.steps.length === 0) return e.root;
    if (e.kind === 'literal' && typeof e.value === 'string') return e.value;
    return null;
  }

  traversal(n: TsNode, kids: TsNode[], span: Span, depth: number): HclExpr {
    const root = kids[0];
    if (!root) return { kind: 'other', span };
    const steps: (string | number | null)[] = [];
    for (const s of kids.slice(1)) {
      if (s.type === 'get_attr') {
        const id = named(s).find((x) => x.type === 'identifier');
        steps.push(id ? this.text(id) : null);
      } else if (s.type === 'index') {
        const inner = named(s)[0];
        const ex = inner ? named(inner).find((x) => x.type === 'expression') : undefined;
        if (inner?.type === 'legacy_index') {
          const m = /\d+/.exec(this.text(inner));
          steps.push(m ? Number(m[0]) : null);
          continue;
        }
        const v = ex ? this.expr(ex, depth + 1) : null;
        steps.push(v && v.kind === 'literal' && (typeof v.value === 'string' || typeof v.value === 'number') ? v.value : null);
      } else {
        // Splats and anything else: the value is no longer a single known thing.
        return { kind: 'other', span };
      }
    }
    return { kind: 'traversal', root: this.text(root), steps, span };
  }

  template(t: TsNode, span: Span, depth: number, _heredoc: boolean): HclExpr {
    const parts: TemplatePart[] = [];
    let known = true;
    for (const c of named(t)) {
      if (c.type === 'template_literal') parts.push({ lit: decodeLiteral(this.text(c)) });
      else if (c.type === 'template_interpolation') {
        const ex = named(c).find((x) => x.type === 'expression');
        parts.push({ expr: ex ? this.expr(ex, depth + 1) : { kind: 'other', span: this.span(c) } });
        known = false;
      } else if (c.type === 'quoted_template_start' || c.type === 'quoted_template_end') continue;
      else {
        parts.push({ expr: { kind: 'other', span: this.span(c) } });
        known = false;
      }
    }
    if (known) return { kind: 'literal', value: parts.map((p) => ('lit' in p ? p.lit : '')).join(''), span };
    return { kind: 'template', parts, span };
  }

  heredoc(t: TsNode, span: Span, depth: number): HclExpr {
    const kids = named(t);
    const open = kids.find((k) => k.type === 'heredoc_identifier');
    const close = [...kids].reverse().find((k) => k.type === 'heredoc_identifier');
    const text = this.file.text;
    if (!open || !close || open === close) return { kind: 'other', span };
    const nl = text.indexOf('\n', open.endIndex);
    const start = nl === -1 || nl > close.startIndex ? close.startIndex : nl + 1;
    const lineStart = text.lastIndexOf('\n', close.startIndex - 1) + 1;
    const end = Math.max(start, lineStart);
    const heredoc: HeredocBody = { start, end };
    const indented = this.text(t).startsWith('<<-');
    const hasInterp = kids.some((k) => k.type === 'template_interpolation' || k.type === 'template_directive');
    if (hasInterp) {
      const parts: TemplatePart[] = kids
        .filter((k) => k.type === 'template_interpolation' || k.type === 'template_directive')
        .map((k) => ({ expr: this.expr(named(k).find((x) => x.type === 'expression') ?? k, depth + 1) }));
      return { kind: 'template', parts, span, heredoc };
    }
    let body = text.slice(start, end).replace(/\r?\n$/, '');
    if (indented) body = stripIndent(body);
    return { kind: 'literal', value: decodeHeredoc(body), span, heredoc };
  }
}

/** Escapes of quoted HCL strings, plus `$${` and `%%{` (literal `${` and `%{`). */
function decodeLiteral(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, e: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (!e) return m;
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? m;
  });
}

function decodeHeredoc(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** `<<-` heredocs drop the smallest indentation of their non-blank lines. */
function stripIndent(s: string): string {
  const lines = s.split('\n');
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, indentOf(l));
  if (!Number.isFinite(min)) return s;
  return lines.map((l) => l.slice(Math.min(min, indentOf(l)))).join('\n');
}

function indentOf(l: string): number {
  return /^[ \t]*/.exec(l)?.[0].length ?? 0;
}
