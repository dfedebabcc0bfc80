// Confirmations for writes, end to end through the HTTP receiver with a harmless test executor
// (registered here only): the prompt (style danger, exact scope), a signed and expiring payload
// any replica can verify, single use across replicas (Redis SET NX), the per-instance lock,
// Cancel, and every refusal (forged, altered, expired, another user, no role, no Redis).
// Plus ButtonSigner unit tests.

import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { ACTION_IDS } from '../../bot/blocks/common.ts';
import { ButtonSigner, MAX_BUTTON_VALUE } from '../../bot/confirm.ts';
import { ExecutorRegistry, type ActionExecutor } from '../../bot/core/executors.ts';
import { Responder } from '../../bot/core/respond.ts';
import { promptConfirmation } from '../../bot/listeners/actions/confirm.ts';
import { createTestRedis, type TestRedis } from '../support/redis.ts';
import { CONFIRM_KEY, INSTANCE, startTestBot, waitUntil, type TestBot } from './support/bot.ts';
import { startFakeSlack, type FakeSlack } from './support/fake-slack.ts';
import { actionBody, post } from './support/slack-requests.ts';

describe('ButtonSigner', () => {
  const claims = { k: 'confirm' as const, a: 'test.echo', i: INSTANCE, s: { count: 3 }, u: 'U1', x: '20260101-aaaaaaaaaaaa' };

  test('round trip; any change to payload or MAC is refused', () => {
    const s = new ButtonSigner([CONFIRM_KEY]);
    const v = s.sign(claims, 60);
    const ok = s.verify(v);
    assert.ok(ok.ok);
    assert.deepEqual(ok.ok && ok.payload.s, { count: 3 });
    const [p, body, mac] = v.split('.') as [string, string, string];
    const data = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const altered = Buffer.from(JSON.stringify({ ...data, s: { count: 3000 } })).toString('base64url');
    assert.deepEqual(s.verify(`${p}.${altered}.${mac}`), { ok: false, reason: 'bad_signature' });
    // Change the second-to-last character (the last one carries unused bits in base64url).
    const flipped = `${mac.slice(0, -2)}${mac.at(-2) === 'A' ? 'B' : 'A'}${mac.slice(-1)}`;
    assert.deepEqual(s.verify(`${p}.${body}.${flipped}`), { ok: false, reason: 'bad_signature' });
    assert.deepEqual(s.verify(`${p}.${body}`), { ok: false, reason: 'malformed' });
    assert.deepEqual(s.verify(undefined), { ok: false, reason: 'malformed' });
    assert.deepEqual(new ButtonSigner(['another-key-another-key-another-key!']).verify(v), { ok: false, reason: 'bad_signature' });
  });

  test('a payload signed correctly but of the wrong shape is malformed', () => {
    const s = new ButtonSigner([CONFIRM_KEY]);
    const v = s.sign(claims, 60);
    const [p] = v.split('.');
    const body = Buffer.from(JSON.stringify({ v: 2, hello: 1 })).toString('base64url');
    const mac = createHmac('sha256', CONFIRM_KEY).update('mastodon-ops/button/v1\n').update(body).digest('base64url');
    assert.deepEqual(s.verify(`${p}.${body}.${mac}`), { ok: false, reason: 'malformed' });
  });

  test('expiry, and key rotation (old key still verifies, new key signs)', () => {
    let now = 1_000_000_000_000;
    const old = new ButtonSigner(['old-key-old-key-old-key-old-key-0'], () => now);
    const v = old.sign(claims, 60);
    now += 59_000;
    assert.ok(old.verify(v).ok);
    now += 2_000;
    assert.deepEqual(old.verify(v), { ok: false, reason: 'expired' });
    assert.ok(old.verify(v, { ignoreExpiry: true }).ok);
    now -= 30_000;
    const rotated = new ButtonSigner(['new-key-new-key-new-key-new-key-1', 'old-key-old-key-old-key-old-key-0'], () => now);
    assert.ok(rotated.verify(v).ok);
    assert.equal(old.verify(rotated.sign(claims, 60)).ok, false);
  });

  test('values longer than Slack allows are refused at signing time', () => {
    const s = new ButtonSigner([CONFIRM_KEY]);
    assert.throws(() => s.sign({ ...claims, s: { blob: 'x'.repeat(MAX_BUTTON_VALUE) } }, 60), /Slack allows 2000/);
  });
});

interface Scope {
  count: number;
  domains: string[];
}

/** A harmless executor: counts runs, records scopes, can be held open by a gate. */
function testExecutor(state: { runs: Scope[]; gate?: Promise<void>; sawAbort?: boolean }): ActionExecutor<Scope> {
  return {
    id: 'test.echo',
    title: 'Echo test',
    role: 'restore',
    lock: true,
    timeoutMs: 5000,
    parseScope: (s) => z.object({ count: z.number().int(), domains: z.array(z.string()) }).strict().parse(s),
    async run(ctx) {
      state.runs.push(ctx.scope);
      ctx.progress(`batch 1 of 1: ${ctx.scope.count} accounts`);
      const gate = state.gate;
      state.gate = undefined; // holds only the first run after it is set
      if (gate) {
        await Promise.race([gate, new Promise<void>((r) => ctx.signal.addEventListener('abort', () => r()))]);
        if (ctx.signal.aborted) state.sawAbort = true;
      }
      return { outcome: 'ok', summary: `echoed ${ctx.scope.count} accounts`, details: ctx.scope.domains };
    },
  };
}

function buttons(blocks: unknown): { run?: Record<string, unknown>; dismiss?: Record<string, unknown> } {
  const out: { run?: Record<string, unknown>; dismiss?: Record<string, unknown> } = {};
  for (const b of (blocks ?? []) as { elements?: Record<string, unknown>[] }[]) {
    for (const e of b.elements ?? []) {
      if (e.action_id === ACTION_IDS.confirm) out.run = e;
      if (e.action_id === ACTION_IDS.deny) out.dismiss = e;
    }
  }
  return out;
}

describe('confirm flow (HTTP receiver, Redis)', () => {
  let redis: TestRedis;
  let slack: FakeSlack;
  let bot: TestBot;
  let bot2: TestBot;
  const state: { runs: Scope[]; gate?: Promise<void>; sawAbort?: boolean } = { runs: [] };

  before(async () => {
    redis = await createTestRedis();
    slack = await startFakeSlack();
    const reg1 = new ExecutorRegistry();
    reg1.register(testExecutor(state));
    const reg2 = new ExecutorRegistry();
    reg2.register(testExecutor(state));
    bot = await startTestBot({ redis: redis.client, executors: reg1, slack });
    // A second replica: same Slack app, same confirm key, same Redis.
    bot2 = await startTestBot({ redis: redis.client, executors: reg2, slack });
  });
  after(async () => {
    await bot?.stop();
    await bot2?.stop();
    await slack?.close();
    await redis?.close();
  });
  beforeEach(() => {
    state.runs.length = 0;
    state.gate = undefined;
    state.sawAbort = undefined;
  });

  async function prompt(o: { instance?: string; userId?: string; scope?: Scope } = {}) {
    const url = slack.responseUrl();
    const { executionId } = await promptConfirmation(bot.rt, {
      client: bot.app.client,
      responder: new Responder((m) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(m) }), { timeoutMs: 5000 }),
      userId: o.userId ?? 'U0ONCALL',
      teamId: 'T0TEST',
      channelId: 'C0OPS',
      action: 'test.echo',
      instance: o.instance ?? INSTANCE,
      scope: o.scope ?? { count: 12, domains: ['a.example', 'b.example'] },
      title: 'Echo test',
      scopeLines: ['12 accounts on 2 domains', 'a.example, b.example'],
      dialogText: 'Echo 12 accounts on 2 domains',
    });
    const posted = await slack.waitForResponse((r) => url.endsWith(r.id));
    const b = buttons(posted.body.blocks);
    assert.ok(b.run && b.dismiss);
    return { executionId, run: String(b.run.value), dismiss: String(b.dismiss.value), runButton: b.run, body: posted.body };
  }

  async function click(target: TestBot, value: string, o: { userId?: string; actionId?: string } = {}) {
    const url = slack.responseUrl();
    const r = await post(target.url, actionBody({ actionId: o.actionId ?? ACTION_IDS.confirm, value, userId: o.userId, responseUrl: url }));
    assert.equal(r.status, 200);
    return url;
  }

  const lastResponse = (url: string) => slack.waitForResponse((r) => url.endsWith(r.id));

  test('the prompt is ephemeral, states the scope, and uses a style:danger confirm dialog', async () => {
    const p = await prompt();
    assert.equal(p.body.response_type, 'ephemeral');
    assert.match(JSON.stringify(p.body.blocks), /12 accounts on 2 domains/);
    assert.equal(p.runButton.style, 'danger');
    const dialog = p.runButton.confirm as Record<string, { text?: string } | string>;
    assert.equal(dialog.style, 'danger');
    assert.match(String((dialog.text as { text: string }).text), /Echo 12 accounts on 2 domains \(social\.example\.org\)/);
    assert.ok(String(p.run).length <= 2000);
    await bot.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'started' && /awaiting confirmation/.test(e.detail ?? ''));
  });

  test('Run executes once with the signed scope; a second click (on either replica) runs nothing', async () => {
    const p = await prompt();
    const u1 = await click(bot, p.run);
    await bot.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'ok');
    assert.deepEqual(state.runs, [{ count: 12, domains: ['a.example', 'b.example'] }]);
    const closed = await lastResponse(u1);
    assert.equal(closed.body.replace_original, true);
    assert.match(String(closed.body.text), /confirmed, running/);
    const running = await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes(p.executionId));
    assert.match(JSON.stringify(running.args.blocks), /mastodon_ops_cancel/);
    await slack.waitFor((c) => c.method === 'chat.update' && JSON.stringify(c.args.blocks).includes('echoed 12 accounts'));
    const confirmed = (await bot.entries({ executionId: p.executionId })).map((e) => e.outcome);
    assert.deepEqual(confirmed, ['started', 'confirmed', 'ok']);

    for (const target of [bot, bot2]) {
      const u = await click(target, p.run);
      const r = await lastResponse(u);
      assert.match(JSON.stringify(r.body.blocks), /already been used/);
    }
    assert.equal(state.runs.length, 1);
    await bot2.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'refused' && /already been used/.test(e.detail ?? ''));
  });

  test('the same button clicked on two replicas at once runs exactly once', async () => {
    const p = await prompt();
    await Promise.all([click(bot, p.run), click(bot2, p.run), click(bot, p.run), click(bot2, p.run)]);
    await waitUntil(async () => {
      const all = [...(await bot.entries({ executionId: p.executionId })), ...(await bot2.entries({ executionId: p.executionId }))];
      return all.filter((e) => e.outcome === 'refused').length === 3 && all.some((e) => e.outcome === 'ok') ? all : undefined;
    });
    assert.equal(state.runs.length, 1);
  });

  test('forged, altered and expired payloads, another user, and a user without the role are refused', async () => {
    const p = await prompt();
    const [pre, body, mac] = p.run.split('.') as [string, string, string];
    const data = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const cases: [string, string, RegExp][] = [
      ['altered scope', `${pre}.${Buffer.from(JSON.stringify({ ...data, s: { count: 99999, domains: ['*'] } })).toString('base64url')}.${mac}`, /not signed by this bot/],
      ['forged key', new ButtonSigner(['attacker-key-attacker-key-attacker!']).sign({ k: 'confirm', a: 'test.echo', i: INSTANCE, s: { count: 1, domains: [] }, u: 'U0ONCALL', x: 'x1' }, 60), /not signed by this bot/],
      ['expired', bot.rt.signer.sign({ k: 'confirm', a: 'test.echo', i: INSTANCE, s: { count: 1, domains: [] }, u: 'U0ONCALL', x: p.executionId }, -1), /expired/],
      ['a Cancel payload on the Run button', bot.rt.signer.sign({ k: 'cancel', a: 'test.echo', u: 'U0ONCALL', x: p.executionId }, 60), /payload is for cancel/],
      ['unknown executor', bot.rt.signer.sign({ k: 'confirm', a: 'rm.everything', i: INSTANCE, u: 'U0ONCALL', x: 'x2' }, 60), /has no action .{0,2}rm\.everything/],
      ['invalid scope', bot.rt.signer.sign({ k: 'confirm', a: 'test.echo', i: INSTANCE, s: { count: 'all' }, u: 'U0ONCALL', x: 'x3' }, 60), /scope in the button is not valid/],
    ];
    for (const [name, value, want] of cases) {
      const u = await click(bot, value);
      const r = await lastResponse(u);
      assert.match(JSON.stringify(r.body.blocks), want, name);
    }
    // U0ADMIN holds the restore role but did not ask: only the requester confirms.
    const u = await click(bot, p.run, { userId: 'U0ADMIN' });
    assert.match(JSON.stringify((await lastResponse(u)).body.blocks), /only U0ONCALL, who asked for it/);
    // A requester who has lost the role since the prompt was shown.
    const p2 = await prompt({ userId: 'U0NOROLE' });
    const u2 = await click(bot, p2.run, { userId: 'U0NOROLE' });
    assert.match(JSON.stringify((await lastResponse(u2)).body.blocks), /not in the restore role/);
    assert.equal(state.runs.length, 0, 'nothing ran');
    const refusals = (await bot.entries()).filter((e) => e.outcome === 'refused' && e.command === 'button:confirm');
    assert.ok(refusals.length >= cases.length + 2);
    // The original button still works: refusals did not spend it.
    await click(bot, p.run);
    await bot.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'ok');
    assert.equal(state.runs.length, 1);
  });

  test('one write per instance: a second confirmation waits for the lock, its button stays usable', async () => {
    let open!: () => void;
    state.gate = new Promise<void>((r) => (open = r));
    const a = await prompt();
    const b = await prompt({ scope: { count: 1, domains: ['c.example'] } });
    await click(bot, a.run);
    await waitUntil(() => (state.runs.length === 1 ? true : undefined));
    const held = await redis.client.get('mastodon-ops:bot:lock:social.example.org');
    assert.match(String(held), new RegExp(a.executionId));
    const u = await click(bot2, b.run);
    const r = await lastResponse(u);
    assert.match(JSON.stringify(r.body.blocks), new RegExp(`social\\.example\\.org is busy: test\\.echo by U0ONCALL .*execution ${a.executionId}`));
    // Another instance is not blocked.
    const c = await prompt({ instance: 'other.example.net' });
    await click(bot, c.run);
    await bot.waitForAudit((e) => e.executionId === c.executionId && e.outcome === 'ok');
    open();
    await bot.waitForAudit((e) => e.executionId === a.executionId && e.outcome === 'ok');
    // The final audit entry is written before the lock is released (the trail is complete before
    // the next run can start), so the release follows it.
    await waitUntil(async () => ((await redis.client.get('mastodon-ops:bot:lock:social.example.org')) === null ? true : undefined), 10_000, 'the lock released');
    await click(bot2, b.run);
    await bot2.waitForAudit((e) => e.executionId === b.executionId && e.outcome === 'ok');
    assert.equal(state.runs.length, 3);
  });

  test('Cancel on a running write (clicked on the other replica) stops it and releases the lock', async () => {
    state.gate = new Promise<void>(() => {});
    const p = await prompt();
    await click(bot, p.run);
    const msg = await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args.blocks).includes(p.executionId));
    const cancel = ((msg.args.blocks as { elements?: { action_id?: string; value?: string }[] }[]).flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.cancel))?.value;
    assert.ok(cancel);
    await click(bot2, cancel, { actionId: ACTION_IDS.cancel });
    await bot2.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'cancel_requested' && /via Redis/.test(e.detail ?? ''));
    await bot.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'cancelled', 5000);
    assert.equal(state.sawAbort, true, 'the executor saw its signal abort');
    await waitUntil(async () => ((await redis.client.get('mastodon-ops:bot:lock:social.example.org')) === null ? true : undefined), 10_000, 'the lock released');
  });

  test('Dismiss closes the prompt and spends it: Run no longer works', async () => {
    const p = await prompt();
    const u = await click(bot, p.dismiss, { actionId: ACTION_IDS.deny });
    assert.match(String((await lastResponse(u)).body.text), /dismissed, nothing was changed/);
    await bot.waitForAudit((e) => e.executionId === p.executionId && e.outcome === 'declined');
    const u2 = await click(bot2, p.run);
    assert.match(JSON.stringify((await lastResponse(u2)).body.blocks), /already been used/);
    assert.equal(state.runs.length, 0);
  });
});

describe('confirm flow without Redis', () => {
  test('refuses to run a write (nothing could stop a double run)', async () => {
    const state = { runs: [] as Scope[] };
    const reg = new ExecutorRegistry();
    reg.register(testExecutor(state));
    const bot = await startTestBot({ executors: reg });
    try {
      const value = bot.rt.signer.sign({ k: 'confirm', a: 'test.echo', i: INSTANCE, s: { count: 1, domains: [] }, u: 'U0ONCALL', x: 'x9' }, 60);
      const url = bot.slack.responseUrl();
      await post(bot.url, actionBody({ actionId: ACTION_IDS.confirm, value, responseUrl: url }));
      const r = await bot.slack.waitForResponse((x) => url.endsWith(x.id));
      assert.match(JSON.stringify(r.body.blocks), /need the bot's Redis/);
      assert.equal(state.runs.length, 0);
    } finally {
      await bot.stop();
    }
  });

  test('executor ids are validated and unique', () => {
    const reg = new ExecutorRegistry();
    reg.register(testExecutor({ runs: [] }));
    assert.throws(() => reg.register(testExecutor({ runs: [] })), /already registered/);
    assert.throws(() => reg.register({ ...testExecutor({ runs: [] }), id: 'Bad Id' }), /executor id/);
  });
});
