import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { brief, lintTree, writeTree } from '../../helpers/lint.ts';
import { lint } from '../../../src/lint/engine.ts';
import { resolveIncludeCandidates } from '../../../src/lint/extract/nginx.ts';

// A location that is complete except for what the including file provides.
const S3_LOCATION = [
  '    location @s3 {',
  '      limit_except GET { deny all; }',
  "      proxy_set_header Authorization '';",
  '      proxy_hide_header Set-Cookie;',
  '      proxy_hide_header x-amz-id-2;',
  '      proxy_hide_header x-amz-request-id;',
  '      proxy_ignore_headers Set-Cookie;',
  '      proxy_cache media;',
  '      proxy_pass $s3_backend$uri;',
  '    }',
].join('\n');

const SERVER = [
  'server {',
  '  server_name files.example.com;',
  "  set $s3_backend 'https://media.s3.eu-central-1.amazonaws.com';",
  '  location / { try_files $uri @s3; }',
  S3_LOCATION,
  '}',
  '',
].join('\n');

test('include: candidates are tried nearest directory first, absolute roots stripped, never outside the repo', () => {
  assert.deepEqual(resolveIncludeCandidates('snippets/s3.conf', 'nginx/sites-available/media.conf'), [
    'nginx/sites-available/snippets/s3.conf',
    'nginx/snippets/s3.conf',
    'snippets/s3.conf',
  ]);
  assert.deepEqual(resolveIncludeCandidates('/etc/nginx/conf.d/*.conf', 'nginx/nginx.conf'), ['nginx/conf.d/*.conf', 'conf.d/*.conf', 'etc/nginx/conf.d/*.conf']);
  assert.deepEqual(resolveIncludeCandidates('../../../etc/passwd', 'nginx/nginx.conf'), []);
  assert.deepEqual(resolveIncludeCandidates('/srv/other.conf', 'nginx.conf'), ['srv/other.conf']);
});

test('include: a resolver in the http block of nginx.conf reaches a site included by glob', () => {
  const base = {
    // The classifier's pre-filter reads only nginx files that mention proxy_pass or mastodon.
    'nginx/nginx.conf': '# mastodon\nevents {}\nhttp {\n  resolver 127.0.0.53 valid=300s;\n  proxy_cache_path /var/cache/nginx keys_zone=media:10m;\n  include /etc/nginx/sites-enabled/*.conf;\n}\n',
    'nginx/sites-enabled/media.conf': SERVER,
  };
  assert.deepEqual(brief(lintTree(base).findings), []);
  // Without the http-level resolver the same site is reported once, on the site file.
  const without = { ...base, 'nginx/nginx.conf': base['nginx/nginx.conf'].replace('resolver 127.0.0.53 valid=300s;', '') };
  assert.deepEqual(brief(lintTree(without).findings), ['nginx/sites-enabled/media.conf:13:7-13:34 MSTDN305']);
});

test('include: snippets resolve relative to directories above the including file', () => {
  const files = {
    'nginx/sites-available/media.conf': SERVER.replace(S3_LOCATION, '    include snippets/s3-location.conf;'),
    'nginx/snippets/s3-location.conf': `resolver 9.9.9.9;\n${S3_LOCATION}\n`,
  };
  assert.deepEqual(brief(lintTree(files).findings), []);
  // The snippet alone, with its resolver removed: the finding lands in the snippet.
  const noResolver = { ...files, 'nginx/snippets/s3-location.conf': `${S3_LOCATION}\n` };
  assert.deepEqual(brief(lintTree(noResolver).findings), ['nginx/snippets/s3-location.conf:9:7-9:34 MSTDN305']);
});

test('include: a file that includes itself is a parse problem, not a hang', () => {
  const files = {
    'nginx/nginx.conf': 'http {\n  include nginx.conf;\n  include loop/*.conf;\n  proxy_pass http://x;\n}\n',
    'nginx/loop/a.conf': 'include loop/b.conf;\nproxy_pass http://x;\n',
    'nginx/loop/b.conf': 'include loop/a.conf;\n',
  };
  const r = lintTree(files);
  const problems = brief(r.findings, 'MSTDN001');
  assert.ok(problems.includes('nginx/nginx.conf:2:3-2:22 MSTDN001'), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('nginx/loop/')), problems.join('\n'));
  assert.match(r.findings.find((f) => f.span.file === 'nginx/nginx.conf')!.message, /includes "nginx\/nginx.conf" again/);
});

test('include: includes that are not in the repo make "missing" findings low confidence', () => {
  const files = {
    'nginx/sites-available/media.conf': SERVER.replace("      proxy_set_header Authorization '';", '      include /etc/nginx/s3-headers.conf;'),
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
});

test('include: an include syntax error in an included file is reported in that file', () => {
  const files = {
    'nginx/nginx.conf': 'http {\n  include conf.d/*.inc;\n  proxy_pass http://x;\n}\n',
    'nginx/conf.d/broken.inc': 'server {\n  listen 80;\n',
  };
  assert.deepEqual(brief(lintTree(files).findings, 'MSTDN001'), ['nginx/conf.d/broken.inc:1:1-1:7 MSTDN001']);
});

test('hostile nginx files in a repo: reported, never thrown', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const bytes = Buffer.alloc(20_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + Math.floor(rnd() * 255);
  const r = lintTree({
    'nginx/random.conf': Buffer.concat([Buffer.from('proxy_pass '), bytes]),
    'nginx/deep.conf': `proxy_pass https://b.s3.amazonaws.com;\n${'location / {'.repeat(100_000)}`,
    'nginx/quote.conf': "location @s3 { proxy_pass 'https://b.s3.amazonaws.com;\n",
    'nginx/long.conf': `location @s3 { proxy_pass https://b.s3.amazonaws.com/${'a'.repeat(5 * 1024 * 1024)}; }\n`,
  });
  const files = new Set(r.findings.filter((f) => f.ruleId === 'MSTDN001').map((f) => f.span.file));
  assert.ok(files.has('nginx/deep.conf'));
  assert.ok(files.has('nginx/quote.conf'));
  assert.ok(!files.has('nginx/long.conf'));
  assert.ok(r.findings.some((f) => f.span.file === 'nginx/long.conf' && f.ruleId === 'MSTDN301'));
});

test('include: a sites-enabled symlink is the site it points to, analysed once with the http context', async () => {
  const dir = writeTree({
    'nginx/nginx.conf': '# mastodon\nhttp {\n  resolver 127.0.0.53;\n  include /etc/nginx/sites-enabled/*;\n}\n',
    'nginx/sites-available/media.conf': SERVER,
  });
  try {
    mkdirSync(join(dir, 'nginx/sites-enabled'));
    symlinkSync('../sites-available/media.conf', join(dir, 'nginx/sites-enabled/media.conf'));
    const r = await lint({ paths: [dir], root: dir });
    assert.deepEqual(brief(r.findings), []);
    assert.deepEqual(r.model.nginx.find((c) => c.file.path === 'nginx/nginx.conf')?.includes, ['nginx/sites-available/media.conf']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
