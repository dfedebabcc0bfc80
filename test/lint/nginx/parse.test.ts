import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceFile, type Span } from '../../../src/lint/source.ts';
import { MAX_DEPTH, parseNginx, type NginxDirective } from '../../../src/lint/parse/nginx.ts';

function parse(text: string) {
  const file = new SourceFile('nginx/x.conf', text);
  return { ...parseNginx(file), file };
}

function at(text: string, s: Span): string {
  return text.slice(s.start.offset, s.end.offset);
}

function names(ds: NginxDirective[]): string[] {
  return ds.map((d) => d.name);
}

test('nginx parser: directives, blocks and exact spans', () => {
  const text = 'http {\n  server {\n    listen 80;\n    location @s3 {\n      proxy_pass $s3_backend$uri;\n    }\n  }\n}\n';
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  const http = r.directives[0]!;
  assert.equal(http.name, 'http');
  const server = http.block![0]!;
  assert.deepEqual(names(server.block!), ['listen', 'location']);
  const loc = server.block![1]!;
  assert.equal(loc.args[0]!.value, '@s3');
  assert.equal(at(text, loc.head), 'location @s3');
  assert.equal(at(text, loc.span), 'location @s3 {\n      proxy_pass $s3_backend$uri;\n    }');
  const pp = loc.block![0]!;
  assert.equal(at(text, pp.span), 'proxy_pass $s3_backend$uri;');
  assert.equal(at(text, pp.args[0]!.span), '$s3_backend$uri');
  assert.deepEqual([pp.span.start.line, pp.span.start.column, pp.span.end.column], [5, 7, 34]);
});

test('nginx parser: quotes, escapes, empty strings and ${var}', () => {
  const text = [
    `proxy_set_header Authorization '';`,
    `add_header X-Say "a \\"quoted\\" \\\\ word";`,
    `set $u 'it\\'s';`,
    `set $v \${host}path;`,
    `return 200 "tab\\there";`,
    `rewrite ^/(\\d+)$ /x/$1;`,
    '',
  ].join('\n');
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  const [auth, add, setU, setV, ret, rw] = r.directives;
  assert.equal(auth!.args[1]!.value, '');
  assert.equal(auth!.args[1]!.quoted, true);
  assert.equal(at(text, auth!.args[1]!.span), "''");
  assert.equal(add!.args[1]!.value, 'a "quoted" \\ word');
  assert.equal(setU!.args[1]!.value, "it's");
  assert.equal(setV!.args[1]!.value, '${host}path');
  assert.equal(ret!.args[1]!.value, 'tab\there');
  assert.equal(rw!.args[0]!.value, '^/(\\d+)$', 'regex escapes other than quotes stay as written');
});

test('nginx parser: comments only where a word starts; } and # inside a word are literal', () => {
  const text = '# a comment { with } braces;\nlocation ~* \\.(jpg|png)$ { # trailing\n  add_header X-A a#b;\n}\n';
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  assert.equal(r.directives.length, 1);
  const loc = r.directives[0]!;
  assert.deepEqual(loc.args.map((a) => a.value), ['~*', '\\.(jpg|png)$']);
  assert.equal(loc.block![0]!.args[1]!.value, 'a#b');
});

test('nginx parser: if conditions, map blocks and limit_except', () => {
  const text = [
    'map $http_upgrade $connection_upgrade {',
    "  default upgrade;",
    "  ''      close;",
    '}',
    'server {',
    '  if ($request_method !~ ^(GET|HEAD)$) { return 405; }',
    '  if ($host = "a.example") { return 404; }',
    '  location / { limit_except GET { deny all; } }',
    '}',
    '',
  ].join('\n');
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  const map = r.directives[0]!;
  assert.deepEqual(map.block!.map((d) => [d.name, d.args[0]!.value]), [['default', 'upgrade'], ['', 'close']]);
  const [if1, if2, loc] = r.directives[1]!.block!;
  assert.deepEqual(if1!.args.map((a) => a.value), ['($request_method', '!~', '^(GET|HEAD)$)']);
  assert.deepEqual(if2!.args.map((a) => a.value), ['($host', '=', 'a.example', ')']);
  assert.equal(loc!.block![0]!.name, 'limit_except');
  assert.equal(loc!.block![0]!.block![0]!.name, 'deny');
});

test('nginx parser: *_by_lua_block bodies are raw Lua, braces in strings and comments ignored', () => {
  const text = [
    'location /x {',
    '  content_by_lua_block {',
    '    local t = { a = "}" } -- a } in a comment',
    '    ngx.say([[ } ]])',
    '  }',
    '  proxy_pass http://backend;',
    '}',
    '',
  ].join('\n');
  const r = parse(text);
  assert.deepEqual(r.problems, []);
  const loc = r.directives[0]!;
  assert.deepEqual(names(loc.block!), ['content_by_lua_block', 'proxy_pass']);
  assert.match(loc.block![0]!.raw!.value, /ngx\.say/);
  assert.equal(loc.block![0]!.block, undefined);
});

test('nginx parser: syntax errors become one positioned problem, and what came before is kept', () => {
  const cases: [string, RegExp, string][] = [
    ['server {\n  listen 80;\n', /never closed/, 'server'],
    ['listen 80;\n}\n', /unexpected "}"/, '}'],
    ["add_header X 'open;\n", /unterminated single quote/, "'open;"],
    ['server { listen 80 }\n', /unexpected "}"/, '}'],
    ['server { return 404}\n', /"404}" needs a ";" before its "}"/, 'return 404}\n'],
    ['add_header X "a"b;\n', /right after a closing quote/, 'b'],
    [';\n', /unexpected ";"/, ';'],
    ['{ }\n', /unexpected "{"/, '{'],
  ];
  for (const [text, re, spanned] of cases) {
    const r = parse(text);
    assert.equal(r.problems.length, 1, text);
    assert.match(r.problems[0]!.message, re, text);
    assert.equal(at(text, r.problems[0]!.span).trim(), spanned.trim(), text);
  }
  const kept = parse('server {\n  listen 80;\n  location / {\n');
  assert.equal(kept.directives[0]!.block![0]!.name, 'listen');
});

test('nginx parser: hostile input never throws or hangs', () => {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < 50; k++) {
    let s = '';
    for (let i = 0; i < 2000; i++) s += String.fromCharCode(Math.floor(rnd() * 256));
    parse(s);
    let t = '';
    const alphabet = ['{', '}', ';', '"', "'", '\\', '$', '#', '\n', ' ', 'a', '_by_lua_block', '[[', '--'];
    for (let i = 0; i < 2000; i++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    parse(t);
  }
  const deep = parse('a {'.repeat(100_000));
  assert.equal(deep.problems.length, 1);
  assert.match(deep.problems[0]!.message, new RegExp(`more than ${MAX_DEPTH} deep`));
  assert.equal(parse('{'.repeat(100_000)).problems.length, 1);
  assert.equal(parse('}'.repeat(100_000)).problems.length, 1);
  assert.match(parse(`x "${'a'.repeat(1000)}`).problems[0]!.message, /unterminated double quote/);
  const line = `proxy_pass ${'a'.repeat(5 * 1024 * 1024)};`;
  const big = parse(line);
  assert.deepEqual(big.problems, []);
  assert.equal(big.directives[0]!.args[0]!.value.length, 5 * 1024 * 1024);
  const words = parse('x '.repeat(2_600_000));
  assert.equal(words.problems.length, 1);
  assert.match(words.problems[0]!.message, /more than .* words/);
  const lua = parse(`content_by_lua_block { ${'{'.repeat(50_000)}`);
  assert.match(lua.problems[0]!.message, /not closed/);
});

test('nginx parser: Jinja and ERB markup in templates keeps positions and reads as unknown words', () => {
  const text = [
    'server {',
    '  server_name {{ media_domain }};',
    '{% if s3_enabled %}',
    '  location @s3 {',
    "    proxy_pass https://{{ bucket }}.s3.amazonaws.com;",
    '  }',
    '{% endif %}',
    '  {# a comment { #}',
    '  root <%= @root %>;',
    '}',
    '',
  ].join('\n');
  const file = new SourceFile('ansible/templates/nginx/media.conf.j2', text);
  const r = parseNginx(file);
  assert.deepEqual(r.problems, []);
  const server = r.directives[0]!;
  assert.deepEqual(names(server.block!), ['server_name', 'location', 'root']);
  const name = server.block![0]!.args[0]!;
  assert.equal(name.template, '{{ media_domain }}');
  assert.equal(at(text, name.span), '{{ media_domain }}');
  const pp = server.block![1]!.block![0]!;
  assert.equal(pp.args[0]!.value, `https://${'x'.repeat('{{ bucket }}'.length)}.s3.amazonaws.com`);
  // The same text in a plain .conf file is a syntax error, as nginx would say.
  assert.equal(parseNginx(new SourceFile('nginx/media.conf', text)).problems.length, 1);
});
