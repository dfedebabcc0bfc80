import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { GOOD_SITE, SITE_PATH, edit, lineOf } from '../nginx/site.ts';

const AUTH = "    proxy_set_header Authorization '';\n";

test('MSTDN301: a storage proxy without Authorization \'\' is reported on its proxy_pass', () => {
  const text = edit(AUTH, '');
  const files = { [SITE_PATH]: text };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.equal(f[0]!.severity, 'error');
  assert.equal(f[0]!.span.start.line, lineOf(text, 'proxy_pass'));
  assert.match(f[0]!.message, /Authorization/);
  assert.deepEqual(brief(r.findings).map((b) => b.split(' ')[1]), ['MSTDN301']);
});

test('MSTDN301: Authorization \'\' set on the server is inherited by a location with no proxy_set_header of its own', () => {
  let text = edit(AUTH, '');
  text = edit("    proxy_set_header Host 'instance-media.s3.fr-par.scw.cloud';\n", '', text);
  text = edit("    proxy_set_header Connection '';\n", '', text);
  text = edit('  listen 80;\n', "  listen 80;\n  proxy_set_header Authorization '';\n", text);
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: text }).findings), []);
});

test('MSTDN301: a location with its own proxy_set_header loses the server\'s Authorization \'\'', () => {
  let text = edit(AUTH, '');
  text = edit('  listen 80;\n', "  listen 80;\n  proxy_set_header Authorization '';\n", text);
  const files = { [SITE_PATH]: text };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.match(f[0]!.message, /replace every one inherited/);
  assert.deepEqual(
    f[0]!.related.map((r) => r.span.start.line),
    [lineOf(text, "proxy_set_header Authorization ''"), lineOf(text, 'proxy_set_header Host')],
  );
});

test('MSTDN301: include proxy_params in the location also replaces the inherited headers', () => {
  let text = edit(AUTH, '');
  text = edit("    proxy_set_header Host 'instance-media.s3.fr-par.scw.cloud';\n    proxy_set_header Connection '';\n", '    include proxy_params;\n', text);
  text = edit('  listen 80;\n', "  listen 80;\n  proxy_set_header Authorization '';\n", text);
  const f = lintTree({ [SITE_PATH]: text }).findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'high');
});

test('MSTDN301: forwarding $http_authorization explicitly is reported on that directive', () => {
  const text = edit(AUTH, '    proxy_set_header Authorization $http_authorization;\n');
  const files = { [SITE_PATH]: text };
  const f = lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_set_header Authorization $http_authorization;');
});

test('MSTDN301: proxy_pass_request_headers off sends no client header at all', () => {
  const text = edit(AUTH, '    proxy_pass_request_headers off;\n');
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: text }).findings, 'MSTDN301'), []);
});

test('MSTDN301: a proxy to the Mastodon backend is not a storage proxy', () => {
  const r = lintTree({ 'nginx/sites-available/mastodon.conf': 'server {\n  location / {\n    proxy_pass http://127.0.0.1:3000;\n  }\n}\n' });
  assert.deepEqual(brief(r.findings), []);
});

test('MSTDN301: inline suppression on the line above proxy_pass', () => {
  const text = edit(AUTH, '').replace('    proxy_pass $s3_backend$uri;', '    # mastodon-ops: ignore[MSTDN301] bucket is private to this host\n    proxy_pass $s3_backend$uri;');
  const r = lintTree({ [SITE_PATH]: text });
  assert.deepEqual(brief(r.findings), []);
  assert.equal(r.suppressed, 1);
});
