// Rule pages are tested against the registry (typescript-eslint's docs.test, ESLint's
// check-rule-examples): one page per rule and one rule per page, title and severity from the rule's
// metadata, fixed sections, a Bad example that triggers the rule and a Good one that does not.
// Every fenced block under Bad or Good is `<lang> file=<path>`; the blocks of one section form one
// small repo, written to a temporary directory and linted like a user's repo.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/lint/rules/index.ts';
import type { Rule } from '../src/lint/rule.ts';
import { lintTree } from './helpers/lint.ts';
import { MAIN_README_PATH, README_PATH, renderMainReadme, renderReadme } from '../scripts/rules-table.ts';

const DOCS_DIR = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const SECTIONS = ['Why', 'Bad', 'Good', 'Fix', 'References'] as const;
const PAGE_RE = /^MSTDN\d{3}\.md$/;

interface CodeBlock {
  lang: string;
  attrs: Map<string, string>;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

interface RulePage {
  title: string;
  /** Rows of the table under the title, as header → cell. */
  table: Map<string, string> | null;
  /** `## ` headings in order. */
  headings: string[];
  /** Body text and fenced blocks of each `## ` section. */
  sections: Map<string, { text: string; blocks: CodeBlock[] }>;
}

/** Enough Markdown for our fixed layout: title, one table, `## ` sections, fenced blocks. */
function parsePage(md: string): RulePage {
  const lines = md.split('\n').map((l) => l.replace(/\r$/, ''));
  const page: RulePage = { title: lines[0] ?? '', table: null, headings: [], sections: new Map() };
  let current: { text: string; blocks: CodeBlock[] } | null = null;
  const tableLines: string[] = [];
  let fence: { marker: string; block: CodeBlock; body: string[] } | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.marker[0] && close[1]!.length >= fence.marker.length) {
        fence.block.text = fence.body.length ? `${fence.body.join('\n')}\n` : '';
        current?.blocks.push(fence.block);
        fence = null;
      } else fence.body.push(line);
      continue;
    }
    const open = /^\s*(`{3,}|~{3,})\s*(.*)$/.exec(line);
    if (open) {
      const [lang = '', ...rest] = open[2]!.trim().split(/\s+/);
      const attrs = new Map<string, string>();
      for (const r of rest) {
        const eq = r.indexOf('=');
        if (eq > 0) attrs.set(r.slice(0, eq), r.slice(eq + 1));
      }
      fence = { marker: open[1]!, block: { lang, attrs, text: '', line: i + 1 }, body: [] };
      continue;
    }
    const h = /^## (.+?)\s*$/.exec(line);
    if (h) {
      page.headings.push(h[1]!);
      current = { text: '', blocks: [] };
      page.sections.set(h[1]!, current);
      continue;
    }
    if (current) current.text += `${line}\n`;
    else if (line.startsWith('|')) tableLines.push(line);
  }
  if (tableLines.length >= 3) {
    const cells = (l: string) => l.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    const head = cells(tableLines[0]!);
    const row = cells(tableLines[2]!);
    page.table = new Map(head.map((h, k) => [h, row[k] ?? '']));
  }
  return page;
}

/** The repo a Bad or Good section describes, or the problems that stop it being one. */
function sectionRepo(page: RulePage, name: string, problems: string[]): Record<string, string> | null {
  const s = page.sections.get(name);
  if (!s) return null;
  if (s.blocks.length === 0) {
    problems.push(`"## ${name}" has no code block`);
    return null;
  }
  const files: Record<string, string> = {};
  for (const b of s.blocks) {
    const file = b.attrs.get('file');
    if (!b.lang || !file) {
      problems.push(`"## ${name}" block at line ${b.line} needs an info string "<lang> file=<relative path>"`);
      continue;
    }
    if (file.startsWith('/') || file.split('/').includes('..')) {
      problems.push(`"## ${name}" block at line ${b.line}: file=${file} must be a relative path inside the repo`);
      continue;
    }
    if (file in files) problems.push(`"## ${name}" has two blocks for ${file}`);
    files[file] = b.text;
  }
  return files;
}

/** Everything wrong with a rule's page; empty when it is right. */
function checkPage(rule: Rule, md: string): string[] {
  const problems: string[] = [];
  const page = parsePage(md);
  const title = `# ${rule.id}: ${rule.name}`;
  if (page.title !== title) problems.push(`title is "${page.title}", expected "${title}"`);

  if (!page.table) problems.push('no "| Severity | Applies to | Since |" table under the title');
  else {
    for (const col of ['Severity', 'Applies to', 'Since']) if (!page.table.has(col)) problems.push(`the table has no "${col}" column`);
    const sev = page.table.get('Severity');
    if (sev !== undefined && sev !== rule.severity) problems.push(`the table says severity "${sev}", the rule says "${rule.severity}"`);
    const since = page.table.get('Since');
    if (since !== undefined && !/^\d+\.\d+\.\d+$/.test(since)) problems.push(`"Since" should be a version such as 0.1.0, not "${since}"`);
    if (page.table.get('Applies to') === '') problems.push('"Applies to" is empty');
  }

  const order = page.headings.filter((h) => (SECTIONS as readonly string[]).includes(h));
  for (const s of SECTIONS) if (!page.headings.includes(s)) problems.push(`missing section "## ${s}"`);
  if (order.join(',') !== SECTIONS.filter((s) => page.headings.includes(s)).join(',')) {
    problems.push(`sections are in the order ${order.join(', ')}; expected ${SECTIONS.join(', ')}`);
  }
  for (const s of ['Why', 'Fix'] as const) {
    const sec = page.sections.get(s);
    if (sec && sec.text.trim() === '' && sec.blocks.length === 0) problems.push(`"## ${s}" is empty`);
  }
  const refs = page.sections.get('References');
  if (refs && !/^- \S/m.test(refs.text)) problems.push('"## References" has no list items');

  for (const [name, mustFire] of [['Bad', true], ['Good', false]] as const) {
    const files = sectionRepo(page, name, problems);
    if (!files || Object.keys(files).length === 0) continue;
    const result = lintTree(files);
    const mine = result.findings.filter((f) => f.ruleId === rule.id);
    const shown = (fs: typeof result.findings) => fs.map((f) => `${f.span.file}:${f.span.start.line}:${f.span.start.column} ${f.ruleId}`).join(', ');
    // A rule that only fires on live data (--check-bucket) marks its Bad section `<!-- live-only -->`.
    const liveOnly = page.sections.get('Bad')?.text.includes('<!-- live-only -->') ?? false;
    if (mustFire && mine.length === 0 && !liveOnly) {
      problems.push(`the Bad example produces no ${rule.id} finding (it produces: ${shown(result.findings) || 'nothing'})`);
    }
    if (!mustFire && mine.length > 0) problems.push(`the Good example produces ${rule.id}: ${shown(mine)}`);
    // Examples must be valid files: a parse problem means the example shows something else.
    if (rule.id !== 'MSTDN001') {
      const broken = result.findings.filter((f) => f.ruleId === 'MSTDN001');
      if (broken.length) problems.push(`the ${name} example does not parse: ${shown(broken)}`);
    }
  }
  return problems;
}

function pagePath(id: string): string {
  return `${DOCS_DIR}${id}.md`;
}

for (const rule of RULES) {
  // Placeholder rules are being written by their owners: their pages are expected to be missing.
  // The test still runs and reports; it turns into a real failure as soon as the rule is named.
  const todo = rule.name.startsWith('placeholder-') ? 'page not written yet' : undefined;
  test(`docs/rules/${rule.id}.md documents ${rule.id} (${rule.name})`, { todo }, () => {
    const path = pagePath(rule.id);
    assert.ok(existsSync(path), `docs/rules/${rule.id}.md does not exist`);
    const problems = checkPage(rule, readFileSync(path, 'utf8'));
    assert.deepEqual(problems, [], `docs/rules/${rule.id}.md:\n  ${problems.join('\n  ')}`);
  });
}

test('every page in docs/rules/ belongs to a registered rule', () => {
  const ids = new Set(RULES.map((r) => r.id));
  const orphans = readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .filter((f) => !PAGE_RE.test(f) || !ids.has(f.slice(0, -3)));
  assert.deepEqual(orphans, [], 'pages without a rule in src/lint/rules/index.ts (or misnamed)');
});

test('every rule points its helpUri at its page', () => {
  for (const r of RULES) assert.ok(r.helpUri.endsWith(`/docs/rules/${r.id}.md`), `${r.id}: ${r.helpUri}`);
});

test('docs/rules/README.md is the table generated from the registry', () => {
  const have = existsSync(README_PATH) ? readFileSync(README_PATH, 'utf8') : '';
  assert.equal(have, renderReadme(RULES), 'docs/rules/README.md is out of date: run `npx tsx scripts/rules-table.ts`');
});

// The checker itself: a page that is wrong in every way is caught in every way.
test('checkPage reports what is wrong with a page', () => {
  const rule = RULES.find((r) => r.id === 'MSTDN101');
  assert.ok(rule);
  const bad = [
    '# MSTDN101: prune-profiles',
    '',
    '| Severity | Applies to | Since |',
    '|---|---|---|',
    '| warning | crontab | soon |',
    '',
    '## Why',
    'Because.',
    '## Good',
    '```crontab file=crontab',
    'RAILS_ENV=production',
    '0 4 * * 0 bin/tootctl media remove --prune-profiles --days 90',
    '```',
    '## Bad',
    '```crontab',
    'RAILS_ENV=production',
    '```',
    '## Fix',
    'Remove it.',
  ].join('\n');
  const problems = checkPage(rule, bad);
  const expect = [
    /^title is/,
    /severity "warning"/,
    /"Since"/,
    /missing section "## References"/,
    /order Why, Good, Bad, Fix/,
    /needs an info string/,
    /the Good example produces MSTDN101: crontab:2:/,
  ];
  for (const re of expect) assert.ok(problems.some((p) => re.test(p)), `expected a problem matching ${re}; got:\n${problems.join('\n')}`);
});

test('README.md carries the rules table generated from the registry', () => {
  const have = readFileSync(MAIN_README_PATH, 'utf8');
  assert.ok(have.includes('<!-- rules:start -->'), 'README.md lost its rules markers');
  assert.equal(have, renderMainReadme(have, RULES), "README.md's rules table is out of date: run `npx tsx scripts/rules-table.ts`");
});
