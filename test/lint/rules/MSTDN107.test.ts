import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const cron = (...lines: string[]) => ({ crontab: ['RAILS_ENV=production', ...lines, ''].join('\n') });

test('MSTDN107: a mistyped option is reported on the option itself, as an error', () => {
  const files = cron('0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profile');
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN107'), ['crontab:2:62-2:77 MSTDN107']);
  const f = r.findings.find((x) => x.ruleId === 'MSTDN107')!;
  assert.equal(spanText(files, f), '--prune-profile');
  assert.equal(f.severity, 'error');
  assert.equal(f.confidence, 'high');
  assert.match(f.message, /"--prune-profiles"/);
  assert.match(f.message, /was called with arguments/);
});

test('MSTDN107: commands, subcommands, values and arguments, each on the offending word', () => {
  const files = cron(
    '0 1 * * * bin/tootctl medai remove',
    '0 2 * * * bin/tootctl media rmove',
    '0 3 * * * bin/tootctl media rem --days 7',
    '0 4 * * * bin/tootctl media remove --days=thirty',
    '0 5 * * * bin/tootctl media remove 30',
    '0 6 * * * bin/tootctl media lookup',
    '0 7 * * * bin/tootctl ip_blocks export --format csv',
    '0 8 * * * bin/tootctl media remove --days --dry-run',
  );
  const r = lintTree(files);
  const got = r.findings.filter((f) => f.ruleId === 'MSTDN107').map((f) => `${f.span.start.line}:${spanText(files, f)}`);
  assert.deepEqual(got, ['2:medai', '3:rmove', '4:rem', '5:thirty', '6:30', '7:lookup', '8:csv', '9:--days']);
  assert.deepEqual(brief(r.findings, 'MSTDN107').slice(3, 4), ['crontab:5:43-5:49 MSTDN107']);
});

test('MSTDN107: where Thor takes the typo as an argument, the message says the option is ignored', () => {
  const files = cron('0 4 * * 0 bin/tootctl accounts cull --dryrun');
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN107');
  assert.deepEqual(brief(f), ['crontab:2:37-2:45 MSTDN107']);
  assert.match(f[0]!.message, /DOMAIN argument/);
  assert.doesNotMatch(f[0]!.message, /exits 1/);
});

test('MSTDN107: every form Thor accepts passes', () => {
  const r = lintTree(
    cron(
      '# 0 4 * * 0 bin/tootctl media remove --prune-profile',
      '0 1 * * * bin/tootctl media remove --days=30 -c 2 -v --dry_run',
      '0 2 * * * bin/tootctl media remove -d7 --no-prune-profiles --keep-interacted',
      '0 3 * * * bin/tootctl media remove_orphans --prefix cache/ --dry-run false',
      '0 4 * * * bin/tootctl preview-cards remove --days 30 --link',
      '0 5 * * * bin/tootctl accounts refresh alice@example.com --dry-run',
      '0 6 * * * bin/tootctl statuses remove --days 90 --batch_size 500 --skip-media-remove',
      '0 7 * * * bin/tootctl search deploy --only accounts tags',
      '0 8 * * * bin/tootctl med remove -- --dry-run',
      '0 9 * * * echo tootctl media remove --prune-profile',
      '0 10 * * * bin/tootctl media remove --prune-profile --help',
    ),
  );
  assert.deepEqual(brief(r.findings, 'MSTDN107'), []);
});

test('MSTDN107: a script run by cron, with the typo on a continuation line', () => {
  const files = {
    crontab: 'RAILS_ENV=production\n@weekly /opt/mastodon/bin/clean.sh\n',
    'bin/clean.sh': '#!/bin/sh\ncd /home/mastodon/live\nbin/tootctl media remove \\\n  --days 30 --dryrun\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN107');
  assert.deepEqual(brief(f), ['bin/clean.sh:4:13-4:21 MSTDN107']);
  assert.equal(spanText(files, f[0]!), '--dryrun');
});

test('MSTDN107: after a word the linter cannot read, the finding is low confidence', () => {
  const r = lintTree(cron('0 4 * * 0 bin/tootctl media remove $OPTS --prune-profile'));
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN107');
  assert.deepEqual(brief(f), ['crontab:2:42-2:57 MSTDN107']);
  assert.equal(f[0]!.confidence, 'low');
  // An unknown value for --days is not a malformed one.
  assert.deepEqual(brief(lintTree(cron('0 4 * * 0 bin/tootctl media remove --days $DAYS')).findings, 'MSTDN107'), []);
});
