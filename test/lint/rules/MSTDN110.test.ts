import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

/** A CronJob running `command` with the given extra `spec:` lines and metadata annotations. */
function cronJob(opts: { spec?: string[]; annotations?: string[]; command?: string } = {}): string {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: media-remove',
    ...(opts.annotations?.length ? ['  annotations:', ...opts.annotations.map((a) => `    ${a}`)] : []),
    'spec:',
    '  schedule: "0 */6 * * *"',
    ...(opts.spec ?? []).map((l) => `  ${l}`),
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    '            - name: tootctl',
    '              image: ghcr.io/mastodon/mastodon:v4.3.2',
    `              command: ${opts.command ?? '["bin/tootctl", "media", "remove", "--days", "14"]'}`,
    '',
  ].join('\n');
}

test('MSTDN110: a CronJob running tootctl without concurrencyPolicy is reported on its spec key', () => {
  const files = { 'k8s/media.yaml': cronJob() };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['k8s/media.yaml:5:1-5:5 MSTDN110']);
  const f = r.findings[0]!;
  assert.equal(spanText(files, f), 'spec');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^the CronJob "media-remove" runs tootctl without "concurrencyPolicy"/);
});

test('MSTDN110: Allow and Replace are reported on the value; Forbid is not reported', () => {
  for (const policy of ['Allow', 'Replace']) {
    const files = { 'k8s/media.yaml': cronJob({ spec: [`concurrencyPolicy: ${policy}`] }) };
    const r = lintTree(files);
    assert.deepEqual(brief(r.findings), [`k8s/media.yaml:7:22-7:${22 + policy.length} MSTDN110`], policy);
    assert.equal(spanText(files, r.findings[0]!), policy);
  }
  const ok = lintTree({ 'k8s/media.yaml': cronJob({ spec: ['concurrencyPolicy: Forbid'] }) });
  assert.deepEqual(brief(ok.findings), []);
});

test('MSTDN110: through bash -c too; not for CronJobs that do not run tootctl', () => {
  const viaShell = lintTree({ 'k8s/a.yaml': cronJob({ command: '["/bin/sh", "-c", "cd /opt/mastodon && exec bin/tootctl media remove --days 14"]' }) });
  assert.deepEqual(brief(viaShell.findings), ['k8s/a.yaml:5:1-5:5 MSTDN110']);
  const other = lintTree({ 'k8s/backup.yaml': cronJob({ command: '["pg_dump", "mastodon"]' }).replace('ghcr.io/mastodon/mastodon:v4.3.2', 'postgres:16') });
  assert.deepEqual(brief(other.findings), []);
  const echo = lintTree({ 'k8s/echo.yaml': cronJob({ command: '["sh", "-c", "echo tootctl media remove"]' }) });
  assert.deepEqual(brief(echo.findings), []);
});

test('MSTDN110: the ignore-check annotation silences it for that CronJob only, with a reason', () => {
  const ignored = lintTree({ 'k8s/media.yaml': cronJob({ annotations: ['ignore-check.mastodon-ops.dev/MSTDN110: "runs in two minutes, hourly"'] }) });
  assert.deepEqual(brief(ignored.findings), []);
  const otherRule = lintTree({ 'k8s/media.yaml': cronJob({ annotations: ['ignore-check.mastodon-ops.dev/MSTDN101: "x"'] }) });
  assert.deepEqual(brief(otherRule.findings), ['k8s/media.yaml:7:1-7:5 MSTDN110']);
});

test('MSTDN110: a policy from a template is unknown and not reported', () => {
  const r = lintTree({ 'k8s/media.yaml': cronJob({ spec: ['concurrencyPolicy: "{{ .Values.policy }}"'] }) });
  assert.deepEqual(brief(r.findings), []);
});

test('MSTDN110: official chart values are reported on removeMedia; magout values (Forbid) are not', () => {
  const files = {
    'helm/values-prod.yaml': 'mastodon:\n  local_domain: social.example\n  cron:\n    removeMedia:\n      enabled: true\n      schedule: "0 */6 * * *"\n',
    'magout/values.yaml': 'periodicMaintenance:\n  enabled: true\n  removeMedia:\n    enabled: true\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings), ['helm/values-prod.yaml:4:5-4:16 MSTDN110']);
  assert.equal(spanText(files, r.findings[0]!), 'removeMedia');
  const off = lintTree({ 'helm/values-prod.yaml': 'mastodon:\n  local_domain: x\n  cron:\n    removeMedia:\n      enabled: false\n' });
  assert.deepEqual(brief(off.findings), []);
});

test('MSTDN110: not for crontabs, systemd or compose schedules', () => {
  const r = lintTree({
    crontab: 'RAILS_ENV=production\n0 */6 * * * cd /home/mastodon/live && bin/tootctl media remove --days 14\n',
    'compose.yml': 'services:\n  web:\n    image: ghcr.io/mastodon/mastodon\n    labels:\n      ofelia.job-exec.m.schedule: "@hourly"\n      ofelia.job-exec.m.command: "bin/tootctl media remove --days 14"\n',
  });
  assert.deepEqual(brief(r.findings, 'MSTDN110'), []);
  assert.equal(r.model.invocations.filter((i) => i.tootctl).length, 2);
});
