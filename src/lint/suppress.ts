// Suppressions: inline `# mastodon-ops: ignore[MSTDN101,MSTDN102] reason` on the finding's line or
// the line above, file-wide `# mastodon-ops: ignore-file[MSTDN208] reason`, and config
// `rules.<ID>.ignore: [path, path:line, path:line:col]`. `mastodon-lint:` is accepted as an alias.

import type { Finding } from './findings.ts';
import type { LintSettings } from './config.ts';
import type { SourceFile } from './source.ts';

const INLINE = /#\s*mastodon-(?:ops|lint):\s*ignore(-file)?\[([^\]]*)\]/g;

export interface FileSuppressions {
  /** line → rule ids ignored on that line and the next. */
  lines: Map<number, Set<string>>;
  file: Set<string>;
}

export function scanSuppressions(file: SourceFile): FileSuppressions {
  const out: FileSuppressions = { lines: new Map(), file: new Set() };
  const text = file.text;
  if (!text.includes('mastodon-ops:') && !text.includes('mastodon-lint:')) return out;
  for (const m of text.matchAll(INLINE)) {
    const ids = m[2]!.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    if (m[1]) {
      for (const id of ids) out.file.add(id);
      continue;
    }
    const line = file.position(m.index ?? 0).line;
    const set = out.lines.get(line) ?? new Set<string>();
    for (const id of ids) set.add(id);
    out.lines.set(line, set);
  }
  return out;
}

function matches(set: Set<string> | undefined, id: string): boolean {
  return Boolean(set && (set.has(id) || set.has('ALL') || set.has('*')));
}

export function inlineSuppressed(f: Finding, s: FileSuppressions | undefined): boolean {
  if (!s) return false;
  if (matches(s.file, f.ruleId)) return true;
  const { line } = f.span.start;
  return matches(s.lines.get(line), f.ruleId) || matches(s.lines.get(line - 1), f.ruleId) || matches(s.lines.get(f.span.end.line), f.ruleId);
}

function globToRegExp(glob: string): RegExp {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\/?/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\u0000/g, '.*');
  return new RegExp(`^${re}(/.*)?$`);
}

/** `path`, `path:line` or `path:line:col`; path may be a glob or a directory. */
export function configSuppressed(f: Finding, settings: LintSettings): boolean {
  const rule = settings.rules.get(f.ruleId);
  if (!rule || rule.ignore.length === 0) return false;
  for (const entry of rule.ignore) {
    const m = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(entry);
    if (!m) continue;
    const [, path, line, col] = m;
    if (!globToRegExp(path!.replace(/\/$/, '')).test(f.span.file)) continue;
    if (line && Number(line) !== f.span.start.line) continue;
    if (col && Number(col) !== f.span.start.column) continue;
    return true;
  }
  return false;
}
