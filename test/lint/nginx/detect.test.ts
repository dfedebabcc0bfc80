import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree } from '../../helpers/lint.ts';
import { s3Proxies, storageProvider } from '../../../src/lint/extract/nginx.ts';
import { GOOD_SITE, SITE_PATH, edit } from './site.ts';

const S3_RULES = ['MSTDN301', 'MSTDN302', 'MSTDN303', 'MSTDN304', 'MSTDN305'];

function s3Findings(files: Record<string, string>): string[] {
  return brief(lintTree(files).findings).filter((b) => S3_RULES.some((id) => b.endsWith(id)));
}

function proxies(files: Record<string, string>) {
  return s3Proxies(lintTree(files).model);
}

test('storage hosts of each provider are recognised, other hosts are not', () => {
  const yes: [string, string][] = [
    ['media.s3.amazonaws.com', 'Amazon S3'],
    ['s3.eu-west-1.amazonaws.com', 'Amazon S3'],
    ['s3-eu-west-1.amazonaws.com', 'Amazon S3'],
    ['media.s3.dualstack.us-east-1.amazonaws.com', 'Amazon S3'],
    ['media.s3-website-us-east-1.amazonaws.com', 'Amazon S3'],
    ['instance-media.s3.fr-par.scw.cloud', 'Scaleway Object Storage'],
    ['s3-eu-central-1.ionoscloud.com', 'IONOS S3 Object Storage'],
    ['media.s3.eu-central-2.wasabisys.com', 'Wasabi'],
    ['s3.us-west-002.backblazeb2.com', 'Backblaze B2'],
    ['0123abcd.r2.cloudflarestorage.com', 'Cloudflare R2'],
    ['media.fra1.digitaloceanspaces.com', 'DigitalOcean Spaces'],
    ['minio', 'MinIO'],
    ['minio.internal', 'MinIO'],
    ['s3.example.net', 'S3-compatible storage'],
  ];
  for (const [host, provider] of yes) assert.equal(storageProvider(host), provider, host);
  for (const host of ['backend', '127.0.0.1', 'mastodon.social', 's3cret.example.com', 'files.example.com', 'amazonaws.com.evil.test']) {
    assert.equal(storageProvider(host), null, host);
  }
});

test('a correct seed-001 configuration yields nothing', () => {
  const r = lintTree({ [SITE_PATH]: GOOD_SITE });
  assert.deepEqual(brief(r.findings), []);
  assert.equal(s3Proxies(r.model).length, 1, 'the proxy was recognised, so silence means it is correct');
});

test("Mastodon's own nginx.conf (proxying to Puma) is not an object-storage proxy", () => {
  const official = [
    'map $http_upgrade $connection_upgrade { default upgrade; \'\' close; }',
    'upstream backend { server 127.0.0.1:3000 fail_timeout=0; }',
    'upstream streaming { server 127.0.0.1:4000 fail_timeout=0; }',
    'proxy_cache_path /var/cache/nginx levels=1:2 keys_zone=CACHE:10m inactive=7d max_size=1g;',
    'server {',
    '  listen 443 ssl http2;',
    '  server_name example.com;',
    '  root /home/mastodon/live/public;',
    '  location / {',
    '    location /system/ { try_files $uri =404; }',
    '    proxy_set_header Host $host;',
    '    proxy_set_header Proxy "";',
    '    proxy_pass http://backend;',
    '    proxy_cache CACHE;',
    '  }',
    '  location ^~ /api/v1/streaming { proxy_pass http://streaming; }',
    '}',
    '',
  ].join('\n');
  const files = { 'nginx/sites-available/mastodon': official };
  assert.deepEqual(proxies(files), []);
  assert.deepEqual(s3Findings(files), []);
});

test('proxy_pass hosts: literal, through set, through map, through an upstream block', () => {
  const literal = proxies({ 'nginx/a.conf': 'server { location /media/ { proxy_pass https://files.s3.us-east-2.amazonaws.com/; } }\n' });
  assert.deepEqual(literal.map((p) => [p.provider, p.via, p.variable]), [['Amazon S3', 'host', false]]);

  const viaSet = proxies({ [SITE_PATH]: GOOD_SITE });
  assert.deepEqual(viaSet.map((p) => [p.provider, p.host, p.variable]), [['Scaleway Object Storage', 'instance-media.s3.fr-par.scw.cloud', true]]);

  const viaMap = proxies({
    'nginx/b.conf': "map $host $bucket { default 'https://m.fra1.digitaloceanspaces.com'; }\nserver { location /system/ { proxy_pass $bucket$uri; } }\n",
  });
  assert.deepEqual(viaMap.map((p) => p.provider), ['DigitalOcean Spaces']);

  const viaUpstream = proxies({
    'nginx/c.conf': 'upstream storage { server media.s3.eu-central-003.backblazeb2.com:443; }\nserver { location /system/ { proxy_pass https://storage; } }\n',
  });
  assert.deepEqual(viaUpstream.map((p) => [p.provider, p.via, p.staticTarget]), [['Backblaze B2', 'upstream', true]]);
});

test('S3_ENDPOINT and S3_HOSTNAME from .env.production mark a self-hosted endpoint as storage', () => {
  const nginx = 'server { location /system/ { proxy_pass https://objects.internal.example:9000; } }\n';
  assert.deepEqual(proxies({ 'nginx/d.conf': nginx }), []);
  const withEnv = proxies({ 'nginx/d.conf': nginx, '.env.production': 'S3_ENABLED=true\nS3_ENDPOINT=https://objects.internal.example:9000\n' });
  assert.deepEqual(withEnv.map((p) => [p.via, p.host]), [['env', 'objects.internal.example']]);
  const withHostname = proxies({ 'nginx/d.conf': nginx, '.env.production': 'S3_HOSTNAME=objects.internal.example\n' });
  assert.equal(withHostname.length, 1);
});

test('seed 001 with its URL stripped: the named location @s3 still marks the proxy', () => {
  const stripped = edit("set $s3_backend 'https://instance-media.s3.fr-par.scw.cloud';", "set $s3_backend '';", edit(
    "proxy_set_header Host 'instance-media.s3.fr-par.scw.cloud';",
    "proxy_set_header Host '';",
  ));
  const ps = proxies({ [SITE_PATH]: stripped });
  assert.deepEqual(ps.map((p) => [p.via, p.confidence]), [['named-location', 'high']]);
});

test('a storage-named variable nobody sets is recognised with low confidence; other variables are not', () => {
  const named = lintTree({ 'nginx/e.conf': 'server { location /system/ { proxy_pass $s3_url$uri; } }\n' });
  const f = named.findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.deepEqual(proxies({ 'nginx/e.conf': 'server { location / { proxy_pass $backend$uri; } }\n' }), []);
});

test('a Host header naming the bucket marks a proxy to an IP address', () => {
  const ps = proxies({ 'nginx/f.conf': "server { location /system/ { proxy_set_header Host media.s3.amazonaws.com; proxy_pass http://52.216.1.1; } }\n" });
  assert.deepEqual(ps.map((p) => p.via), ['host-header']);
});

test('a Jinja template of a storage proxy is checked, with low confidence where the URL is templated', () => {
  const tpl = [
    'server {',
    '  server_name {{ files_domain }};',
    '  location / { try_files $uri @s3; }',
    '  location @s3 {',
    '    proxy_pass https://{{ s3_bucket }}.s3.{{ s3_region }}.amazonaws.com;',
    '  }',
    '}',
    '',
  ].join('\n');
  const files = { 'ansible/roles/nginx/templates/nginx/files.conf.j2': tpl };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN001'), []);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN301');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.confidence, 'low');
  assert.match(f[0]!.message, /\{\{ s3_bucket \}\}/);
});
