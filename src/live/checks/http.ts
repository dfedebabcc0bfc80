// `http`: the public frontends, as a client sees them.
// - GET /health: Mastodon's HealthController renders a plain "OK" and checks nothing (no database,
//   no Redis, no storage), so a 200 only means Puma (and the proxy in front) answer.
// - GET /api/v2/instance (Mastodon 4.0+, else /api/v1/instance): a real Rails request that needs
//   the cache and settings; gives the version and the streaming URL (`configuration.urls.streaming`,
//   v1 `urls.streaming_api`). A 500 here while /health says OK is the case /health cannot show.
// - GET <streaming>/api/v1/streaming/health (wss -> https), or <baseUrl>/api/v1/streaming/health.
// Every request carries the check's AbortSignal plus its own share of the budget, so one hung
// endpoint costs its own line, not the whole report. Nothing secret is sent; URLs are redacted.

import { VERSION } from '../../version.ts';
import { redact } from '../redact.ts';
import type { Check, CheckContext, CheckOutcome, CheckStatus } from '../types.ts';

export interface HttpCheckOptions {
  timeoutMs?: number;
}

export interface HttpData {
  health: number | null;
  version: string | null;
  streaming: number | null;
}

const MAX_BODY = 1_000_000;

interface Answer {
  url: string;
  status: number | null;
  body: string;
  headers: Headers | null;
  /** Why there is no status: refused, timed out, not JSON... */
  error?: string;
}

async function readCapped(res: Response, max: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new Error(`the answer is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function netError(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const code = err.cause?.code;
  const msg = err.cause?.message ?? err.message ?? String(e);
  return redact(code ? `${code}${msg && !msg.includes(code) ? ` (${msg})` : ''}` : msg);
}

async function get(url: string, ctx: CheckContext, budgetMs: number, accept: string): Promise<Answer> {
  const own = AbortSignal.timeout(budgetMs);
  const signal = AbortSignal.any([ctx.signal, own]);
  try {
    const res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept, 'user-agent': `mastodon-ops/${VERSION} (health check)` },
    });
    const body = await readCapped(res, MAX_BODY);
    return { url, status: res.status, body, headers: res.headers };
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    if (own.aborted) return { url, status: null, body: '', headers: null, error: `no answer within ${+(budgetMs / 1000).toFixed(1)} s` };
    return { url, status: null, body: '', headers: null, error: netError(e) };
  }
}

function shown(a: Answer): string {
  return a.status !== null ? String(a.status) : (a.error ?? 'no answer');
}

/** `wss://host` -> `https://host`; null for anything that is not ws, wss, http or https. */
export function streamingHealthUrl(streaming: string): string | null {
  let u: URL;
  try {
    u = new URL(streaming);
  } catch {
    return null;
  }
  const proto = { 'ws:': 'http:', 'wss:': 'https:', 'http:': 'http:', 'https:': 'https:' }[u.protocol];
  if (!proto) return null;
  const base = `${proto}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  return `${base}/api/v1/streaming/health`;
}

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.length > 0 && v.length <= 200 ? v.replace(/[\u0000-\u001f\u007f]/g, '') : null;
}

function ok(a: Answer): boolean {
  return a.status !== null && a.status >= 200 && a.status < 300;
}

export function httpCheck(o: HttpCheckOptions = {}): Check {
  return {
    id: 'http',
    title: 'Web and streaming frontends',
    needs: ['http'],
    timeoutMs: o.timeoutMs ?? 10_000,
    run: runHttp,
  };
}

export const http: Check = httpCheck();

async function runHttp(ctx: CheckContext): Promise<CheckOutcome> {
  const base = (ctx.instance.baseUrl ?? '').replace(/\/+$/, '');
  if (!base) throw new Error('no base URL');
  // health and instance run together, then streaming; the instance may take two requests.
  const budget = Math.max(50, Math.round(ctx.timeoutMs * 0.3));
  const details: string[] = [];
  const problems: { status: CheckStatus; text: string }[] = [];

  const instance = async () => {
    const v2 = await get(`${base}/api/v2/instance`, ctx, budget, 'application/json');
    const j2 = ok(v2) ? parseJson(v2.body) : null;
    if (j2) {
      const conf = j2.configuration as { urls?: { streaming?: unknown } } | undefined;
      return { v2, v1: null, version: str(j2.version), streaming: str(conf?.urls?.streaming) };
    }
    // No answer at all (hung, refused): v1 would fare no better, and the budget is shared.
    if (v2.status === null) return { v2, v1: null, version: null, streaming: null };
    // Mastodon before 4.0 has no v2 (404); a 5xx is a broken Rails: ask v1 anyway for the version.
    const v1 = await get(`${base}/api/v1/instance`, ctx, budget, 'application/json');
    const j1 = ok(v1) ? parseJson(v1.body) : null;
    const urls = j1?.urls as { streaming_api?: unknown } | undefined;
    return { v2, v1, version: j1 ? str(j1.version) : null, streaming: str(urls?.streaming_api) };
  };

  const [health, inst] = await Promise.all([get(`${base}/health`, ctx, budget, 'text/plain'), instance()]);

  details.push(`GET ${redact(health.url)}: ${shown(health)} (/health checks nothing: not the database, not Redis, not storage; a 200 only means the web process answers)`);
  if (!ok(health)) problems.push({ status: 'fail', text: `web /health: ${shown(health)}` });

  const v2ok = ok(inst.v2) && !inst.v1;
  details.push(`GET ${redact(inst.v2.url)}: ${shown(inst.v2)}${v2ok ? (inst.version ? `, Mastodon ${inst.version}` : ', no version in the answer') : ok(inst.v2) ? ', not JSON' : ''}`);
  if (inst.v1) {
    const deprecated = inst.v1.headers?.get('deprecation') ? ' (deprecated endpoint)' : '';
    details.push(`GET ${redact(inst.v1.url)}: ${shown(inst.v1)}${inst.version ? `, Mastodon ${inst.version}` : ''}${deprecated}`);
  }
  const v2Broken = inst.v2.status === null || inst.v2.status >= 500 || (ok(inst.v2) && !v2ok);
  if (!inst.version) {
    problems.push({
      status: 'fail',
      text: `/api/v2/instance: ${shown(inst.v2)}${inst.v1 ? `, /api/v1/instance: ${shown(inst.v1)}` : ''}${ok(health) ? ' while /health says OK' : ''}`,
    });
  } else if (v2Broken) {
    problems.push({ status: 'warn', text: `/api/v2/instance: ${shown(inst.v2)} (the v1 endpoint answers)` });
  } else if (inst.v1) {
    details.push('no /api/v2/instance: Mastodon before 4.0');
  }

  let streamUrl = inst.streaming ? streamingHealthUrl(inst.streaming) : null;
  if (inst.streaming && !streamUrl) details.push(`the streaming URL the instance gives is not ws(s) or http(s): ${redact(inst.streaming.slice(0, 100))}`);
  if (inst.streaming && streamUrl) details.push(`streaming URL from the instance: ${redact(inst.streaming)}`);
  streamUrl ??= `${base}/api/v1/streaming/health`;
  const streaming = await get(streamUrl, ctx, budget, 'text/plain');
  details.push(`GET ${redact(streaming.url)}: ${shown(streaming)}`);
  if (!ok(streaming)) problems.push({ status: 'fail', text: `streaming health: ${shown(streaming)}` });

  const data: HttpData = { health: health.status, version: inst.version, streaming: streaming.status };
  const status: CheckStatus = problems.some((p) => p.status === 'fail') ? 'fail' : problems.length ? 'warn' : 'ok';
  const summary = problems.length
    ? problems.map((p) => p.text).join('; ')
    : `web /health ${health.status}, Mastodon ${inst.version}, streaming ${streaming.status}`;

  const fixes: string[] = [];
  if (!ok(health)) fixes.push('The web frontend does not answer: check the proxy (nginx) and the mastodon-web (Puma) service and its logs');
  if (ok(health) && !inst.version) fixes.push('Puma answers but cannot serve a real request: check the database, Redis and the mastodon-web logs (journalctl -u mastodon-web)');
  if (!ok(streaming)) fixes.push('The streaming server does not answer: check the mastodon-streaming service and the proxy route for /api/v1/streaming');

  return {
    status,
    summary,
    details,
    ...(fixes.length ? { fix: `${fixes.join('. ')}.` } : {}),
    data: { ...data },
  };
}
