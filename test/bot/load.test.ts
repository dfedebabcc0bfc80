// 20 concurrent /mastodon-health over HTTP with a check that hangs until its timeout: every ack
// arrives (well within Slack's 3 s), every run ends with its own final report and audit entry,
// health runs overlap (total time ≈ one run, not twenty), one user group lookup serves all.
// The benchmark with numbers is bench/bot-load.ts (BENCHMARKS.md, "Bot").

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failCheck, hangCheck, INSTANCE, okCheck, startTestBot, waitUntil } from './support/bot.ts';
import { post, slashBody } from './support/slack-requests.ts';

test('20 concurrent signed slash commands: all acked, all reported, in parallel', async () => {
  const bot = await startTestBot({ checks: [okCheck('stub.ok', 100), failCheck(), hangCheck('stub.hang', 1500)] });
  try {
    const users = Array.from({ length: 20 }, (_, i) => `U0LOAD${String(i).padStart(2, '0')}`);
    bot.slack.usergroups.set('S0ONCALL', users);
    const t0 = performance.now();
    const acks = await Promise.all(users.map((u) => post(bot.url, slashBody({ text: INSTANCE, userId: u, channelId: 'C0RANDOM', responseUrl: bot.slack.responseUrl() }))));
    assert.deepEqual(acks.map((a) => a.status), Array(20).fill(200));
    assert.ok(Math.max(...acks.map((a) => a.ms)) < 3000, `slowest ack ${Math.max(...acks.map((a) => a.ms))} ms`);
    const finals = await waitUntil(
      async () => {
        const done = (await bot.entries()).filter((e) => e.outcome !== 'started');
        return done.length >= 20 ? done : undefined;
      },
      20_000,
      '20 final audit entries',
    );
    const total = performance.now() - t0;
    assert.deepEqual(new Set(finals.map((f) => f.userId)), new Set(users));
    assert.ok(finals.every((f) => f.outcome === 'fail' && /error 1/.test(f.detail ?? '')), 'each report has the timed-out check');
    assert.ok(total < 8000, `runs overlapped: ${Math.round(total)} ms for 20 runs of ≥1.5 s`);
    for (const f of finals) {
      const updates = bot.slack.callsOf('chat.update').filter((c) => JSON.stringify(c.args.blocks).includes(`execution ${f.executionId}`));
      assert.ok(updates.length >= 1);
      assert.doesNotMatch(String(updates[updates.length - 1]!.args.text), /running/);
    }
    assert.equal(bot.slack.callsOf('usergroups.users.list').length, 1);
  } finally {
    await bot.stop();
  }
});
