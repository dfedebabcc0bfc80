// Where the bot's answers go, within Slack's limits.
// - respond() (the response_url) works in any channel, even one the bot is not in, but Slack
//   allows 5 uses in 30 minutes per URL: the Responder counts and refuses beyond that.
// - A channel message (chat.postMessage, then chat.update in place) has no such limit, but needs
//   the bot in the channel; if it is not, the surface falls back to response_url, ephemeral.
// - Progress updates are coalesced and spaced (ProgressUpdater); the final message is never dropped.

import type { WebClient } from '@slack/web-api';
import type { SlackBlock } from '../../src/api.ts';
import { withTimeout } from './timeout.ts';

export interface Msg {
  text: string;
  blocks?: SlackBlock[];
}

export type RespondLike = (message: Record<string, unknown>) => Promise<unknown>;

export const RESPOND_LIMIT = { uses: 5, windowMs: 30 * 60_000 } as const;

/** A response_url with its budget: 5 uses within 30 minutes of the command. */
export class Responder {
  private uses = 0;
  private readonly since: number;

  constructor(
    private readonly respond: RespondLike | undefined,
    private readonly o: { timeoutMs: number; now?: () => number },
  ) {
    this.since = this.now();
  }

  private now(): number {
    return this.o.now?.() ?? Date.now();
  }

  remaining(): number {
    if (!this.respond || this.now() - this.since >= RESPOND_LIMIT.windowMs) return 0;
    return RESPOND_LIMIT.uses - this.uses;
  }

  get used(): number {
    return this.uses;
  }

  /** Sends if the budget allows; false when it does not (nothing sent). */
  async send(payload: Record<string, unknown>): Promise<boolean> {
    if (!this.respond || this.remaining() <= 0) return false;
    this.uses++;
    await withTimeout(this.respond(payload), this.o.timeoutMs, 'response_url');
    return true;
  }
}

/** Slack's error code from a Web API error (`not_in_channel`), if any. */
export function slackErrorCode(e: unknown): string | undefined {
  const d = (e as { data?: { error?: unknown } } | null)?.data;
  return typeof d?.error === 'string' ? d.error : undefined;
}

const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'ekm_access_denied', 'cannot_reply_to_message']);

export interface Surface {
  readonly kind: 'channel' | 'ephemeral';
  /** Shows the message, replacing the previous one; non-final messages may be skipped to save budget. */
  show(m: Msg, final: boolean): Promise<void>;
}

/** Ephemeral, through the response_url: keeps `reserve` uses for the final message and an error. */
export class EphemeralSurface implements Surface {
  readonly kind = 'ephemeral';
  private shown = 0;
  constructor(
    private readonly responder: Responder,
    private readonly reserve = 2,
  ) {}

  async show(m: Msg, final: boolean): Promise<void> {
    if (!final && this.responder.remaining() <= this.reserve) return;
    const sent = await this.responder.send({ response_type: 'ephemeral', replace_original: this.shown > 0, text: m.text, blocks: m.blocks });
    if (!sent && final) throw new Error('response_url budget exhausted (5 uses in 30 minutes)');
    if (sent) this.shown++;
  }
}

/** A message in the channel, updated in place; falls back to `fallback()` if the bot cannot post there. */
export class ChannelSurface implements Surface {
  private ts: string | undefined;
  private channel: string;
  private fallen: Surface | undefined;

  constructor(
    private readonly client: WebClient,
    channel: string,
    private readonly fallback: () => Surface,
    private readonly onFallback?: (code: string) => void,
  ) {
    this.channel = channel;
  }

  get kind(): 'channel' | 'ephemeral' {
    return this.fallen?.kind ?? 'channel';
  }

  /** The channel message, once posted (for tests and links). */
  get message(): { channel: string; ts: string } | undefined {
    return this.ts ? { channel: this.channel, ts: this.ts } : undefined;
  }

  async show(m: Msg, final: boolean): Promise<void> {
    if (this.fallen) return this.fallen.show(m, final);
    if (!this.ts) {
      try {
        const r = await this.client.chat.postMessage({ channel: this.channel, text: m.text, blocks: m.blocks as never, unfurl_links: false, unfurl_media: false });
        this.ts = r.ts;
        if (r.channel) this.channel = r.channel;
        return;
      } catch (e) {
        const code = slackErrorCode(e);
        if (!code || !CANNOT_POST.has(code)) throw e;
        this.onFallback?.(code);
        this.fallen = this.fallback();
        return this.fallen.show(m, final);
      }
    }
    await this.client.chat.update({ channel: this.channel, ts: this.ts, text: m.text, blocks: m.blocks as never });
  }
}

/** Coalesces progress: at most one update in flight, spaced by `intervalMs`, latest wins. */
export class ProgressUpdater {
  private latest: Msg | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inflight: Promise<void> | undefined;
  private last = 0;
  private closed = false;

  constructor(
    private readonly surface: Surface,
    private readonly intervalMs: number,
    private readonly onError: (e: unknown) => void,
  ) {}

  update(m: Msg): void {
    if (this.closed) return;
    this.latest = m;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.inflight || this.closed) return;
    const wait = Math.max(0, this.last + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
  }

  private flush(): void {
    const m = this.latest;
    if (!m || this.closed) return;
    this.latest = undefined;
    this.inflight = this.surface
      .show(m, false)
      .catch(this.onError)
      .finally(() => {
        this.inflight = undefined;
        this.last = Date.now();
        if (this.latest) this.schedule();
      });
  }

  /** Stops progress and shows `m`; waits for an update in flight first so the final one lands last. */
  async final(m: Msg): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inflight;
    await this.surface.show(m, true);
  }
}

/**
 * An ephemeral message to one user (refusals, errors, help): through the response_url while its
 * budget lasts, else chat.postEphemeral. False if neither worked (the caller logs and audits).
 */
export async function notifyUser(t: { responder?: Responder; client: WebClient; channelId?: string; userId: string }, m: Msg): Promise<boolean> {
  try {
    if (t.responder && (await t.responder.send({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks }))) return true;
  } catch {
    /* an expired or failing response_url: try the Web API */
  }
  if (!t.channelId) return false;
  try {
    await t.client.chat.postEphemeral({ channel: t.channelId, user: t.userId, text: m.text, blocks: m.blocks as never });
    return true;
  } catch {
    return false;
  }
}
