// A file as the linter sees it: its text, its path relative to the linted root, and a way to turn
// offsets into the 1-based line/column positions every finding carries.

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what SARIF and GitHub annotations expect). */
  column: number;
  /** 0-based offset into the file's text. */
  offset: number;
}

export interface Span {
  /** Path relative to the linted root, with forward slashes. */
  file: string;
  start: Position;
  /** Exclusive end. */
  end: Position;
}

export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(
    /** Path relative to the linted root, forward slashes. */
    readonly path: string,
    readonly text: string,
    /** Absolute path on disk, when the file came from disk. */
    readonly absPath?: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    let i = t.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = t.indexOf('\n', i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1, offset: o };
  }

  span(start: number, end: number): Span {
    return { file: this.path, start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of the first character of a 1-based line. */
  lineOffset(line: number): number {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const starts = this.starts();
    const s = starts[line - 1];
    if (s === undefined) return '';
    const e = starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.starts().length;
  }
}

export function spanLength(span: Span): number {
  return span.end.offset - span.start.offset;
}

/** A repo-relative path with `.`, `..` and empty segments resolved; never climbs above the root. */
export function normalizeRepoPath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}
