// Parsers never throw and never hang: random bytes, unterminated strings, heredocs and comments,
// and 100k-deep nesting become at most a positioned problem, in bounded time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modelFrom } from './helpers.ts';
import { lintTree } from '../../helpers/lint.ts';
import { parseJson } from '../../../src/lint/iac/doc.ts';
import { loadHclParser, parseHcl } from '../../../src/lint/parse/hcl.ts';
import { SourceFile } from '../../../src/lint/source.ts';

await loadHclParser();

/** Deterministic bytes (xorshift), so a failure can be reproduced. */
function randomText(n: number, seed: number): string {
  let x = seed >>> 0 || 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode((x >>> 0) % 256);
  }
  return s;
}

const DEEP = 100_000;
const cases: Record<string, string> = {
  random: randomText(200_000, 42),
  randomPrintable: randomText(100_000, 7).replace(/[^\x20-\x7e\n]/g, '{'),
  unterminatedString: `resource "aws_s3_bucket" "m" {\n  bucket = "abc\n${'  x = 1\n'.repeat(10_000)}`,
  unterminatedHeredoc: `resource "aws_s3_bucket_policy" "p" {\n  policy = <<EOF\n${'{"Statement": [\n'.repeat(20_000)}`,
  unterminatedComment: `/* aws_s3_bucket\n${'x = 1\n'.repeat(10_000)}`,
  deepBrackets: `a = ${'['.repeat(DEEP)}${']'.repeat(DEEP)}`,
  deepBraces: `a = ${'{'.repeat(DEEP)}`,
  deepObjects: '{"a":'.repeat(DEEP),
  deepBlocks: 'a {\n'.repeat(DEEP),
  deepParens: `a = ${'('.repeat(DEEP)}`,
  deepInterpolation: `a = "${'${"'.repeat(30_000)}`,
  nul: '\u0000'.repeat(50_000),
};

for (const [name, body] of Object.entries(cases)) {
  test(`hostile input "${name}": Terraform, JSON and CloudFormation YAML readers do not throw or hang`, { timeout: 60_000 }, () => {
    const started = Date.now();
    const model = modelFrom({
      'x.tf': body,
      'x.json': body,
      'x.yaml': `AWSTemplateFormatVersion: "2010-09-09"\n${body}`,
    });
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
    for (const p of model.parseProblems) {
      assert.ok(p.span.start.offset <= p.span.end.offset);
      assert.ok(p.span.end.offset <= body.length + 64);
      assert.equal(typeof p.message, 'string');
    }
    // At most one problem per file, never a flood.
    assert.ok(model.parseProblems.length <= 2, JSON.stringify(model.parseProblems.map((p) => p.message)));
  });
}

test('hostile input through the engine: one positioned MSTDN001 per broken file, the run goes on', { timeout: 60_000 }, () => {
  const r = lintTree({
    'broken.tf': `resource "aws_s3_bucket" "m" {\n  bucket = "mastodon-media"\n  acl = ${'['.repeat(DEEP)}\n`,
    'broken.json': `{"Id": "mastodon", "Statement": [${'['.repeat(DEEP)}`,
    'crontab': '0 4 * * 0 bin/tootctl media remove --prune-profiles\n',
  });
  const problems = r.findings.filter((f) => f.ruleId === 'MSTDN001').map((f) => f.span.file).sort();
  assert.deepEqual(problems, ['broken.json', 'broken.tf']);
  assert.ok(r.findings.some((f) => f.ruleId === 'MSTDN101'), 'other files are still linted');
});

test('parseJson refuses nesting deeper than its limit with a positioned error', () => {
  const f = new SourceFile('x.json', '['.repeat(1000));
  const r = parseJson(f, f.text);
  assert.equal(r.node, null);
  assert.match(r.error?.message ?? '', /nesting deeper than 256/);
  assert.equal(r.error?.start, 256);
});

test('parseHcl reports the first syntax error only, on its first line', () => {
  const text = 'resource "aws_s3_bucket" "m" {\n  bucket = "x"\n  acl = \n}\nresource "a" "b" {\n  = 1\n}\n';
  const r = parseHcl(new SourceFile('x.tf', text));
  assert.equal(r.problems.length, 1);
  assert.ok(r.problems[0]!.span.start.line >= 3 && r.problems[0]!.span.start.line <= 4, JSON.stringify(r.problems[0]!.span));
  assert.equal(r.problems[0]!.span.start.line, r.problems[0]!.span.end.line);
});
