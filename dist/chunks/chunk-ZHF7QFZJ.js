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

// src/lint/iac/bucket.ts
function newBucketConfig(init) {
  return { ...init, ownership: null, publicAccessBlock: null, lifecycleRules: [], policy: null, acl: null, documents: [] };
}
var OWNERSHIP = ["BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"];
function ownershipValue(v) {
  return v !== null && OWNERSHIP.includes(v) ? v : "unknown";
}
function actionMatches(pattern, action) {
  const re = new RegExp(
    `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`,
    "i"
  );
  return re.test(action);
}
function isPublicAcl(v) {
  return /^(public-read|public-read-write|PublicRead|PublicReadWrite)$/.test(v);
}

// src/lint/iac/doc.ts
function get(node, key) {
  if (!node || node.kind !== "map") return null;
  let found = null;
  for (const e of node.entries) if (e.key === key) found = e.value;
  return found;
}
function entry(node, key) {
  if (!node || node.kind !== "map") return null;
  let found = null;
  for (const e of node.entries) if (e.key === key) found = e;
  return found;
}
function has(node, key) {
  return entry(node, key) !== null;
}
function str(node) {
  if (!node || node.kind !== "scalar" || node.value === null) return null;
  return String(node.value);
}
function bool(node) {
  if (!node || node.kind !== "scalar") return null;
  if (typeof node.value === "boolean") return node.value;
  if (node.value === "true" || node.value === "True") return true;
  if (node.value === "false" || node.value === "False") return false;
  return null;
}
function num(node) {
  if (!node || node.kind !== "scalar") return null;
  if (typeof node.value === "number") return node.value;
  if (typeof node.value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return null;
}
function items(node) {
  if (!node) return [];
  return node.kind === "seq" ? node.items : [node];
}
var MAX_JSON_DEPTH = 256;
function parseJson(file, text, base = 0) {
  const sp = (s, e) => file.span(base + s, base + e);
  const stack = [];
  let root = null;
  let i = 0;
  const n = text.length;
  const fail = (start, end, message) => ({
    node: null,
    error: { start: base + start, end: base + Math.max(end, start), message }
  });
  const skip = () => {
    for (; ; ) {
      while (i < n && /\s/.test(text[i] ?? "")) i++;
      if (text.startsWith("//", i)) {
        const e = text.indexOf("\n", i);
        i = e === -1 ? n : e + 1;
        continue;
      }
      if (text.startsWith("/*", i)) {
        const e = text.indexOf("*/", i + 2);
        if (e === -1) return "unterminated comment";
        i = e + 2;
        continue;
      }
      return null;
    }
  };
  const readString = () => {
    let out = "";
    let k = i + 1;
    while (k < n) {
      const c = text[k] ?? "";
      if (c === '"') return { text: out, end: k + 1 };
      if (c === "\n") return { error: "unterminated string", end: k };
      if (c === "\\") {
        const e = text[k + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e !== void 0 && e in simple) {
          out += simple[e];
          k += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
          out += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16));
          k += 6;
          continue;
        }
        return { error: "invalid escape in string", end: k + 2 };
      }
      out += c;
      k++;
    }
    return { error: "unterminated string", end: n };
  };
  const push = (v) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v;
      return;
    }
    if (top.kind === "seq") {
      top.items.push(v);
      top.state = "comma";
    } else if (top.key) {
      top.entries.push({ key: top.key.text, keySpan: sp(top.key.start, top.key.end), value: v });
      top.key = null;
      top.state = "comma";
    }
  };
  for (; ; ) {
    const c0 = skip();
    if (c0) return fail(i, n, c0);
    const top = stack[stack.length - 1];
    if (!top && root) {
      if (i < n) return fail(i, i + 1, "unexpected text after the JSON value");
      return { node: root, error: null };
    }
    if (i >= n) return fail(n, n, top ? `unexpected end of input: "${top.kind === "map" ? "}" : "]"}" expected` : "empty document");
    const c = text[i] ?? "";
    if (top?.kind === "map" && top.state !== "value") {
      if (top.state === "key" || top.state === "comma") {
        if (c === "}") {
          i++;
          stack.pop();
          push({ kind: "map", entries: top.entries, span: sp(top.start, i) });
          continue;
        }
        if (top.state === "comma") {
          if (c !== ",") return fail(i, i + 1, 'expected "," or "}"');
          i++;
          top.state = "key";
          continue;
        }
        if (c !== '"') return fail(i, i + 1, "expected a property name in double quotes");
        const s = readString();
        if ("error" in s) return fail(i, s.end, s.error);
        top.key = { text: s.text, start: i, end: s.end };
        i = s.end;
        top.state = "colon";
        continue;
      }
      if (c !== ":") return fail(i, i + 1, 'expected ":"');
      i++;
      top.state = "value";
      continue;
    }
    if (top?.kind === "seq" && top.state === "comma") {
      if (c === "]") {
        i++;
        stack.pop();
        push({ kind: "seq", items: top.items, span: sp(top.start, i) });
        continue;
      }
      if (c !== ",") return fail(i, i + 1, 'expected "," or "]"');
      i++;
      top.state = "value";
      continue;
    }
    if (c === "]" && top?.kind === "seq") {
      i++;
      stack.pop();
      push({ kind: "seq", items: top.items, span: sp(top.start, i) });
      continue;
    }
    if ((c === "{" || c === "[") && stack.length >= MAX_JSON_DEPTH) return fail(i, i + 1, `nesting deeper than ${MAX_JSON_DEPTH} levels`);
    if (c === "{") {
      stack.push({ kind: "map", start: i, entries: [], key: null, state: "key" });
      i++;
      continue;
    }
    if (c === "[") {
      stack.push({ kind: "seq", start: i, items: [], state: "value" });
      i++;
      continue;
    }
    if (c === '"') {
      const s = readString();
      if ("error" in s) return fail(i, s.end, s.error);
      push({ kind: "scalar", value: s.text, span: sp(i, s.end) });
      i = s.end;
      continue;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return fail(i, i + 1, `unexpected character ${JSON.stringify(c)}`);
    const t = m[0];
    push({ kind: "scalar", value: t === "true" ? true : t === "false" ? false : t === "null" ? null : Number(t), span: sp(i, i + t.length) });
    i += t.length;
  }
}
function respan(n, span, depth = 0) {
  if (depth > MAX_JSON_DEPTH) return { kind: "fn", name: "too-deep", arg: null, span };
  switch (n.kind) {
    case "map":
      return { kind: "map", entries: n.entries.map((e) => ({ key: e.key, keySpan: span, value: respan(e.value, span, depth + 1) })), span };
    case "seq":
      return { kind: "seq", items: n.items.map((i) => respan(i, span, depth + 1)), span };
    case "scalar":
      return { kind: "scalar", value: n.value, span };
    case "fn":
      return { kind: "fn", name: n.name, arg: null, span };
  }
}

// src/lint/iac/policy.ts
function principalIsAnyone(p) {
  if (!p) return false;
  if (p.kind === "scalar") return p.value === "*";
  if (p.kind !== "map") return null;
  if (p.entries.some((e) => e.key === "Ref" || e.key.startsWith("Fn::"))) return null;
  const aws = get(p, "AWS");
  if (!aws) return false;
  let unknown = false;
  for (const v of items(aws)) {
    if (v.kind !== "scalar") unknown = true;
    else if (v.value === "*") return true;
  }
  return unknown ? null : false;
}
function statementFromDoc(s) {
  const effect = str(get(s, "Effect"));
  const notAction = !has(s, "Action") && has(s, "NotAction");
  const actionNode = get(s, notAction ? "NotAction" : "Action");
  const actions = [];
  let complete = actionNode !== null;
  for (const a of items(actionNode)) {
    const v = a.kind === "scalar" && typeof a.value === "string" ? a.value : null;
    if (v === null) complete = false;
    actions.push({ value: v, span: a.span });
  }
  return {
    effect: effect === "Allow" || effect === "Deny" ? effect : null,
    anyone: has(s, "NotPrincipal") ? null : principalIsAnyone(get(s, "Principal")),
    actions,
    notAction,
    conditional: has(s, "Condition"),
    actionsComplete: complete,
    span: s.span
  };
}
function policyFromDoc(doc, span = doc.span) {
  const st = get(doc, "Statement");
  const statements = [];
  let complete = st !== null && (st.kind === "seq" || st.kind === "map");
  for (const s of items(st)) {
    if (s.kind === "map") statements.push(statementFromDoc(s));
    else complete = false;
  }
  return { statements, complete, span };
}
function ownershipFromDoc(rules) {
  for (const r of items(rules)) {
    const e = entry(r, "ObjectOwnership");
    if (e) return { value: ownershipValue(e.value.kind === "scalar" ? str(e.value) : null), span: e.value.span };
  }
  return null;
}
function flag(doc, key) {
  const e = entry(doc, key);
  if (!e) return { value: false, span: null };
  return { value: bool(e.value), span: e.value.span };
}
function publicAccessBlockFromDoc(doc, span = doc.span) {
  return {
    blockPublicAcls: flag(doc, "BlockPublicAcls"),
    ignorePublicAcls: flag(doc, "IgnorePublicAcls"),
    blockPublicPolicy: flag(doc, "BlockPublicPolicy"),
    restrictPublicBuckets: flag(doc, "RestrictPublicBuckets"),
    span
  };
}
function prefixOf(node) {
  if (!node) return { prefix: "", span: null };
  return { prefix: node.kind === "scalar" ? str(node) ?? "" : null, span: node.span };
}
function lifecycleRuleFromApi(r) {
  const status = str(get(r, "Status"));
  const filter = get(r, "Filter");
  let p = prefixOf(get(r, "Prefix"));
  let tagFiltered = false;
  if (filter) {
    const and = get(filter, "And");
    p = prefixOf(get(filter, "Prefix") ?? get(and, "Prefix"));
    const tags = get(and, "Tags");
    tagFiltered = has(filter, "Tag") || tags !== null && !(tags.kind === "seq" && tags.items.length === 0);
  }
  const exp = get(r, "Expiration");
  return {
    id: str(get(r, "ID")),
    enabled: status === "Enabled" ? true : status === "Disabled" ? false : null,
    prefix: p.prefix,
    prefixSpan: p.span,
    tagFiltered,
    expiration: expirationFrom(exp, get(exp, "Days"), get(exp, "Date")),
    span: r.span
  };
}
function lifecycleRuleFromCfn(r) {
  const status = str(get(r, "Status"));
  const p = prefixOf(get(r, "Prefix"));
  const tags = get(r, "TagFilters");
  const daysNode = get(r, "ExpirationInDays");
  const dateNode = get(r, "ExpirationDate");
  return {
    id: str(get(r, "Id")),
    enabled: status === "Enabled" ? true : status === "Disabled" ? false : null,
    prefix: p.prefix,
    prefixSpan: p.span,
    tagFiltered: tags !== null && !(tags.kind === "seq" && tags.items.length === 0),
    expiration: expirationFrom(daysNode ?? dateNode, daysNode, dateNode),
    span: r.span
  };
}
function expirationFrom(exp, days, date) {
  if (!exp || !days && !date) return null;
  if (days) return { days: num(days), date: null, span: days.span };
  if (date) return { days: null, date: str(date), span: date.span };
  return null;
}

export {
  parseEnv,
  indexEntries,
  envGet,
  newBucketConfig,
  ownershipValue,
  actionMatches,
  isPublicAcl,
  get,
  entry,
  has,
  str,
  items,
  parseJson,
  respan,
  policyFromDoc,
  ownershipFromDoc,
  publicAccessBlockFromDoc,
  lifecycleRuleFromApi,
  lifecycleRuleFromCfn
};
