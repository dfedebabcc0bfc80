// Configuration: validated at start, every problem reported at once with the variable or the
// file:line and key, never a secret's value.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, describeConfig, loadAuditSettings, loadBotConfig, parseBotConfig } from '../../bot/config.ts';
import { UsageError } from '../../src/api.ts';
import { botEnv, configYaml, CONFIRM_KEY } from './support/bot.ts';

function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    assert.ok(e instanceof UsageError, 'exits 2 from the CLI');
    return e.problems;
  }
  assert.fail('no ConfigError');
}

test('a valid config: instances through the engine schema, roles, defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    const c = parseBotConfig(botEnv(dir), configYaml(dir), join(dir, 'c.yml'));
    assert.equal(c.mode, 'http');
    assert.deepEqual(Object.keys(c.instances), ['social.example.org', 'other.example.net']);
    assert.equal(c.instances['social.example.org']?.timeouts.checkMs, 10_000, 'InstanceSchema defaults applied');
    assert.deepEqual(c.roles.health, { users: ['U0ONCALL'], usergroups: ['S0ONCALL'], channels: ['C0INCIDENT'] });
    assert.equal(c.audit.store, 'jsonl');
    assert.equal(c.redis, undefined);
    assert.equal(c.confirm.ttlSeconds, 300);
    const d = JSON.stringify(describeConfig(c));
    for (const secret of [c.slack.botToken, c.slack.signingSecret, CONFIRM_KEY]) assert.ok(!d.includes(String(secret)), 'describeConfig has no secrets');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every environment problem at once, naming the variable, never echoing a secret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    const p = problems(() =>
      parseBotConfig(
        {
          SLACK_BOT_TOKEN: 'xoxp-user-token-secret-value',
          SLACK_APP_TOKEN: '',
          MASTODON_OPS_CONFIRM_KEY: 'short-secret',
          MASTODON_OPS_BOT_REDIS_URL: 'http://user:hunter2hunter2@redis:6379',
          MASTODON_OPS_BOT_PORT: '99999',
          MASTODON_OPS_LOG_LEVEL: 'loud',
        },
        configYaml(dir),
        'c.yml',
      ),
    );
    assert.deepEqual(
      p.map((l) => l.split(':')[0]),
      ['MASTODON_OPS_BOT_PORT', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'MASTODON_OPS_CONFIRM_KEY', 'MASTODON_OPS_BOT_REDIS_URL', 'MASTODON_OPS_LOG_LEVEL'],
    );
    const all = p.join('\n');
    for (const secret of ['xoxp-user-token-secret-value', 'short-secret', 'hunter2hunter2']) assert.ok(!all.includes(secret), `leaked ${secret}`);
    assert.match(all, /SLACK_BOT_TOKEN: does not start with xoxb-/);
    assert.match(all, /SLACK_APP_TOKEN: not set; socket mode needs/);
    assert.match(all, /MASTODON_OPS_CONFIRM_KEY: too short \(12 characters\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('http mode needs the signing secret; postgres audit needs its URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    const env = { ...botEnv(dir), SLACK_SIGNING_SECRET: undefined };
    const text = configYaml(dir).replace('bot:\n', 'bot:\n  audit:\n    store: postgres\n');
    const p = problems(() => parseBotConfig(env, text, 'c.yml'));
    assert.ok(p.some((l) => /^SLACK_SIGNING_SECRET: not set; http mode/.test(l)));
    assert.ok(p.some((l) => /^MASTODON_OPS_AUDIT_DATABASE_URL: not set; bot\.audit\.store is postgres: give the bot's own database \(not Mastodon's\)/.test(l)));
    const ok = parseBotConfig({ ...botEnv(dir), MASTODON_OPS_AUDIT_DATABASE_URL: 'postgres://bot:pw@db/mastodon_ops' }, text, 'c.yml');
    assert.deepEqual(ok.audit, { store: 'postgres', databaseUrl: 'postgres://bot:pw@db/mastodon_ops', timeoutMs: 5000 });
    assert.ok(!JSON.stringify(describeConfig(ok)).includes('pw@'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('file problems carry file:line:col and the key; unknown keys are errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    const text = configYaml(dir, ['  roles:', '    health:', '      users: [alice]', '      usergroup: [S1]', '  defaultInstance: nope.example'].join('\n')).replace(`  defaultInstance: social.example.org\n`, '');
    const p = problems(() => parseBotConfig(botEnv(dir), text, 'c.yml'));
    assert.ok(p.some((l) => /^c\.yml:\d+:\d+: bot\.roles\.health\.users\.0: not a Slack user id/.test(l)), p.join('\n'));
    assert.ok(p.some((l) => /^c\.yml:\d+:\d+: bot\.roles\.health: Unrecognized key: "usergroup"/.test(l)), p.join('\n'));
    assert.ok(p.some((l) => /bot\.defaultInstance: "nope\.example" is not an instance; choose from social\.example\.org, other\.example\.net/.test(l)), p.join('\n'));
    const bad = problems(() => parseBotConfig(botEnv(dir), 'instances:\n  a:\n    bogus: 1\n', 'c.yml'));
    assert.match(bad[0]!, /^c\.yml:3:5: instances\.a: Unrecognized key: "bogus"/);
    assert.match(problems(() => parseBotConfig(botEnv(dir), 'instances: {}\n', 'c.yml'))[0]!, /add at least one instance/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loadBotConfig reads MASTODON_OPS_CONFIG; loadAuditSettings needs no Slack token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mops-cfg-'));
  try {
    assert.match(problems(() => loadBotConfig({}))[0]!, /^MASTODON_OPS_CONFIG: not set/);
    assert.match(problems(() => loadBotConfig({}, join(dir, 'missing.yml')))[0]!, /cannot read the config file \(ENOENT\)/);
    const path = join(dir, 'c.yml');
    writeFileSync(path, configYaml(dir).replace('bot:\n', `bot:\n  audit:\n    path: ${join(dir, 'a.jsonl')}\n`));
    assert.equal(loadBotConfig({ ...botEnv(dir), MASTODON_OPS_AUDIT_FILE: undefined, MASTODON_OPS_CONFIG: path }).audit.store, 'jsonl');
    assert.deepEqual(loadAuditSettings({ MASTODON_OPS_CONFIG: path }), { store: 'jsonl', path: join(dir, 'a.jsonl'), timeoutMs: 5000 });
    assert.deepEqual(loadAuditSettings({ MASTODON_OPS_AUDIT_DATABASE_URL: 'postgres://x@y/z' }), { store: 'postgres', databaseUrl: 'postgres://x@y/z', timeoutMs: 5000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
