// Secrets never reach the logs: by key (pino redact) and by value (tokens, signatures, response
// URLs, URL credentials, the configured secret values), in messages, fields and errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { boltLogger, createLogger, scrub } from '../../bot/logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(c, _e, cb) {
      lines.push(String(c));
      cb();
    },
  });
  return { lines, destination };
}

const SECRET = 'confirm-key-0123456789abcdef0123456789';

test('scrub removes tokens, signatures, response URLs, URL passwords and known values', () => {
  const s = scrub(
    `xoxb-123-456-abc xapp-1-A1-2-def v0=${'a'.repeat(64)} https://hooks.slack.com/commands/T1/2/3 postgres://bot:pw@db/x token=abc ${SECRET}`,
    [SECRET],
  );
  assert.equal(s, '[token] [token] v0=[signature] [response_url] postgres://***@db/x token=*** [secret]');
});

test('pino output has no secret, whatever the shape', async () => {
  const { lines, destination } = capture();
  const log = createLogger({ level: 'debug', secrets: [SECRET], destination });
  log.info({ token: 'xoxb-1-2-3', config: { botToken: 'xoxb-9', databaseUrl: 'postgres://a:b@c/d' }, note: `key ${SECRET}` }, `starting with ${SECRET}`);
  log.error({ err: new Error(`connect failed: redis://:${SECRET}@redis:6379`) }, 'boom');
  boltLogger(log).warn('token', 'xoxb-111-222-333', { body: { response_url: 'https://hooks.slack.com/x' } });
  await new Promise((r) => setImmediate(r));
  const out = lines.join('');
  for (const bad of [SECRET, 'xoxb-', 'postgres://a:b', 'hooks.slack.com']) assert.ok(!out.includes(bad), `${bad} in ${out}`);
  assert.match(out, /\[redacted\]/);
  assert.match(out, /starting with \[secret\]/);
});
