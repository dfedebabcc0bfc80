// src/main.ts in-process: how run() reports what it catches (capturing the workflow commands it prints), and input parsing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFailure } from '../../src/main.ts';
import { InternalError, UsageError } from '../../src/lint/errors.ts';

function capture(thrown: unknown): { out: string; code: number | string | undefined } {
  const write = process.stdout.write.bind(process.stdout);
  const before = process.exitCode;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    reportFailure(thrown);
    return { out, code: process.exitCode };
  } finally {
    process.stdout.write = write;
    process.exitCode = before;
  }
}

test('a usage error fails with its message and exit 2', () => {
  const r = capture(new UsageError('input "format": expected one of text, json'));
  assert.equal(r.out, '::error::mastodon-ops: input "format": expected one of text, json\n');
  assert.equal(r.code, 2);
});

test('an internal error is named as one, exit 3, without a stack trace in the failure', () => {
  const r = capture(new InternalError('rule MSTDN101 failed on crontab: boom'));
  assert.match(r.out, /^::error::mastodon-ops: internal error: rule MSTDN101 failed on crontab: boom\. This is a bug/m);
  assert.doesNotMatch(r.out.split('\n')[0]!, /\bat /);
  assert.equal(r.code, 3);
  assert.match(capture(new TypeError('x is undefined')).out, /internal error: TypeError: x is undefined/);
});

test('non-Error throws are reported too', () => {
  assert.match(capture('plain string').out, /internal error: plain string\./);
  assert.match(capture({ reason: 'object' }).out, /internal error: \{"reason":"object"\}\./);
  assert.match(capture(Object.create(null)).out, /internal error: \{\}\./);
  assert.match(capture(undefined).out, /internal error: undefined\./);
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  assert.match(capture(circular).out, /internal error: \[object Object\]\./);
  assert.equal(capture(42n).code, 3);
});

test('paths: one per line, or space-separated on one line', async () => {
  const { splitPaths } = await import('../../src/main.ts');
  assert.deepEqual(splitPaths(''), []);
  assert.deepEqual(splitPaths('.'), ['.']);
  assert.deepEqual(splitPaths('cron  k8s/mastodon'), ['cron', 'k8s/mastodon']);
  assert.deepEqual(splitPaths('cron\r\nmy dir/\n\n  k8s  \n'), ['cron', 'my dir/', 'k8s']);
});
