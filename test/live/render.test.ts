// The health renderers are pure functions of a HealthReport: text (terminal), markdown (weekly
// report, issues, job summaries), Slack Block Kit (the bot) and json. Tested on hand-built
// reports for their layout, their escaping, Slack's limits (50 blocks per message, 3000
// characters per section text, 150 per header) and for never printing a credential that a check
// left in a URL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderHealthText } from '../../src/live/render/text.ts';
import { renderHealthMarkdown } from '../../src/live/render/markdown.ts';
import { mrkdwnEscape, renderHealthSlack, type SlackBlock } from '../../src/live/render/slack.ts';
import { HEALTH_FORMATS, renderHealth } from '../../src/live/render/index.ts';
import type { CheckResult, CheckStatus, Diagnosis, HealthReport } from '../../src/live/types.ts';

function check(id: string, status: CheckStatus, summary: string, extra: Partial<CheckResult> = {}): CheckResult {
  return { id, title: id, status, summary, details: [], durationMs: 12, ...extra };
}

function report(checks: CheckResult[], diagnosis: Diagnosis[] = [], instance = 'social.example'): HealthReport {
  return { version: 1, instance, startedAt: '2026-11-22T03:00:00.000Z', durationMs: 1234, checks, diagnosis };
}

const ACL: Diagnosis = {
  id: 'uploads-fail-acl',
  severity: 'fail',
  title: 'New uploads fail: the bucket has ACLs disabled and Mastodon sends an ACL with every upload',
  evidence: ['s3.write: PutObject with x-amz-acl: public-read was rejected with AccessControlListNotSupported', 's3.bucket: Object Ownership is BucketOwnerEnforced'],
  next: ['Set `S3_PERMISSION=` (present and empty) in .env.production', 'Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`'],
};

const SAMPLE = report(
  [
    check('s3.write', 'fail', 'Uploads fail: the bucket has ACLs disabled', { details: ['bucket media at https://s3.example', 'sent the ACL "public-read"'], fix: 'Set `S3_PERMISSION=` (present and empty).' }),
    check('db.profiles', 'ok', 'No remote account is missing its avatar file (318 remote accounts checked)', { details: ['scanned all 335 accounts'], fix: 'never shown for ok' }),
    check('sidekiq', 'error', 'error: timed out after 10 s'),
    check('host', 'skipped', 'skipped: no SSH target configured'),
    check('http', 'warn', '/api/v2/instance: 500 (the v1 endpoint answers)'),
  ],
  [ACL],
);

// -------------------------------------------------------------------------------------------------
// text

test('text: a title line, one line per check with its mark and padded id, details and fix indented, then the diagnosis', () => {
  const lines = renderHealthText(SAMPLE).split('\n');
  assert.deepEqual(lines, [
    'mastodon-ops health: social.example (1.2 s)',
    '',
    '[FAIL] s3.write         Uploads fail: the bucket has ACLs disabled',
    '        bucket media at https://s3.example',
    '        sent the ACL "public-read"',
    '        fix: Set `S3_PERMISSION=` (present and empty).',
    '[ok  ] db.profiles      No remote account is missing its avatar file (318 remote accounts checked)',
    '        scanned all 335 accounts',
    '[ERR ] sidekiq          error: timed out after 10 s',
    '[skip] host             skipped: no SSH target configured',
    '[WARN] http             /api/v2/instance: 500 (the v1 endpoint answers)',
    '',
    'Diagnosis:',
    '- [fail] New uploads fail: the bucket has ACLs disabled and Mastodon sends an ACL with every upload',
    '    because: s3.write: PutObject with x-amz-acl: public-read was rejected with AccessControlListNotSupported',
    '    because: s3.bucket: Object Ownership is BucketOwnerEnforced',
    '    1. Set `S3_PERMISSION=` (present and empty) in .env.production',
    '    2. Restart Mastodon web and sidekiq, then run `mastodon-ops health --only s3.write`',
    '',
  ]);
  assert.ok(!renderHealthText(report([check('http', 'ok', 'fine')])).includes('Diagnosis'), 'no diagnosis section when there is none');
});

// -------------------------------------------------------------------------------------------------
// markdown

/** The `| ... |` rows of the checks table. */
function tableRows(md: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf('| | Check | Result | Fix |');
  assert.ok(start >= 0, 'the checks table header');
  const rows: string[] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l);
  }
  return rows;
}

/** Cell separators: pipes not preceded by a backslash. */
const separators = (row: string) => (row.match(/(?<!\\)\|/g) ?? []).length;

test('markdown: a checks table with one row per check, the fix only when not ok, details folded, the diagnosis first', () => {
  const md = renderHealthMarkdown(SAMPLE);
  assert.match(md, /^## Mastodon health: social\.example\n\n_2026-11-22T03:00:00\.000Z · 1\.2 s_\n/);
  assert.ok(md.indexOf('### Diagnosis') < md.indexOf('### Checks'));
  assert.match(md, /\*\*❌ New uploads fail: .*\*\*\n\n- s3\.write: PutObject/);
  assert.match(md, /Next:\n\n1\. Set `S3_PERMISSION=`.*\n2\. Restart/);
  const rows = tableRows(md);
  assert.deepEqual(rows, [
    '| ❌ | `s3.write` | Uploads fail: the bucket has ACLs disabled | Set `S3_PERMISSION=` (present and empty). |',
    '| ✅ | `db.profiles` | No remote account is missing its avatar file (318 remote accounts checked) |  |',
    '| 🛑 | `sidekiq` | error: timed out after 10 s |  |',
    '| ⏭️ | `host` | skipped: no SSH target configured |  |',
    '| ⚠️ | `http` | /api/v2/instance: 500 (the v1 endpoint answers) |  |',
  ]);
  assert.match(md, /<details><summary>Details<\/summary>\n\n\*\*s3\.write\*\*\n\n- bucket media at https:\/\/s3\.example\n- sent the ACL "public-read"\n\n\*\*db\.profiles\*\*/);
  assert.ok(md.trimEnd().endsWith('</details>'));
});

test('markdown: pipes and line breaks in a summary or fix stay inside their cell', () => {
  const md = renderHealthMarkdown(
    report([
      check('s3.write', 'fail', 'Uploads fail: a|b || c\nsecond line', { fix: 'use `a | b`\nthen restart' }),
      check('http', 'fail', 'HTTP 502 from the proxy:\r\n<html>bad gateway</html>'),
    ]),
  );
  const rows = tableRows(md);
  assert.equal(rows.length, 2, md);
  for (const row of rows) assert.equal(separators(row), 5, `one row, four cells: ${JSON.stringify(row)}`);
  assert.ok(rows[0]!.includes('a\\|b \\|\\| c second line'), rows[0]);
  assert.ok(!/[\r\n]/.test(rows[1]!), `a CRLF from a proxy's answer splits the row: ${JSON.stringify(rows[1])}`);
});

// -------------------------------------------------------------------------------------------------
// Slack Block Kit

function texts(blocks: SlackBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const t = (b as { text?: { text?: string } }).text?.text;
    if (typeof t === 'string') out.push(t);
    for (const e of ((b as { elements?: { text?: string }[] }).elements ?? [])) if (typeof e.text === 'string') out.push(e.text);
  }
  return out;
}

function assertLimits(msg: { text: string; blocks: SlackBlock[] }): void {
  assert.ok(msg.blocks.length <= 50, `${msg.blocks.length} blocks`);
  for (const b of msg.blocks) {
    const t = (b as { type: string; text?: { type: string; text: string } }).text;
    if (b.type === 'header') {
      assert.equal(t?.type, 'plain_text');
      assert.ok((t?.text.length ?? 0) <= 150, `header of ${t?.text.length}`);
    }
    if (b.type === 'section') {
      assert.equal(t?.type, 'mrkdwn');
      assert.ok((t?.text.length ?? 0) <= 3000, `section of ${t?.text.length}`);
    }
  }
  assert.ok(msg.text.length <= 3000);
}

test('slack: header, one section per diagnosis, a divider, one section per check, a context line; within the limits', () => {
  const msg = renderHealthSlack(SAMPLE, { executionId: 'ex-42' });
  assertLimits(msg);
  assert.deepEqual(msg.blocks.map((b) => b.type), ['header', 'section', 'divider', 'section', 'section', 'section', 'section', 'section', 'context']);
  const t = texts(msg.blocks);
  assert.equal(t[0], 'Mastodon health: social.example');
  assert.match(t[1]!, /^:x: \*New uploads fail: .*\*\n• s3\.write: PutObject .*\n• s3\.bucket: .*\n\*Next:\*\n1\. Set `S3_PERMISSION=`/);
  assert.match(t[2]!, /^:x: \*s3\.write\*: Uploads fail: the bucket has ACLs disabled\n {4}• bucket media at https:\/\/s3\.example\n {4}• sent the ACL "public-read"\n {4}_fix:_ Set/);
  assert.ok(!t[3]!.includes('_fix:_'), 'no fix on an ok check');
  assert.equal(t.at(-1), '1.2 s · 2026-11-22T03:00:00.000Z · execution ex-42');
  assert.equal(msg.text, 'Mastodon health for social.example: fail: New uploads fail: the bucket has ACLs disabled and Mastodon sends an ACL with every upload');
});

test('slack: the progress view shows pending checks and no diagnosis yet', () => {
  const msg = renderHealthSlack(report([check('sidekiq', 'ok', 'fine')], [ACL]), { pending: [{ id: 's3.write', title: 'S3 upload' }, { id: 'db.profiles', title: 'Remote avatars' }] });
  assertLimits(msg);
  const t = texts(msg.blocks);
  assert.equal(t[0], 'Mastodon health: social.example (running, 2 left)');
  assert.ok(!t.some((x) => x.includes('New uploads fail')), 'the diagnosis waits for the last check');
  assert.deepEqual(t.slice(2, 4), [':hourglass_flowing_sand: *s3.write*: S3 upload…', ':hourglass_flowing_sand: *db.profiles*: Remote avatars…']);
  assert.equal(msg.text, 'Mastodon health: social.example (running, 2 left)');
});

test('slack: never more than 50 blocks, whatever the number of checks and diagnoses; what is cut is said', () => {
  for (const n of [0, 1, 45, 46, 47, 48, 49, 50, 51, 60, 200]) {
    for (const nd of [0, 1, 3]) {
      const checks = Array.from({ length: n }, (_, i) => check(`c${i}`, 'warn', `check ${i}`));
      const msg = renderHealthSlack(report(checks, Array.from({ length: nd }, () => ACL)));
      assertLimits(msg);
      assert.equal(msg.blocks.at(-1)?.type, 'context', `${n} checks, ${nd} diagnoses: the context line stays last`);
      const all = 1 + (nd ? nd + 1 : 0) + n + 1;
      if (all > 50) {
        const t = texts(msg.blocks);
        const more = t.find((x) => /more results/.test(x));
        assert.ok(more, `${n} checks, ${nd} diagnoses: the cut is announced`);
        const shown = msg.blocks.length - 2; // without the "more" section and the context
        assert.match(more!, new RegExp(`^… ${all - 1 - shown} more results`));
      } else assert.equal(msg.blocks.length, all);
    }
  }
});

test('slack: long texts are clipped to 3000 characters per section and 150 per header, after escaping', () => {
  const long = 'x'.repeat(10_000);
  const amp = '&'.repeat(2000); // 10,000 characters once escaped
  const msg = renderHealthSlack(
    report(
      [check('s3.write', 'fail', long, { details: [long, amp], fix: amp }), check('http', 'ok', amp)],
      [{ ...ACL, title: long, evidence: [long, long], next: [amp] }],
      `a-very-long-instance-name-${'y'.repeat(300)}`,
    ),
  );
  assertLimits(msg);
  for (const t of texts(msg.blocks)) assert.ok(!/&(a|am|amp)?…$/.test(t), `an entity is cut in half: …${t.slice(-12)}`);
});

test('slack: mrkdwn control characters from outside are escaped (&, <, >), so no mention, link or entity is injected', () => {
  assert.equal(mrkdwnEscape('a < b && c > d'), 'a &lt; b &amp;&amp; c &gt; d');
  assert.equal(mrkdwnEscape('<!channel> <https://evil.example|click> &lt;'), '&lt;!channel&gt; &lt;https://evil.example|click&gt; &amp;lt;');
  const hostile = '<!channel> see <https://evil.example|the docs> & more';
  const msg = renderHealthSlack(
    report(
      [check('s3.write', 'fail', hostile, { details: [hostile], fix: hostile }), check('http', 'warn', hostile)],
      [{ ...ACL, title: `Bucket ${hostile}`, evidence: [hostile], next: [hostile] }],
    ),
  );
  const all = JSON.stringify(msg.blocks);
  assert.ok(!all.includes('<!channel>'), 'a raw <!channel> in the blocks');
  assert.ok(!all.includes('<https://evil.example|'), 'a raw link in the blocks');
  assert.ok(all.includes('&lt;!channel&gt; see &lt;https://evil.example|the docs&gt; &amp; more'));
  // The top-level `text` is the notification and is parsed as mrkdwn too.
  assert.ok(!msg.text.includes('<!channel>'), `the notification text pings the channel: ${msg.text}`);
});

// -------------------------------------------------------------------------------------------------
// Secrets

const SECRETS = ['s3cr3t-db-pass', 'hunter2', 'wJalrXUtnFEMI-K7MDENG', 'tok3n-value'];
const LEAKY = report(
  [
    check('db.profiles', 'error', 'error: could not connect to postgres://mastodon:s3cr3t-db-pass@db.internal:5432/mastodon_production', {
      details: ['DATABASE_URL=postgres://mastodon:s3cr3t-db-pass@db.internal/mastodon_production'],
    }),
    check('sidekiq', 'error', 'error: redis://:hunter2@redis.internal:6379/0 refused the connection', { fix: 'check redis://default:hunter2@redis.internal:6379' }),
    check('s3.write', 'fail', 'Uploads fail', { details: ['endpoint https://AKIAEXAMPLE:wJalrXUtnFEMI-K7MDENG@s3.internal/media', 'called https://hooks.internal/?token=tok3n-value'] }),
  ],
  [{ id: 'uploads-fail', severity: 'fail', title: 'New uploads fail', evidence: ['s3.write: https://AKIAEXAMPLE:wJalrXUtnFEMI-K7MDENG@s3.internal/media'], next: ['retry'] }],
);

for (const format of HEALTH_FORMATS) {
  test(`no secret in the ${format} rendering when a result quotes a URL with credentials`, () => {
    const out = renderHealth(format, LEAKY);
    for (const s of SECRETS) assert.ok(!out.includes(s), `${format} prints "${s}"`);
  });
}
