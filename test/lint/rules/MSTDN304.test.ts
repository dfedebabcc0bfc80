import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { GOOD_SITE, SITE_PATH, edit } from '../nginx/site.ts';

const CACHE = '    proxy_cache s3_cache;\n';
const NO_COOKIE_CACHE = '    proxy_ignore_headers Set-Cookie;\n';

test('MSTDN304: a storage proxy with no proxy_cache is reported on proxy_pass as info', () => {
  const files = { [SITE_PATH]: edit(NO_COOKIE_CACHE, '', edit(CACHE, '')) };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN304');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'info');
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.deepEqual(brief(r.findings).map((b) => b.split(' ')[1]), ['MSTDN304']);
});

test('MSTDN304: proxy_cache set on the server is inherited', () => {
  const text = edit('  listen 80;\n', '  listen 80;\n  proxy_cache s3_cache;\n', edit(CACHE, ''));
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: text }).findings), []);
});

test('MSTDN304: proxy_cache off in the location is reported on that directive', () => {
  const text = edit('  listen 80;\n', '  listen 80;\n  proxy_cache s3_cache;\n', edit(CACHE, '    proxy_cache off;\n'));
  const files = { [SITE_PATH]: text };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN304');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_cache off;');
});

test('MSTDN304: the rule can be switched off by an inline comment', () => {
  const text = edit(CACHE, '').replace('    proxy_pass $s3_backend$uri;', '    # mastodon-ops: ignore[MSTDN304] a CDN caches in front\n    proxy_pass $s3_backend$uri;');
  const r = lintTree({ [SITE_PATH]: edit(NO_COOKIE_CACHE, '', text) });
  assert.deepEqual(brief(r.findings), []);
  assert.equal(r.suppressed, 1);
});
