// `mastodon-ops audit` and `mastodon-ops bot --check-config`, registered on a commander program
// the way src/cli/index.ts does.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { JsonlAuditLog } from '../../bot/audit-log.ts';
import { registerAudit } from '../../src/cli/audit.ts';
import { registerBot } from '../../src/cli/bot.ts';
import { UsageError } from '../../src/api.ts';
import { botEnv, configYaml } from './support/bot.ts';

let dir: string;
let config: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mops-cli-'));
  config = join(dir, 'c.yml');
  writeFileSync(config, configYaml(dir).replace('bot:\n', `bot:\n  audit:\n    path: ${join(dir, 'audit.jsonl')}\n`));
  const log = new JsonlAuditLog(join(dir, 'audit.jsonl'));
  const base = { command: '/mastodon-health', teamId: 'T1', channelId: 'C1', args: 'social.example.org' };
  const now = Date.now();
  await log.append({ ...base, executionId: '20260101-aaaaaaaaaaaa', at: new Date(now - 3 * 86_400_000).toISOString(), userId: 'U1', instance: 'social.example.org', outcome: 'ok' });
  await log.append({ ...base, executionId: '20260101-bbbbbbbbbbbb', at: new Date(now - 3_600_000).toISOString(), userId: 'U2', instance: 'social.example.org', outcome: 'refused', detail: 'not in the health role' });
  await log.append({ ...base, executionId: '20260101-cccccccccccc', at: new Date(now - 60_000).toISOString(), userId: 'U1', instance: 'other.example.net', outcome: 'started' });
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ out: string; code: number }> {
  const program = new Command().exitOverride();
  let code = -1;
  let out = '';
  const sink = { write: (s: string) => (out += s) };
  registerAudit(program, (c) => (code = c), sink);
  registerBot(program, (c) => (code = c), sink);
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (vals: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vals)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } finally {
    set(saved);
  }
  return { out, code };
}

test('audit: filters by since, user, instance, execution; text and json', async () => {
  const all = await run(['audit', '--config', config]);
  assert.equal(all.code, 0);
  assert.equal(all.out.trim().split('\n').length, 3);
  const recent = await run(['audit', '--config', config, '--since', '2h', '--format', 'json']);
  const j = JSON.parse(recent.out) as { version: number; entries: { executionId: string }[] };
  assert.equal(j.version, 1);
  assert.deepEqual(j.entries.map((e) => e.executionId), ['20260101-bbbbbbbbbbbb', '20260101-cccccccccccc']);
  const u1 = await run(['audit', '--config', config, '--user', 'U1', '--instance', 'other.example.net']);
  assert.match(u1.out, /20260101-cccccccccccc {2}started/);
  assert.equal(u1.out.trim().split('\n').length, 1);
  const one = await run(['audit', '--execution', '20260101-bbbbbbbbbbbb', '--format', 'json'], { MASTODON_OPS_CONFIG: config });
  assert.equal((JSON.parse(one.out) as { entries: unknown[] }).entries.length, 1);
});

test('audit: usage errors', async () => {
  await assert.rejects(run(['audit', '--config', config, '--format', 'xml']), UsageError);
  await assert.rejects(run(['audit', '--config', config, '--since', 'last tuesday']), /--since last tuesday: expected a duration/);
  await assert.rejects(run(['audit', '--config', join(dir, 'nope.yml')]), /cannot read the config file/);
});

test('bot --check-config prints a summary without secrets; an invalid environment is a usage error', async () => {
  const env = botEnv(dir);
  const r = await run(['bot', '--check-config', '--config', config], env as Record<string, string>);
  assert.equal(r.code, 0);
  const summary = JSON.parse(r.out) as { mode: string; instances: string[] };
  assert.equal(summary.mode, 'http');
  for (const v of Object.values(env)) if (v && v.length > 20 && !v.startsWith('/')) assert.ok(!r.out.includes(v));
  await assert.rejects(run(['bot', '--check-config', '--config', config], { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', MASTODON_OPS_CONFIRM_KEY: '' }), (e: Error) => e instanceof UsageError && /SLACK_BOT_TOKEN: not set/.test(e.message));
});
