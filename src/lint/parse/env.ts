// `.env.production` as Mastodon's dotenv reads it: `KEY=value`, optional `export `, single quotes
// (literal), double quotes (escapes), `#` comments (inline only after whitespace on unquoted
// values), blank values. Template markup (`{{ }}`, `{% %}`, `<%= %>`, `${VAR}`, `$(...)`) makes a
// value unknown: never a secret, never a typo.

import type { SourceFile, Span } from '../source.ts';

export interface EnvEntry {
  key: string;
  keySpan: Span;
  /** The value after quote removal (template markup kept verbatim). */
  value: string;
  valueSpan: Span;
  /** Key through end of value. */
  span: Span;
  quote: '"' | "'" | null;
  exported: boolean;
  /** The value holds template markup or a variable, so its real value is unknown here. */
  template: boolean;
  line: number;
}

export interface EnvFile {
  file: SourceFile;
  entries: EnvEntry[];
  problems: { span: Span; message: string }[];
  /** A template or sample (`.j2`, `.sample`, `.example`, `.tpl`): values are placeholders. */
  isTemplate: boolean;
  /** `file`: a real env file. `helm`: env that Helm values render (mastodon.s3.*, extraEnvVars). */
  origin: 'file' | 'helm';
  /** Every entry for a key, in file order (see MSTDN211). */
  byKey: Map<string, EnvEntry[]>;
}

const TEMPLATE_RE = /\{\{|\{%|<%|\$\{|\$\(|\$[A-Za-z_]/;
const TEMPLATE_FILE_RE = /(\.j2|\.jinja2?|\.tpl|\.tmpl|\.template|\.sample|\.example|\.dist|\.erb|\.gotmpl)$/i;

export function isEnvTemplateFile(path: string): boolean {
  return TEMPLATE_FILE_RE.test(path);
}

export function parseEnv(file: SourceFile): EnvFile {
  const text = file.text;
  const entries: EnvEntry[] = [];
  const problems: EnvFile['problems'] = [];
  let pos = 0;
  let line = 0;
  while (pos <= text.length) {
    line++;
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const lineStart = pos;
    const raw = text.slice(pos, eol);
    pos = eol + 1;
    const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.]*)(\s*)=/.exec(raw);
    const trimmed = raw.trim();
    if (!m) {
      if (trimmed && !trimmed.startsWith('#') && !/^\{[{%#]/.test(trimmed)) {
        problems.push({ span: file.span(lineStart, lineStart + raw.replace(/\r$/, '').length), message: 'not a KEY=value line' });
      }
      if (eol === text.length) break;
      continue;
    }
    const keyStart = lineStart + m[1]!.length + (m[2]?.length ?? 0);
    const key = m[3]!;
    let vStart = lineStart + m[0].length;
    while (text[vStart] === ' ' || text[vStart] === '\t') vStart++;
    let value: string;
    let vEnd: number;
    let quote: EnvEntry['quote'] = null;
    const q = text[vStart];
    if (q === '"' || q === "'") {
      quote = q;
      // Quoted values may span lines (dotenv allows multi-line double-quoted values).
      let k = vStart + 1;
      let out = '';
      let closed = false;
      while (k < text.length) {
        const c = text[k]!;
        if (c === q) {
          closed = true;
          break;
        }
        if (c === '\\' && q === '"' && k + 1 < text.length) {
          const n = text[k + 1]!;
          out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
          k += 2;
          continue;
        }
        out += c;
        k++;
      }
      if (!closed) {
        problems.push({ span: file.span(vStart, eol), message: `unterminated ${q === '"' ? 'double' : 'single'} quote` });
        value = text.slice(vStart + 1, eol).replace(/\r$/, '');
        vEnd = eol;
      } else {
        value = out;
        vEnd = k + 1;
        // Skip to the end of the (possibly later) line the quote closed on.
        const nl = text.indexOf('\n', vEnd);
        const consumed = text.slice(eol, vEnd).split('\n').length - 1;
        line += consumed;
        pos = nl === -1 ? text.length + 1 : nl + 1;
        if (nl === -1) eol = text.length;
      }
    } else {
      // dotenv (Ruby and Node) reads an unquoted value up to the first `#`, wherever it is.
      let k = vStart;
      while (k < eol && text[k] !== '#') k++;
      if (k < eol && k > vStart && text[k - 1] !== ' ' && text[k - 1] !== '\t') {
        problems.push({
          span: file.span(k, eol),
          message: `dotenv cuts this value at "#" and reads the rest as a comment, so ${key} gets only the part before it; quote the value`,
        });
      }
      let e = k;
      while (e > vStart && /\s/.test(text[e - 1]!)) e--;
      value = text.slice(vStart, e);
      vEnd = e;
    }
    entries.push({
      key,
      keySpan: file.span(keyStart, keyStart + key.length),
      value,
      valueSpan: file.span(vStart, vEnd),
      span: file.span(keyStart, Math.max(vEnd, keyStart + key.length + 1)),
      quote,
      exported: Boolean(m[2]),
      template: quote !== "'" && TEMPLATE_RE.test(value),
      line,
    });
    if (pos > text.length) break;
  }
  return { file, entries, problems, isTemplate: isEnvTemplateFile(file.path), byKey: indexEntries(entries), origin: 'file' };
}

export function indexEntries(entries: EnvEntry[]): Map<string, EnvEntry[]> {
  const byKey = new Map<string, EnvEntry[]>();
  for (const e of entries) {
    const list = byKey.get(e.key);
    if (list) list.push(e);
    else byKey.set(e.key, [e]);
  }
  return byKey;
}

/** The value dotenv uses for `key`: its parser fills a hash, so the last definition in the file wins. */
export function envGet(env: EnvFile, key: string): EnvEntry | undefined {
  const list = env.byKey.get(key);
  return list?.[list.length - 1];
}
