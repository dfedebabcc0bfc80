import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/live/redact.ts
function redact(s) {
  return s.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, "$1***@").replace(/(password|passwd|secret|token)=\S+/gi, "$1=***");
}
function withoutSecrets(s, secrets, mask = "***", minLength = 4) {
  let out = s;
  for (const v of secrets) if (v.length >= minLength) out = out.split(v).join(mask);
  return out;
}
function redactDeep(v, f = redact, maxDepth = 32) {
  const walk = (x, depth) => {
    if (typeof x === "string") return f(x);
    if (depth > maxDepth || x === null || typeof x !== "object") return x;
    if (Array.isArray(x)) return x.map((y) => walk(y, depth + 1));
    return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, walk(y, depth + 1)]));
  };
  return walk(v, 0);
}
function redactReport(r) {
  return redactDeep(r);
}

export {
  redact,
  withoutSecrets,
  redactDeep,
  redactReport
};
