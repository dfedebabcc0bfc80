// A fake Mastodon web frontend (and, optionally, a separate streaming server) on 127.0.0.1 for the
// `http` check. Answers follow Mastodon v4.6.5 (mastodon.md section 7):
// - /health: HealthController, `text/plain` "OK";
// - /api/v2/instance: REST::InstanceSerializer fields, `configuration.urls.streaming` a wss URL;
// - /api/v1/instance: REST::V1::InstanceSerializer, `urls.streaming_api`, `Deprecation: @1668384000`;
// - /api/v1/streaming/health: streaming/index.js, `text/plain` "OK", `Cache-Control: private, no-store`.
// Each route's behaviour can be switched: answer, another status code, hang (accept, never answer),
// or reset the connection. Every request is recorded.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour = 'ok' | 'hang' | 'reset' | number;

export const ROUTES = ['/health', '/api/v2/instance', '/api/v1/instance', '/api/v1/streaming/health'] as const;
export type Route = (typeof ROUTES)[number];

export interface FakeMastodonOptions {
  version?: string;
  /** Serve streaming on its own server (as with STREAMING_API_BASE_URL); its URL goes in the instance answers. */
  separateStreaming?: boolean;
  /** Initial behaviours; every route answers normally otherwise. */
  routes?: Partial<Record<Route, Behaviour>>;
  /** Every request of the web server hangs (a frontend that accepts and never answers). */
  hangAll?: boolean;
}

export interface FakeMastodon {
  /** Base URL of the web frontend, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The streaming base URL as the instance reports it (ws://...). */
  streamingUrl: string;
  /** `server path` for every request, e.g. `web /health`, `streaming /api/v1/streaming/health`. */
  requests: string[];
  set(route: Route, b: Behaviour): void;
  close(): Promise<void>;
}

interface Running {
  server: Server;
  sockets: Set<Socket>;
  port: number;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Running> {
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, sockets, port: (server.address() as AddressInfo).port };
}

async function stop(r: Running): Promise<void> {
  for (const s of r.sockets) s.destroy();
  await new Promise<void>((res) => r.server.close(() => res()));
}

export async function startFakeMastodon(o: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  const version = o.version ?? '4.6.5';
  const behaviour = new Map<Route, Behaviour>(Object.entries(o.routes ?? {}) as [Route, Behaviour][]);
  const requests: string[] = [];
  let streamingUrl = '';
  let webUrl = '';

  const instanceV2 = () => ({
    domain: 'social.example.org',
    title: 'Example',
    version,
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A fake instance for tests',
    usage: { users: { active_month: 3 } },
    thumbnail: { url: `${webUrl}/packs/media/images/preview.png` },
    icon: [],
    languages: ['en'],
    configuration: {
      urls: { streaming: streamingUrl, status: null, about: `${webUrl}/about`, privacy_policy: null, terms_of_service: null },
      vapid: { public_key: 'BPublicKeyForTests=' },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: { max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 },
    },
    registrations: { enabled: false, approval_required: false, message: null, url: null },
    api_versions: { mastodon: 11 },
    contact: { email: 'admin@example.org', account: null },
    rules: [],
  });
  const instanceV1 = () => ({
    uri: 'social.example.org',
    title: 'Example',
    short_description: '',
    description: '',
    email: 'admin@example.org',
    version,
    urls: { streaming_api: streamingUrl },
    stats: { user_count: 3, status_count: 42, domain_count: 7 },
    languages: ['en'],
    registrations: false,
    approval_required: false,
    invites_enabled: false,
  });

  const answer = (server: string, req: IncomingMessage, res: ServerResponse, serveStreaming: boolean, serveWeb: boolean) => {
    const path = (req.url ?? '/').split('?')[0] as Route;
    requests.push(`${server} ${path}`);
    if (server === 'web' && o.hangAll) return;
    const known = (serveWeb && path !== '/api/v1/streaming/health') || (serveStreaming && path === '/api/v1/streaming/health');
    if (!known || !ROUTES.includes(path)) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Record not found"}');
      return;
    }
    const b = behaviour.get(path) ?? 'ok';
    if (b === 'hang') return;
    if (b === 'reset') {
      req.socket.destroy();
      return;
    }
    if (typeof b === 'number') {
      const html = `<html><body><h1>${b}</h1></body></html>`;
      res.writeHead(b, { 'content-type': 'text/html' }).end(html);
      return;
    }
    switch (path) {
      case '/health':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }).end('OK');
        return;
      case '/api/v2/instance':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=180, public' }).end(JSON.stringify(instanceV2()));
        return;
      case '/api/v1/instance':
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8', deprecation: '@1668384000', 'cache-control': 'max-age=180, public' })
          .end(JSON.stringify(instanceV1()));
        return;
      case '/api/v1/streaming/health':
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'private, no-store' }).end('OK');
        return;
    }
  };

  const web = await listen((req, res) => answer('web', req, res, !o.separateStreaming, true));
  webUrl = `http://127.0.0.1:${web.port}`;
  let streaming: Running | undefined;
  if (o.separateStreaming) {
    streaming = await listen((req, res) => answer('streaming', req, res, true, false));
    streamingUrl = `ws://127.0.0.1:${streaming.port}`;
  } else {
    streamingUrl = `ws://127.0.0.1:${web.port}`;
  }

  return {
    url: webUrl,
    streamingUrl,
    requests,
    set: (route, b) => behaviour.set(route, b),
    async close() {
      await stop(web);
      if (streaming) await stop(streaming);
    },
  };
}
