import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { GOOD_SITE, SITE_PATH, edit } from '../nginx/site.ts';

const RESOLVER = '    resolver 9.9.9.9 valid=300s;\n';

test('MSTDN305: a variable proxy_pass with no resolver is reported on proxy_pass', () => {
  const files = { [SITE_PATH]: edit(RESOLVER, '') };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN305');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'warning');
  assert.equal(spanText(files, f[0]!), 'proxy_pass $s3_backend$uri;');
  assert.match(f[0]!.message, /no resolver defined to resolve/);
  assert.deepEqual(brief(r.findings).map((b) => b.split(' ')[1]), ['MSTDN305']);
});

test('MSTDN305: a resolver in the server or http block is inherited', () => {
  const inServer = edit('  listen 80;\n', '  listen 80;\n  resolver 127.0.0.53;\n', edit(RESOLVER, ''));
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: inServer }).findings), []);
  const inHttp = `http {\n  resolver 127.0.0.11;\n${edit(RESOLVER, '')}}\n`;
  assert.deepEqual(brief(lintTree({ 'nginx/nginx.conf': inHttp }).findings), []);
});

test('MSTDN305: a variable only in the path still needs a resolver; a literal URL does not', () => {
  const pathVar = lintTree({ 'nginx/p.conf': 'server { location /system/ { proxy_pass https://media.s3.amazonaws.com$uri; } }\n' });
  assert.deepEqual(brief(pathVar.findings, 'MSTDN305'), ['nginx/p.conf:1:30-1:76 MSTDN305']);
  const literal = lintTree({ 'nginx/p.conf': 'server { location /system/ { proxy_pass https://media.s3.amazonaws.com; } }\n' });
  assert.deepEqual(brief(literal.findings, 'MSTDN305'), []);
});

test('MSTDN305: a variable naming an upstream block, or a host another proxy_pass names literally, needs no resolver', () => {
  const upstream = edit(
    "  set $s3_backend 'https://instance-media.s3.fr-par.scw.cloud';",
    "  set $s3_backend 'https://scaleway';",
    `upstream scaleway { server instance-media.s3.fr-par.scw.cloud:443; }\n${edit(RESOLVER, '')}`,
  );
  const r = lintTree({ [SITE_PATH]: upstream });
  assert.deepEqual(brief(r.findings), []);
  const implicit = edit('  location = / {', '  location /static/ {\n    proxy_pass https://instance-media.s3.fr-par.scw.cloud;\n  }\n\n  location = / {', edit(RESOLVER, ''));
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: implicit }).findings, 'MSTDN305'), []);
});

test('MSTDN305: the good seed-001 site has its resolver', () => {
  assert.deepEqual(brief(lintTree({ [SITE_PATH]: GOOD_SITE }).findings), []);
});
