// Every format through the bundled CLI (bin/mastodon-ops.js -> dist/cli.js), as users run it.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeTree } from '../helpers/lint.ts';
import { FORMATS } from '../../src/lint/reporters/index.ts';
import { CLI_BIN } from './bundle.ts';

const CLI_BUNDLE = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const CRONTAB = 'RAILS_ENV=production\n0 4 * * 0 cd /home/mastodon/live && bin/tootctl media remove --prune-profiles --days 60\n';

before(() => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run "npm run build" before the tests`);
});

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete env[k];
  return spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });
}

for (const format of FORMATS) {
  test(`cli: lint --format ${format}`, () => {
    const dir = writeTree({ crontab: CRONTAB });
    const p = cli(['lint', dir, '--format', format]);
    assert.equal(p.status, 1, p.stderr);
    assert.ok(p.stdout.includes('MSTDN101'), p.stdout);
    if (format === 'sarif') {
      const doc = JSON.parse(p.stdout);
      assert.equal(doc.version, '2.1.0');
      assert.equal(doc.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'MSTDN101').locations[0].physicalLocation.artifactLocation.uri, 'crontab');
    }
    if (format === 'json' || format === 'json-v1') assert.equal(JSON.parse(p.stdout).version, 1);
    if (format === 'github') assert.match(p.stdout, /^::error file=crontab,line=2,endLine=2,col=62,endColumn=77,title=MSTDN101::/m);
    if (format === 'markdown') assert.match(p.stdout, /^## mastodon-ops: /);
  });
}

test('cli: an unknown format is a usage error listing the formats', () => {
  const p = cli(['lint', '.', '--format', 'xml']);
  assert.equal(p.status, 2);
  assert.match(p.stderr, /--format: expected one of text, json, json-v1, sarif, github, markdown/);
});
