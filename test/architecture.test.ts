// The layering style.md asks for, checked on every import: the linter never reaches for live
// connections, the engine never knows Slack, and the bot sees the engine only through src/api.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...files(rel));
    else if (name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Every module specifier a file imports, statically or with import(). */
function imports(rel: string): string[] {
  const text = readFileSync(join(ROOT, rel), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) out.push((m[1] ?? m[2])!);
  return out;
}

function violations(dir: string, bad: (spec: string, file: string) => boolean): string[] {
  return files(dir).flatMap((f) => imports(f).filter((s) => bad(s, f)).map((s) => `${f} imports ${s}`));
}

test('src/lint never imports pg, ioredis, ssh2, the AWS SDK or Slack', () => {
  assert.deepEqual(violations('src/lint', (s) => /^(pg|ioredis|ssh2|@aws-sdk\/|@slack\/)/.test(s)), []);
});

test('the engine (src/) never imports bot/ or Slack, except the CLI entry points that start the bot', () => {
  const allowed = new Set(['src/cli/bot.ts', 'src/cli/audit.ts']);
  assert.deepEqual(
    violations('src', (s, f) => !allowed.has(f) && (/^@slack\//.test(s) || /(^|\/)bot\//.test(s))),
    [],
  );
});

test('bot/ uses the engine only through src/api.ts', () => {
  assert.deepEqual(
    violations('bot', (s, f) => {
      if (!s.startsWith('.')) return false;
      const target = relative(ROOT, join(ROOT, f, '..', s));
      return target.startsWith('src/') && target !== 'src/api.ts';
    }),
    [],
  );
});

test('the Action entry only calls run()', () => {
  const text = readFileSync(join(ROOT, 'src/index.ts'), 'utf8').replace(/\/\/.*$/gm, '').trim();
  assert.match(text, /^import \{ run \} from '\.\/main\.ts';\s*await run\(\);$/);
});
