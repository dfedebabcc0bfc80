import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FINGERPRINT_KEY, renderSarif, toSarif } from '../../../src/lint/reporters/sarif.ts';
import { RULES } from '../../../src/lint/rules/index.ts';
import type { Finding } from '../../../src/lint/findings.ts';
import { CRONTAB, Tree, result } from './fixture.ts';
import { lintTree } from '../../helpers/lint.ts';

// Loosely typed access to the SARIF document.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function sarif(findings: Finding[], o: { maxResults?: number; pathPrefix?: string } = {}): Any {
  return JSON.parse(renderSarif(result(findings), { version: '0.1.0', ...o }));
}

const tree = new Tree({ crontab: CRONTAB, 'a b/.env': 'S3_PERMISSION=public-read\n' });
const three = [
  tree.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { related: [{ file: 'crontab', needle: '0 4 * * 0', message: 'scheduled here' }] }),
  tree.finding('MSTDN103', 'warning', 'crontab', '--all'),
  tree.finding('MSTDN201', 'info', 'a b/.env', 'public-read'),
];

test('sarif: 2.1.0 with $schema and one run', () => {
  const doc = sarif(three);
  assert.equal(doc.version, '2.1.0');
  assert.match(doc.$schema, /sarif-2\.1\.0/);
  assert.equal(doc.runs.length, 1);
  const driver = doc.runs[0].tool.driver;
  assert.equal(driver.name, 'mastodon-ops');
  assert.equal(driver.version, '0.1.0');
  assert.match(driver.informationUri, /^https:\/\//);
});

test('sarif: every rule of the registry is listed with its metadata', () => {
  const rules: Any[] = sarif([]).runs[0].tool.driver.rules;
  assert.deepEqual(
    rules.map((r) => r.id),
    RULES.map((r) => r.id),
  );
  const level = { error: 'error', warning: 'warning', info: 'note' } as const;
  for (const [i, r] of rules.entries()) {
    const meta = RULES[i]!;
    assert.equal(r.name, meta.name);
    assert.equal(r.shortDescription.text, meta.short);
    assert.equal(r.fullDescription.text, meta.full);
    assert.equal(r.helpUri, meta.helpUri);
    assert.equal(typeof r.help.text, 'string');
    assert.ok(r.help.markdown.includes(meta.helpUri));
    assert.equal(r.defaultConfiguration.level, level[meta.severity]);
    assert.ok(Array.isArray(r.properties.tags) && r.properties.tags.length > 0);
  }
});

test('sarif: results map levels, point at their rule, and use 1-based regions with relative URIs', () => {
  const run = sarif(three).runs[0];
  const rules: Any[] = run.tool.driver.rules;
  assert.deepEqual(
    run.results.map((x: Any) => x.level),
    ['error', 'warning', 'note'],
  );
  for (const [i, res] of run.results.entries()) {
    const f = three[i]!;
    assert.equal(rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.ruleId, f.ruleId);
    assert.equal(res.message.text, f.message);
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(!loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes('://'));
    assert.deepEqual(
      { ...loc.region, snippet: undefined },
      { startLine: f.span.start.line, startColumn: f.span.start.column, endLine: f.span.end.line, endColumn: f.span.end.column, snippet: undefined },
    );
    assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    assert.equal(loc.contextRegion.snippet.text, f.snippet);
  }
  const first = run.results[0].locations[0].physicalLocation;
  assert.equal(first.artifactLocation.uri, 'crontab');
  assert.equal(first.region.snippet.text, '--prune-profiles');
  assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'a%20b/.env');
  assert.deepEqual(run.results[0].relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'crontab', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 10 } },
      message: { text: 'scheduled here' },
    },
  ]);
  assert.equal(run.columnKind, 'utf16CodeUnits');
});

test('sarif: the Action prefix makes URIs repository-relative', () => {
  const run = sarif(three, { pathPrefix: 'ops/mastodon' }).runs[0];
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'ops/mastodon/crontab');
});

test('sarif: fingerprints are stable across runs and line moves, distinct for repeated lines', () => {
  const a = sarif(three).runs[0].results.map((x: Any) => x.partialFingerprints[FINGERPRINT_KEY]);
  const b = sarif(three).runs[0].results.map((x: Any) => x.partialFingerprints[FINGERPRINT_KEY]);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
  for (const p of a) assert.match(p, /^[0-9a-f]{32}:\d+$/);

  // The same crontab with lines added above: line numbers change, fingerprints do not.
  const moved = new Tree({ crontab: `# maintenance\n\n${CRONTAB}`, 'a b/.env': 'S3_PERMISSION=public-read\n' });
  const m = sarif([moved.finding('MSTDN101', 'error', 'crontab', '--prune-profiles')]).runs[0].results[0];
  assert.equal(m.locations[0].physicalLocation.region.startLine, 4);
  assert.equal(m.partialFingerprints[FINGERPRINT_KEY], a[0]);

  // Two identical lines: same hash, different occurrence counters.
  const dup = new Tree({ crontab: `${CRONTAB}${CRONTAB}` });
  const d = sarif([
    dup.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { nth: 0 }),
    dup.finding('MSTDN101', 'error', 'crontab', '--prune-profiles', { nth: 1 }),
  ]).runs[0].results.map((x: Any) => x.partialFingerprints[FINGERPRINT_KEY] as string);
  assert.equal(d[0]!.split(':')[0], d[1]!.split(':')[0]);
  assert.deepEqual(
    d.map((p: string) => p.split(':')[1]),
    ['1', '2'],
  );
});

test('sarif: two lint runs of the same files in different directories give the same document', () => {
  const files = { crontab: 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60\n' };
  const one = renderSarif(lintTree(files), { version: '1' });
  const two = renderSarif(lintTree(files), { version: '1' });
  assert.equal(one, two);
  assert.ok(JSON.parse(one).runs[0].results.some((x: Any) => x.ruleId === 'MSTDN101'));
});

test('sarif: over the result limit, the least severe are dropped and the run says so', () => {
  const many = [three[2]!, three[1]!, three[0]!, three[1]!];
  const run = sarif(many, { maxResults: 2 }).runs[0];
  assert.deepEqual(
    run.results.map((x: Any) => x.level),
    ['warning', 'error'],
  );
  assert.equal(run.properties.truncated, true);
  assert.equal(run.properties.totalFindings, 4);
  assert.equal(run.properties.reportedFindings, 2);
  const note = run.invocations[0].toolExecutionNotifications[0];
  assert.equal(note.level, 'warning');
  assert.match(note.message.text, /2 findings left out/);
  assert.equal(sarif(many).runs[0].properties.truncated, false);
});

test('sarif: notices become tool notifications', () => {
  const doc = toSarif(result([], { notices: [{ file: 'x.bin', message: 'binary file skipped' }] }), { version: '1' }) as Any;
  const n = doc.runs[0].invocations[0].toolExecutionNotifications;
  assert.equal(n.length, 1);
  assert.equal(n[0].locations[0].physicalLocation.artifactLocation.uri, 'x.bin');
});
