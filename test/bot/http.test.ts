// The real Bolt app over its HTTP receiver: signed slash commands and button payloads POSTed as
// Slack sends them, the Web API pointed at a recording fake. Covers the health flow (ack, one
// message updated in place, final report with the execution id, audit), help/list, refusals,
// request security (signature, timestamp, headers, replay), Cancel and the fallback when the
// bot is not in the channel.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTION_IDS } from '../../bot/blocks/common.ts';
import { failCheck, hangCheck, INSTANCE, okCheck, startTestBot, waitUntil, type TestBot } from './support/bot.ts';
import { actionBody, post, sign, slashBody, SIGNING_SECRET } from './support/slack-requests.ts';

function blocksText(args: Record<string, unknown>): string {
  return JSON.stringify(args.blocks ?? []);
}

/** The value of the Cancel button in a message's blocks. */
function cancelValue(args: Record<string, unknown>): string | undefined {
  const blocks = (args.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  for (const b of blocks) for (const e of b.elements ?? []) if (e.action_id === ACTION_IDS.cancel) return e.value;
  return undefined;
}

describe('/mastodon-health over HTTP', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot({ checks: [okCheck('stub.ok', 100), failCheck(), hangCheck('stub.hang', 1200)] });
  });
  after(async () => bot.stop());

  test('acks at once, posts one message, updates it in place, ends with the report and the execution id', async () => {
    const responseUrl = bot.slack.responseUrl();
    const r = await post(bot.url, slashBody({ text: INSTANCE, responseUrl }));
    assert.equal(r.status, 200);
    assert.equal(r.body, '', 'the ack carries no text: the message comes next');
    const started = await bot.waitForAudit((e) => e.outcome === 'started' && e.args === INSTANCE);
    const final = await bot.waitForAudit((e) => e.executionId === started.executionId && e.outcome !== 'started');
    assert.equal(final.outcome, 'fail');
    assert.equal(final.instance, INSTANCE);
    assert.match(final.detail ?? '', /ok 1, fail 1, error 1/);

    const posts = bot.slack.callsOf('chat.postMessage').filter((c) => blocksText(c.args).includes(started.executionId));
    assert.equal(posts.length, 1, 'one message per run');
    const updates = bot.slack.callsOf('chat.update').filter((c) => blocksText(c.args).includes(started.executionId));
    assert.ok(updates.length >= 1);
    const last = updates[updates.length - 1]!;
    const text = blocksText(last.args);
    assert.match(text, /stub\.fail/);
    assert.match(text, /timed out after 1\.2 s/, 'the hanging check is reported as timed out');
    assert.match(text, new RegExp(`execution ${started.executionId}`));
    assert.equal(cancelValue(last.args), undefined, 'the final report has no Cancel button');
    assert.ok(cancelValue(posts[0]!.args), 'the progress message has a Cancel button');
    for (const u of updates) assert.equal(u.args.ts, updates[0]!.args.ts, 'updated in place');
    assert.equal(bot.slack.responses.filter((x) => x.id === responseUrl.split('/').pop()).length, 0, 'respond() not used when the channel message works');
    for (const c of bot.slack.calls) assert.equal(c.token, 'xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx');
  });

  test('selected checks only: /mastodon-health <instance> stub.ok', async () => {
    await post(bot.url, slashBody({ text: `${INSTANCE} stub.ok`, responseUrl: bot.slack.responseUrl() }));
    const s = await bot.waitForAudit((e) => e.outcome === 'started' && e.args === `${INSTANCE} stub.ok`);
    assert.equal(s.detail, 'checks: stub.ok');
    const f = await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome !== 'started');
    assert.equal(f.outcome, 'ok');
  });

  test('default instance when only check ids are given; a Slack-linked domain is understood', async () => {
    await post(bot.url, slashBody({ text: 'stub.ok', responseUrl: bot.slack.responseUrl() }));
    const s = await bot.waitForAudit((e) => e.outcome === 'started' && e.args === 'stub.ok');
    assert.equal(s.instance, INSTANCE);
    await post(bot.url, slashBody({ text: '<http://other.example.net|other.example.net> stub', responseUrl: bot.slack.responseUrl() }));
    const s2 = await bot.waitForAudit((e) => e.outcome === 'started' && e.instance === 'other.example.net');
    assert.match(s2.detail ?? '', /stub\.ok, stub\.fail, stub\.hang/);
  });

  test('an unknown instance or check is a readable ephemeral usage error, audited', async () => {
    const url = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: 'nope.example.com', responseUrl: url }));
    const resp = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
    assert.equal(resp.body.response_type, 'ephemeral');
    assert.match(String(resp.body.text), /neither a configured instance \(social\.example\.org, other\.example\.net\) nor a check id/);
    const e = await bot.waitForAudit((x) => x.outcome === 'usage_error' && x.args === 'nope.example.com');
    assert.match(JSON.stringify(resp.body.blocks), new RegExp(e.executionId));

    const url2 = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: `${INSTANCE} s3.nothing`, responseUrl: url2 }));
    const r2 = await bot.slack.waitForResponse((x) => url2.endsWith(x.id));
    assert.match(String(r2.body.text), /no such check; choose from stub\.ok/);
    const url3 = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: 'rm -rf /; `id`', responseUrl: url3 }));
    const r3 = await bot.slack.waitForResponse((x) => url3.endsWith(x.id));
    assert.match(String(r3.body.text), /is not an instance name or a check id/);
  });

  test('help is for everyone (ephemeral, audited); list needs the role', async () => {
    const url = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: 'help', userId: 'U0STRANGER', responseUrl: url }));
    const r = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
    assert.equal(r.body.response_type, 'ephemeral');
    assert.match(JSON.stringify(r.body.blocks), /\/mastodon-health \[instance\] \[check ids…\]/);
    assert.doesNotMatch(JSON.stringify(r.body.blocks), /social\.example\.org/, 'help does not list instances to anyone');
    await bot.waitForAudit((e) => e.outcome === 'help' && e.userId === 'U0STRANGER');

    const url2 = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: 'list', userId: 'U0STRANGER', responseUrl: url2 }));
    const r2 = await bot.slack.waitForResponse((x) => url2.endsWith(x.id));
    assert.match(String(r2.body.text), /Not allowed/);

    const url3 = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: 'list', responseUrl: url3 }));
    const r3 = await bot.slack.waitForResponse((x) => url3.endsWith(x.id));
    assert.match(JSON.stringify(r3.body.blocks), /social\.example\.org.*\(default\)/);
    assert.match(JSON.stringify(r3.body.blocks), /stub\.hang/);
  });

  test('a user outside the role is refused ephemerally, audited, and nothing runs', async () => {
    const before = bot.slack.callsOf('chat.postMessage').length;
    const url = bot.slack.responseUrl();
    await post(bot.url, slashBody({ text: INSTANCE, userId: 'U0STRANGER', channelId: 'C0RANDOM', responseUrl: url }));
    const r = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
    assert.equal(r.body.response_type, 'ephemeral');
    assert.match(String(r.body.text), /Not allowed.*not in the health role/);
    const e = await bot.waitForAudit((x) => x.outcome === 'refused' && x.userId === 'U0STRANGER' && x.args === INSTANCE);
    assert.equal(e.channelId, 'C0RANDOM');
    assert.match(JSON.stringify(r.body.blocks), new RegExp(e.executionId));
    await new Promise((res) => setTimeout(res, 200));
    assert.equal(bot.slack.callsOf('chat.postMessage').length, before, 'no health message was posted');
    assert.equal((await bot.entries({ executionId: e.executionId })).length, 1, 'no started entry');
  });

  test('grants by user group (usergroups.users.list, cached) and by channel', async () => {
    bot.slack.usergroups.set('S0ONCALL', ['U0GROUPIE']);
    await post(bot.url, slashBody({ text: 'stub.ok', userId: 'U0GROUPIE', channelId: 'C0RANDOM', responseUrl: bot.slack.responseUrl() }));
    await bot.waitForAudit((e) => e.userId === 'U0GROUPIE' && e.outcome === 'started');
    await post(bot.url, slashBody({ text: 'stub.ok', userId: 'U0GUEST', channelId: 'C0INCIDENT', responseUrl: bot.slack.responseUrl() }));
    await bot.waitForAudit((e) => e.userId === 'U0GUEST' && e.outcome === 'started');
    const lookups = bot.slack.callsOf('usergroups.users.list');
    assert.ok(lookups.length >= 1);
    assert.equal(lookups[0]!.args.usergroup, 'S0ONCALL');
  });
});

describe('request security: 401 and nothing runs', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot({ checks: [okCheck()] });
  });
  after(async () => bot.stop());

  async function assertNothingRan(since: number): Promise<void> {
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(bot.slack.calls.filter((c) => c.at > since).length, 0, 'no Web API call');
    assert.equal(bot.slack.responses.filter((c) => c.at > since).length, 0, 'no response_url post');
  }

  test('bad signature', async () => {
    const t = performance.now();
    const body = slashBody({ text: INSTANCE, responseUrl: bot.slack.responseUrl() });
    const r = await post(bot.url, body, sign(body, { secret: '00000000000000000000000000000000' }));
    assert.equal(r.status, 401);
    const tampered = await post(bot.url, body.replace('oncall', 'admin'), sign(body));
    assert.equal(tampered.status, 401, 'a body changed after signing');
    await assertNothingRan(t);
    assert.equal((await bot.entries()).length, 0, 'unauthenticated requests do not reach the audit log');
  });

  test('stale timestamp (6 minutes old), and from the future', async () => {
    const t = performance.now();
    const body = slashBody({ text: INSTANCE, responseUrl: bot.slack.responseUrl() });
    assert.equal((await post(bot.url, body, sign(body, { timestamp: Math.floor(Date.now() / 1000) - 360 }))).status, 401);
    assert.equal((await post(bot.url, body, sign(body, { timestamp: Math.floor(Date.now() / 1000) + 360 }))).status, 401);
    await assertNothingRan(t);
    // Bolt allows future timestamps; the bot refuses them (they would stretch the replay window).
    await bot.waitForAudit((e) => e.outcome === 'refused' && /in the future/.test(e.detail ?? ''));
  });

  test('missing headers', async () => {
    const t = performance.now();
    const body = slashBody({ text: INSTANCE, responseUrl: bot.slack.responseUrl() });
    const h = sign(body);
    assert.equal((await post(bot.url, body, {})).status, 401);
    assert.equal((await post(bot.url, body, { 'x-slack-signature': h['x-slack-signature']! })).status, 401);
    assert.equal((await post(bot.url, body, { 'x-slack-request-timestamp': h['x-slack-request-timestamp']! })).status, 401);
    await assertNothingRan(t);
  });

  test('a replayed request (same body and signature, within the 5 minutes) gets 401 and is audited', async () => {
    const body = slashBody({ text: 'stub.ok', userId: 'U0ONCALL', responseUrl: bot.slack.responseUrl() });
    const h = sign(body);
    const first = await post(bot.url, body, h);
    assert.equal(first.status, 200);
    const s = await bot.waitForAudit((e) => e.outcome === 'started');
    await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome === 'ok');
    const t = performance.now();
    const replay = await post(bot.url, body, h);
    assert.equal(replay.status, 401);
    await assertNothingRan(t);
    const refused = await bot.waitForAudit((e) => e.outcome === 'refused' && /replayed request/.test(e.detail ?? ''));
    assert.equal(refused.userId, 'U0ONCALL');
    assert.equal((await bot.entries()).filter((e) => e.outcome === 'started').length, 1, 'ran once');
  });

  test('a button payload with a bad Slack signature gets 401', async () => {
    const body = actionBody({ actionId: ACTION_IDS.cancel, value: 'x', responseUrl: bot.slack.responseUrl() });
    assert.equal((await post(bot.url, body, sign(body, { secret: SIGNING_SECRET.replace(/a/g, 'b') }))).status, 401);
  });
});

describe('Cancel', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot({ checks: [okCheck('stub.ok'), hangCheck('stub.hang', 6000)] });
  });
  after(async () => bot.stop());

  async function startRun(): Promise<{ executionId: string; value: string; ts: string }> {
    await post(bot.url, slashBody({ text: INSTANCE, responseUrl: bot.slack.responseUrl() }));
    const s = await bot.waitForAudit((e) => e.outcome === 'started' && !bot.rt.executions.get(e.executionId)?.signal.aborted && !!bot.rt.executions.get(e.executionId));
    const msg = await bot.slack.waitFor((c) => c.method === 'chat.postMessage' && blocksText(c.args).includes(s.executionId));
    const value = cancelValue(msg.args);
    assert.ok(value);
    return { executionId: s.executionId, value, ts: String((await bot.slack.waitFor((c) => c.method === 'chat.update' && blocksText(c.args).includes(s.executionId))).args.ts) };
  }

  test('the requester cancels a run with a hanging check: the report ends at once, marked cancelled', async () => {
    const run = await startRun();
    const r = await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value: run.value, responseUrl: bot.slack.responseUrl() }));
    assert.equal(r.status, 200);
    const f = await bot.waitForAudit((e) => e.executionId === run.executionId && e.outcome === 'cancelled');
    // The hanging check is skipped by the cancel, not ended by its 6 s timeout (that would be an error).
    assert.match(f.detail ?? '', /skipped 1/);
    await bot.waitForAudit((e) => e.executionId === run.executionId && e.outcome === 'cancel_requested' && e.command === 'button:cancel');
    const last = await waitUntil(() => {
      const u = bot.slack.callsOf('chat.update').filter((c) => blocksText(c.args).includes(run.executionId));
      const l = u[u.length - 1];
      return l && /cancelled/.test(blocksText(l.args)) ? l : undefined;
    });
    assert.match(blocksText(last.args), /skipped: cancelled/);
    assert.match(blocksText(last.args), /by <@U0ONCALL>/);
  });

  test('someone without the role cannot cancel; a forged, altered or expired Cancel is refused', async () => {
    const run = await startRun();
    const url = bot.slack.responseUrl();
    await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value: run.value, userId: 'U0STRANGER', channelId: 'C0RANDOM', responseUrl: url }));
    const r = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
    assert.match(String(r.body.text), /Not allowed/);
    await bot.waitForAudit((e) => e.executionId === run.executionId && e.outcome === 'refused' && e.userId === 'U0STRANGER');

    const [p, body, mac] = run.value.split('.');
    const decoded = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>;
    const altered = `${p}.${Buffer.from(JSON.stringify({ ...decoded, x: '20990101-000000000000' })).toString('base64url')}.${mac}`;
    for (const [value, want] of [
      ['m1.eyJ2IjoxfQ.AAAA', /not signed by this bot/],
      [altered, /not signed by this bot/],
      ['hello', /not one this bot makes/],
    ] as const) {
      const u = bot.slack.responseUrl();
      await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value, responseUrl: u }));
      const rr = await bot.slack.waitForResponse((x) => u.endsWith(x.id));
      assert.match(JSON.stringify(rr.body.blocks), want);
    }
    assert.ok(bot.rt.executions.get(run.executionId), 'still running after the forged clicks');
    const expired = bot.rt.signer.sign({ k: 'cancel', a: '/mastodon-health', u: 'U0ONCALL', x: run.executionId }, -10);
    const u2 = bot.slack.responseUrl();
    await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value: expired, responseUrl: u2 }));
    const r2 = await bot.slack.waitForResponse((x) => u2.endsWith(x.id));
    assert.match(JSON.stringify(r2.body.blocks), /expired/);
    await bot.waitForAudit((e) => e.executionId === run.executionId && e.outcome === 'refused' && /expired/.test(e.detail ?? ''));
    assert.ok(bot.rt.executions.get(run.executionId), 'still running after the expired click');
    // someone else in the role may cancel
    await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value: run.value, userId: 'U0GUEST', channelId: 'C0INCIDENT', responseUrl: bot.slack.responseUrl() }));
    await bot.waitForAudit((e) => e.executionId === run.executionId && e.outcome === 'cancelled');
  });

  test('a Cancel for a finished execution says so', async () => {
    const v = bot.rt.signer.sign({ k: 'cancel', a: '/mastodon-health', u: 'U0ONCALL', x: '20260101-abcdefabcdef' }, 60);
    const u = bot.slack.responseUrl();
    await post(bot.url, actionBody({ actionId: ACTION_IDS.cancel, value: v, responseUrl: u }));
    const r = await bot.slack.waitForResponse((x) => u.endsWith(x.id));
    assert.match(String(r.body.text), /not running any more/);
  });
});

describe('where the answer goes', () => {
  test('bot not in the channel: falls back to ephemeral respond() within the 5-use budget', async () => {
    const bot = await startTestBot({ checks: [okCheck('stub.a', 50), okCheck('stub.b', 300), okCheck('stub.c', 600), okCheck('stub.d', 900)] });
    try {
      bot.slack.notInChannel.add('C0PRIVATE');
      const url = bot.slack.responseUrl();
      await post(bot.url, slashBody({ text: INSTANCE, channelId: 'C0PRIVATE', responseUrl: url }));
      const s = await bot.waitForAudit((e) => e.outcome === 'started');
      await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome === 'ok');
      const posts = bot.slack.responses.filter((x) => url.endsWith(x.id));
      assert.ok(posts.length >= 2 && posts.length <= 5, `${posts.length} respond() uses`);
      for (const p of posts) assert.equal(p.body.response_type, 'ephemeral');
      assert.equal(posts[0]!.body.replace_original, false);
      assert.equal(posts[posts.length - 1]!.body.replace_original, true);
      assert.match(JSON.stringify(posts[posts.length - 1]!.body.blocks), /stub\.d/);
      assert.doesNotMatch(String(posts[posts.length - 1]!.body.text), /running/);
    } finally {
      await bot.stop();
    }
  });

  test('visibility: ephemeral keeps the whole run within respond() limits', async () => {
    const bot = await startTestBot({
      checks: Array.from({ length: 8 }, (_, i) => okCheck(`stub.c${i}`, 50 + i * 100)),
    });
    try {
      (bot.rt.config.health as { visibility: string }).visibility = 'ephemeral';
      const url = bot.slack.responseUrl();
      await post(bot.url, slashBody({ text: '', responseUrl: url }));
      const s = await bot.waitForAudit((e) => e.outcome === 'started');
      await bot.waitForAudit((e) => e.executionId === s.executionId && e.outcome === 'ok');
      const posts = bot.slack.responses.filter((x) => url.endsWith(x.id));
      assert.ok(posts.length <= 5, `${posts.length} uses`);
      assert.equal(bot.slack.callsOf('chat.postMessage').length, 0);
      assert.match(JSON.stringify(posts[posts.length - 1]!.body.blocks), /stub\.c7/);
    } finally {
      await bot.stop();
    }
  });

  test('a Slack API failure reaches the user as an ephemeral error with the execution id', async () => {
    const bot = await startTestBot({ checks: [okCheck()] });
    try {
      bot.slack.failWith('chat.postMessage', 'ratelimited');
      const url = bot.slack.responseUrl();
      await post(bot.url, slashBody({ text: '', responseUrl: url }));
      const r = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
      assert.equal(r.body.response_type, 'ephemeral');
      assert.match(String(r.body.text), /failed: An API error occurred: ratelimited/);
      const e = await bot.waitForAudit((x) => x.outcome === 'failed');
      assert.match(JSON.stringify(r.body.blocks), new RegExp(e.executionId));
    } finally {
      await bot.stop();
    }
  });
});
