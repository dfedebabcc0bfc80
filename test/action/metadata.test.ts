// action.yml, docs/action.md, docs/output-formats.md and the example workflow agree with the code.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { FORMATS } from '../../src/lint/reporters/index.ts';

const read = (p: string): string => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

interface ActionYml {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(read('action.yml')) as ActionYml;
const INPUTS = ['paths', 'config', 'format', 'failure-threshold', 'min-severity', 'check-bucket', 'sarif-file', 'annotations', 'working-directory'];
const OUTPUTS = ['findings-count', 'highest-severity', 'sarif-file'];

/** First-column entries (`name`) of the table under a `## heading`. */
function tableNames(md: string, heading: string): string[] {
  const section = md.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
}

test('action.yml: node24, the bundle, branding, the documented inputs and outputs', () => {
  assert.deepEqual(action.runs, { using: 'node24', main: 'dist/index.js' });
  assert.ok(action.branding.icon && action.branding.color);
  assert.deepEqual(Object.keys(action.inputs), INPUTS);
  assert.deepEqual(Object.keys(action.outputs), OUTPUTS);
  assert.equal(action.inputs.paths?.default, '.');
  assert.equal(action.inputs.annotations?.default, 'true');
  assert.ok(FORMATS.includes(action.inputs.format?.default as never));
  for (const f of FORMATS) assert.ok(action.inputs.format?.description.includes(f), `format input does not mention ${f}`);
  // The Action reads exactly these inputs.
  const main = read('src/main.ts');
  const read_ = [...main.matchAll(/(?:getInput|booleanInput)\('([a-z-]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(read_, [...INPUTS].sort());
  const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(set, [...OUTPUTS].sort());
});

test('docs/action.md documents every input and output', () => {
  const md = read('docs/action.md');
  assert.deepEqual(tableNames(md, 'Inputs'), INPUTS);
  assert.deepEqual(tableNames(md, 'Outputs'), OUTPUTS);
});

test('docs/output-formats.md has a section for every format', () => {
  const md = read('docs/output-formats.md');
  for (const f of FORMATS) {
    const ok = new RegExp(`^## [^\\n]*\\b${f.replace('-', '\\-')}\\b`, 'm').test(md);
    assert.ok(ok, `no section for ${f}`);
  }
});

test('example workflow: no default permissions, actions pinned by SHA with a version comment', () => {
  const text = read('examples/workflows/mastodon-ops.yml');
  const wf = parse(text) as { permissions: unknown; jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, unknown> }[] }> };
  assert.deepEqual(wf.permissions, {});
  const uses = [...text.matchAll(/uses: (\S+)@(\S+)(.*)$/gm)];
  assert.ok(uses.length >= 3);
  for (const [, name, ref, rest] of uses) {
    assert.match(ref!, /^[0-9a-f]{40}$/, `${name} is not pinned by SHA`);
    assert.match(rest!, /^ # v\d+\.\d+\.\d+$/, `${name} has no # vX.Y.Z comment`);
  }
  for (const job of Object.values(wf.jobs)) {
    assert.deepEqual(job.permissions, { contents: 'read', 'security-events': 'write' });
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['persist-credentials'], false);
    assert.ok(job.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
  }
});
