import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

test('MSTDN101: a crontab prune is reported on the flag itself', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN101');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '--prune-profiles');
  assert.deepEqual(brief(r.findings), ['crontab:2:62-2:78 MSTDN101']);
  assert.equal(f[0]!.severity, 'error');
});

test('MSTDN101: commented-out lines, other subcommands and --no-prune-profiles are not reported', () => {
  const r = lintTree({
    crontab: [
      'RAILS_ENV=production',
      '# 0 4 * * 0 bin/tootctl media remove --prune-profiles',
      '0 4 * * 0 bin/tootctl media remove --days 7',
      '0 5 * * 0 bin/tootctl media remove --no-prune-profiles',
      '0 6 * * 0 echo tootctl media remove --prune-profiles',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, 'MSTDN101'), []);
});

test('MSTDN101: continuation lines and variables in a script run by cron', () => {
  const files = {
    'crontab': 'RAILS_ENV=production\n@weekly /opt/mastodon/bin/prune.sh\n',
    'bin/prune.sh': '#!/bin/sh\nT=/home/mastodon/live/bin/tootctl\nFLAG=--prune-profiles\n$T media remove \\\n  $FLAG --days 90\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN101');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.span.file, 'bin/prune.sh');
  assert.equal(f[0]!.span.start.line, 5);
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /crontab entry/);
});

test('MSTDN101: a script nothing schedules is a warning', () => {
  const r = lintTree({ 'ops/prune.sh': '#!/bin/bash\nRAILS_ENV=production bin/tootctl media remove --prune-profiles --days 90\n' });
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN101');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'warning');
});

test('MSTDN101: inline suppression on the line above, with a reason', () => {
  const r = lintTree({
    crontab: 'RAILS_ENV=production\n# mastodon-ops: ignore[MSTDN101] we restore weekly\n0 4 * * 0 bin/tootctl media remove --prune-profiles --days 90\n',
  });
  assert.deepEqual(brief(r.findings), []);
  assert.equal(r.suppressed, 1);
});
