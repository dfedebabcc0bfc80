// The HCL and JSON readers keep exact positions and decode values the way Terraform and JSON do.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadHclParser, parseHcl, type HclExpr } from '../../../src/lint/parse/hcl.ts';
import { parseJson, get, str } from '../../../src/lint/iac/doc.ts';
import { SourceFile, type Span } from '../../../src/lint/source.ts';

await loadHclParser();

function slice(f: SourceFile, s: Span): string {
  return f.text.slice(s.start.offset, s.end.offset);
}

test('parseHcl: blocks, labels, attributes and expressions keep their spans', () => {
  const f = new SourceFile(
    'main.tf',
    [
      '# héllo 😀',
      'resource "aws_s3_bucket" "media" {',
      '  bucket = var.names["media"] # trailing',
      '  n      = -1',
      '  t      = [1, "two", true, null]',
      '  o      = { a = 1, "b c" = "d", (var.k) = 3 }',
      '  s      = "a\\"b\\\\c\\n$${lit}%%{x}"',
      '  i      = "${var.prefix}-media"',
      '  c      = jsonencode({ A = "x" })',
      '  r      = aws_s3_bucket.media[0].id',
      '}',
      '',
    ].join('\n'),
  );
  const { body, problems } = parseHcl(f);
  assert.deepEqual(problems, []);
  const b = body.blocks[0];
  assert.ok(b);
  assert.equal(b.type, 'resource');
  assert.deepEqual(b.labels.map((l) => [l.value, slice(f, l.span)]), [['aws_s3_bucket', '"aws_s3_bucket"'], ['media', '"media"']]);
  const a = (n: string): HclExpr => {
    const x = b.body.attributes.find((y) => y.name === n);
    assert.ok(x, n);
    return x.expr;
  };
  const bucket = a('bucket');
  assert.deepEqual(bucket.kind === 'traversal' && [bucket.root, bucket.steps], ['var', ['names', 'media']]);
  assert.equal(slice(f, bucket.span), 'var.names["media"]');
  assert.equal(bucket.span.start.line, 3);
  assert.equal(bucket.span.start.column, 12);
  assert.equal(a('n').kind, 'other');
  const t = a('t');
  assert.deepEqual(t.kind === 'tuple' && t.items.map((i) => (i.kind === 'literal' ? i.value : i.kind)), [1, 'two', true, null]);
  const o = a('o');
  assert.deepEqual(o.kind === 'object' && o.items.map((i) => i.key), ['a', 'b c', null]);
  const s = a('s');
  assert.deepEqual(s.kind === 'literal' && s.value, 'a"b\\c\n${lit}%{x}');
  const i = a('i');
  assert.equal(i.kind, 'template');
  const c = a('c');
  assert.deepEqual(c.kind === 'call' && [c.name, c.args[0]?.kind], ['jsonencode', 'object']);
  const r = a('r');
  assert.deepEqual(r.kind === 'traversal' && r.steps, ['media', 0, 'id']);
});

test('parseHcl: heredocs give the body position, and <<- strips indentation', () => {
  const text = 'a = <<EOT\n{"x": 1}\nEOT\nb = <<-EOT\n    one\n      two\n    EOT\nc = <<EOT\nhi ${var.x}\nEOT\n';
  const f = new SourceFile('h.tf', text);
  const { body } = parseHcl(f);
  const [a, b, c] = body.attributes.map((x) => x.expr);
  assert.ok(a?.kind === 'literal' && a.heredoc);
  assert.equal(a.value, '{"x": 1}');
  assert.equal(text.slice(a.heredoc.start, a.heredoc.end), '{"x": 1}\n');
  assert.ok(b?.kind === 'literal');
  assert.equal(b.value, 'one\n  two');
  assert.ok(c?.kind === 'template' && c.heredoc);
  assert.equal(text.slice(c.heredoc.start, c.heredoc.end), 'hi ${var.x}\n');
});

test('parseJson: spans, escapes, comments, trailing commas, a BOM', () => {
  const text = '\uFEFF{\n  // comment\n  "a": [1, -2.5e3, true, null, "x\\"\\u00e9"],\n  "b": {"c": "d",},\n}\n';
  const f = new SourceFile('x.json', text);
  const r = parseJson(f, text);
  assert.equal(r.error, null);
  const a = get(r.node, 'a');
  assert.ok(a?.kind === 'seq');
  assert.deepEqual(a.items.map((i) => (i.kind === 'scalar' ? i.value : null)), [1, -2500, true, null, 'x"é']);
  assert.equal(slice(f, a.items[4]!.span), '"x\\"\\u00e9"');
  assert.equal(a.items[4]!.span.start.line, 3);
  assert.equal(str(get(get(r.node, 'b'), 'c')), 'd');
});

test('parseJson: the first error with its position; embedded JSON keeps file offsets', () => {
  const f = new SourceFile('x.json', '{"a": 1 "b": 2}');
  const r = parseJson(f, f.text);
  assert.equal(r.node, null);
  assert.equal(r.error?.start, 8);
  assert.match(r.error?.message ?? '', /expected "," or "}"/);

  const host = new SourceFile('p.tf', 'policy = <<EOF\n{"Action": "s3:*"}\nEOF\n');
  const start = host.text.indexOf('{');
  const e = parseJson(host, host.text.slice(start, host.text.indexOf('\nEOF')), start);
  const action = get(e.node, 'Action');
  assert.ok(action);
  assert.equal(slice(host, action.span), '"s3:*"');
  assert.equal(action.span.start.line, 2);

  for (const bad of ['', '{', '[1,', '"abc', '{"a" 1}', 'tru', '{} x', '/* x']) {
    const g = new SourceFile('b.json', bad);
    const out = parseJson(g, bad);
    assert.equal(out.node, null, bad);
    assert.ok(out.error, bad);
  }
});
