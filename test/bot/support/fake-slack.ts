// A fake Slack for bot tests, on 127.0.0.1:
// - the Web API (`slackApiUrl` = `${url}/api/`): records every call (method, token, arguments
//   with JSON-encoded fields decoded) and answers like Slack: chat.postMessage, chat.update,
//   chat.postEphemeral, usergroups.users.list, auth.test, apps.connections.open; a method can be
//   made to fail with a Slack error code or to hang;
// - response_urls (`${url}/response/<id>`): records what respond() posts;
// - a Socket Mode peer (`apps.connections.open` hands out `ws://…/socket`): a minimal RFC 6455
//   server speaking Slack's envelope format (hello, envelopes, acks by envelope_id).

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SlackCall {
  method: string;
  token?: string;
  args: Record<string, unknown>;
  at: number;
}

export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface Envelope {
  envelope_id: string;
  type: string;
  payload: unknown;
  accepts_response_payload?: boolean;
}

export interface FakeSlack {
  url: string;
  /** For WebClient's slackApiUrl. */
  apiUrl: string;
  calls: SlackCall[];
  responses: ResponsePost[];
  /** user group id -> member ids, for usergroups.users.list. */
  usergroups: Map<string, string[]>;
  /** Channels the bot is not in: chat.postMessage answers not_in_channel. */
  notInChannel: Set<string>;
  /** Make `method` answer `{ok:false, error}`; null restores it. */
  failWith(method: string, error: string | null): void;
  /** Make `method` never answer (until close). */
  hang(method: string, on?: boolean): void;
  /** A fresh response_url. */
  responseUrl(id?: string): string;
  callsOf(method: string): SlackCall[];
  /** Resolves when a recorded call matches, polling every 10 ms. */
  waitFor(pred: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  waitForResponse(pred: (r: ResponsePost) => boolean, timeoutMs?: number): Promise<ResponsePost>;
  /** Socket Mode: the next envelope sent after connect; resolves with the client's ack. */
  sendEnvelope(type: string, payload: unknown, acceptsResponsePayload?: boolean): Promise<Record<string, unknown>>;
  /** Resolves once a Socket Mode client has connected and got `hello`. */
  socketConnected(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[k] = v;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// --- a minimal WebSocket server (RFC 6455): text frames, ping/pong, close ---

function frame(opcode: number, data: Buffer): Buffer {
  const len = data.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 255]) : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt(len));
    return b;
  })()]);
  return Buffer.concat([head, data]);
}

class WsPeer {
  private buf = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  onText: (s: string) => void = () => {};
  closed = false;

  constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => this.read(d));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => {});
  }

  send(s: string): void {
    if (!this.closed) this.socket.write(frame(1, Buffer.from(s, 'utf8')));
  }

  close(): void {
    if (this.closed) return;
    this.socket.write(frame(8, Buffer.from([0x03, 0xe8])));
    this.socket.end();
    this.closed = true;
  }

  private read(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      if (this.buf.length < 2) return;
      const b0 = this.buf[0] as number;
      const b1 = this.buf[1] as number;
      let len = b1 & 0x7f;
      let off = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        len = Number(this.buf.readBigUInt64BE(2));
        off = 10;
      }
      const masked = (b1 & 0x80) !== 0;
      const need = off + (masked ? 4 : 0) + len;
      if (this.buf.length < need) return;
      const mask = masked ? this.buf.subarray(off, off + 4) : undefined;
      const data = Buffer.from(this.buf.subarray(off + (masked ? 4 : 0), need));
      if (mask) for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) ^ (mask[i % 4] as number);
      this.buf = this.buf.subarray(need);
      const opcode = b0 & 0x0f;
      const fin = (b0 & 0x80) !== 0;
      if (opcode === 8) {
        if (!this.closed) this.socket.end(frame(8, data.subarray(0, 2)));
        this.closed = true;
        return;
      }
      if (opcode === 9) {
        this.socket.write(frame(10, data));
        continue;
      }
      if (opcode === 10) continue;
      this.fragments.push(data);
      if (fin) {
        const text = Buffer.concat(this.fragments).toString('utf8');
        this.fragments = [];
        this.onText(text);
      }
    }
  }
}

export async function startFakeSlack(o: { team?: string; botUserId?: string } = {}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const responses: ResponsePost[] = [];
  const usergroups = new Map<string, string[]>();
  const notInChannel = new Set<string>();
  const failures = new Map<string, string>();
  const hanging = new Set<string>();
  const sockets = new Set<Socket>();
  const hung: ServerResponse[] = [];
  let seq = 0;
  let peer: WsPeer | undefined;
  const connectedWaiters: (() => void)[] = [];
  const ackWaiters = new Map<string, (v: Record<string, unknown>) => void>();
  let base = '';

  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const answer = (method: string, args: Record<string, unknown>): unknown => {
    const fail = failures.get(method);
    if (fail) return { ok: false, error: fail };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'mastodon-ops', team_id: o.team ?? 'T0TEST', user_id: o.botUserId ?? 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage': {
        const channel = String(args.channel ?? '');
        if (notInChannel.has(channel)) return { ok: false, error: 'not_in_channel' };
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
        return { ok: true, channel, ts, message: { text: args.text, ts } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}` };
      case 'usergroups.users.list': {
        const users = usergroups.get(String(args.usergroup ?? ''));
        return users ? { ok: true, users } : { ok: false, error: 'no_such_subteam' };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http://', 'ws://')}/socket` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const auth = req.headers.authorization;
      const args = decodeArgs(raw, req.headers['content-type']);
      calls.push({ method, token: auth?.replace(/^Bearer /, ''), args, at: performance.now() });
      if (hanging.has(method)) {
        hung.push(res);
        return;
      }
      return json(res, answer(method, args));
    }
    if (url.pathname.startsWith('/response/')) {
      responses.push({ id: url.pathname.slice('/response/'.length), body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {}, at: performance.now() });
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    }
    res.writeHead(404);
    res.end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req, socket: Socket) => {
    sockets.add(socket);
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string' || !req.url?.startsWith('/socket')) {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join('\r\n'));
    const p = new WsPeer(socket);
    peer = p;
    p.onText = (s) => {
      const m = JSON.parse(s) as Record<string, unknown>;
      const id = typeof m.envelope_id === 'string' ? m.envelope_id : undefined;
      if (id) {
        ackWaiters.get(id)?.(m);
        ackWaiters.delete(id);
      }
    };
    p.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0TEST' } }));
    for (const w of connectedWaiters.splice(0)) w();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const poll = async <T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = find();
      if (v !== undefined) return v;
      if (Date.now() > until) throw new Error(`fake Slack: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    usergroups,
    notInChannel,
    failWith(method, error) {
      if (error === null) failures.delete(method);
      else failures.set(method, error);
    },
    hang(method, on = true) {
      if (on) hanging.add(method);
      else hanging.delete(method);
    },
    responseUrl(id = randomBytes(6).toString('hex')) {
      return `${base}/response/${id}`;
    },
    callsOf(method) {
      return calls.filter((c) => c.method === method);
    },
    waitFor(pred, timeoutMs = 10_000) {
      return poll(() => calls.find(pred), timeoutMs, 'a Web API call');
    },
    waitForResponse(pred, timeoutMs = 10_000) {
      return poll(() => responses.find(pred), timeoutMs, 'a response_url post');
    },
    async socketConnected(timeoutMs = 10_000) {
      if (peer && !peer.closed) return;
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('fake Slack: no Socket Mode connection')), timeoutMs);
        connectedWaiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    },
    sendEnvelope(type, payload, acceptsResponsePayload = type === 'slash_commands') {
      if (!peer || peer.closed) return Promise.reject(new Error('fake Slack: no Socket Mode client connected'));
      const envelope: Envelope = { envelope_id: randomBytes(8).toString('hex'), type, payload, accepts_response_payload: acceptsResponsePayload };
      const p = new Promise<Record<string, unknown>>((resolve) => ackWaiters.set(envelope.envelope_id, resolve));
      peer.send(JSON.stringify(envelope));
      return p;
    },
    async close() {
      peer?.close();
      for (const r of hung) r.destroy();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
