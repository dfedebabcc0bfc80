import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { GOOD_SITE, SITE_PATH, edit } from '../nginx/site.ts';

const LIMIT = '    limit_except GET {\n      deny all;\n    }\n';

function f302(text: string) {
  const files = { [SITE_PATH]: text };
  return { files, f: lintTree(files).findings.filter((x) => x.ruleId === 'MSTDN302') };
}

test('MSTDN302: no limit_except is reported on proxy_pass', () => {
  const { files, f } = f302(edit(LIMIT, ''));
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /limit_except GET/);
});

test('MSTDN302: limit_except GET { deny all; } is enough', () => {
  assert.deepEqual(f302(GOOD_SITE).f, []);
});

test('MSTDN302: an if on $request_method returning 405, in the location or the server, is equivalent', () => {
  const inLocation = edit(LIMIT, '    if ($request_method !~ ^(GET|HEAD)$) {\n      return 405;\n    }\n');
  assert.deepEqual(f302(inLocation).f, []);
  const inServer = edit('  listen 80;\n', '  listen 80;\n  if ($request_method != GET) { return 403; }\n', edit(LIMIT, ''));
  assert.deepEqual(f302(inServer).f, []);
});

test('MSTDN302: an if that blocks only PUT is not enough', () => {
  const partial = edit(LIMIT, '    if ($request_method = PUT) { return 405; }\n');
  assert.equal(f302(partial).f.length, 1);
  const noReturn = edit(LIMIT, '    if ($request_method !~ ^(GET|HEAD)$) { set $x 1; }\n');
  assert.equal(f302(noReturn).f.length, 1);
});

test('MSTDN302: a write method allowed in limit_except is reported on that method', () => {
  const { files, f } = f302(edit('    limit_except GET {', '    limit_except GET PUT {'));
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'PUT');
});

test('MSTDN302: limit_except without deny all is reported on its head', () => {
  const { files, f } = f302(edit('      deny all;\n', '      allow 10.0.0.0/8;\n'));
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), 'limit_except GET');
});

test('MSTDN302: limit_except in an enclosing location is inherited; a rewrite if there is not', () => {
  const nested = (guard: string) =>
    `server {\n  location /system/ {\n${guard}    location /system/media_attachments/ {\n      proxy_pass https://media.s3.amazonaws.com;\n    }\n  }\n}\n`;
  const inherited = lintTree({ 'nginx/n.conf': nested('    limit_except GET { deny all; }\n') });
  assert.deepEqual(brief(inherited.findings, 'MSTDN302'), []);
  const notInherited = lintTree({ 'nginx/n.conf': nested('    if ($request_method !~ ^(GET|HEAD)$) { return 405; }\n') });
  assert.deepEqual(brief(notInherited.findings, 'MSTDN302'), ['nginx/n.conf:5:7-5:49 MSTDN302']);
});
