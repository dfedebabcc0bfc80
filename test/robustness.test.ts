// Hostile input through the real CLI: random bytes, invalid UTF-8, a 5 MB line, a 20 MB file, YAML
// alias bombs, 100k-deep nesting, unterminated quotes and heredocs, NUL bytes, CRLF, symlink loops,
// FIFOs, unreadable files and directories named like files, each placed at a path every parser
// reads. The linter must never crash or hang: exit 0 or 1, no stack trace, valid JSON on stdout,
// an unparsable file as a positioned MSTDN001 finding, skipped files as notices.
//
// Each case runs `node --import tsx src/cli/bin.ts lint <dir> --format json` with a kill timeout
// (MOPS_ROBUSTNESS_TIMEOUT_MS, default 150 s: the widest case parses 200k commands per format on a shared 2-core machine), so a hang fails its case instead of blocking the
// suite; nothing here asserts how fast. Then lint() runs in process on the same tree (skipped for
// a case whose CLI run hung, since lint()'s parsing is synchronous and could not be interrupted).

import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../src/lint/engine.ts';
import { defaultSettings } from '../src/lint/config.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = Number(process.env.MOPS_ROBUSTNESS_TIMEOUT_MS ?? 150_000);
const N = 100_000;
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

/** mulberry32: reproducible bytes for the random cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------ where every parser looks

const P = {
  crontab: 'crontab',
  cronD: 'cron.d/x',
  shell: 'scripts/x.sh',
  service: 'systemd/x.service',
  timer: 'systemd/x.timer',
  ansible: 'ansible/tasks/main.yml',
  k8s: 'k8s/cronjob.yaml',
  helm: 'helm/values.yaml',
  nix: 'nix/x.nix',
  env: '.env.production',
  terraform: 'terraform/main.tf',
  cfn: 'cloudformation/x.yaml',
  json: 'policy.json',
  nginx: 'nginx/sites-available/x.conf',
} as const;
type Slot = keyof typeof P;
const SLOTS = Object.keys(P) as Slot[];

/** A small valid file per slot, with the words that get it past the pre-filter. */
const VALID: Record<Slot, string> = {
  crontab: 'SHELL=/bin/bash\n0 3 * * * cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 14\n',
  cronD: 'RAILS_ENV=production\n0 3 * * * mastodon cd /home/mastodon/live && bin/tootctl media remove --days 14\n',
  shell: '#!/bin/bash\ncd /home/mastodon/live\nRAILS_ENV=production bin/tootctl media remove --prune-profiles --days 30\n',
  service: '[Unit]\nDescription=mastodon media\n[Service]\nType=oneshot\nUser=mastodon\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 14\n',
  timer: '[Unit]\nDescription=mastodon media\n[Timer]\nOnCalendar=daily\n[Install]\nWantedBy=timers.target\n',
  ansible: '- name: mastodon media\n  ansible.builtin.cron:\n    name: media\n    minute: "0"\n    hour: "3"\n    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 14"\n',
  k8s: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: mastodon-media\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: tootctl\n              image: ghcr.io/mastodon/mastodon:v4.3.0\n              command: ["bin/tootctl", "media", "remove", "--days", "14"]\n',
  helm: 'mastodon:\n  cron:\n    removeMedia:\n      enabled: true\n      schedule: "0 0 * * 0"\n  s3:\n    enabled: true\n    bucket: mastodon-media\n',
  nix: '{ config, ... }:\n{\n  services.mastodon = {\n    enable = true;\n    mediaAutoRemove = {\n      enable = true;\n      olderThanDays = 14;\n    };\n  };\n}\n',
  env: 'LOCAL_DOMAIN=example.social\nS3_ENABLED=true\nS3_BUCKET=mastodon-media\nS3_PERMISSION=private\n',
  terraform: 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media"\n}\n\nresource "aws_s3_bucket_public_access_block" "media" {\n  bucket            = aws_s3_bucket.media.id\n  block_public_acls = true\n}\n',
  cfn: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Media:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: mastodon-media\n',
  json: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::mastodon-media/*"}]}\n',
  nginx: 'server {\n  server_name mastodon.example;\n  location /system/ {\n    proxy_pass https://mastodon-media.s3.amazonaws.com/;\n  }\n}\n',
};

/** The same for every slot: `f(slot)` at each slot's path. */
function everywhere(f: (s: Slot) => string | Buffer): Record<string, string | Buffer> {
  return Object.fromEntries(SLOTS.map((s) => [P[s], f(s)]));
}

// ------------------------------------------------------------------ hostile content

const WORDS = 'tootctl mastodon S3_BUCKET aws_s3 proxy_pass "Statement": ';

function randomBytes(seed: number, size: number, allowNul: boolean): Buffer {
  const r = prng(seed);
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = allowNul ? Math.floor(r() * 256) : 1 + Math.floor(r() * 255);
  // Sprinkle the pre-filter's words so every parser, not just the pre-filter, sees the bytes.
  for (let k = 0; k < 16; k++) b.write(WORDS, Math.floor(r() * (size - WORDS.length)), 'latin1');
  return b;
}

/** Bytes that are not UTF-8: lone continuation, overlong, surrogate, truncated, invalid lead bytes. */
const BAD_UTF8 = [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe2, 0x82]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0x80])];

/** A valid file with invalid sequences inside words, values and comments. */
function withBadUtf8(text: string, seed: number): Buffer {
  const r = prng(seed);
  const parts: Buffer[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (r() < 0.06) {
      parts.push(Buffer.from(text.slice(last, i)), BAD_UTF8[Math.floor(r() * BAD_UTF8.length)] ?? Buffer.from([0xff]));
      last = i;
    }
  }
  parts.push(Buffer.from(text.slice(last)));
  return Buffer.concat(parts);
}

const rep = (s: string, n: number): string => s.repeat(n);

/** One 5 MB line that each format reads as one value or command. */
function longLine(s: Slot): string {
  const x = rep('a', 5 * 1024 * 1024);
  switch (s) {
    case 'crontab':
      return `0 3 * * * bin/tootctl media remove --days 14 ${x}\n`;
    case 'cronD':
      return `0 3 * * * mastodon bin/tootctl media remove --days ${x}\n`;
    case 'shell':
      return `bin/tootctl media remove --prune-profiles "${x}"\n`;
    case 'service':
      return `[Service]\nExecStart=/home/mastodon/live/bin/tootctl media remove --days 14 ${x}\n`;
    case 'timer':
      return `[Timer]\nOnCalendar=${x}\n# mastodon\n`;
    case 'ansible':
      return `- name: mastodon\n  ansible.builtin.cron:\n    job: "bin/tootctl media remove ${x}"\n`;
    case 'k8s':
      return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: mastodon\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: tootctl\n              command: ["bin/tootctl", "media", "remove", "${x}"]\n`;
    case 'helm':
      return `mastodon:\n  s3:\n    bucket: ${x}\n`;
    case 'nix':
      return `{ services.mastodon.mediaAutoRemove.startAt = "${x}"; }\n`;
    case 'env':
      return `S3_ENABLED=true\nS3_BUCKET=${x}\n`;
    case 'terraform':
      return `resource "aws_s3_bucket" "media" { bucket = "${x}" }\n`;
    case 'cfn':
      return `AWSTemplateFormatVersion: "2010-09-09"\nResources: {Media: {Type: "AWS::S3::Bucket", Properties: {BucketName: "${x}"}}}\n`;
    case 'json':
      return `{"Statement": [{"Effect": "Allow", "Resource": "${x}"}]}\n`;
    case 'nginx':
      return `server { server_name mastodon; location / { proxy_pass https://${x}; } }\n`;
  }
}

/** 100k-deep nesting in each format's own brackets. */
function deep(s: Slot): string {
  switch (s) {
    case 'crontab':
      return `0 3 * * * bin/tootctl media remove --days ${rep('$(', N)}14${rep(')', N)}\n`;
    case 'cronD':
      return `0 3 * * * mastodon bin/tootctl media remove --days ${rep('"$(echo ', N)}${rep(')"', N)}\n`;
    case 'shell':
      return `bin/tootctl media remove --days ${rep('$(', N)}14${rep(')', N)}\n${rep('(', N)}tootctl media remove${rep(')', N)}\n${rep('{ ', N)}tootctl;${rep(' }', N)}\necho \${${rep('x:-${', N)}${rep('}', N + 1)}\n`;
    case 'service':
      return `[Service]\nExecStart=/bin/sh -c "bin/tootctl media remove --days ${rep('$(', N)}14${rep(')', N)}"\n`;
    case 'timer':
      return `[Timer]\nOnCalendar=${rep('{', N)}\n# mastodon\n`;
    case 'ansible':
      return `# mastodon tootctl\n${rep('- ', N)}x\n`;
    case 'k8s':
      return `# mastodon tootctl\nkind: CronJob\nspec: ${rep('[', N)}${rep(']', N)}\n`;
    case 'helm':
      return `mastodon: ${rep('{a: ', N)}1${rep('}', N)}\n`;
    case 'nix':
      return `{ services.mastodon = ${rep('{ a = ', N)}1${rep('; }', N)}; x = ${rep('[ ', N)}${rep('] ', N)}; }\n`;
    case 'env':
      return `S3_ENABLED=true\nS3_BUCKET=${rep('${', N)}${rep('}', N)}\nS3_REGION="${rep('$(', N)}"\n`;
    case 'terraform':
      return `# aws_s3\nlocals { x = ${rep('[', N)}${rep(']', N)} }\n${rep('a {\n', N)}${rep('}\n', N)}resource "aws_s3_bucket" "m" { bucket = ${rep('(', N)}"x"${rep(')', N)} }\n`;
    case 'cfn':
      return `Resources: ${rep('{"a": ', N)}1${rep('}', N)}\n# AWS::S3\n`;
    case 'json':
      return `{"Statement": ${rep('[', N)}${rep(']', N)}, "x": ${rep('{"a":', N)}1${rep('}', N)}}\n`;
    case 'nginx':
      return `server {\n  server_name mastodon;\n${rep('location / {\n', N)}${rep('}\n', N)}${rep('if ($a) { ', N)}${rep('}', N)}\n}\n`;
  }
}

/** Hundreds of thousands of tiny items: commands, keys, list items, directives, lines. */
function wide(s: Slot): string {
  const M = 50_000; // tens of thousands: far beyond any real file, within a 2-core CI machine's memory
  switch (s) {
    case 'crontab':
      return rep('* * * * * tootctl media remove\n', M);
    case 'cronD':
      return `0 3 * * * mastodon ${rep('tootctl media remove;', M)}\n`;
    case 'shell':
      return `${rep('tootctl media remove --days 1 && ', M)}true\n${rep('X=1 ', M)}tootctl\n`;
    case 'service':
      return `[Service]\n${rep('ExecStart=/bin/tootctl media remove\n', M)}ExecStart=/bin/sh -c "${rep('tootctl;', M)}"\n`;
    case 'timer':
      return `[Unit]\nDescription=mastodon\n[Timer]\n${rep('OnCalendar=daily\n', M)}`;
    case 'ansible':
      return `# mastodon\n${rep('- ansible.builtin.cron: {job: tootctl media remove}\n', M / 4)}`;
    case 'k8s':
      return `kind: CronJob\nspec:\n  jobTemplate: {spec: {template: {spec: {containers: [{command: [${rep('"tootctl", ', M)}"x"]}]}}}}\n`;
    case 'helm':
      return `mastodon:\n${rep('  k: v\n', 10)}${Array.from({ length: M / 4 }, (_, i) => `  key${i}: tootctl\n`).join('')}`;
    case 'nix':
      return `{ services.mastodon = { ${Array.from({ length: M / 4 }, (_, i) => `a${i} = 1;`).join(' ')} }; systemd.services.x.script = "${rep('tootctl;', M)}"; }\n`;
    case 'env':
      return `S3_ENABLED=true\n${Array.from({ length: M }, (_, i) => `S3_X${i}=1\n`).join('')}`;
    case 'terraform':
      return `# aws_s3\n${Array.from({ length: M / 10 }, (_, i) => `resource "aws_s3_bucket" "b${i}" { bucket = "b${i}" }\n`).join('')}`;
    case 'cfn':
      return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${Array.from({ length: M / 10 }, (_, i) => `  B${i}: {Type: "AWS::S3::Bucket"}\n`).join('')}`;
    case 'json':
      return `{"Statement": [${rep('{"Effect": "Allow", "Action": "s3:GetObject"}, ', M / 2)}{}]}\n`;
    case 'nginx':
      return `server {\n  server_name mastodon;\n${rep('  location / { proxy_pass http://x; }\n', M / 2)}}\n`;
  }
}

/** Quotes, heredocs and brackets left open: each of these files is a syntax error for its reader. */
function unterminated(s: Slot): string {
  switch (s) {
    case 'crontab':
      return '0 3 * * * bin/tootctl media remove --days "14\n';
    case 'cronD':
      return "0 3 * * * mastodon bin/tootctl media remove --prune-profiles 'x\n";
    case 'shell':
      return '#!/bin/bash\nbin/tootctl media remove --days "14\necho done\n';
    case 'service':
      return '[Service]\nExecStart=/bin/sh -c "bin/tootctl media remove --days 14\n';
    case 'timer':
      return '[Timer]\nOnCalendar="daily\n# mastodon\n';
    case 'ansible':
      return '- name: mastodon\n  ansible.builtin.cron:\n    job: "bin/tootctl media remove --days 14\n';
    case 'k8s':
      return 'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - command: ["bin/tootctl", "media\n';
    case 'helm':
      return "mastodon:\n  s3:\n    bucket: 'mastodon-media\n";
    case 'nix':
      return '{ services.mastodon.localDomain = "example.social; }\n';
    case 'env':
      return 'S3_ENABLED=true\nS3_BUCKET="mastodon-media\nS3_REGION=eu-central-1\n';
    case 'terraform':
      return 'resource "aws_s3_bucket" "media" {\n  bucket = "mastodon-media\n}\n';
    case 'cfn':
      return 'AWSTemplateFormatVersion: "2010-09-09\nResources:\n  Media:\n    Type: AWS::S3::Bucket\n';
    case 'json':
      return '{"Statement": [{"Effect": "Allow", "Resource": "arn:aws:s3:::mastodon-media/*\n';
    case 'nginx':
      return 'server {\n  server_name "mastodon;\n  location / { proxy_pass http://x; }\n}\n';
  }
}

/** Open heredocs (legal for bash, which warns) and an open heredoc in Terraform (an error). */
const HEREDOCS: Record<string, string> = {
  'scripts/heredoc.sh': '#!/bin/bash\ncat <<EOF >/tmp/x\nbin/tootctl media remove --days 14\n',
  'scripts/heredoc-quoted.sh': "#!/bin/bash\ncat <<'EOF'\n$(bin/tootctl media remove)\n",
  'terraform/heredoc.tf': 'resource "aws_s3_bucket_policy" "media" {\n  bucket = "mastodon-media"\n  policy = <<EOF\n{"Statement": []}\n',
  'cron.d/heredoc': '0 3 * * * mastodon bash <<EOF\n',
};

/** Billion laughs: 9 levels of 9 aliases, used where each YAML extractor dereferences. */
function aliasBomb(use: string): string {
  let s = '# mastodon tootctl\nx0: &a0 ["bin/tootctl", "media", "remove"]\n';
  for (let i = 1; i <= 9; i++) s += `x${i}: &a${i} [${rep(`*a${i - 1}, `, 8)}*a${i - 1}]\n`;
  return s + use;
}

const BOMBS: Record<string, string> = {
  [P.k8s]: aliasBomb(
    'kind: CronJob\napiVersion: batch/v1\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: t\n              command: *a9\n              args: *a9\n              env: *a9\n',
  ),
  [P.helm]: aliasBomb('mastodon:\n  cron: *a9\n  s3: *a9\n  <<: *a9\n'),
  [P.ansible]: aliasBomb('- name: mastodon\n  ansible.builtin.cron: *a9\n  vars: *a9\n- *a9\n'),
  [P.cfn]: aliasBomb('AWSTemplateFormatVersion: "2010-09-09"\nResources: *a9\nOutputs: *a9\n'),
  'compose/docker-compose.yml': aliasBomb('services:\n  web:\n    image: ghcr.io/mastodon/mastodon\n    command: *a9\n    labels: *a9\n    environment: *a9\n'),
  // A chain of 10,000 aliases, each naming the one before.
  'k8s/chain.yaml': `# mastodon\n${Array.from({ length: 10_000 }, (_, i) => (i ? `c${i}: &c${i} *c${i - 1}\n` : 'c0: &c0 tootctl\n')).join('')}kind: CronJob\nspec: {schedule: "* * * * *", jobTemplate: {spec: {template: {spec: {containers: [{command: *c9999}]}}}}}\n`,
  // Merge keys that multiply.
  'helm/merge.yaml': `mastodon: &m0 {a: 1}\n${Array.from({ length: 20 }, (_, i) => `m${i + 1}: &m${i + 1}\n  <<: [*m${i}, *m${i}]\n  b${i}: tootctl\n`).join('')}root:\n  <<: *m20\n`,
};

// ------------------------------------------------------------------ cases

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  /** Extra set-up on the written tree (symlinks, FIFOs, modes). */
  setup?: (dir: string) => void;
  skip?: string | false;
  /** Files that must come out as MSTDN001 findings. */
  unparsable?: string[];
  /** [file, message pattern] pairs that must be notices. */
  notices?: [string, RegExp][];
}

function mkfifo(path: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  return spawnSync('mkfifo', [path]).status === 0;
}

const HAS_MKFIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

const CASES: Case[] = [
  {
    name: 'random bytes (no NUL) at every parser path',
    files: everywhere((s) => randomBytes(SLOTS.indexOf(s) + 1, 64 * 1024, false)),
  },
  {
    name: 'random bytes with NUL: skipped as binary',
    files: everywhere((s) => randomBytes(100 + SLOTS.indexOf(s), 16 * 1024, true)),
    notices: SLOTS.map((s) => [P[s], /binary/]),
  },
  {
    name: 'invalid UTF-8 inside otherwise valid files',
    files: everywhere((s) => withBadUtf8(VALID[s], 7 + SLOTS.indexOf(s))),
    notices: SLOTS.map((s) => [P[s], /UTF-8/]),
  },
  {
    name: 'a 5 MB single line in every format',
    files: everywhere(longLine),
  },
  {
    name: 'a 20 MB file is skipped with a notice',
    files: { [P.crontab]: `0 3 * * * bin/tootctl media remove ${rep('x', 20 * 1024 * 1024)}\n`, [P.k8s]: `# tootctl\n${rep('- a\n', 5 * 1024 * 1024)}`, [P.env]: VALID.env },
    notices: [
      [P.crontab, /skipped: 20\.0 MiB/],
      [P.k8s, /skipped: 20\.0 MiB/],
    ],
  },
  {
    name: 'YAML alias bombs (billion laughs, 10k alias chain, merge keys)',
    files: BOMBS,
  },
  {
    name: '100k-deep nesting in every format',
    files: everywhere(deep),
  },
  {
    name: 'tens of thousands of tiny commands, keys and lines in every format',
    files: everywhere(wide),
  },
  {
    name: 'unterminated quotes in every format, open heredocs',
    files: { ...everywhere(unterminated), ...HEREDOCS },
    // Each of these is a syntax error for the program that reads it.
    unparsable: [P.k8s, P.ansible, P.helm, P.cfn, P.json, P.terraform, 'terraform/heredoc.tf', P.nginx, P.nix, P.shell, P.crontab, P.cronD, P.service],
  },
  {
    name: 'NUL bytes after the binary sniff window, and at the start',
    files: {
      ...everywhere((s) => `${VALID[s]}#${rep(' ', 9000)}\n${VALID[s].replace(/tootctl/g, 'toot\0ctl')}\0\0\0\n`),
      'scripts/nul-start.sh': `\0#!/bin/sh\nbin/tootctl media remove\n`,
    },
    notices: [['scripts/nul-start.sh', /binary/]],
  },
  {
    name: 'CRLF line endings (and lone CR) in every format',
    files: {
      ...everywhere((s) => VALID[s].replace(/\n/g, '\r\n')),
      'k8s/cr.yaml': VALID.k8s.replace(/\n/g, '\r'),
      'scripts/cr.sh': VALID.shell.replace(/\n/g, '\r'),
    },
  },
  {
    name: 'symlink loops and dangling symlinks',
    files: { ...everywhere((s) => VALID[s]), 'nginx/nginx.conf': 'http {\n  include sites-enabled/*;\n  include loop.conf;\n}\n' },
    setup: (dir) => {
      symlinkSync('.', join(dir, 'loop'));
      symlinkSync('b', join(dir, 'a'));
      symlinkSync('a', join(dir, 'b'));
      symlinkSync('../k8s', join(dir, 'helm', 'up'));
      mkdirSync(join(dir, 'nginx', 'sites-enabled'));
      symlinkSync('../sites-available/x.conf', join(dir, 'nginx', 'sites-enabled', 'x.conf'));
      symlinkSync('loop.conf', join(dir, 'nginx', 'loop.conf'));
      symlinkSync('nowhere.conf', join(dir, 'nginx', 'sites-enabled', 'dangling.conf'));
      // A timer whose service is a symlink loop.
      writeFileSync(join(dir, 'systemd', 'loop.timer'), VALID.timer);
      symlinkSync('loop.service', join(dir, 'systemd', 'loop.service'));
    },
    skip: process.platform === 'win32' && 'symlinks need privileges on Windows',
  },
  {
    name: 'include cycles (nginx self and mutual includes, a timer naming itself)',
    files: {
      'nginx/nginx.conf': 'http {\n  include nginx.conf;\n  include a.conf;\n  include */*.conf;\n  include **/../nginx.conf;\n}\n',
      'nginx/a.conf': 'include b.conf;\nserver { server_name mastodon; location / { proxy_pass http://x; } }\n',
      'nginx/b.conf': 'include a.conf;\ninclude nginx.conf;\n',
      'nginx/sites-available/x.conf': 'include ../nginx.conf;\nserver { server_name mastodon; }\n',
      'systemd/self.timer': '[Unit]\nDescription=mastodon\n[Timer]\nUnit=self.timer\nOnCalendar=daily\n',
      'systemd/x.timer': '[Unit]\nDescription=mastodon\n[Timer]\nUnit=y.service\nOnCalendar=daily\n',
      'systemd/y.service': '[Unit]\nDescription=mastodon\n[Service]\nExecStart=/bin/systemctl start x.timer\n',
    },
  },
  {
    name: 'FIFOs where files are expected (a walk, a timer partner, an nginx include)',
    files: { [P.timer]: VALID.timer, 'nginx/nginx.conf': 'http {\n  include fifo.conf;\n  include sites-available/*.conf;\n}\n', 'nginx/sites-available/ok.conf': VALID.nginx, [P.env]: VALID.env },
    setup: (dir) => {
      // x.timer reads its partner x.service, which is a FIFO nobody writes to.
      for (const p of [P.service, P.crontab, P.k8s, 'nginx/fifo.conf', 'nginx/sites-available/fifo.conf']) assert.ok(mkfifo(join(dir, p)), `mkfifo ${p}`);
    },
    skip: !HAS_MKFIFO && 'no mkfifo here',
  },
  {
    name: 'unreadable files and directories (chmod 000)',
    files: { ...everywhere((s) => VALID[s]), 'secret/inner.yaml': '# mastodon\nkind: CronJob\n' },
    setup: (dir) => {
      chmodSync(join(dir, P.k8s), 0o000);
      chmodSync(join(dir, P.crontab), 0o000);
      chmodSync(join(dir, 'secret'), 0o000);
    },
    notices: [
      [P.k8s, /cannot be read/],
      [P.crontab, /cannot be read/],
      ['secret', /cannot be read/],
    ],
    // root reads anything; the FIFO case covers files that cannot be read there.
    skip: (IS_ROOT || process.platform === 'win32') && 'running as root (or on Windows): permissions do not stop reads',
  },
  {
    name: 'directories named like files',
    files: {
      'crontab/x': VALID.crontab,
      '.env.production/inner': VALID.env,
      'terraform/main.tf/inner.tf': VALID.terraform,
      'k8s/cronjob.yaml/inner.yaml': VALID.k8s,
      'policy.json/x.json': VALID.json,
      // x.timer's partner x.service is a directory.
      [P.timer]: VALID.timer,
      'systemd/x.service/inner': 'x',
      'nginx/nginx.conf': 'http { include conf.d; include conf.d/*; }\n',
      'nginx/conf.d/site.conf/x': 'server {}',
    },
  },
];

// ------------------------------------------------------------------ running

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonReport {
  findings: JsonFinding[];
  notices: { file: string; message: string }[];
}

const dirs: string[] = [];
after(() => {
  for (const d of dirs) {
    // Give chmod 000 directories back their mode so they can be removed.
    spawnSync('chmod', ['-R', 'u+rwx', d]);
    rmSync(d, { recursive: true, force: true });
  }
});

function writeCase(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), 'mops-hostile-'));
  dirs.push(dir);
  // A git work tree with a .gitignore, like a real repo.
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.gitignore'), 'ignored/\n');
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  c.setup?.(dir);
  return dir;
}

function checkReport(stdout: string, c: Case, where: string): JsonReport {
  let report: JsonReport;
  try {
    report = JSON.parse(stdout) as JsonReport;
  } catch (e) {
    assert.fail(`${where}: stdout is not JSON (${(e as Error).message}): ${stdout.slice(0, 300)}`);
  }
  assert.ok(Array.isArray(report.findings), `${where}: no findings array`);
  const problems: string[] = [];
  for (const f of report.findings) {
    if (!(f.line >= 1 && f.column >= 1 && f.endLine >= f.line)) problems.push(`${f.ruleId} at ${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  }
  for (const file of c.unparsable ?? []) {
    if (!report.findings.some((f) => f.ruleId === 'MSTDN001' && f.file === file)) {
      problems.push(`${file} is not an MSTDN001 finding (got ${JSON.stringify(report.findings.filter((f) => f.file === file).map((f) => f.ruleId))})`);
    }
  }
  for (const [file, re] of c.notices ?? []) {
    if (!report.notices.some((n) => n.file === file && re.test(n.message))) problems.push(`no notice for ${file} matching ${re}`);
  }
  assert.deepEqual(problems, [], `${where}: ${problems.length} problem(s); notices: ${JSON.stringify(report.notices).slice(0, 1500)}`);
  return report;
}

function runCli(dir: string, debug = false) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'lint', dir, '--format', 'json'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1', MASTODON_OPS_DEBUG: debug ? '1' : '' },
  });
}

/** After a crash: each file of the case alone, with the stack, so the report names the culprits. */
function isolate(c: Case): string {
  if (c.setup || !c.files) return '';
  const out: string[] = [];
  for (const [rel, content] of Object.entries(c.files)) {
    const dir = writeCase({ name: rel, files: { [rel]: content } });
    const r = runCli(dir, true);
    if (r.status === 0 || r.status === 1) continue;
    const frames = r.stderr
      .split('\n')
      .filter((l) => /^\s+at /.test(l))
      .slice(0, 4)
      .map((l) => l.trim().replace(REPO, ''));
    out.push(`  ${rel}: exit ${r.status ?? r.signal}: ${r.stderr.split('\n')[0]?.slice(0, 200)}\n      ${frames.join('\n      ')}`);
  }
  return out.length ? `\nfiles that fail alone:\n${out.join('\n')}` : '';
}

describe('robustness: hostile trees through the CLI and lint()', () => {
  for (const c of CASES) {
    test(c.name, { skip: c.skip || false }, async () => {
      const dir = writeCase(c);
      const started = Date.now();
      const r = runCli(dir);
      if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
        assert.fail(`hang: the CLI was killed after ${TIMEOUT_MS / 1000} s on ${dir} (lint() in process not run)`);
      }
      assert.equal(r.signal, null, `killed by ${r.signal} after ${Date.now() - started} ms; stderr: ${r.stderr.slice(-2000)}`);
      if (!(r.status === 0 || r.status === 1) || /^\s+at |internal error|this is a bug/im.test(r.stderr)) {
        assert.fail(`exit ${r.status}; stderr: ${r.stderr.slice(0, 1000)}${isolate(c)}`);
      }
      const report = checkReport(r.stdout, c, 'cli');
      for (const [file] of c.notices ?? []) assert.ok(r.stderr.includes(`notice: ${file}: `), `stderr names ${file}: ${r.stderr.slice(0, 1000)}`);
      assert.equal((r.stderr.match(/^notice: /gm) ?? []).length, report.notices.length, 'every notice is on stderr');

      // The same tree in process: no throw, every position 1-based, the same findings.
      const res = await lint({ paths: [dir], root: dir, settings: defaultSettings() });
      for (const f of res.findings) {
        for (const sp of [f.span, ...f.related.map((x) => x.span)]) {
          assert.ok(sp.start.line >= 1 && sp.start.column >= 1 && sp.end.offset >= sp.start.offset, `lint(): ${f.ruleId} at ${sp.file}:${sp.start.line}:${sp.start.column}`);
        }
      }
      assert.deepEqual(
        res.findings.map((f) => f.ruleId).sort(),
        report.findings.map((f) => f.ruleId).sort(),
        'lint() and the CLI agree',
      );
    });
  }
});
