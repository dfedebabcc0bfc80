import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintTree, spanText } from '../../helpers/lint.ts';
import { GOOD_SITE, SITE_PATH, edit, lineOf } from '../nginx/site.ts';

const HIDES = '    proxy_hide_header Set-Cookie;\n    proxy_hide_header \'Access-Control-Allow-Origin\';\n    proxy_hide_header x-amz-id-2;\n    proxy_hide_header x-amz-request-id;\n    proxy_hide_header x-amz-bucket-region;\n';

function f303(text: string) {
  const files = { [SITE_PATH]: text };
  return { files, f: lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN303') };
}

test('MSTDN303: storage headers passed to clients are reported on proxy_pass, naming each one', () => {
  const { files, f } = f303(edit(HIDES, ''));
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /"Set-Cookie", "x-amz-id-2" and "x-amz-request-id"/);
});

test('MSTDN303: hiding them all (and ignoring Set-Cookie for the cache) is clean', () => {
  assert.deepEqual(f303(GOOD_SITE).f, []);
});

test('MSTDN303: a location hiding one header loses the ones hidden at server level', () => {
  let text = edit(HIDES, '    proxy_hide_header Set-Cookie;\n');
  text = edit('  listen 80;\n', '  listen 80;\n  proxy_hide_header x-amz-id-2;\n  proxy_hide_header x-amz-request-id;\n', text);
  const { f } = f303(text);
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /"x-amz-id-2" and "x-amz-request-id"/);
  assert.doesNotMatch(f[0]!.message, /Set-Cookie/);
  assert.deepEqual(f[0]!.related.map((r) => r.span.start.line), [lineOf(text, 'x-amz-id-2'), lineOf(text, 'x-amz-request-id')]);
});

test('MSTDN303: more_clear_headers with a wildcard counts as hiding', () => {
  const text = edit(HIDES, "    more_clear_headers 'x-amz-*' Set-Cookie;\n");
  assert.deepEqual(f303(text).f, []);
});

test('MSTDN303: with proxy_cache, a missing proxy_ignore_headers Set-Cookie is reported', () => {
  const { f } = f303(edit('    proxy_ignore_headers Set-Cookie;\n', ''));
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /never caches/);
  assert.match(f[0]!.message, /proxy_ignore_headers Set-Cookie/);
});
