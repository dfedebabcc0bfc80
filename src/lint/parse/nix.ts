// A tolerant Nix parser that keeps positions: enough of the language to find attribute bindings
// (`services.mastodon.enable = true;`, nested attrsets, `let`, lambdas, `lib.mkIf c { ... }`,
// lists of modules) and the exact text of strings, including `''...''` indented strings with their
// indentation stripped as Nix does. `${...}` antiquotations are kept as expressions, so a consumer
// can treat them as unknown. It never throws: input it cannot read becomes a problem and an
// `error` node, and parsing goes on after the next `;` or `}`.
//
// Why hand-written: no maintained npm package parses Nix with positions outside an editor
// (@replit/codemirror-lang-nix is a CodeMirror grammar with four CodeMirror peer dependencies;
// tree-sitter-nix on npm is a 0.0.2 placeholder).

export type StrPart = { kind: 'lit'; text: string; offsets: number[] } | { kind: 'interp'; expr: NixNode; start: number; end: number };

export interface AttrKey {
  /** null for `${expr}` keys. */
  name: string | null;
  start: number;
  end: number;
}

export type Binding =
  | { kind: 'attr'; path: AttrKey[]; value: NixNode; start: number; end: number }
  | { kind: 'inherit'; names: AttrKey[]; from: NixNode | null; start: number; end: number };

export type NixNode = { start: number; end: number } & (
  | { type: 'attrs'; rec: boolean; bindings: Binding[] }
  | { type: 'let'; bindings: Binding[]; body: NixNode }
  | { type: 'string'; parts: StrPart[]; indented: boolean }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'ident'; name: string }
  | { type: 'path'; text: string }
  | { type: 'select'; expr: NixNode; path: AttrKey[]; fallback: NixNode | null }
  | { type: 'apply'; fn: NixNode; args: NixNode[] }
  | { type: 'list'; items: NixNode[] }
  | { type: 'lambda'; body: NixNode }
  | { type: 'with'; scope: NixNode; body: NixNode }
  | { type: 'assert'; cond: NixNode; body: NixNode }
  | { type: 'if'; cond: NixNode; then: NixNode; else: NixNode }
  | { type: 'binop'; op: string; left: NixNode; right: NixNode }
  | { type: 'unop'; op: string; expr: NixNode }
  | { type: 'error' }
);

export interface NixParse {
  root: NixNode;
  problems: { start: number; end: number; message: string }[];
}

class Fail extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const ID_START = /[A-Za-z_]/;
const ID_CHAR = /[A-Za-z0-9_'-]/;
const KEYWORDS = new Set(['let', 'in', 'with', 'assert', 'if', 'then', 'else', 'rec', 'inherit', 'or']);
const PATH_CHAR = /[A-Za-z0-9._+\-/]/;
const SEARCH_PATH = /<[A-Za-z0-9._+\-/]+>/y;
const NUMBER = /\d+\.\d*(?:[eE][+-]?\d+)?|\d+/y;
const URI = /[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9%/?:@&=+$,\-_.!~*']+/y;

/** The match of sticky `re` at `at`, without copying the rest of the text. */
function matchAt(re: RegExp, s: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? null;
}

export function parseNix(text: string): NixParse {
  const p = new Parser(text);
  return p.parseFile();
}

class Parser {
  problems: NixParse['problems'] = [];
  private i = 0;
  private depth = 0;

  constructor(private s: string) {}

  parseFile(): NixParse {
    let root: NixNode;
    try {
      root = this.expr();
      this.ws();
      if (this.i < this.s.length) this.problems.push({ start: this.i, end: this.s.length, message: `unexpected "${this.s.slice(this.i, this.i + 20).split('\n')[0]}" after the expression` });
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      this.problems.push({ start: e.at, end: Math.min(this.s.length, e.at + 1), message: e.message });
      root = { type: 'error', start: 0, end: this.s.length };
    }
    return { root, problems: this.problems };
  }

  // ---- lexical helpers

  private ws(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (c === '/' && s[this.i + 1] === '*') {
        const e = s.indexOf('*/', this.i + 2);
        this.i = e === -1 ? s.length : e + 2;
      } else return;
    }
  }

  private peek(str: string): boolean {
    this.ws();
    return this.s.startsWith(str, this.i);
  }

  private eat(str: string): boolean {
    if (this.peek(str)) {
      this.i += str.length;
      return true;
    }
    return false;
  }

  private expect(str: string): void {
    if (!this.eat(str)) throw new Fail(this.i, `expected "${str}"${this.i < this.s.length ? ` before "${this.s.slice(this.i, this.i + 12).split('\n')[0]}"` : ' at the end of the file'}`);
  }

  private peekIdent(): string | null {
    this.ws();
    const s = this.s;
    if (!ID_START.test(s[this.i] ?? '')) return null;
    let j = this.i + 1;
    while (j < s.length && ID_CHAR.test(s[j]!)) j++;
    return s.slice(this.i, j);
  }

  private keyword(k: string): boolean {
    if (this.peekIdent() === k) {
      this.i += k.length;
      return true;
    }
    return false;
  }

  // ---- expressions

  expr(): NixNode {
    if (++this.depth > 200) throw new Fail(this.i, 'expression nested too deeply');
    try {
      return this.exprInner();
    } finally {
      this.depth--;
    }
  }

  private exprInner(): NixNode {
    this.ws();
    const start = this.i;
    const id = this.peekIdent();
    if (id === 'let' && !this.s.startsWith('{', this.afterWs(this.i + 3))) {
      this.i += 3;
      const bindings = this.bindings('in');
      if (!this.keyword('in')) throw new Fail(this.i, 'expected "in" after the let bindings');
      const body = this.expr();
      return { type: 'let', bindings, body, start, end: body.end };
    }
    if (id === 'with') {
      this.i += 4;
      const scope = this.expr();
      this.expect(';');
      const body = this.expr();
      return { type: 'with', scope, body, start, end: body.end };
    }
    if (id === 'assert') {
      this.i += 6;
      const cond = this.expr();
      this.expect(';');
      const body = this.expr();
      return { type: 'assert', cond, body, start, end: body.end };
    }
    if (id === 'if') {
      this.i += 2;
      const cond = this.expr();
      if (!this.keyword('then')) throw new Fail(this.i, 'expected "then"');
      const then = this.expr();
      if (!this.keyword('else')) throw new Fail(this.i, 'expected "else"');
      const els = this.expr();
      return { type: 'if', cond, then, else: els, start, end: els.end };
    }
    // Lambdas: `x: body`, `x @ { ... }: body`, `{ a, b ? 1, ... } @ x: body`.
    if (id && !KEYWORDS.has(id)) {
      const after = this.afterWs(this.i + id.length);
      if (this.s[after] === ':' && !/[A-Za-z0-9%/?:@&=+$,\-_.!~*']/.test(this.s[after + 1] ?? ' ')) {
        this.i = after + 1;
        const body = this.expr();
        return { type: 'lambda', body, start, end: body.end };
      }
      if (this.s[after] === '@') {
        this.i = after + 1;
        this.formals();
        this.expect(':');
        const body = this.expr();
        return { type: 'lambda', body, start, end: body.end };
      }
    }
    if (this.s[this.i] === '{') {
      const save = this.i;
      const saveProblems = this.problems.length;
      try {
        this.formals();
        if (this.eat('@')) this.ident();
        if (this.eat(':')) {
          const body = this.expr();
          return { type: 'lambda', body, start, end: body.end };
        }
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
      }
      this.i = save;
      this.problems.length = saveProblems;
    }
    return this.binary(0);
  }

  private afterWs(j: number): number {
    const save = this.i;
    this.i = j;
    this.ws();
    const r = this.i;
    this.i = save;
    return r;
  }

  private ident(): string {
    const id = this.peekIdent();
    if (!id) throw new Fail(this.i, 'expected a name');
    this.i += id.length;
    return id;
  }

  private formals(): void {
    this.expect('{');
    for (let guard = 0; guard < 10000; guard++) {
      if (this.eat('}')) return;
      if (this.eat('...')) {
        this.eat(',');
        continue;
      }
      this.ident();
      if (this.eat('?')) this.expr();
      if (!this.eat(',')) {
        this.expect('}');
        return;
      }
    }
  }

  private static readonly LEVELS: { ops: string[]; right?: boolean }[] = [
    { ops: ['->'], right: true },
    { ops: ['||'] },
    { ops: ['&&'] },
    { ops: ['==', '!='] },
    { ops: ['<=', '>=', '<', '>'] },
    { ops: ['//'], right: true },
    { ops: ['+', '-'] },
    { ops: ['*', '/'] },
    { ops: ['++'], right: true },
  ];

  private binary(level: number): NixNode {
    if (level >= Parser.LEVELS.length) return this.unary();
    if (level === 6 && this.peek('!') && this.s[this.i + 1] !== '=') {
      // `!` binds looser than arithmetic but tighter than `//`.
      const start = this.i;
      this.i++;
      const e = this.binary(6);
      return { type: 'unop', op: '!', expr: e, start, end: e.end };
    }
    const { ops, right } = Parser.LEVELS[level]!;
    let left = this.binary(level + 1);
    for (let guard = 0; guard < 100000; guard++) {
      this.ws();
      const op = ops.find((o) => this.s.startsWith(o, this.i) && !(o === '/' && (this.s[this.i + 1] === '/' || this.s[this.i + 1] === '*')) && !(o === '+' && this.s[this.i + 1] === '+') && !(o === '-' && this.s[this.i + 1] === '>') && !(o === '<' && /[A-Za-z]/.test(this.s[this.i + 1] ?? '') && this.s.indexOf('>', this.i) > 0 && matchAt(SEARCH_PATH, this.s, this.i) !== null));
      if (!op) return left;
      this.i += op.length;
      const r = right ? this.binary(level) : this.binary(level + 1);
      left = { type: 'binop', op, left, right: r, start: left.start, end: r.end };
      if (right) return left;
    }
    return left;
  }

  private unary(): NixNode {
    this.ws();
    if (this.s[this.i] === '-' && this.s[this.i + 1] !== '>') {
      const start = this.i;
      this.i++;
      const e = this.unary();
      return { type: 'unop', op: '-', expr: e, start, end: e.end };
    }
    const e = this.application();
    if (this.peek('?') ) {
      this.i++;
      const path = this.attrPath();
      const last = path[path.length - 1];
      return { type: 'binop', op: '?', left: e, right: { type: 'ident', name: path.map((k) => k.name ?? '').join('.'), start: path[0]?.start ?? this.i, end: last?.end ?? this.i }, start: e.start, end: last?.end ?? this.i };
    }
    return e;
  }

  private application(): NixNode {
    const fn = this.select();
    const args: NixNode[] = [];
    for (let guard = 0; guard < 100000 && this.startsPrimary(); guard++) args.push(this.select());
    if (!args.length) return fn;
    return { type: 'apply', fn, args, start: fn.start, end: args[args.length - 1]!.end };
  }

  private startsPrimary(): boolean {
    this.ws();
    const c = this.s[this.i];
    if (c === undefined) return false;
    if (c === '"' || c === '(' || c === '[' || c === '{' || /[0-9]/.test(c)) return true;
    if (c === "'" && this.s[this.i + 1] === "'") return true;
    if (c === '.' && (this.s[this.i + 1] === '/' || (this.s[this.i + 1] === '.' && this.s[this.i + 2] === '/'))) return true;
    if (c === '/' && PATH_CHAR.test(this.s[this.i + 1] ?? '') && this.s[this.i + 1] !== '/') return true;
    if (c === '~' && this.s[this.i + 1] === '/') return true;
    if (c === '<' && matchAt(SEARCH_PATH, this.s, this.i) !== null) return true;
    const id = this.peekIdent();
    return id !== null && !KEYWORDS.has(id);
  }

  private select(): NixNode {
    const e = this.primary();
    if (this.s[this.afterWs(this.i)] === '.' && this.s[this.afterWs(this.i) + 1] !== '.') {
      this.ws();
      this.i++;
      const path = this.attrPath();
      let fallback: NixNode | null = null;
      if (this.keyword('or')) fallback = this.select();
      const last = path[path.length - 1];
      return { type: 'select', expr: e, path, fallback, start: e.start, end: fallback?.end ?? last?.end ?? this.i };
    }
    return e;
  }

  private attrPath(): AttrKey[] {
    const path: AttrKey[] = [this.attrKey()];
    for (let guard = 0; guard < 1000; guard++) {
      if (this.s[this.afterWs(this.i)] !== '.') break;
      this.ws();
      this.i++;
      path.push(this.attrKey());
    }
    return path;
  }

  private attrKey(): AttrKey {
    this.ws();
    const start = this.i;
    if (this.s[this.i] === '"') {
      const str = this.string();
      const name = str.type === 'string' && str.parts.every((p) => p.kind === 'lit') ? str.parts.map((p) => (p.kind === 'lit' ? p.text : '')).join('') : null;
      return { name, start, end: this.i };
    }
    if (this.s.startsWith('${', this.i)) {
      this.i += 2;
      this.expr();
      this.expect('}');
      return { name: null, start, end: this.i };
    }
    const id = this.ident();
    return { name: id, start, end: start + id.length };
  }

  private primary(): NixNode {
    this.ws();
    const s = this.s;
    const start = this.i;
    const c = s[this.i];
    if (c === undefined) throw new Fail(this.i, 'unexpected end of file');
    if (c === '"' || (c === "'" && s[this.i + 1] === "'")) return this.string();
    if (c === '(') {
      this.i++;
      const e = this.expr();
      this.expect(')');
      return { ...e, start, end: this.i };
    }
    if (c === '[') {
      // List items are parsed by select(), not expr(): count the nesting here too.
      if (++this.depth > 200) throw new Fail(this.i, 'expression nested too deeply');
      try {
        this.i++;
        const items: NixNode[] = [];
        for (let guard = 0; guard < 100000; guard++) {
          if (this.eat(']')) return { type: 'list', items, start, end: this.i };
          if (!this.startsPrimary()) throw new Fail(this.i, 'expected "]"');
          items.push(this.select());
        }
        throw new Fail(this.i, 'list too long');
      } finally {
        this.depth--;
      }
    }
    if (c === '{') {
      this.i++;
      const bindings = this.bindings('}');
      this.expect('}');
      return { type: 'attrs', rec: false, bindings, start, end: this.i };
    }
    if (/[0-9]/.test(c)) {
      const m = matchAt(NUMBER, s, this.i) ?? '0';
      this.i += Math.max(1, m.length);
      return m.includes('.') ? { type: 'float', value: Number(m), start, end: this.i } : { type: 'int', value: Number(m), start, end: this.i };
    }
    if (c === '<') {
      const m = matchAt(SEARCH_PATH, s, this.i);
      if (m) {
        this.i += m.length;
        return { type: 'path', text: m, start, end: this.i };
      }
    }
    if (c === '.' || c === '/' || c === '~') {
      let j = this.i;
      while (j < s.length && PATH_CHAR.test(s[j]!)) j++;
      if (c === '~') j = Math.max(j, this.i + 2);
      if (j > this.i + 1 || c !== '.') {
        this.i = j;
        while (s.startsWith('${', this.i)) {
          this.i += 2;
          this.expr();
          this.expect('}');
          while (this.i < s.length && PATH_CHAR.test(s[this.i]!)) this.i++;
        }
        return { type: 'path', text: s.slice(start, this.i), start, end: this.i };
      }
    }
    const id = this.peekIdent();
    if (id === 'rec' && this.s[this.afterWs(this.i + 3)] === '{') {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings('}');
      this.expect('}');
      return { type: 'attrs', rec: true, bindings, start, end: this.i };
    }
    if (id === 'let' && this.s[this.afterWs(this.i + 3)] === '{') {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings('}');
      this.expect('}');
      return { type: 'attrs', rec: true, bindings, start, end: this.i };
    }
    if (id && !KEYWORDS.has(id)) {
      // A URI such as https://example.org is a string in Nix.
      const uri = s[this.i + id.length] === ':' ? matchAt(URI, s, this.i) : null;
      if (uri && uri.length > id.length + 1) {
        this.i += uri.length;
        return { type: 'string', parts: [{ kind: 'lit', text: uri, offsets: range(start, uri.length) }], indented: false, start, end: this.i };
      }
      this.i += id.length;
      return { type: 'ident', name: id, start, end: this.i };
    }
    throw new Fail(this.i, `unexpected "${s.slice(this.i, this.i + 12).split('\n')[0]}"`);
  }

  /** Bindings until `close` (`}` or `in`); a broken binding is skipped to its `;`. */
  private bindings(close: string): Binding[] {
    const out: Binding[] = [];
    for (let guard = 0; guard < 100000; guard++) {
      this.ws();
      if (this.i >= this.s.length) return out;
      if (close === '}' ? this.s[this.i] === '}' : this.peekIdent() === 'in') return out;
      const start = this.i;
      try {
        if (this.keyword('inherit')) {
          let from: NixNode | null = null;
          if (this.peek('(')) {
            this.i++;
            from = this.expr();
            this.expect(')');
          }
          const names: AttrKey[] = [];
          while (!this.peek(';') && this.i < this.s.length) names.push(this.attrKey());
          this.expect(';');
          out.push({ kind: 'inherit', names, from, start, end: this.i });
          continue;
        }
        const path = this.attrPath();
        this.expect('=');
        const value = this.expr();
        this.expect(';');
        out.push({ kind: 'attr', path, value, start, end: this.i });
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.problems.push({ start: e.at, end: Math.min(this.s.length, e.at + 1), message: e.message });
        this.recover(start);
      }
    }
    return out;
  }

  /** Skips to just after the next `;` at this nesting level (or before a closing `}`). */
  private recover(from: number): void {
    const s = this.s;
    let depth = 0;
    let j = Math.max(from, this.i);
    if (j === from) j++;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === '{' || c === '(' || c === '[') depth++;
      else if (c === '}' || c === ')' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (c === ';' && depth === 0) {
        j++;
        break;
      } else if (c === '"') {
        j++;
        while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      }
    }
    this.i = Math.min(j, s.length);
  }

  // ---- strings

  private string(): NixNode {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === '"') {
      this.i++;
      const parts: StrPart[] = [];
      let text = '';
      let offs: number[] = [];
      const flush = () => {
        if (text) parts.push({ kind: 'lit', text, offsets: offs });
        text = '';
        offs = [];
      };
      for (;;) {
        const c = s[this.i];
        if (c === undefined) throw new Fail(start, 'unterminated string');
        if (c === '"') {
          this.i++;
          break;
        }
        if (c === '\\') {
          const n = s[this.i + 1];
          if (n === undefined) throw new Fail(start, 'unterminated string');
          text += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
          offs.push(this.i + 1);
          this.i += 2;
          continue;
        }
        if (c === '$' && s[this.i + 1] === '$' && s[this.i + 2] === '{') {
          text += '$${';
          offs.push(this.i, this.i + 1, this.i + 2);
          this.i += 3;
          continue;
        }
        if (c === '$' && s[this.i + 1] === '{') {
          flush();
          parts.push(this.interp());
          continue;
        }
        text += c;
        offs.push(this.i);
        this.i++;
      }
      flush();
      return { type: 'string', parts, indented: false, start, end: this.i };
    }
    // Indented string.
    this.i += 2;
    type El = { ch: string; off: number; esc: boolean } | { interp: StrPart & { kind: 'interp' } };
    const els: El[] = [];
    for (;;) {
      const c = s[this.i];
      if (c === undefined) throw new Fail(start, 'unterminated indented string');
      if (c === "'" && s[this.i + 1] === "'") {
        const n = s[this.i + 2];
        if (n === "'") {
          els.push({ ch: "'", off: this.i, esc: true }, { ch: "'", off: this.i + 1, esc: true });
          this.i += 3;
          continue;
        }
        if (n === '$') {
          els.push({ ch: '$', off: this.i + 2, esc: true });
          this.i += 3;
          continue;
        }
        if (n === '\\') {
          const e = s[this.i + 3];
          if (e === undefined) throw new Fail(start, 'unterminated indented string');
          els.push({ ch: e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e, off: this.i + 3, esc: true });
          this.i += 4;
          continue;
        }
        this.i += 2;
        break;
      }
      if (c === '$' && s[this.i + 1] === '{') {
        els.push({ interp: this.interp() });
        continue;
      }
      if (c === '$' && s[this.i + 1] === '$' && s[this.i + 2] === '{') {
        els.push({ ch: '$', off: this.i, esc: true }, { ch: '$', off: this.i + 1, esc: true }, { ch: '{', off: this.i + 2, esc: true });
        this.i += 3;
        continue;
      }
      els.push({ ch: c, off: this.i, esc: false });
      this.i++;
    }
    // Strip the common indentation of non-blank lines, the first line if blank, and the blanks
    // of the last line.
    const lines: El[][] = [[]];
    for (const e of els) {
      lines[lines.length - 1]!.push(e);
      if ('ch' in e && e.ch === '\n' && !e.esc) lines.push([]);
    }
    const isSpace = (e: El) => 'ch' in e && e.ch === ' ' && !e.esc;
    const isBlank = (l: El[]) => l.every((e) => isSpace(e) || ('ch' in e && e.ch === '\n' && !e.esc));
    let min = Infinity;
    for (const l of lines) {
      if (isBlank(l)) continue;
      let n = 0;
      while (n < l.length && isSpace(l[n]!)) n++;
      min = Math.min(min, n);
    }
    if (!Number.isFinite(min)) min = 0;
    const kept: El[] = [];
    lines.forEach((l, k) => {
      if (k === 0 && isBlank(l) && lines.length > 1) return;
      let n = 0;
      while (n < min && n < l.length && isSpace(l[n]!)) n++;
      let rest = l.slice(n);
      if (k === lines.length - 1 && rest.every(isSpace)) rest = [];
      for (const item of rest) kept.push(item);
    });
    const parts: StrPart[] = [];
    let text = '';
    let offs: number[] = [];
    for (const e of kept) {
      if ('interp' in e) {
        if (text) parts.push({ kind: 'lit', text, offsets: offs });
        text = '';
        offs = [];
        parts.push(e.interp);
      } else {
        text += e.ch;
        offs.push(e.off);
      }
    }
    if (text) parts.push({ kind: 'lit', text, offsets: offs });
    return { type: 'string', parts, indented: true, start, end: this.i };
  }

  private interp(): StrPart & { kind: 'interp' } {
    const start = this.i;
    this.i += 2;
    const expr = this.expr();
    this.expect('}');
    return { kind: 'interp', expr, start, end: this.i };
  }
}

function range(start: number, n: number): number[] {
  const a: number[] = [];
  for (let k = 0; k < n; k++) a.push(start + k);
  return a;
}

/** The literal text of a string node, or null when it has antiquotations. */
export function stringValue(n: NixNode): string | null {
  if (n.type !== 'string') return null;
  let out = '';
  for (const p of n.parts) {
    if (p.kind !== 'lit') return null;
    out += p.text;
  }
  return out;
}
