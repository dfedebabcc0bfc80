// Socket Mode (the default deployment: no inbound port) through a local WebSocket peer speaking
// Slack's envelope format: apps.connections.open with the app token, hello, a slash_commands
// envelope acked by envelope_id, then the same flow as over HTTP; and an interactive envelope.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTION_IDS } from '../../bot/blocks/common.ts';
import { APP_TOKEN, hangCheck, INSTANCE, okCheck, startTestBot, type TestBot } from './support/bot.ts';
import { blockActionPayload, slashPayload } from './support/slack-requests.ts';

let bot: TestBot;
before(async () => {
  bot = await startTestBot({ mode: 'socket', checks: [okCheck('stub.ok', 50), hangCheck('stub.hang', 3000)] });
  await bot.slack.socketConnected();
});
after(async () => bot?.stop());

test('connects with the app token, acks a slash command envelope, runs the command', async () => {
  const open = bot.slack.callsOf('apps.connections.open');
  assert.equal(open.length, 1);
  assert.equal(open[0]!.token, APP_TOKEN);

  const t = performance.now();
  const ack = await bot.slack.sendEnvelope('slash_commands', slashPayload({ text: `${INSTANCE} stub.ok`, responseUrl: bot.slack.responseUrl() }));
  const ackMs = performance.now() - t;
  assert.equal(typeof ack.envelope_id, 'string');
  assert.ok(ackMs < 1000, `ack took ${ackMs} ms`);
  const s = await bot.waitForAudit((e) => e.outcome === 'started');
  const f = await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome === 'ok');
  assert.equal(f.instance, INSTANCE);
  await bot.slack.waitFor((c) => c.method === 'chat.update' && JSON.stringify(c.args.blocks).includes(`execution ${s.executionId}`));
});

test('an interactive envelope (Cancel) reaches the action listener', async () => {
  await bot.slack.sendEnvelope('slash_commands', slashPayload({ text: `${INSTANCE} stub.hang`, responseUrl: bot.slack.responseUrl() }));
  const s = await bot.waitForAudit((e) => e.outcome === 'started' && /stub\.hang/.test(e.detail ?? ''));
  const msg = await bot.slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes(s.executionId));
  const value = (msg.args.blocks as { elements?: { action_id?: string; value?: string }[] }[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.cancel)?.value;
  assert.ok(value);
  await bot.slack.sendEnvelope('interactive', blockActionPayload({ actionId: ACTION_IDS.cancel, value, responseUrl: bot.slack.responseUrl() }));
  const f = await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome === 'cancelled', 5000);
  assert.match(f.detail ?? '', /cancelled by U0ONCALL/);
});
