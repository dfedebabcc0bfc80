// Signed button payloads. A button's `value` carries what the click means (the action, the exact
// scope shown, who asked, where, the execution id) plus an expiry and a random nonce, MACed with
// HMAC-SHA256 under the bot's confirm key. Any replica can verify a click without shared state;
// a forged, altered or expired value is refused. Confirmations are single use: the nonce is
// claimed with Redis SET NX PX, so a second click (or a second replica) does not run twice.
// This is our own payload; Slack's request signature is verified by Bolt, never here.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/** Slack's limit for a button value. */
export const MAX_BUTTON_VALUE = 2000;
const DOMAIN = 'mastodon-ops/button/v1\n';
const PREFIX = 'm1';

z.config(en());

const PayloadSchema = z.strictObject({
  v: z.literal(1),
  /** Which button: confirm (runs an executor), cancel (stops an execution), deny (declines a prompt). */
  k: z.enum(['confirm', 'cancel', 'deny']),
  /** The executor id (confirm) or the command (cancel). */
  a: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Instance the action applies to. */
  i: z.optional(z.string().check(z.maxLength(253))),
  /** The exact scope shown in the dialog (executor-defined JSON). */
  s: z.optional(z.unknown()),
  /** Slack user id of the person who asked; only they may confirm. */
  u: z.string().check(z.minLength(1)),
  t: z.optional(z.string()),
  c: z.optional(z.string()),
  /** Execution id shown with the prompt or the running command. */
  x: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Expiry, Unix seconds. */
  e: z.int(),
  /** 128-bit random nonce, base64url. */
  n: z.string().check(z.minLength(16), z.maxLength(32)),
});

export type ButtonPayload = z.infer<typeof PayloadSchema>;
export type ButtonClaims = Omit<ButtonPayload, 'v' | 'e' | 'n'>;

export type VerifyResult = { ok: true; payload: ButtonPayload } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

export class ButtonSigner {
  private readonly keys: Buffer[];

  /** `keys[0]` signs; every key verifies (so a key can be rotated without breaking open prompts). */
  constructor(
    keys: string[],
    private readonly now: () => number = Date.now,
  ) {
    if (!keys.length) throw new Error('ButtonSigner needs at least one key');
    this.keys = keys.map((k) => Buffer.from(k, 'utf8'));
  }

  private mac(key: Buffer, body: string): Buffer {
    return createHmac('sha256', key).update(DOMAIN).update(body).digest();
  }

  /** Signs `claims` for `ttlSeconds`; buttons of one prompt (Run, Dismiss) share a nonce so using one spends both. */
  sign(claims: ButtonClaims, ttlSeconds: number, nonce = newNonce()): string {
    const payload: ButtonPayload = { v: 1, ...claims, e: Math.floor(this.now() / 1000) + ttlSeconds, n: nonce };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    const value = `${PREFIX}.${body}.${this.mac(this.keys[0] as Buffer, body).toString('base64url')}`;
    if (value.length > MAX_BUTTON_VALUE) throw new Error(`button payload is ${value.length} characters; Slack allows ${MAX_BUTTON_VALUE}: store the scope elsewhere and sign a reference to it`);
    return value;
  }

  /** Checks MAC, shape and expiry; `ignoreExpiry` only to attribute an expired click in the audit log. */
  verify(value: unknown, o: { ignoreExpiry?: boolean } = {}): VerifyResult {
    if (typeof value !== 'string' || value.length > MAX_BUTTON_VALUE) return { ok: false, reason: 'malformed' };
    const parts = value.split('.');
    if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'malformed' };
    const [, body = '', sig = ''] = parts;
    const given = Buffer.from(sig, 'base64url');
    const good = this.keys.some((k) => {
      const want = this.mac(k, body);
      return given.length === want.length && timingSafeEqual(given, want);
    });
    if (!good) return { ok: false, reason: 'bad_signature' };
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const p = PayloadSchema.safeParse(data);
    if (!p.success) return { ok: false, reason: 'malformed' };
    if (!o.ignoreExpiry && p.data.e * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, payload: p.data };
  }
}

/** Claims single-use nonces in the bot's Redis. */
export class NonceStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /**
   * True when this call is the first to claim `nonce`; the claim lives until the payload has
   * expired anyway (plus a minute of clock skew), then Redis forgets it.
   */
  async claim(p: ButtonPayload, by: string, now = Date.now()): Promise<boolean> {
    const ttl = Math.max(1000, p.e * 1000 - now + 60_000);
    const r = await this.redis.set(`${this.prefix}nonce:${p.n}`, by, 'PX', ttl, 'NX');
    return r === 'OK';
  }
}
