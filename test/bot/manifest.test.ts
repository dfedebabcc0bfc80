// bot/manifest.yml matches the code: every registered command is in the manifest (and nothing
// else), the scopes cover every Web API method the bot calls and no more, Socket Mode is on,
// interactivity (buttons) is enabled.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { COMMANDS } from '../../bot/listeners/commands/index.ts';

const manifest = parse(readFileSync(new URL('../../bot/manifest.yml', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string; description: string; usage_hint: string; url?: string }[]; bot_user: { display_name: string } };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: { socket_mode_enabled: boolean; interactivity: { is_enabled: boolean }; token_rotation_enabled: boolean };
};

/** Scope each Web API method the bot calls needs (docs.slack.dev/reference/methods). */
const METHOD_SCOPES: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'usergroups.users.list': 'usergroups:read',
};

test('commands in the manifest are exactly the registered ones', () => {
  assert.deepEqual(manifest.features.slash_commands.map((c) => c.command).sort(), COMMANDS.map((c) => c.name).sort());
  for (const c of manifest.features.slash_commands) {
    assert.ok(c.description.length <= 100 && c.usage_hint.length <= 100);
    assert.equal(c.url, undefined, 'Socket Mode: no request URL');
  }
});

test('least-privilege scopes: exactly what the methods used need, plus commands; no user scopes', () => {
  const src = ['bot/core/respond.ts', 'bot/auth.ts'].map((p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8')).join('\n');
  const used = new Set<string>();
  for (const [m, scope] of Object.entries(METHOD_SCOPES)) if (src.includes(m)) used.add(scope);
  assert.deepEqual([...manifest.oauth_config.scopes.bot].sort(), ['commands', ...used].sort());
  assert.equal(manifest.oauth_config.scopes.user, undefined);
});

test('Socket Mode by default, interactivity on for the buttons', () => {
  assert.equal(manifest.settings.socket_mode_enabled, true);
  assert.equal(manifest.settings.interactivity.is_enabled, true);
  assert.equal(manifest.settings.token_rotation_enabled, false);
});
