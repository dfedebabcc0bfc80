// Generates a realistic infrastructure repository for the benchmark, deterministically (seeded):
// 95% files that have nothing to do with Mastodon (Terraform for other services, Ansible roles for
// other apps, Kubernetes manifests, nginx sites, shell scripts, READMEs, JSON, Makefiles), 5%
// Mastodon files of every kind the linter reads (crontabs and cron.d entries running tootctl, env
// files, CronJobs, Helm values, systemd units and timers, Ansible tasks, NixOS modules, nginx,
// scripts, Terraform and CloudFormation media buckets, bucket policies, compose files).
// Sizes are 0.5-8 KB (log-uniform), directories nest 2-5 levels, and the tree is a git work tree
// (`git init`, nothing committed, so `.git` stays small for grep too) with a `.gitignore` that
// ignores a few generated files (about 1% of the tree; grep reads them, the linter does not).
//
//   node --import tsx bench/gen.ts <dir> [files=10000] [seed=1]

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: small, fast, good enough for reproducible test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function pick<T>(r: Rand, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

const SERVICES = ['billing', 'gitlab', 'grafana', 'keycloak', 'matrix', 'nextcloud', 'peertube', 'plausible', 'sentry', 'vaultwarden', 'wiki', 'mailu', 'minio', 'jitsi', 'discourse', 'outline', 'drone', 'harbor', 'loki', 'prometheus'];
const ENVS = ['production', 'staging', 'dev', 'eu-west', 'us-east'];
const WORDS = 'the deploy uses a rolling update so that a failed health check stops the rollout before any traffic moves to new pods and the old replica set keeps serving requests while the on-call engineer reads the logs'.split(' ');

function sentence(r: Rand, n = int(r, 6, 16)): string {
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(r, WORDS));
  const s = w.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** Repeats `block(i)` after `head` until the text reaches `size` bytes. */
function fill(head: string, size: number, block: (i: number) => string, tail = ''): string {
  let out = head;
  for (let i = 0; out.length + tail.length < size; i++) out += block(i);
  return out + tail;
}

// ---------------------------------------------------------------- unrelated files (95%)

/** A stable hash of a string in [0, 1), so a property holds for a whole module, not a file. */
function unit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function tfOther(r: Rand, svc: string, size: number, module: string): string {
  // One Terraform module in six keeps buckets of its own (backups, logs), in a third of its files.
  const withBucket = unit(module) < 1 / 6 && r() < 1 / 3;
  return fill(`# ${svc}: ${sentence(r)}\n\nlocals {\n  service = "${svc}"\n  env     = "${pick(r, ENVS)}"\n}\n\n`, size, (i) => {
    const k = (i + int(r, 0, 3)) % 5;
    if (i === 0 && withBucket) {
      return `resource "aws_s3_bucket" "${svc}_backups_${i}" {\n  bucket = "${svc}-backups-${i}"\n  tags   = { Service = local.service }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "${svc}_backups_${i}" {\n  bucket = aws_s3_bucket.${svc}_backups_${i}.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    expiration {\n      days = ${int(r, 7, 365)}\n    }\n  }\n}\n\n`;
    }
    if (k <= 1) {
      return `resource "aws_instance" "${svc}_${i}" {\n  ami           = "ami-0${int(r, 100000, 999999)}abc"\n  instance_type = "${pick(r, ['t3.small', 'm6i.large', 'c6i.xlarge'])}"\n  subnet_id     = var.subnet_ids[${i % 3}]\n  vpc_security_group_ids = [aws_security_group.${svc}.id]\n  tags = {\n    Name    = "${svc}-${i}"\n    Service = local.service\n  }\n}\n\n`;
    }
    if (k === 2) {
      return `variable "${svc}_setting_${i}" {\n  description = "${sentence(r, 8)}"\n  type        = string\n  default     = "${pick(r, WORDS)}-${i}"\n}\n\n`;
    }
    if (k === 3) {
      return `resource "aws_security_group_rule" "${svc}_ingress_${i}" {\n  type              = "ingress"\n  from_port         = ${int(r, 1000, 9000)}\n  to_port           = ${int(r, 1000, 9000)}\n  protocol          = "tcp"\n  cidr_blocks       = ["10.${int(r, 0, 255)}.0.0/16"]\n  security_group_id = aws_security_group.${svc}.id\n}\n\n`;
    }
    return `module "${svc}_dns_${i}" {\n  source  = "../../modules/dns-record"\n  zone_id = var.zone_id\n  name    = "${svc}${i}.example.org"\n  records = [aws_instance.${svc}_0.private_ip]\n}\n\n`;
  });
}

function ansibleTasks(r: Rand, svc: string, size: number): string {
  return fill(`---\n# ${svc} role: ${sentence(r)}\n`, size, (i) => {
    const k = int(r, 0, 4);
    if (k === 0) return `- name: Install ${svc} packages (${i})\n  ansible.builtin.apt:\n    name:\n      - ${svc}\n      - ${pick(r, ['curl', 'jq', 'git', 'rsync'])}\n    state: present\n    update_cache: true\n\n`;
    if (k === 1) return `- name: Template ${svc} config ${i}\n  ansible.builtin.template:\n    src: ${svc}-${i}.conf.j2\n    dest: /etc/${svc}/${svc}-${i}.conf\n    owner: ${svc}\n    mode: "0640"\n  notify: restart ${svc}\n\n`;
    if (k === 2) return `- name: Ensure ${svc} is running ${i}\n  ansible.builtin.systemd:\n    name: ${svc}\n    state: started\n    enabled: true\n\n`;
    if (k === 3) return `- name: Rotate ${svc} logs ${i}\n  ansible.builtin.cron:\n    name: "${svc} logrotate ${i}"\n    minute: "${int(r, 0, 59)}"\n    hour: "${int(r, 0, 23)}"\n    job: "/usr/sbin/logrotate /etc/logrotate.d/${svc} >/dev/null 2>&1"\n\n`;
    return `- name: Run ${svc} migrations ${i}\n  ansible.builtin.command: /opt/${svc}/bin/${svc} migrate --yes\n  become_user: ${svc}\n  changed_when: false\n  when: ${svc}_migrate | default(true)\n\n`;
  });
}

function ansibleVars(r: Rand, svc: string, size: number): string {
  return fill(`---\n${svc}_version: "${int(r, 1, 9)}.${int(r, 0, 30)}.${int(r, 0, 9)}"\n${svc}_user: ${svc}\n`, size, (i) => `${svc}_option_${i}: "${pick(r, WORDS)}"\n${svc}_limit_${i}: ${int(r, 1, 1000)}\n`);
}

function k8sManifest(r: Rand, svc: string, size: number): string {
  const ns = pick(r, SERVICES);
  return fill('', size, (i) => {
    const k = int(r, 0, 3);
    if (k === 0) return `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc}-${i}\n  namespace: ${ns}\n  labels:\n    app.kubernetes.io/name: ${svc}\nspec:\n  replicas: ${int(r, 1, 5)}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${svc}\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ${svc}\n    spec:\n      containers:\n        - name: ${svc}\n          image: registry.example.org/${svc}:${int(r, 1, 9)}.${int(r, 0, 9)}\n          ports:\n            - containerPort: ${int(r, 3000, 9000)}\n          resources:\n            limits:\n              memory: ${int(r, 128, 2048)}Mi\n`;
    if (k === 1) return `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${svc}-${i}\n  namespace: ${ns}\nspec:\n  selector:\n    app.kubernetes.io/name: ${svc}\n  ports:\n    - port: 80\n      targetPort: ${int(r, 3000, 9000)}\n`;
    if (k === 2) return `---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${svc}-cleanup-${i}\n  namespace: ${ns}\nspec:\n  schedule: "${int(r, 0, 59)} ${int(r, 0, 23)} * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: cleanup\n              image: registry.example.org/${svc}:latest\n              command: ["/app/bin/${svc}", "cleanup", "--older-than", "${int(r, 1, 90)}d"]\n`;
    return `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${svc}-config-${i}\n  namespace: ${ns}\ndata:\n  LOG_LEVEL: ${pick(r, ['info', 'debug', 'warn'])}\n  FEATURE_${i}: "${pick(r, ['true', 'false'])}"\n`;
  });
}

function nginxOther(r: Rand, svc: string, size: number): string {
  const host = `${svc}.example.org`;
  return fill(`# ${host}: ${sentence(r)}\nupstream ${svc}_backend {\n    server 127.0.0.1:${int(r, 3000, 9000)};\n}\n\n`, size, (i) => `server {\n    listen 443 ssl http2;\n    server_name ${i ? `${svc}${i}.example.org` : host};\n    ssl_certificate /etc/letsencrypt/live/${host}/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;\n    location / {\n        proxy_pass http://${svc}_backend;\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n    location /static/ {\n        root /srv/${svc}/public;\n        expires 7d;\n    }\n}\n\n`);
}

function shellOther(r: Rand, svc: string, size: number): string {
  const backup = r() < 0.15; // backup scripts that copy to a bucket
  return fill(`#!/usr/bin/env bash\n# ${svc}: ${sentence(r)}\nset -euo pipefail\n\nDATA_DIR=/srv/${svc}\nSTAMP=$(date +%F)\n\n`, size, (i) => {
    if (backup && i === 0) return `pg_dump -Fc ${svc} > "/var/backups/${svc}-$STAMP.dump"\naws s3 cp "/var/backups/${svc}-$STAMP.dump" "s3://example-backups/${svc}/"\n\n`;
    const k = int(r, 0, 2);
    if (k === 0) return `log() { printf '%s %s\\n' "$(date -Is)" "$*" >&2; }\nlog "step ${i}: ${sentence(r, 6)}"\n\n`;
    if (k === 1) return `for f in "$DATA_DIR"/cache-${i}/*; do\n  [ -e "$f" ] || continue\n  find "$f" -type f -mtime +${int(r, 1, 30)} -delete\ndone\n\n`;
    return `if systemctl is-active --quiet ${svc}; then\n  systemctl reload ${svc}\nelse\n  echo "${svc} is not running" >&2\nfi\n\n`;
  });
}

function readme(r: Rand, svc: string, size: number): string {
  return fill(`# ${svc}\n\n${sentence(r)}\n\n`, size, (i) => `## Section ${i}\n\n${sentence(r)} ${sentence(r)} ${sentence(r)}\n\n    ${svc} --check ${i}\n\n`);
}

function jsonOther(r: Rand, svc: string, size: number): string {
  const o: Record<string, unknown> = { name: svc, version: `${int(r, 1, 9)}.${int(r, 0, 9)}.0`, settings: {} };
  const s = o.settings as Record<string, unknown>;
  for (let i = 0; JSON.stringify(o, null, 2).length < size; i++) s[`${pick(r, WORDS)}_${i}`] = { enabled: r() < 0.5, limit: int(r, 1, 1000), label: sentence(r, 5) };
  return `${JSON.stringify(o, null, 2)}\n`;
}

function makefile(r: Rand, svc: string, size: number): string {
  return fill(`# ${svc}\n.PHONY: all deploy test\n\nall: test\n\n`, size, (i) => `target-${i}:\n\t@echo "${sentence(r, 6)}"\n\t./scripts/${svc}-${i}.sh --env ${pick(r, ENVS)}\n\n`);
}

function dockerfile(r: Rand, svc: string, size: number): string {
  return fill(`FROM debian:bookworm-slim\nLABEL org.opencontainers.image.title="${svc}"\n`, size, (i) => `RUN apt-get update && apt-get install -y --no-install-recommends ${pick(r, ['curl', 'jq', 'git', 'rsync'])} && rm -rf /var/lib/apt/lists/* # ${i}\n`);
}

function systemdOther(r: Rand, svc: string, size: number): string {
  return fill(`[Unit]\nDescription=${svc} worker\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=${svc}\nExecStart=/opt/${svc}/bin/${svc} serve --port ${int(r, 3000, 9000)}\nRestart=on-failure\n`, size, (i) => `# ${sentence(r)} (${i})\nEnvironment=${svc.toUpperCase()}_OPT_${i}=${pick(r, WORDS)}\n`, '\n[Install]\nWantedBy=multi-user.target\n');
}

// ---------------------------------------------------------------- Mastodon files (5%)

const TOOTCTL = [
  'media remove --days 14 --concurrency 5',
  'media remove --prune-profiles --days 7',
  'media remove --remove-headers --days 30',
  'preview_cards remove --days 30',
  'statuses remove --days 90',
  'accounts prune',
  'media remove-orphans',
  'accounts refresh --all --concurrency 10',
  'cache clear',
];

function mastodonCrontab(r: Rand, _: string, size: number, cronD: boolean): string {
  const user = cronD ? 'mastodon  ' : '';
  return fill(`# Mastodon maintenance on app${int(r, 1, 4)}.example.social\nSHELL=/bin/bash\nRAILS_ENV=production\nPATH=/home/mastodon/.rbenv/shims:/usr/local/bin:/usr/bin:/bin\n\n`, size, () => `# ${sentence(r)}\n${int(r, 0, 59)} ${int(r, 0, 23)} * * ${int(r, 0, 6)}  ${user}cd /home/mastodon/live && bin/tootctl ${pick(r, TOOTCTL)} >> /home/mastodon/log/tootctl.log 2>&1\n`);
}

/** Variables a real .env.production sets; a few belong to other tools (backup jobs, monitoring). */
const ENV_EXTRA = ['WEB_DOMAIN', 'ALTERNATE_DOMAINS', 'AUTHORIZED_FETCH', 'DEFAULT_LOCALE', 'OTP_SECRET', 'VAPID_PRIVATE_KEY', 'VAPID_PUBLIC_KEY', 'DB_PORT', 'DB_PASS', 'DB_POOL', 'REDIS_PORT', 'REDIS_PASSWORD', 'ES_ENABLED', 'ES_HOST', 'ES_PORT', 'SMTP_SERVER', 'SMTP_PORT', 'SMTP_LOGIN', 'SMTP_PASSWORD', 'SMTP_FROM_ADDRESS', 'S3_ENDPOINT', 'S3_HOSTNAME', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'WEB_CONCURRENCY', 'MAX_THREADS', 'SIDEKIQ_CONCURRENCY', 'STREAMING_CLUSTER_NUM', 'RAILS_LOG_LEVEL', 'TRUSTED_PROXY_IP', 'BACKUP_RETENTION_DAYS', 'HEALTHCHECK_URL'];

function mastodonEnv(r: Rand, _: string, size: number): string {
  const base = `# Generated by Ansible from env.production.j2\nLOCAL_DOMAIN=example.social\nSINGLE_USER_MODE=false\nSECRET_KEY_BASE=${'a'.repeat(64)}\nDB_HOST=db.internal\nDB_USER=mastodon\nDB_NAME=mastodon_production\nREDIS_HOST=redis.internal\nS3_ENABLED=true\nS3_BUCKET=example-social-media\nS3_REGION=eu-central-1\nS3_ALIAS_HOST=files.example.social\nS3_PERMISSION=${pick(r, ['public-read', 'private', ''])}\n`;
  return fill(base, Math.min(size, 2500), (i) => {
    const name = ENV_EXTRA[i % ENV_EXTRA.length] ?? 'LOG_LEVEL';
    return `${i % 4 === 0 ? `# ${sentence(r)}\n` : ''}${name}=${pick(r, WORDS)}${i >= ENV_EXTRA.length ? i : ''}\n`;
  });
}

function mastodonCronJob(r: Rand, _: string, size: number): string {
  return fill('', size, (i) => `---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: mastodon-maintenance-${i}\n  namespace: mastodon\nspec:\n  schedule: "${int(r, 0, 59)} ${int(r, 0, 23)} * * *"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: tootctl\n              image: ghcr.io/mastodon/mastodon:v4.3.${int(r, 0, 9)}\n              command: ["bin/tootctl", ${pick(r, TOOTCTL).split(' ').map((w) => JSON.stringify(w)).join(', ')}]\n              envFrom:\n                - secretRef:\n                    name: mastodon-env\n`);
}

function mastodonHelmValues(r: Rand, _: string, size: number): string {
  return fill(`image:\n  repository: ghcr.io/mastodon/mastodon\n  tag: v4.3.${int(r, 0, 9)}\n\nmastodon:\n  local_domain: example.social\n  cron:\n    removeMedia:\n      enabled: true\n      schedule: "${int(r, 0, 59)} ${int(r, 0, 23)} * * 0"\n  s3:\n    enabled: true\n    bucket: example-social-media\n    region: eu-central-1\n    alias_host: files.example.social\n`, size, (i) => `  # ${sentence(r)}\n  extra_${i}: ${pick(r, WORDS)}\n`);
}

function mastodonService(r: Rand, _: string, size: number): string {
  return fill(`[Unit]\nDescription=Mastodon: ${pick(r, TOOTCTL)}\nAfter=network-online.target postgresql.service\n\n[Service]\nType=oneshot\nUser=mastodon\nWorkingDirectory=/home/mastodon/live\nEnvironment="RAILS_ENV=production"\nExecStart=/home/mastodon/live/bin/tootctl ${pick(r, TOOTCTL)}\n`, size, (i) => `# ${sentence(r)} (${i})\n`);
}

function mastodonTimer(r: Rand, _: string, size: number): string {
  return fill(`[Unit]\nDescription=Run the mastodon maintenance job\n\n[Timer]\nOnCalendar=${pick(r, ['daily', 'weekly', '*-*-* 03:00:00', 'Sun 04:30'])}\nPersistent=true\n`, size, (i) => `# ${sentence(r)} (${i})\n`, '\n[Install]\nWantedBy=timers.target\n');
}

function mastodonAnsible(r: Rand, _: string, size: number): string {
  return fill(`---\n# Mastodon role: ${sentence(r)}\n`, size, (i) => `- name: tootctl ${i}\n  ansible.builtin.cron:\n    name: "mastodon tootctl ${i}"\n    user: mastodon\n    minute: "${int(r, 0, 59)}"\n    hour: "${int(r, 0, 23)}"\n    job: "cd /home/mastodon/live && RAILS_ENV=production bin/tootctl ${pick(r, TOOTCTL)}"\n\n`);
}

function mastodonNix(r: Rand, _: string, size: number): string {
  return fill(`{ config, lib, pkgs, ... }:\n{\n  services.mastodon = {\n    enable = true;\n    localDomain = "example.social";\n    mediaAutoRemove = {\n      enable = true;\n      startAt = "daily";\n      olderThanDays = ${int(r, 1, 60)};\n    };\n  };\n`, size, (i) => `  # ${sentence(r)}\n  environment.etc."mastodon-note-${i}".text = "${pick(r, WORDS)}";\n`, '}\n');
}

function mastodonNginx(r: Rand, _: string, size: number): string {
  return fill(`# Mastodon: ${sentence(r)}\nupstream backend {\n    server 127.0.0.1:3000 fail_timeout=0;\n}\n\nserver {\n    listen 443 ssl http2;\n    server_name example.social;\n    root /home/mastodon/live/public;\n    location /system/ {\n        proxy_pass https://example-social-media.s3.eu-central-1.amazonaws.com/;\n    }\n    location @proxy {\n        proxy_pass http://backend;\n    }\n}\n`, size, (i) => `# ${sentence(r)} (${i})\n`);
}

function mastodonScript(r: Rand, _: string, size: number): string {
  return fill(`#!/usr/bin/env bash\n# Mastodon housekeeping: ${sentence(r)}\nset -euo pipefail\ncd /home/mastodon/live\nexport RAILS_ENV=production\n`, size, () => `# ${sentence(r)}\nbin/tootctl ${pick(r, TOOTCTL)}\n`);
}

function mastodonTerraform(r: Rand, _: string, size: number): string {
  return fill(`# Media bucket of example.social (S3_BUCKET in .env.production).\nresource "aws_s3_bucket" "mastodon_media" {\n  bucket = "example-social-media"\n}\n\nresource "aws_s3_bucket_public_access_block" "mastodon_media" {\n  bucket                  = aws_s3_bucket.mastodon_media.id\n  block_public_acls       = ${pick(r, ['true', 'false'])}\n  ignore_public_acls      = ${pick(r, ['true', 'false'])}\n  block_public_policy     = false\n  restrict_public_buckets = false\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "mastodon_media" {\n  bucket = aws_s3_bucket.mastodon_media.id\n  rule {\n    id     = "expire-cache"\n    status = "Enabled"\n    filter {\n      prefix = "${pick(r, ['cache/', 'cache/accounts/', ''])}"\n    }\n    expiration {\n      days = ${int(r, 7, 90)}\n    }\n  }\n}\n\n`, size, (i) => `# ${sentence(r)} (${i})\n`);
}

function mastodonCfn(r: Rand, _: string, size: number): string {
  return fill(`AWSTemplateFormatVersion: "2010-09-09"\nDescription: Mastodon media bucket\nResources:\n  MediaBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-social-media\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ${pick(r, ['BucketOwnerEnforced', 'ObjectWriter'])}\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire-cache\n            Status: Enabled\n            Prefix: cache/\n            ExpirationInDays: ${int(r, 7, 90)}\n`, size, (i) => `# ${sentence(r)} (${i})\n`);
}

function mastodonPolicy(r: Rand): string {
  return `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicReadMastodonMedia', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::example-social-media/${pick(r, ['*', 'media_attachments/*', 'accounts/*'])}` }] }, null, 2)}\n`;
}

function mastodonCompose(r: Rand, _: string, size: number): string {
  return fill(`services:\n  web:\n    image: ghcr.io/mastodon/mastodon:v4.3.${int(r, 0, 9)}\n    env_file: .env.production\n    command: bundle exec puma -C config/puma.rb\n  scheduler:\n    image: mcuadros/ofelia:latest\n    labels:\n      ofelia.job-exec.media-remove.schedule: "@daily"\n      ofelia.job-exec.media-remove.command: "bin/tootctl ${pick(r, TOOTCTL)}"\n`, size, (i) => `  # ${sentence(r)} (${i})\n`);
}

// ---------------------------------------------------------------- layout

/**
 * A directory level that grows with the tree: a bigger repo has more directories, not bigger ones
 * (a Terraform module, an Ansible role or a k8s namespace holds about the same number of files in
 * a 10k- and a 20k-file repo), so the two sizes compare like for like.
 */
const grp = (n: number): string => `g${Math.floor(n / 1000)}`;

interface Gen {
  path: (r: Rand, svc: string, n: number) => string;
  /** `path` is the file's path, for properties shared by a directory. */
  body: (r: Rand, svc: string, size: number, path: string) => string;
  weight: number;
}

const OTHER: Gen[] = [
  { weight: 18, path: (r, s, n) => `services/${s}/terraform/${grp(n)}/${pick(r, ['main', 'network', 'compute', 'dns', 'iam', 'variables'])}-${n}.tf`, body: (r, s, z, p) => tfOther(r, s, z, p.slice(0, p.lastIndexOf('/'))) },
  { weight: 16, path: (r, s, n) => `ansible/roles/${s}-${grp(n)}/${pick(r, ['tasks', 'handlers'])}/${pick(r, ['main', 'install', 'config', 'service'])}-${n}.yml`, body: ansibleTasks },
  { weight: 6, path: (r, s, n) => `ansible/${grp(n)}/${pick(r, ['group_vars', 'host_vars'])}/${s}-${n}.yml`, body: ansibleVars },
  { weight: 16, path: (r, s, n) => `k8s/${pick(r, ENVS)}/${s}-${grp(n)}/${pick(r, ['deployment', 'service', 'cronjob', 'configmap'])}-${n}.yaml`, body: k8sManifest },
  { weight: 6, path: (_, s, n) => `nginx/${grp(n)}/sites-available/${s}-${n}.conf`, body: nginxOther },
  { weight: 12, path: (r, s, n) => `scripts/${s}-${grp(n)}/${pick(r, ['backup', 'deploy', 'rotate', 'check'])}-${n}.sh`, body: shellOther },
  { weight: 10, path: (r, s, n) => `${pick(r, [`docs/${grp(n)}`, `services/${s}/${grp(n)}`, `ansible/roles/${s}-${grp(n)}`])}/README-${n}.md`, body: readme },
  { weight: 8, path: (r, s, n) => `${pick(r, [`config/${grp(n)}`, `services/${s}/config/${grp(n)}`, `dashboards/${grp(n)}`])}/${s}-${n}.json`, body: jsonOther },
  { weight: 3, path: (_, s, n) => `services/${s}/docker/${n}/Dockerfile`, body: dockerfile },
  { weight: 2, path: (_, s, n) => `services/${s}/make/${n}/Makefile`, body: makefile },
  { weight: 3, path: (_, s, n) => `systemd/${grp(n)}/${s}-worker-${n}.service`, body: systemdOther },
];

const MASTODON: Gen[] = [
  { weight: 3, path: (r, _, n) => `hosts/${grp(n)}/app${int(r, 1, 9)}/crontab/mastodon-${n}.crontab`, body: (r, s, z) => mastodonCrontab(r, s, z, false) },
  { weight: 2, path: (r, _, n) => `hosts/${grp(n)}/app${int(r, 1, 9)}/cron.d/mastodon-${n}`, body: (r, s, z) => mastodonCrontab(r, s, z, true) },
  { weight: 2, path: (_, __, n) => `mastodon/env/${n}/.env.production`, body: mastodonEnv },
  { weight: 3, path: (r, _, n) => `k8s/${pick(r, ENVS)}/mastodon-${grp(n)}/cronjob-${n}.yaml`, body: mastodonCronJob },
  { weight: 2, path: (_, __, n) => `helm/mastodon-${grp(n)}/values-${n}.yaml`, body: mastodonHelmValues },
  { weight: 2, path: (_, __, n) => `systemd/${grp(n)}/mastodon-maintenance-${n}.service`, body: mastodonService },
  { weight: 2, path: (_, __, n) => `systemd/${grp(n)}/mastodon-maintenance-${n}.timer`, body: mastodonTimer },
  { weight: 3, path: (_, __, n) => `ansible/roles/mastodon-${grp(n)}/tasks/cron-${n}.yml`, body: mastodonAnsible },
  { weight: 1, path: (_, __, n) => `nixos/hosts/bots${n}/mastodon.nix`, body: mastodonNix },
  { weight: 1, path: (_, __, n) => `nginx/${grp(n)}/sites-available/mastodon-${n}.conf`, body: mastodonNginx },
  { weight: 3, path: (_, __, n) => `scripts/mastodon-${grp(n)}/maintenance-${n}.sh`, body: mastodonScript },
  { weight: 1, path: (_, __, n) => `terraform/mastodon/${n}/s3.tf`, body: mastodonTerraform },
  { weight: 1, path: (_, __, n) => `cloudformation/${grp(n)}/mastodon-media-${n}.yaml`, body: mastodonCfn },
  { weight: 1, path: (_, __, n) => `policies/${grp(n)}/mastodon-media-${n}.json`, body: (r) => mastodonPolicy(r) },
  { weight: 1, path: (_, __, n) => `compose/mastodon-${n}/docker-compose.yml`, body: mastodonCompose },
];

function weighted(r: Rand, gens: Gen[]): Gen {
  const total = gens.reduce((s, g) => s + g.weight, 0);
  let x = r() * total;
  for (const g of gens) {
    x -= g.weight;
    if (x < 0) return g;
  }
  return gens[gens.length - 1] as Gen;
}

/** 0.5-8 KB, log-uniform. */
function size(r: Rand): number {
  return Math.round(512 * 16 ** r());
}

export interface GenStats {
  files: number;
  mastodon: number;
  ignored: number;
  bytes: number;
}

/** Writes `count` files under `dir` (which must not exist yet). */
export function generate(dir: string, count: number, seed = 1): GenStats {
  const r = prng(seed);
  const stats: GenStats = { files: 0, mastodon: 0, ignored: 0, bytes: 0 };
  const write = (rel: string, text: string): void => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', dir]);
  write('.gitignore', '# build output and local state\n/build/\n*.tfstate\n*.tfstate.backup\n*.retry\n.env.local\n');
  write('README.md', '# infra\n\nEverything we deploy: Terraform, Ansible, Kubernetes, nginx and scripts.\n');
  const ignoredCount = Math.round(count * 0.01);
  const mastodonCount = Math.round(count * 0.05);
  for (let i = 0; i < ignoredCount; i++) {
    const svc = pick(r, SERVICES);
    write(i % 2 ? `build/${svc}/${i}/plan.json` : `services/${svc}/terraform/state-${i}.tfstate`, jsonOther(r, svc, size(r)));
    stats.ignored++;
  }
  for (let i = 0; stats.files < count; i++) {
    const svc = pick(r, SERVICES);
    const mastodon = stats.mastodon < mastodonCount && r() < mastodonCount / (count - stats.files);
    const g = weighted(r, mastodon ? MASTODON : OTHER);
    const path = g.path(r, svc, i);
    write(path, g.body(r, svc, size(r), path));
    if (mastodon) stats.mastodon++;
  }
  return stats;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n = '10000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node --import tsx bench/gen.ts <dir> [files=10000] [seed=1]\n');
    process.exit(2);
  }
  const s = generate(dir, Number(n), Number(seed));
  process.stdout.write(`${dir}: ${s.files} files (${s.mastodon} Mastodon, ${s.ignored} gitignored), ${(s.bytes / 1048576).toFixed(1)} MiB\n`);
}
