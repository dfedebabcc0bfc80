import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/lint/source.ts
var SourceFile = class {
  constructor(path, text, absPath) {
    this.path = path;
    this.text = text;
    this.absPath = absPath;
  }
  path;
  text;
  absPath;
  lineStarts;
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    let i = t.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = t.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1, offset: o };
  }
  span(start, end) {
    return { file: this.path, start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** Offset of the first character of a 1-based line. */
  lineOffset(line) {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  }
  /** The text of a 1-based line, without its newline. */
  lineText(line) {
    const starts = this.starts();
    const s = starts[line - 1];
    if (s === void 0) return "";
    const e = starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1).replace(/\r$/, "");
  }
  get lineCount() {
    return this.starts().length;
  }
};
function normalizeRepoPath(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

export {
  SourceFile,
  normalizeRepoPath
};
