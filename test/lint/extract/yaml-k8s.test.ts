import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import type { Invocation } from '../../../src/lint/model.ts';
import { ignoredRules } from '../../../src/lint/extract/yaml/ignores.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

const MANIFEST = [
  '# Weekly maintenance for the Mastodon instance.',
  'apiVersion: batch/v1',
  'kind: CronJob',
  'metadata:',
  '  name: mastodon-maintenance',
  '  namespace: mastodon',
  'spec:',
  '  schedule: "30 4 * * 0"',
  '  successfulJobsHistoryLimit: 1',
  '  jobTemplate:',
  '    spec:',
  '      template:',
  '        spec:',
  '          restartPolicy: OnFailure',
  '          containers:',
  '            - name: tootctl',
  '              image: ghcr.io/mastodon/mastodon:v4.3.2',
  '              envFrom:',
  '                - configMapRef: {name: mastodon-env}',
  '              env:',
  '                - name: DB_PASS',
  '                  valueFrom: {secretKeyRef: {name: db, key: password}}',
  '              command:',
  '                - /bin/bash',
  '                - -ec',
  '                - |',
  '                  bin/tootctl media remove --days 14',
  '                  bin/tootctl preview_cards remove --days 30',
  '                  bin/tootctl media remove \\',
  '                    --prune-profiles \\',
  '                    --days 21',
  '---',
  'apiVersion: batch/v1beta1',
  'kind: CronJob',
  'metadata:',
  '  name: refresh-avatars',
  '  annotations:',
  '    ignore-check.mastodon-ops.dev/MSTDN110: "runs in seconds"',
  'spec:',
  '  schedule: "@daily"',
  '  concurrencyPolicy: Replace',
  '  jobTemplate:',
  '    spec:',
  '      template:',
  '        spec:',
  '          containers:',
  '            - name: refresh',
  '              image: ghcr.io/mastodon/mastodon:v4.3.2',
  '              command: ["bin/tootctl"]',
  '              args:',
  '                - accounts',
  '                - refresh',
  '                - --all',
  '              env:',
  '                - {name: RAILS_ENV, value: development}',
  '',
].join('\n');

test('CronJob: `bash -c` block scalar words map into the file; multi-document; container env', () => {
  const files = { 'k8s/maintenance.yaml': MANIFEST };
  const r = lintTree(files);
  const t = r.model.invocations.filter((i) => i.tootctl);
  assert.deepEqual(t.map(argv), [
    ['bin/tootctl', 'media', 'remove', '--days', '14'],
    ['bin/tootctl', 'preview_cards', 'remove', '--days', '30'],
    ['bin/tootctl', 'media', 'remove', '--prune-profiles', '--days', '21'],
    ['bin/tootctl', 'accounts', 'refresh', '--all'],
  ]);
  const prune = t[2]!;
  assert.equal(prune.env.kind, 'container');
  assert.equal(prune.env.vars.get('DB_PASS')?.value, null); // valueFrom: unknown
  assert.deepEqual(prune.env.notes, ['envFrom adds variables from a ConfigMap or Secret']);
  assert.deepEqual(prune.via, ['bash -ec']);
  const s = prune.scheduler!;
  assert.equal(s.kind, 'k8s-cronjob');
  assert.equal(s.label, 'Kubernetes CronJob "mastodon-maintenance"');
  assert.deepEqual({ ...s.schedule, span: undefined }, { kind: 'cron', text: '30 4 * * 0', known: true, span: undefined });
  assert.equal(spanText(files, { span: s.schedule!.span } as never), '"30 4 * * 0"');
  assert.equal(s.k8s?.concurrencyPolicy, null);
  assert.equal(spanText(files, { span: s.k8s!.objectSpan } as never), 'spec');
  assert.equal(t[3]!.scheduler?.k8s?.concurrencyPolicy?.value, 'Replace');
  assert.equal(t[3]!.scheduler?.schedule?.kind, 'special');

  assert.deepEqual(brief(r.findings), [
    'k8s/maintenance.yaml:7:1-7:5 MSTDN110',
    'k8s/maintenance.yaml:30:21-30:37 MSTDN101',
    'k8s/maintenance.yaml:31:21-31:30 MSTDN106',
    'k8s/maintenance.yaml:49:25-49:38 MSTDN108',
    'k8s/maintenance.yaml:53:19-53:24 MSTDN104',
  ]);
  const text = r.findings.map((f) => spanText(files, f));
  assert.deepEqual(text, ['spec', '--prune-profiles', '--days 21', '"bin/tootctl"', '--all']);
  // The annotation silences MSTDN110 for that CronJob (and is recorded for the engine).
  assert.equal(ignoredRules(t[3]!.scheduler).get('MSTDN110'), 'runs in seconds');
});

test('CronJob: suspended, Jobs and Deployments are not scheduled; a List is read', () => {
  const files = {
    'k8s/other.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: paused}',
      'spec:',
      '  suspend: true',
      '  schedule: "0 0 * * *"',
      '  jobTemplate: {spec: {template: {spec: {containers: [{name: a, command: [bin/tootctl, media, remove, --prune-profiles]}]}}}}',
      '---',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {name: once}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: a',
      '          args: [bin/tootctl, media, remove, --prune-profiles, --days, "60"]',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: batch/v1',
      '    kind: CronJob',
      '    metadata: {name: listed}',
      '    spec:',
      '      schedule: "0 5 * * *"',
      '      concurrencyPolicy: Forbid',
      '      jobTemplate: {spec: {template: {spec: {containers: [{name: a, command: [sh, -c, "bin/tootctl media remove --days 3"]}]}}}}',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map((i) => [argv(i).join(' '), i.scheduler?.label ?? null]), [
    ['bin/tootctl media remove --prune-profiles --days 60', null],
    ['bin/tootctl media remove --days 3', 'Kubernetes CronJob "listed"'],
  ]);
  // The Job is a script: a warning; the suspended CronJob reports nothing; `listed` has Forbid.
  assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.span.start.line}`), ['MSTDN101 warning 17']);
});

test('CronJob: Helm-style and unknown values never guess', () => {
  const files = {
    'k8s/templated.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: t}',
      'spec:',
      '  schedule: "${SCHEDULE}"',
      '  concurrencyPolicy: Forbid',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: a',
      '              command: ["sh", "-c", "$TOOTCTL media remove --prune-profiles --days $DAYS"]',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.findings, []); // $TOOTCTL may be anything: not known to run tootctl
  assert.equal(r.model.invocations.length, 1);
  assert.equal(r.model.invocations[0]!.argv[0]!.value, null);
});
