// Finds the files to lint: recursive, dotfiles included, `.git` and `node_modules` skipped,
// `.gitignore` honoured inside git work trees. Binary, unreadable and huge files are skipped
// with a notice; invalid UTF-8 is read with replacement characters (and noticed).

import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Notice } from './findings.ts';
import { SourceFile } from './source.ts';
import { UsageError } from './errors.ts';

export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.venv', '__pycache__']);

export interface DiscoverResult {
  root: string;
  /** Relative paths (forward slashes) with absolute paths, in a stable order. */
  files: { rel: string; abs: string }[];
  notices: Notice[];
}

function toRel(root: string, abs: string): string {
  const r = relative(root, abs);
  return sep === '/' ? r : r.split(sep).join('/');
}

function inGitWorkTree(dir: string): boolean {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, '.git'))) return true;
    const up = dirname(d);
    if (up === d) return false;
    d = up;
  }
}

/** Walks `paths` (files or directories). `root` is what paths are made relative to. */
export function discover(paths: string[], root: string): DiscoverResult {
  const files: DiscoverResult['files'] = [];
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isFile()) {
      if (!seen.has(abs)) {
        seen.add(abs);
        files.push({ rel: toRel(root, abs) || abs, abs });
      }
      continue;
    }
    const git = inGitWorkTree(abs);
    walk(abs, toRel(root, abs), root, git ? [] : null, files, notices, seen);
  }
  return { root, files, notices };
}

interface Scope {
  /** The directory holding the .gitignore, with a trailing separator. */
  prefix: string;
  ig: Ignore;
}

/** `dir` joined with an entry name: what `join` returns for a name from readdir, without its normalising. */
function child(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** `relative(root, dir)` is only extended by `/name` while `dir` is inside `root`. */
function inside(relDir: string): boolean {
  return relDir === '' || !(relDir.startsWith('..') || isAbsolute(relDir));
}

// `relDir` is toRel(root, dir). Paths are built by appending names rather than with relative() and
// join() per entry (most of the walk's cost on a 10,000-file tree); the result is the same.
function walk(dir: string, relDir: string, root: string, scopes: Scope[] | null, out: DiscoverResult['files'], notices: Notice[], seen: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    notices.push({ file: toRel(root, dir) || '.', message: `skipped: directory cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  let localScopes = scopes;
  if (scopes) {
    const gi = join(dir, '.gitignore');
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        localScopes = [...scopes, { prefix: child(dir, ''), ig: ignore().add(readFileSync(gi, 'utf8')) }];
      } catch {
        /* an unreadable .gitignore ignores nothing */
      }
    }
  }
  const fast = inside(relDir);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = child(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue;
      if (localScopes && ignored(localScopes, abs, true)) continue;
      walk(abs, fast ? (relDir ? `${relDir}/${e.name}` : e.name) : toRel(root, abs), root, localScopes, out, notices, seen);
    } else if (e.isFile()) {
      if (localScopes && ignored(localScopes, abs, false)) continue;
      if (seen.has(abs)) continue;
      seen.add(abs);
      out.push({ rel: fast ? (relDir ? `${relDir}/${e.name}` : e.name) : toRel(root, abs), abs });
    }
    // Symlinks are not followed: they may point outside the repo or loop.
  }
}

/** `abs` is below every scope's directory (scopes are its ancestors' .gitignore files). */
function ignored(scopes: Scope[], abs: string, isDir: boolean): boolean {
  for (const s of scopes) {
    const tail = abs.slice(s.prefix.length);
    const r = sep === '/' ? tail : tail.split(sep).join('/');
    if (!r || r.startsWith('..')) continue;
    if (s.ig.ignores(isDir ? `${r}/` : r)) return true;
  }
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: false });
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file for linting, or returns a notice. `want` lets the caller skip the full read of
 * files whose head shows they cannot matter (the cheap pre-filter that keeps big repos fast).
 */
export function readSource(rel: string, abs: string): { file?: SourceFile; notice?: Notice } {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO (a systemd partner unit, an nginx include) must not wait for a
    // writer; it has no effect on regular files.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (st.isDirectory()) return { notice: { file: rel, message: 'skipped: cannot be read (EISDIR)' } };
    if (!st.isFile()) return { notice: { file: rel, message: 'skipped: not a regular file' } };
    const size = st.size;
    if (size > MAX_FILE_BYTES) {
      return { notice: { file: rel, message: `skipped: ${(size / 1048576).toFixed(1)} MiB is over the ${MAX_FILE_BYTES / 1048576} MiB limit` } };
    }
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const data = buf.subarray(0, got);
    if (data.subarray(0, 8000).includes(0)) return { notice: { file: rel, message: 'skipped: binary file' } };
    let text: string;
    let notice: Notice | undefined;
    try {
      text = strictDecoder.decode(data);
    } catch {
      text = decoder.decode(data);
      notice = { file: rel, message: 'not valid UTF-8: read with replacement characters' };
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { file: new SourceFile(rel, text, abs), notice };
  } catch (e) {
    return { notice: { file: rel, message: `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
