import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import type { Invocation } from '../../../src/lint/model.ts';
import type { Span } from '../../../src/lint/source.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

function at(files: Record<string, string>, span: Span): string {
  return (files[span.file] ?? '').slice(span.start.offset, span.end.offset);
}

const OFFICIAL = [
  'image:',
  '  repository: ghcr.io/mastodon/mastodon',
  '  tag: v4.3.2',
  'mastodon:',
  '  local_domain: social.example',
  '  cron:',
  '    removeMedia:',
  '      enabled: true',
  '      schedule: "0 3 * * *"',
  '  s3:',
  '    enabled: true',
  '    bucket: social-media',
  '    endpoint: https://s3.eu-central-1.amazonaws.com',
  '    hostname: s3.eu-central-1.amazonaws.com',
  '    region: eu-central-1',
  '    permission: ""',
  '    alias_host: files.social.example',
  '  extraEnvVars:',
  '    S3_PERMISSION: ""',
  '    RAILS_ENV: production',
  '',
].join('\n');

test('official chart values: the media-remove CronJob, synthetic words on the removeMedia key', () => {
  const files = { 'deploy/values.yaml': OFFICIAL };
  const r = lintTree(files);
  assert.equal(r.model.invocations.length, 1);
  const inv = r.model.invocations[0]!;
  assert.deepEqual(argv(inv), ['bin/tootctl', 'media', 'remove']);
  assert.equal(at(files, inv.argv[0]!.span), 'removeMedia');
  const s = inv.scheduler!;
  assert.equal(s.kind, 'helm-values');
  assert.equal(s.schedule?.text, '0 3 * * *');
  assert.equal(at(files, s.schedule!.span), '"0 3 * * *"');
  assert.equal(s.k8s?.concurrencyPolicy, null);
  assert.equal(inv.env.kind, 'container');
  assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  // The chart renders no concurrencyPolicy: MSTDN110 on the removeMedia key, nothing else.
  assert.deepEqual(brief(r.findings), ['deploy/values.yaml:7:5-7:16 MSTDN110']);
  assert.equal(spanText(files, r.findings[0]!), 'removeMedia');
});

test('official chart values: the env the chart renders, with spans on the values', () => {
  const files = { 'deploy/values.yaml': OFFICIAL };
  const r = lintTree(files);
  assert.equal(r.model.envFiles.length, 1);
  const env = r.model.envFiles[0]!;
  assert.equal(env.origin, 'helm');
  assert.deepEqual(
    env.entries.map((e) => [e.key, e.value, at(files, e.keySpan), at(files, e.valueSpan)]),
    [
      ['S3_ENABLED', 'true', 'enabled', 'true'],
      ['S3_BUCKET', 'social-media', 'bucket', 'social-media'],
      ['S3_ENDPOINT', 'https://s3.eu-central-1.amazonaws.com', 'endpoint', 'https://s3.eu-central-1.amazonaws.com'],
      ['S3_HOSTNAME', 's3.eu-central-1.amazonaws.com', 'hostname', 's3.eu-central-1.amazonaws.com'],
      ['S3_PROTOCOL', 'https', 's3', 's3'],
      // no S3_PERMISSION from `permission: ""`: the chart cannot render an empty one
      ['S3_REGION', 'eu-central-1', 'region', 'eu-central-1'],
      ['S3_ALIAS_HOST', 'files.social.example', 'alias_host', 'files.social.example'],
      ['S3_PERMISSION', '', 'S3_PERMISSION', '""'], // extraEnvVars, rendered quoted
      ['RAILS_ENV', 'production', 'RAILS_ENV', 'production'],
    ],
  );
  assert.equal(env.byKey.get('S3_PERMISSION')?.length, 1);
});

test('official chart values: defaults apply; enabled: false and non-chart files render nothing', () => {
  const minimal = { 'helm/mastodon.yaml': 'mastodon:\n  local_domain: social.example\n  s3:\n    enabled: false\n' };
  const r = lintTree(minimal);
  assert.equal(r.model.invocations.length, 1);
  assert.equal(r.model.invocations[0]!.scheduler?.schedule?.text, '0 0 * * 0'); // the chart's default
  assert.deepEqual(brief(r.findings), ['helm/mastodon.yaml:1:1-1:9 MSTDN110']); // no removeMedia key: on `mastodon`
  assert.deepEqual(r.model.envFiles, []); // S3 disabled, no extraEnvVars

  const off = lintTree({ 'values.yaml': 'mastodon:\n  cron:\n    removeMedia:\n      enabled: false\n' });
  assert.deepEqual(off.model.invocations, []);
  assert.deepEqual(off.findings, []);

  const vars = lintTree({ 'group_vars/all/values.yml': 'mastodon:\n  local_domain: x\n  cron: {removeMedia: {enabled: true}}\n' });
  assert.deepEqual(vars.model.invocations, []);
});

test('magout values: one Forbid CronJob, enabled toggles only, words on the toggle keys', () => {
  const files = {
    'magout/values.yaml': [
      'serverName: social.example',
      'periodicMaintenance:',
      '  enabled: true',
      '  schedule: "0 2 * * *"',
      '  env:',
      '    - name: RAILS_ENV',
      '      value: production',
      '  envFrom:',
      '    - secretRef: {name: mastodon-env}',
      '  cullAccounts:',
      '    enabled: false',
      '  pruneProfileMedia: # tootctl media remove --prune-profiles',
      '    enabled: true',
      '  refreshAccounts:',
      '    enabled: true',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map((i) => argv(i).join(' ')), [
    'bin/tootctl accounts prune',
    'bin/tootctl media remove',
    'bin/tootctl media remove --prune-profiles',
    'bin/tootctl accounts refresh --all',
  ]);
  const s = r.model.invocations[0]!.scheduler!;
  assert.equal(s.k8s?.concurrencyPolicy?.value, 'Forbid');
  assert.equal(s.schedule?.text, '0 2 * * *');
  assert.equal(r.model.invocations[2]!.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.deepEqual(brief(r.findings), [
    'magout/values.yaml:12:3-12:20 MSTDN101',
    'magout/values.yaml:14:3-14:18 MSTDN104',
  ]);
  assert.deepEqual(r.findings.map((f) => spanText(files, f)), ['pruneProfileMedia', 'refreshAccounts']);
});

test('magout values: disabled by default; commented-out toggles do nothing', () => {
  const r = lintTree({
    'values.yaml': 'periodicMaintenance:\n  # enabled: true\n  pruneProfileMedia:\n    enabled: true\n',
    'prod/values.yaml': 'periodicMaintenance:\n  enabled: true\n  # pruneProfileMedia:\n  #   enabled: true\n',
  });
  assert.deepEqual(r.model.invocations.map((i) => `${i.file.path} ${argv(i).join(' ')}`), [
    'prod/values.yaml bin/tootctl accounts prune',
    'prod/values.yaml bin/tootctl accounts cull',
    'prod/values.yaml bin/tootctl media remove',
  ]);
  assert.deepEqual(r.findings, []);
});

test('Flux HelmRelease values are chart values', () => {
  const files = {
    'clusters/prod/mastodon.yaml': [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata: {name: mastodon}',
      'spec:',
      '  chart: {spec: {chart: mastodon}}',
      '  values:',
      '    mastodon:',
      '      local_domain: social.example',
      '      cron:',
      '        removeMedia:',
      '          schedule: "0 4 * * 0"',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.equal(r.model.invocations.length, 1);
  assert.deepEqual(brief(r.findings), ['clusters/prod/mastodon.yaml:10:9-10:20 MSTDN110']);
});
