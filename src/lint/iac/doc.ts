// One tree for the structured documents that describe buckets: CloudFormation (YAML or JSON), raw
// AWS CLI JSON, JSON inside a Terraform heredoc and Terraform `jsonencode({...})`. Every node keeps
// its span. `fn` nodes are values this file cannot know: CloudFormation intrinsics (`!Ref`,
// `{"Fn::Sub": ...}`) and Terraform expressions.
//
// The JSON parser is ours: it keeps offsets, never throws, never recurses (so 100k nested `[`
// cannot overflow the stack) and stops at the first error with its position. jsonc-parser keeps
// offsets too, but recurses (stack overflow on deep input) and ships a UMD `main` whose inner
// `require`s break in our esbuild ESM bundle.

import type { SourceFile, Span } from '../source.ts';

export type DocNode =
  | { kind: 'map'; entries: DocEntry[]; span: Span }
  | { kind: 'seq'; items: DocNode[]; span: Span }
  | { kind: 'scalar'; value: string | number | boolean | null; span: Span }
  | { kind: 'fn'; name: string; arg: DocNode | null; span: Span };

export interface DocEntry {
  key: string;
  keySpan: Span;
  value: DocNode;
}

export function get(node: DocNode | null | undefined, key: string): DocNode | null {
  if (!node || node.kind !== 'map') return null;
  let found: DocNode | null = null;
  // Later duplicates win, as in JSON.parse and the YAML package.
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}

export function entry(node: DocNode | null | undefined, key: string): DocEntry | null {
  if (!node || node.kind !== 'map') return null;
  let found: DocEntry | null = null;
  for (const e of node.entries) if (e.key === key) found = e;
  return found;
}

export function has(node: DocNode | null | undefined, key: string): boolean {
  return entry(node, key) !== null;
}

/** A scalar as a string (numbers and booleans too), or null. */
export function str(node: DocNode | null | undefined): string | null {
  if (!node || node.kind !== 'scalar' || node.value === null) return null;
  return String(node.value);
}

/** true/false, also written as strings (CloudFormation accepts "true"). null when not known. */
export function bool(node: DocNode | null | undefined): boolean | null {
  if (!node || node.kind !== 'scalar') return null;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true' || node.value === 'True') return true;
  if (node.value === 'false' || node.value === 'False') return false;
  return null;
}

export function num(node: DocNode | null | undefined): number | null {
  if (!node || node.kind !== 'scalar') return null;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return null;
}

/** A list, or a single value where AWS accepts one value or a list (`"Action": "s3:*"`). */
export function items(node: DocNode | null | undefined): DocNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}

export interface JsonParse {
  node: DocNode | null;
  error: { start: number; end: number; message: string } | null;
}

/** Deeper documents are refused: no AWS document nests this deep, and consumers may recurse. */
export const MAX_JSON_DEPTH = 256;

type Frame =
  | { kind: 'map'; start: number; entries: DocEntry[]; key: { text: string; start: number; end: number } | null; state: 'key' | 'colon' | 'value' | 'comma' }
  | { kind: 'seq'; start: number; items: DocNode[]; state: 'value' | 'comma' };

/**
 * Parses JSON (comments and trailing commas tolerated) from `text`, whose character 0 is at file
 * offset `base`. Offsets map one-to-one, so it also reads JSON embedded verbatim in another file.
 */
export function parseJson(file: SourceFile, text: string, base = 0): JsonParse {
  const sp = (s: number, e: number) => file.span(base + s, base + e);
  const stack: Frame[] = [];
  let root: DocNode | null = null;
  let i = 0;
  const n = text.length;
  const fail = (start: number, end: number, message: string): JsonParse => ({
    node: null,
    error: { start: base + start, end: base + Math.max(end, start), message },
  });

  const skip = (): string | null => {
    for (;;) {
      while (i < n && /\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('//', i)) {
        const e = text.indexOf('\n', i);
        i = e === -1 ? n : e + 1;
        continue;
      }
      if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        if (e === -1) return 'unterminated comment';
        i = e + 2;
        continue;
      }
      return null;
    }
  };

  /** A string token at i (the opening quote): decoded text and end offset, or an error. */
  const readString = (): { text: string; end: number } | { error: string; end: number } => {
    let out = '';
    let k = i + 1;
    while (k < n) {
      const c = text[k] ?? '';
      if (c === '"') return { text: out, end: k + 1 };
      if (c === '\n') return { error: 'unterminated string', end: k };
      if (c === '\\') {
        const e = text[k + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          k += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
          out += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16));
          k += 6;
          continue;
        }
        return { error: 'invalid escape in string', end: k + 2 };
      }
      out += c;
      k++;
    }
    return { error: 'unterminated string', end: n };
  };

  /** Attaches a finished value to the frame on top, or makes it the root. */
  const push = (v: DocNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v;
      return;
    }
    if (top.kind === 'seq') {
      top.items.push(v);
      top.state = 'comma';
    } else if (top.key) {
      top.entries.push({ key: top.key.text, keySpan: sp(top.key.start, top.key.end), value: v });
      top.key = null;
      top.state = 'comma';
    }
  };

  for (;;) {
    const c0 = skip();
    if (c0) return fail(i, n, c0);
    const top = stack[stack.length - 1];
    if (!top && root) {
      if (i < n) return fail(i, i + 1, 'unexpected text after the JSON value');
      return { node: root, error: null };
    }
    if (i >= n) return fail(n, n, top ? `unexpected end of input: "${top.kind === 'map' ? '}' : ']'}" expected` : 'empty document');
    const c = text[i] ?? '';
    if (top?.kind === 'map' && top.state !== 'value') {
      if (top.state === 'key' || top.state === 'comma') {
        if (c === '}') {
          i++;
          stack.pop();
          push({ kind: 'map', entries: top.entries, span: sp(top.start, i) });
          continue;
        }
        if (top.state === 'comma') {
          if (c !== ',') return fail(i, i + 1, 'expected "," or "}"');
          i++;
          top.state = 'key';
          continue;
        }
        if (c !== '"') return fail(i, i + 1, 'expected a property name in double quotes');
        const s = readString();
        if ('error' in s) return fail(i, s.end, s.error);
        top.key = { text: s.text, start: i, end: s.end };
        i = s.end;
        top.state = 'colon';
        continue;
      }
      if (c !== ':') return fail(i, i + 1, 'expected ":"');
      i++;
      top.state = 'value';
      continue;
    }
    if (top?.kind === 'seq' && top.state === 'comma') {
      if (c === ']') {
        i++;
        stack.pop();
        push({ kind: 'seq', items: top.items, span: sp(top.start, i) });
        continue;
      }
      if (c !== ',') return fail(i, i + 1, 'expected "," or "]"');
      i++;
      top.state = 'value';
      continue;
    }
    // A value is expected here.
    if (c === ']' && top?.kind === 'seq') {
      // `[]` or a trailing comma.
      i++;
      stack.pop();
      push({ kind: 'seq', items: top.items, span: sp(top.start, i) });
      continue;
    }
    if ((c === '{' || c === '[') && stack.length >= MAX_JSON_DEPTH) return fail(i, i + 1, `nesting deeper than ${MAX_JSON_DEPTH} levels`);
    if (c === '{') {
      stack.push({ kind: 'map', start: i, entries: [], key: null, state: 'key' });
      i++;
      continue;
    }
    if (c === '[') {
      stack.push({ kind: 'seq', start: i, items: [], state: 'value' });
      i++;
      continue;
    }
    if (c === '"') {
      const s = readString();
      if ('error' in s) return fail(i, s.end, s.error);
      push({ kind: 'scalar', value: s.text, span: sp(i, s.end) });
      i = s.end;
      continue;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return fail(i, i + 1, `unexpected character ${JSON.stringify(c)}`);
    const t = m[0];
    push({ kind: 'scalar', value: t === 'true' ? true : t === 'false' ? false : t === 'null' ? null : Number(t), span: sp(i, i + t.length) });
    i += t.length;
  }
}

/**
 * The same tree with every span replaced: for JSON read from a decoded string (escapes move
 * offsets), every node points at the string. Bounded by MAX_JSON_DEPTH like parseJson's output.
 */
export function respan(n: DocNode, span: Span, depth = 0): DocNode {
  if (depth > MAX_JSON_DEPTH) return { kind: 'fn', name: 'too-deep', arg: null, span };
  switch (n.kind) {
    case 'map':
      return { kind: 'map', entries: n.entries.map((e) => ({ key: e.key, keySpan: span, value: respan(e.value, span, depth + 1) })), span };
    case 'seq':
      return { kind: 'seq', items: n.items.map((i) => respan(i, span, depth + 1)), span };
    case 'scalar':
      return { kind: 'scalar', value: n.value, span };
    case 'fn':
      return { kind: 'fn', name: n.name, arg: null, span };
  }
}
