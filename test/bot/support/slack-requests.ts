// Requests as Slack sends them to the HTTP receiver: form-encoded slash commands and
// `payload=`-wrapped interactive payloads, signed with the signing secret
// (`v0=` + HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`)). Test-side only: the bot never
// computes Slack signatures, Bolt verifies them.

import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = '8f742231b10e8888abcd99eeeeee85a5';

export function sign(body: string, o: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const sig = createHmac('sha256', o.secret ?? SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${sig}` };
}

export interface SlashOptions {
  command?: string;
  text?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  responseUrl: string;
}

export function slashPayload(o: SlashOptions): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: o.teamId ?? 'T0TEST',
    team_domain: 'example',
    channel_id: o.channelId ?? 'C0OPS',
    channel_name: o.channelName ?? 'ops',
    user_id: o.userId ?? 'U0ONCALL',
    user_name: o.userName ?? 'oncall',
    command: o.command ?? '/mastodon-health',
    text: o.text ?? '',
    api_app_id: 'A0TEST',
    is_enterprise_install: 'false',
    response_url: o.responseUrl,
    trigger_id: `${Date.now()}.1.abc`,
  };
}

export function slashBody(o: SlashOptions): string {
  return new URLSearchParams(slashPayload(o)).toString();
}

export interface ButtonOptions {
  actionId: string;
  value: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  responseUrl: string;
  messageTs?: string;
}

export function blockActionPayload(o: ButtonOptions): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: o.userId ?? 'U0ONCALL', username: 'oncall', name: 'oncall', team_id: o.teamId ?? 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: o.messageTs ?? '1.000001', channel_id: o.channelId ?? 'C0OPS', is_ephemeral: false },
    trigger_id: `${Date.now()}.2.def`,
    team: { id: o.teamId ?? 'T0TEST', domain: 'example' },
    channel: { id: o.channelId ?? 'C0OPS', name: 'ops' },
    message: { type: 'message', ts: o.messageTs ?? '1.000001', text: '' },
    response_url: o.responseUrl,
    actions: [{ type: 'button', action_id: o.actionId, block_id: 'b', value: o.value, action_ts: `${Date.now() / 1000}`, text: { type: 'plain_text', text: 'x' } }],
  };
}

export function actionBody(o: ButtonOptions): string {
  return new URLSearchParams({ payload: JSON.stringify(blockActionPayload(o)) }).toString();
}

export interface Posted {
  status: number;
  body: string;
  ms: number;
}

/** POSTs `body` to the receiver; signed unless `headers` replaces the signature headers. */
export async function post(url: string, body: string, headers: Record<string, string> = sign(body)): Promise<Posted> {
  const t = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body, signal: AbortSignal.timeout(10_000) });
  const text = await r.text();
  return { status: r.status, body: text, ms: performance.now() - t };
}
