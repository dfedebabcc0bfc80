// What the S3 checks (s3.write, s3.bucket, storage.objects) share: classifying SDK errors without
// quoting credentials, naming the endpoint, anonymous GETs through the public URL.

import type { S3Settings } from '../../mastodon/settings.ts';
import { redact, redactDeep, withoutSecrets } from '../redact.ts';

/** Canned ACLs that Block Public Access treats as public. */
export const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);

export interface S3Failure {
  /** AWS error code (AccessDenied, NoSuchBucket, ...), `NotFound`/`Forbidden` for body-less HEAD
   * answers, or a Node network code (ECONNREFUSED, ENOTFOUND, ...). */
  code: string;
  httpStatus?: number;
  kind: 'http' | 'network' | 'aborted';
  /** Short human text, safe to print. */
  text: string;
}

const NETWORK_TEXT: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  TimeoutError: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host name',
};

interface SdkLikeError {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  cause?: { code?: string; name?: string };
  $metadata?: { httpStatusCode?: number };
}

/** Classifies an error thrown by the S3 client (or fetch) without ever quoting credentials. */
export function s3Failure(e: unknown): S3Failure {
  const err = (e ?? {}) as SdkLikeError;
  if (err.name === 'AbortError') return { code: 'AbortError', kind: 'aborted', text: 'aborted' };
  const status = err.$metadata?.httpStatusCode;
  if (status !== undefined) {
    let code = err.Code ?? err.name ?? '';
    if (!code || code === 'Unknown' || code === 'UnknownError' || code === 'Error' || code === 'S3ServiceException') {
      code = status === 404 ? 'NotFound' : status === 403 ? 'Forbidden' : `HTTP${status}`;
    }
    return { code, httpStatus: status, kind: 'http', text: `HTTP ${status} ${code}` };
  }
  const net = err.code ?? err.cause?.code ?? (err.name === 'TimeoutError' ? 'TimeoutError' : undefined);
  if (net) return { code: net, kind: 'network', text: `${NETWORK_TEXT[net] ?? redact(err.message ?? net)} (${net})` };
  return { code: err.name ?? 'Error', kind: 'network', text: redact(err.message ?? String(e)) };
}

/** Where the S3 API is, for messages: scheme and host only (never credentials or a path). */
export function endpointLabel(s: S3Settings): string {
  if (s.endpoint === undefined) return `AWS S3 (${s.region || 'us-east-1'})`;
  try {
    const u = new URL(s.endpoint);
    return `${u.protocol}//${u.host}`;
  } catch {
    return 'S3_ENDPOINT (not a valid URL)';
  }
}

/** Replaces the access key id and the secret anywhere in a result's strings. */
export function scrubSecrets<T>(value: T, s: S3Settings): T {
  const secrets = [s.secretAccessKey, s.accessKeyId].filter((v): v is string => typeof v === 'string');
  return secrets.length ? redactDeep(value, (x) => withoutSecrets(x, secrets)) : value;
}

/** An abort signal that fires with the check's signal or after `ms`. */
export function withTimeout(signal: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(ms)]);
}

export type PublicGet = { status: number; body: Buffer } | { error: string };

/** Anonymous GET (no credentials, as a visitor's browser), reading at most `maxBytes` of the body. */
export async function publicGet(url: string, signal: AbortSignal, ms = 5000, maxBytes = 65_536): Promise<PublicGet> {
  try {
    const res = await fetch(url, { signal: withTimeout(signal, ms), redirect: 'follow' });
    const chunks: Buffer[] = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      while (size < maxBytes) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(Buffer.from(value));
        size += value.byteLength;
      }
      await reader.cancel().catch(() => {});
    }
    return { status: res.status, body: Buffer.concat(chunks).subarray(0, maxBytes) };
  } catch (e) {
    const f = s3Failure(e);
    return { error: f.kind === 'aborted' || f.code === 'TimeoutError' ? `timed out after ${ms / 1000} s` : f.text };
  }
}

/** The URL without its query, for messages. */
export function shownUrl(url: string): string {
  return redact(url.replace(/\?.*$/, ''));
}
