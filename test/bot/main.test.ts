// startBot(): the process entry as `mastodon-ops bot` runs it: config from the environment,
// auth.test once, the HTTP receiver, a command end to end, graceful stop; and clear failures
// when a dependency is unreachable.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../../bot/main.ts';
import { BOT_TOKEN, botEnv, waitUntil } from './support/bot.ts';
import { startFakeSlack, type FakeSlack } from './support/fake-slack.ts';
import { post, slashBody } from './support/slack-requests.ts';

let dir: string;
let slack: FakeSlack;
let env: Record<string, string | undefined>;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mops-main-'));
  slack = await startFakeSlack();
  writeFileSync(join(dir, 'env'), 'RAILS_ENV=production\n');
  // Nothing reachable: S3 off, no SSH, the web frontend refuses connections: checks end fast.
  writeFileSync(
    join(dir, 'c.yml'),
    ['instances:', '  social.example.org:', `    env: ${join(dir, 'env')}`, '    url: http://127.0.0.1:1', '    overrides:', '      databaseUrl: postgres://nobody@127.0.0.1:1/none', '      redisUrl: redis://127.0.0.1:1', 'bot:', '  roles:', '    health:', '      users: [U0ONCALL]', ''].join('\n'),
  );
  env = { ...botEnv(dir), MASTODON_OPS_CONFIG: join(dir, 'c.yml'), MASTODON_OPS_LOG_LEVEL: 'silent' };
});
after(async () => {
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('starts, checks the token once, serves a command, stops cleanly', async () => {
  const port = await freePort();
  const bot = await startBot({ ...env, MASTODON_OPS_BOT_PORT: String(port) }, { handleSignals: false, clientOptions: { slackApiUrl: slack.apiUrl } });
  try {
    const auth = slack.callsOf('auth.test');
    assert.equal(auth.length, 1);
    assert.equal(auth[0]!.token, BOT_TOKEN);
    assert.equal(bot.port, port);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(await health.text(), 'ok\n');
    const r = await post(`http://127.0.0.1:${port}/slack/events`, slashBody({ text: '', responseUrl: slack.responseUrl() }));
    assert.equal(r.status, 200);
    await waitUntil(() => slack.callsOf('chat.update').find((c) => !/running/.test(String(c.args.text))), 30_000, 'the final report');
  } finally {
    await bot.stop();
  }
  const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { outcome: string });
  assert.deepEqual(lines.map((l) => l.outcome).slice(0, 1), ['started']);
  assert.equal(lines.length, 2);
});

test('an unreachable bot Redis or a rejected token is a clear startup error', async () => {
  await assert.rejects(startBot({ ...env, MASTODON_OPS_BOT_REDIS_URL: 'redis://127.0.0.1:1' }, { handleSignals: false, clientOptions: { slackApiUrl: slack.apiUrl } }), /cannot connect to the bot's Redis/);
  slack.failWith('auth.test', 'invalid_auth');
  try {
    await assert.rejects(startBot({ ...env, MASTODON_OPS_BOT_PORT: String(await freePort()) }, { handleSignals: false, clientOptions: { slackApiUrl: slack.apiUrl } }), /cannot check SLACK_BOT_TOKEN with Slack \(auth\.test\): .*invalid_auth/);
  } finally {
    slack.failWith('auth.test', null);
  }
});
