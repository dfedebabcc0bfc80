// Listener callbacks called directly with fake ack/respond/client (the starter template's way),
// plus the pure pieces they use: argument parsing, the respond() budget, progress coalescing,
// Block Kit limits.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebClient } from '@slack/web-api';
import { createApp, runtimeOf } from '../../bot/app.ts';
import { JsonlAuditLog } from '../../bot/audit-log.ts';
import { MAX_BLOCKS } from '../../bot/blocks/common.ts';
import { confirmPrompt } from '../../bot/blocks/confirm.ts';
import { healthProgress } from '../../bot/blocks/progress.ts';
import { parseBotConfig } from '../../bot/config.ts';
import { commandListener, tokenize, type CommandArgs } from '../../bot/core/command.ts';
import { ProgressUpdater, Responder, type Msg, type Surface } from '../../bot/core/respond.ts';
import type { BotRuntime } from '../../bot/core/runtime.ts';
import { handleCancel } from '../../bot/listeners/actions/cancel.ts';
import { healthCommand } from '../../bot/listeners/commands/health.ts';
import { createLogger } from '../../bot/logger.ts';
import { UsageError } from '../../src/api.ts';
import { botEnv, configYaml, failCheck, okCheck, waitUntil } from './support/bot.ts';

let dir: string;
let rt: BotRuntime;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mops-unit-'));
  const path = join(dir, 'c.yml');
  writeFileSync(path, configYaml(dir));
  const config = parseBotConfig(botEnv(dir), configYaml(dir), path);
  const app = createApp(config, { audit: new JsonlAuditLog(join(dir, 'audit.jsonl')), checks: [okCheck('stub.ok', 20), failCheck()], logger: createLogger({ level: 'silent' }), botId: 'B', botUserId: 'U' });
  rt = runtimeOf(app);
  rt.config.health.updateIntervalMs = 200;
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Fakes recording the order of everything the callback does. */
function fakes(o: { groups?: Record<string, string[]>; slowGroupsMs?: number } = {}) {
  const events: string[] = [];
  const responded: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (a: Record<string, unknown>) => (events.push(`postMessage ${a.channel}`), { ok: true, ts: '1.1', channel: a.channel }),
      update: async (a: Record<string, unknown>) => (events.push(`update ${a.ts}`), { ok: true }),
      postEphemeral: async () => (events.push('postEphemeral'), { ok: true }),
    },
    usergroups: {
      users: {
        list: async (a: { usergroup: string }) => {
          events.push(`usergroups ${a.usergroup}`);
          if (o.slowGroupsMs) await new Promise((r) => setTimeout(r, o.slowGroupsMs));
          return { ok: true, users: o.groups?.[a.usergroup] ?? [] };
        },
      },
    },
  } as unknown as WebClient;
  const args = (text: string, user = 'U0ONCALL', channel = 'C0OPS') =>
    ({
      command: { command: '/mastodon-health', text, user_id: user, user_name: 'x', team_id: 'T0TEST', channel_id: channel, channel_name: 'ops', response_url: 'https://hooks.slack.com/commands/1', trigger_id: 't', api_app_id: 'A', token: 't', team_domain: 'e' },
      ack: async () => void events.push('ack'),
      respond: async (m: Record<string, unknown>) => {
        events.push('respond');
        responded.push(m);
        return new Response('ok');
      },
      client,
      context: {},
      logger: console,
      next: async () => {},
      say: async () => ({}),
      body: {},
      payload: {},
    }) as unknown as CommandArgs;
  return { events, responded, client, args };
}

describe('health command callback (fake ack/respond/client)', () => {
  test('ack() comes first, then one message, updated in place, audited', async () => {
    const f = fakes();
    await commandListener(rt, healthCommand)(f.args('stub'));
    assert.equal(f.events[0], 'ack');
    assert.equal(f.events[1], 'postMessage C0OPS');
    assert.ok(f.events.slice(2).every((e) => e === 'update 1.1'));
    assert.equal(f.responded.length, 0);
    const log = await rt.audit.query();
    const last = log[log.length - 1]!;
    assert.equal(last.outcome, 'fail');
    assert.match(last.detail ?? '', /ok 1, fail 1/);
  });

  test('ack() is not delayed by a slow user group lookup', async () => {
    const f = fakes({ groups: { S0ONCALL: ['U0GROUP'] }, slowGroupsMs: 300 });
    const done = commandListener(rt, healthCommand)(f.args('stub.ok', 'U0GROUP', 'C0RANDOM'));
    await waitUntil(() => (f.events.includes('ack') ? true : undefined), 1000);
    assert.deepEqual(f.events.slice(0, 2), ['ack', 'usergroups S0ONCALL']);
    await done;
    assert.ok(f.events.includes('postMessage C0RANDOM'));
  });

  test('refused: ack, then one ephemeral respond(); no message', async () => {
    const f = fakes();
    await commandListener(rt, healthCommand)(f.args('', 'U0NOBODY', 'C0RANDOM'));
    assert.deepEqual(f.events, ['ack', 'respond']);
    assert.equal(f.responded[0]?.response_type, 'ephemeral');
    assert.match(String(f.responded[0]?.text), /Not allowed: \/mastodon-health\. you are not in the health role/);
  });

  test('help: ack, then respond(); no role needed', async () => {
    const f = fakes();
    await commandListener(rt, healthCommand)(f.args('help', 'U0NOBODY'));
    assert.deepEqual(f.events, ['ack', 'respond']);
  });

  test('when respond() fails, the user still hears it through chat.postEphemeral', async () => {
    const f = fakes();
    const a = f.args('nope');
    (a as unknown as { respond: () => Promise<never> }).respond = async () => {
      throw new Error('response_url expired');
    };
    await commandListener(rt, healthCommand)(a);
    assert.deepEqual(f.events, ['ack', 'postEphemeral']);
  });
});

test('cancel callback: a running execution of this process is aborted', async () => {
  const exec = rt.executions.start({ id: 'x-cancel', action: '/mastodon-health', userId: 'U0ONCALL' });
  const audits: string[] = [];
  const notes: Msg[] = [];
  const payload = { v: 1 as const, k: 'cancel' as const, a: '/mastodon-health', u: 'U0ONCALL', x: 'x-cancel', e: 0, n: 'n'.repeat(22) };
  await handleCancel({
    rt,
    kind: 'cancel',
    payload,
    userId: 'U0ONCALL',
    client: fakes().client,
    responder: new Responder(undefined, { timeoutMs: 1000 }),
    notify: async (m) => (notes.push(m), true),
    audit: async (_x, outcome) => (audits.push(outcome), true),
    refuse: async () => void audits.push('refused'),
  });
  assert.equal(exec.signal.aborted, true);
  assert.equal(exec.cancelledBy, 'U0ONCALL');
  assert.deepEqual(audits, ['cancel_requested']);
  rt.executions.finish('x-cancel');
});

test('tokenize: words, Slack links, and refusals', () => {
  assert.deepEqual(tokenize('  social.example.org   s3 db.profiles '), ['social.example.org', 's3', 'db.profiles']);
  assert.deepEqual(tokenize('<http://social.example.org|social.example.org> s3'), ['social.example.org', 's3']);
  assert.deepEqual(tokenize('<https://social.example.org/about>'), ['social.example.org']);
  assert.deepEqual(tokenize(''), []);
  for (const bad of ['$(id)', 'a;b', '`x`', '../etc', '*']) assert.throws(() => tokenize(bad), UsageError, bad);
  assert.throws(() => tokenize(Array(21).fill('a').join(' ')), /too many arguments/);
});

test('Responder: 5 uses within 30 minutes, then refuses', async () => {
  let now = 0;
  const sent: unknown[] = [];
  const r = new Responder(async (m) => sent.push(m), { timeoutMs: 1000, now: () => now });
  for (let i = 0; i < 5; i++) assert.equal(await r.send({ text: `${i}` }), true);
  assert.equal(await r.send({ text: '6' }), false);
  assert.equal(sent.length, 5);
  const r2 = new Responder(async (m) => sent.push(m), { timeoutMs: 1000, now: () => now });
  now = 30 * 60_000;
  assert.equal(r2.remaining(), 0);
  assert.equal(await r2.send({ text: 'late' }), false);
  const hung = new Responder(() => new Promise(() => {}), { timeoutMs: 50 });
  const keep = setInterval(() => {}, 1000); // the deadline timer is unref'd: keep the loop alive
  await assert.rejects(hung.send({ text: 'x' }), /response_url timed out after 50 ms/);
  clearInterval(keep);
});

test('ProgressUpdater: coalesces bursts, spaces updates, the final one lands last', async () => {
  const shown: string[] = [];
  const surface: Surface = {
    kind: 'channel',
    async show(m, final) {
      await new Promise((r) => setTimeout(r, 10));
      shown.push(`${final ? 'final' : 'progress'} ${m.text}`);
    },
  };
  const u = new ProgressUpdater(surface, 100, () => {});
  for (let i = 0; i < 50; i++) u.update({ text: String(i) });
  await new Promise((r) => setTimeout(r, 150));
  for (let i = 50; i < 100; i++) u.update({ text: String(i) });
  await u.final({ text: 'done' });
  assert.ok(shown.length <= 3, shown.join(', '));
  assert.equal(shown[shown.length - 1], 'final done');
  assert.equal(shown[0], 'progress 49');
});

test('Block Kit limits: 60 results and a Cancel button stay within 50 blocks; the confirm dialog within its limits', () => {
  const done = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, title: 't', status: 'ok' as const, summary: 's', details: [], durationMs: 1 }));
  const m = healthProgress({ instance: 'a', startedAt: new Date().toISOString(), elapsedMs: 1, done, pending: [{ id: 'p', title: 'p' }], executionId: 'e', cancelValue: 'v' });
  assert.ok((m.blocks?.length ?? 0) <= MAX_BLOCKS);
  assert.equal(m.blocks?.at(-1)?.type, 'context');
  assert.equal(m.blocks?.at(-2)?.type, 'actions');
  const p = confirmPrompt({ title: 'T'.repeat(200), instance: 'i', scopeLines: ['x'], dialogText: 'd'.repeat(500), executionId: 'e', confirmValue: 'v', denyValue: 'w', expiresInSeconds: 300, confirmLabel: 'L'.repeat(50) });
  const button = (p.blocks?.[2] as { elements: { confirm?: { title: { text: string }; text: { text: string }; confirm: { text: string }; style: string } }[] }).elements[0]!;
  assert.ok(button.confirm);
  assert.ok(button.confirm.title.text.length <= 100);
  assert.ok(button.confirm.text.text.length <= 300);
  assert.ok(button.confirm.confirm.text.length <= 30);
  assert.equal(button.confirm.style, 'danger');
});
