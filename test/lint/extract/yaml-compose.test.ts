import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import type { Invocation } from '../../../src/lint/model.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

const COMPOSE = [
  'x-mastodon: &mastodon',
  '  image: ghcr.io/mastodon/mastodon:v4.3.2',
  '  env_file: .env.production',
  '  restart: always',
  '',
  'services:',
  '  web:',
  '    <<: *mastodon',
  '    command: bundle exec puma -C config/puma.rb',
  '    labels:',
  '      ofelia.enabled: "true"',
  '      ofelia.job-exec.media-remove.schedule: "0 0 4 * * *"',
  '      ofelia.job-exec.media-remove.command: "bin/tootctl media remove --days 14"',
  '      ofelia.job-exec.prune.schedule: "@weekly"',
  '      ofelia.job-exec.prune.command: "bin/tootctl media remove --prune-profiles --days $${PRUNE_DAYS:-45}"',
  '',
  '  sidekiq:',
  '    <<: *mastodon',
  '    command: bundle exec sidekiq',
  '    environment:',
  '      RAILS_ENV: production',
  '      DB_POOL: ${SIDEKIQ_DB_POOL}',
  '',
  '  ofelia:',
  '    image: mcuadros/ofelia:latest',
  '    command: daemon --docker',
  '    labels:',
  '      - "ofelia.job-exec.refresh.schedule=@every 24h"',
  '      - "ofelia.job-exec.refresh.container=mastodon-sidekiq-1"',
  '      - "ofelia.job-exec.refresh.command=bin/tootctl accounts refresh --all"',
  '',
  '  cleaner:',
  '    <<: *mastodon',
  '    command:',
  '      - bash',
  '      - -c',
  '      - |',
  '        while true; do',
  '          bin/tootctl media remove --remove-headers --days 60',
  '          sleep 86400',
  '        done',
  '',
  '  once:',
  '    <<: *mastodon',
  '    profiles: [tools]',
  '    command: ["bin/tootctl", "media", "remove", "--prune-profiles", "--days", "90"]',
  '',
].join('\n');

test('compose: ofelia labels on the service and on the scheduler, a sleep loop, a one-off command', () => {
  const files = { 'docker-compose.yml': COMPOSE };
  const r = lintTree(files);
  const t = r.model.invocations.filter((i) => i.tootctl);
  assert.deepEqual(
    t.map((i) => [argv(i).join(' '), i.scheduler?.label ?? null]),
    [
      ['bin/tootctl media remove --remove-headers --days 60', 'compose service "cleaner" (a sleep loop)'],
      ['bin/tootctl media remove --prune-profiles --days 90', null],
      ['bin/tootctl media remove --days 14', 'ofelia job "media-remove" (service "web")'],
      // `$$` is compose's escape for `$`: the shell sees ${PRUNE_DAYS:-45}, unset here, so 45
      ['bin/tootctl media remove --prune-profiles --days 45', 'ofelia job "prune" (service "web")'],
      ['bin/tootctl accounts refresh --all', 'ofelia job "refresh" (service "sidekiq")'],
    ],
  );
  const byLabel = new Map(t.map((i) => [i.scheduler?.label, i]));
  const mr = byLabel.get('ofelia job "media-remove" (service "web")')!;
  assert.equal(mr.scheduler?.kind, 'compose');
  assert.deepEqual({ ...mr.scheduler!.schedule, span: undefined }, { kind: 'unknown', text: '0 0 4 * * *', known: true, span: undefined });
  assert.equal(mr.env.kind, 'container');
  assert.deepEqual(mr.env.notes, ['env_file adds variables']); // from the merged anchor
  const refresh = byLabel.get('ofelia job "refresh" (service "sidekiq")')!;
  assert.equal(refresh.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(refresh.env.vars.get('DB_POOL')?.value, null); // host interpolation: unknown
  assert.equal(refresh.scheduler?.schedule?.text, '@every 24h');

  assert.deepEqual(brief(r.findings), [
    'docker-compose.yml:15:64-15:80 MSTDN101',
    'docker-compose.yml:30:71-30:76 MSTDN104',
    'docker-compose.yml:39:36-39:52 MSTDN102',
    'docker-compose.yml:46:49-46:67 MSTDN101',
  ]);
  assert.deepEqual(r.findings.map((f) => spanText(files, f)), ['--prune-profiles', '--all', '--remove-headers', '"--prune-profiles"']);
  assert.deepEqual(r.findings.map((f) => f.severity), ['error', 'error', 'warning', 'warning']);
});

test('compose: services without tootctl or scheduler labels add no schedules', () => {
  const r = lintTree({
    'compose.yaml': 'services:\n  web:\n    image: ghcr.io/mastodon/mastodon\n    command: bundle exec puma\n    labels:\n      # ofelia.job-exec.x.schedule: "@daily"\n      # ofelia.job-exec.x.command: "bin/tootctl media remove --prune-profiles"\n      traefik.enable: "true"\n',
  });
  assert.deepEqual(r.model.schedulers, []);
  assert.deepEqual(r.findings, []);
});
