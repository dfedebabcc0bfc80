import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/lint/parse/env.ts
var TEMPLATE_RE = /\{\{|\{%|<%|\$\{|\$\(|\$[A-Za-z_]/;
var TEMPLATE_FILE_RE = /(\.j2|\.jinja2?|\.tpl|\.tmpl|\.template|\.sample|\.example|\.dist|\.erb|\.gotmpl)$/i;
function isEnvTemplateFile(path) {
  return TEMPLATE_FILE_RE.test(path);
}
function parseEnv(file) {
  const text = file.text;
  const entries = [];
  const problems = [];
  let pos = 0;
  let line = 0;
  while (pos <= text.length) {
    line++;
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    const lineStart = pos;
    const raw = text.slice(pos, eol);
    pos = eol + 1;
    const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.]*)(\s*)=/.exec(raw);
    const trimmed = raw.trim();
    if (!m) {
      if (trimmed && !trimmed.startsWith("#") && !/^\{[{%#]/.test(trimmed)) {
        problems.push({ span: file.span(lineStart, lineStart + raw.replace(/\r$/, "").length), message: "not a KEY=value line" });
      }
      if (eol === text.length) break;
      continue;
    }
    const keyStart = lineStart + m[1].length + (m[2]?.length ?? 0);
    const key = m[3];
    let vStart = lineStart + m[0].length;
    while (text[vStart] === " " || text[vStart] === "	") vStart++;
    let value;
    let vEnd;
    let quote = null;
    const q = text[vStart];
    if (q === '"' || q === "'") {
      quote = q;
      let k = vStart + 1;
      let out = "";
      let closed = false;
      while (k < text.length) {
        const c = text[k];
        if (c === q) {
          closed = true;
          break;
        }
        if (c === "\\" && q === '"' && k + 1 < text.length) {
          const n = text[k + 1];
          out += n === "n" ? "\n" : n === "t" ? "	" : n;
          k += 2;
          continue;
        }
        out += c;
        k++;
      }
      if (!closed) {
        problems.push({ span: file.span(vStart, eol), message: `unterminated ${q === '"' ? "double" : "single"} quote` });
        value = text.slice(vStart + 1, eol).replace(/\r$/, "");
        vEnd = eol;
      } else {
        value = out;
        vEnd = k + 1;
        const nl = text.indexOf("\n", vEnd);
        const consumed = text.slice(eol, vEnd).split("\n").length - 1;
        line += consumed;
        pos = nl === -1 ? text.length + 1 : nl + 1;
        if (nl === -1) eol = text.length;
      }
    } else {
      let k = vStart;
      while (k < eol && text[k] !== "#") k++;
      if (k < eol && k > vStart && text[k - 1] !== " " && text[k - 1] !== "	") {
        problems.push({
          span: file.span(k, eol),
          message: `dotenv cuts this value at "#" and reads the rest as a comment, so ${key} gets only the part before it; quote the value`
        });
      }
      let e = k;
      while (e > vStart && /\s/.test(text[e - 1])) e--;
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
      line
    });
    if (pos > text.length) break;
  }
  return { file, entries, problems, isTemplate: isEnvTemplateFile(file.path), byKey: indexEntries(entries), origin: "file" };
}
function indexEntries(entries) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const list = byKey.get(e.key);
    if (list) list.push(e);
    else byKey.set(e.key, [e]);
  }
  return byKey;
}
function envGet(env, key) {
  const list = env.byKey.get(key);
  return list?.[list.length - 1];
}

export {
  parseEnv,
  indexEntries,
  envGet
};
