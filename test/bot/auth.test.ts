// Roles: deny by default; users, channels and user groups grant; group members are cached
// briefly and shared between concurrent lookups; a failed lookup grants nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WebClient } from '@slack/web-api';
import { Authorizer } from '../../bot/auth.ts';
import type { Role } from '../../bot/config.ts';

const none: Role = { users: [], usergroups: [], channels: [] };

function fakeClient(groups: Record<string, string[]>, o: { fail?: boolean; delayMs?: number } = {}) {
  const calls: string[] = [];
  const client = {
    usergroups: {
      users: {
        async list(a: { usergroup: string }) {
          calls.push(a.usergroup);
          if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
          if (o.fail) throw Object.assign(new Error('An API error occurred: missing_scope'), { data: { error: 'missing_scope' } });
          return { ok: true, users: groups[a.usergroup] ?? [] };
        },
      },
    },
  } as unknown as WebClient;
  return { client, calls };
}

test('deny by default: an empty role allows nobody and says so', async () => {
  const a = new Authorizer({ health: none, restore: none }, { cacheMs: 60_000 });
  const d = await a.check('health', { userId: 'U1', channelId: 'C1' }, fakeClient({}).client);
  assert.deepEqual(d, { allowed: false, reason: 'nobody is allowed the health role yet (bot.roles.health in the bot config)' });
});

test('users, channels and user groups grant; roles are separate', async () => {
  const a = new Authorizer(
    { health: { users: ['U1'], usergroups: ['S1'], channels: ['C9'] }, restore: { users: ['U2'], usergroups: [], channels: [] } },
    { cacheMs: 60_000 },
  );
  const { client } = fakeClient({ S1: ['U3'] });
  assert.deepEqual(await a.check('health', { userId: 'U1' }, client), { allowed: true, via: 'user U1' });
  assert.deepEqual(await a.check('health', { userId: 'U7', channelId: 'C9' }, client), { allowed: true, via: 'channel C9' });
  assert.deepEqual(await a.check('health', { userId: 'U3' }, client), { allowed: true, via: 'user group S1' });
  const no = await a.check('restore', { userId: 'U1', channelId: 'C9' }, client);
  assert.equal(no.allowed, false, 'health does not imply restore');
  assert.match(!no.allowed ? no.reason : '', /not in the restore role/);
  assert.equal((await a.check('health', { userId: 'U4', channelId: 'C1' }, client)).allowed, false);
});

test('user group members: one lookup for many concurrent checks, cached for the TTL, then refreshed', async () => {
  let now = 0;
  const a = new Authorizer({ health: { users: [], usergroups: ['S1'], channels: [] }, restore: none }, { cacheMs: 60_000, now: () => now });
  const { client, calls } = fakeClient({ S1: ['U3'] }, { delayMs: 20 });
  const rs = await Promise.all(Array.from({ length: 20 }, (_, i) => a.check('health', { userId: i % 2 ? 'U3' : 'U4' }, client)));
  assert.equal(rs.filter((r) => r.allowed).length, 10);
  assert.equal(calls.length, 1);
  now = 59_000;
  await a.check('health', { userId: 'U3' }, client);
  assert.equal(calls.length, 1);
  now = 61_000;
  await a.check('health', { userId: 'U3' }, client);
  assert.equal(calls.length, 2);
});

test('a failed group lookup denies (and is not cached)', async () => {
  const errors: string[] = [];
  const a = new Authorizer({ health: { users: [], usergroups: ['S1'], channels: [] }, restore: none }, { cacheMs: 60_000, onLookupError: (g) => errors.push(g) });
  const bad = fakeClient({ S1: ['U3'] }, { fail: true });
  const d = await a.check('health', { userId: 'U3' }, bad.client);
  assert.equal(d.allowed, false);
  assert.match(!d.allowed ? d.reason : '', /members of user group S1 could not be read/);
  assert.deepEqual(errors, ['S1']);
  const good = fakeClient({ S1: ['U3'] });
  assert.equal((await a.check('health', { userId: 'U3' }, good.client)).allowed, true);
});
