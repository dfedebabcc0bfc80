// An S3-compatible test server on loopback, speaking S3's REST/XML wire format to the real
// @aws-sdk/client-s3 (path-style addressing). No installable server gets the AWS semantics
// mastodon-ops depends on (shared/reference/test-services.md), so this one follows AWS's
// documentation for exactly those:
//
// - Object Ownership "BucketOwnerEnforced" disables ACLs: a PUT with any ACL other than
//   bucket-owner-full-control fails with 400 AccessControlListNotSupported
//   (S3 User Guide, "Controlling ownership of objects and disabling ACLs", troubleshooting).
// - Block Public Access BlockPublicAcls: a PUT with a public canned ACL fails with 403 AccessDenied
//   (S3 User Guide, "Blocking public access to your Amazon S3 storage").
// - A GET/HEAD of a missing key returns 403 AccessDenied, not 404, when the caller lacks
//   s3:ListBucket (S3 API Reference, GetObject: "If you don't have the s3:ListBucket permission,
//   Amazon S3 returns an HTTP status code 403").
// - Get*Configuration on an unset configuration: 404 with OwnershipControlsNotFoundError,
//   NoSuchPublicAccessBlockConfiguration, NoSuchLifecycleConfiguration, NoSuchBucketPolicy.
// - ListObjectsV2 returns keys in UTF-8 binary order with opaque continuation tokens, honouring
//   prefix, delimiter, start-after and max-keys.
// - Streaming uploads arrive `aws-chunked` (x-amz-decoded-content-length); the framing and
//   trailing checksums are removed before storing.
// Signatures are not verified: the access key id in the Authorization header names the caller,
// whose permissions decide the 403 cases. Faults (latency, hangs, 5xx, resets) are injectable.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';

export type Ownership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';

export interface PublicAccessBlock {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface StoredObject {
  body: Buffer;
  contentType: string;
  acl: string | null;
  etag: string;
  lastModified: Date;
  cacheControl?: string;
}

export interface Bucket {
  objects: Map<string, StoredObject>;
  ownership?: Ownership;
  publicAccessBlock?: PublicAccessBlock;
  /** Raw XML of the lifecycle configuration, as PUT. */
  lifecycleXml?: string;
  policy?: string;
}

/** What a caller may do; a key absent from `users` is rejected as InvalidAccessKeyId. */
export interface User {
  listBucket: boolean;
  /** Actions allowed; default all. */
  allow?: Set<string>;
}

export interface Fault {
  /** Which requests: by operation name (e.g. 'PutObject') or any. */
  op?: string;
  kind: 'delay' | 'hang' | 'status' | 'reset';
  ms?: number;
  status?: number;
  code?: string;
  /** How many requests it applies to; default unlimited. */
  times?: number;
}

export interface RequestLog {
  op: string;
  method: string;
  path: string;
  accessKeyId: string | null;
  acl: string | null;
  status: number;
}

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);

export class S3TestServer {
  readonly buckets = new Map<string, Bucket>();
  readonly users = new Map<string, User>([['test', { listBucket: true }]]);
  readonly faults: Fault[] = [];
  readonly log: RequestLog[] = [];
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private hung: ServerResponse[] = [];
  port = 0;

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  bucket(name: string): Bucket {
    let b = this.buckets.get(name);
    if (!b) {
      b = { objects: new Map() };
      this.buckets.set(name, b);
    }
    return b;
  }

  /** Listens on 127.0.0.1:`port` (0: any free port). */
  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        if (!res.headersSent) this.error(res, 500, 'InternalError', String(e));
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const r of this.hung) r.destroy();
    for (const s of this.sockets) s.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').slice(1);
    const bucketName = decodeURIComponent(parts[0] ?? '');
    const key = parts.slice(1).map(decodeURIComponent).join('/');
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const op = operation(method, key, q);
    const akid = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const acl = (req.headers['x-amz-acl'] as string | undefined) ?? null;
    const logEntry: RequestLog = { op, method, path: url.pathname, accessKeyId: akid, acl, status: 0 };
    this.log.push(logEntry);
    res.on('finish', () => (logEntry.status = res.statusCode));

    const fault = this.faults.find((f) => (!f.op || f.op === op) && (f.times === undefined || f.times > 0));
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.kind === 'hang') {
        this.hung.push(res);
        req.resume();
        return;
      }
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms ?? 100));
      if (fault.kind === 'status') {
        req.resume();
        return this.error(res, fault.status ?? 503, fault.code ?? 'ServiceUnavailable', 'Injected fault');
      }
    }

    const body = await readBody(req);
    const anonymous = akid === null;
    const user = akid ? this.users.get(akid) : undefined;
    if (!anonymous && !user) return this.error(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
    if (user?.allow && !user.allow.has(op)) return this.error(res, 403, 'AccessDenied', 'Access Denied');

    if (op === 'ListBuckets') return this.xml(res, 200, `<ListAllMyBucketsResult><Buckets>${[...this.buckets.keys()].map((b) => `<Bucket><Name>${esc(b)}</Name></Bucket>`).join('')}</Buckets></ListAllMyBucketsResult>`);
    if (op === 'CreateBucket') {
      this.bucket(bucketName);
      res.setHeader('Location', `/${bucketName}`);
      return this.empty(res, 200);
    }
    const b = this.buckets.get(bucketName);
    if (!b) return this.error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    const policyAllows = (action: string) => publicPolicyAllows(b.policy, action) && !b.publicAccessBlock?.RestrictPublicBuckets;

    switch (op) {
      case 'PutObject': {
        if (anonymous) return this.error(res, 403, 'AccessDenied', 'Access Denied');
        if (acl !== null && b.ownership === 'BucketOwnerEnforced' && acl !== 'bucket-owner-full-control') {
          return this.error(res, 400, 'AccessControlListNotSupported', 'The bucket does not allow ACLs');
        }
        if (acl !== null && PUBLIC_ACLS.has(acl) && b.publicAccessBlock?.BlockPublicAcls) {
          return this.error(res, 403, 'AccessDenied', 'Access Denied');
        }
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        b.objects.set(key, {
          body,
          contentType: (req.headers['content-type'] as string | undefined) ?? 'binary/octet-stream',
          acl,
          etag,
          lastModified: new Date(),
          cacheControl: req.headers['cache-control'] as string | undefined,
        });
        res.setHeader('ETag', etag);
        return this.empty(res, 200);
      }
      case 'GetObject':
      case 'HeadObject': {
        const o = b.objects.get(key);
        const readable = !anonymous || policyAllows('s3:GetObject') || (o !== undefined && o.acl !== null && PUBLIC_ACLS.has(o.acl) && !b.publicAccessBlock?.IgnorePublicAcls && b.ownership !== 'BucketOwnerEnforced');
        if (!o) {
          const canList = anonymous ? policyAllows('s3:ListBucket') : Boolean(user?.listBucket);
          if (!canList || !readable) return this.error(res, 403, 'AccessDenied', 'Access Denied', op === 'HeadObject');
          return this.error(res, 404, 'NoSuchKey', 'The specified key does not exist.', op === 'HeadObject');
        }
        if (!readable) return this.error(res, 403, 'AccessDenied', 'Access Denied', op === 'HeadObject');
        res.statusCode = 200;
        res.setHeader('Content-Type', o.contentType);
        res.setHeader('Content-Length', String(o.body.length));
        res.setHeader('ETag', o.etag);
        res.setHeader('Last-Modified', o.lastModified.toUTCString());
        if (o.cacheControl) res.setHeader('Cache-Control', o.cacheControl);
        return void res.end(op === 'GetObject' ? o.body : undefined);
      }
      case 'DeleteObject': {
        if (anonymous) return this.error(res, 403, 'AccessDenied', 'Access Denied');
        b.objects.delete(key);
        return this.empty(res, 204);
      }
      case 'DeleteObjects': {
        if (anonymous) return this.error(res, 403, 'AccessDenied', 'Access Denied');
        const keys = [...body.toString('utf8').matchAll(/<Key>([\s\S]*?)<\/Key>/g)].map((m) => unesc(m[1]!));
        for (const k of keys) b.objects.delete(k);
        return this.xml(res, 200, `<DeleteResult>${keys.map((k) => `<Deleted><Key>${esc(k)}</Key></Deleted>`).join('')}</DeleteResult>`);
      }
      case 'ListObjectsV2': {
        const canList = anonymous ? policyAllows('s3:ListBucket') : Boolean(user?.listBucket);
        if (!canList) return this.error(res, 403, 'AccessDenied', 'Access Denied');
        return this.list(res, bucketName, b, q);
      }
      case 'GetBucketOwnershipControls':
        if (!b.ownership) return this.error(res, 404, 'OwnershipControlsNotFoundError', 'The bucket ownership controls were not found');
        return this.xml(res, 200, `<OwnershipControls><Rule><ObjectOwnership>${b.ownership}</ObjectOwnership></Rule></OwnershipControls>`);
      case 'PutBucketOwnershipControls': {
        const m = /<ObjectOwnership>(\w+)<\/ObjectOwnership>/.exec(body.toString('utf8'));
        b.ownership = (m?.[1] as Ownership | undefined) ?? 'BucketOwnerEnforced';
        return this.empty(res, 200);
      }
      case 'DeleteBucketOwnershipControls':
        b.ownership = undefined;
        return this.empty(res, 204);
      case 'GetPublicAccessBlock': {
        const p = b.publicAccessBlock;
        if (!p) return this.error(res, 404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
        return this.xml(res, 200, `<PublicAccessBlockConfiguration>${Object.entries(p).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}</PublicAccessBlockConfiguration>`);
      }
      case 'PutPublicAccessBlock': {
        const t = body.toString('utf8');
        const f = (n: string) => new RegExp(`<${n}>true</${n}>`).test(t);
        b.publicAccessBlock = { BlockPublicAcls: f('BlockPublicAcls'), IgnorePublicAcls: f('IgnorePublicAcls'), BlockPublicPolicy: f('BlockPublicPolicy'), RestrictPublicBuckets: f('RestrictPublicBuckets') };
        return this.empty(res, 200);
      }
      case 'GetBucketLifecycleConfiguration':
        if (!b.lifecycleXml) return this.error(res, 404, 'NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
        return this.xml(res, 200, b.lifecycleXml.replace(/^<\?xml[^>]*>\s*/, ''));
      case 'PutBucketLifecycleConfiguration':
        b.lifecycleXml = body.toString('utf8');
        return this.empty(res, 200);
      case 'GetBucketPolicy':
        if (!b.policy) return this.error(res, 404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json');
        return void res.end(b.policy);
      case 'PutBucketPolicy':
        b.policy = body.toString('utf8');
        return this.empty(res, 204);
      default:
        return this.error(res, 501, 'NotImplemented', `${op} is not implemented by the test server`);
    }
  }

  private list(res: ServerResponse, name: string, b: Bucket, q: URLSearchParams): void {
    const prefix = q.get('prefix') ?? '';
    const delimiter = q.get('delimiter') ?? '';
    const maxKeys = Math.min(1000, Number(q.get('max-keys') ?? 1000));
    const token = q.get('continuation-token');
    const after = token ? Buffer.from(token, 'base64url').toString('utf8') : (q.get('start-after') ?? '');
    const keys = [...b.objects.keys()].filter((k) => k.startsWith(prefix)).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const contents: string[] = [];
    const prefixes = new Set<string>();
    let last = '';
    let truncated = false;
    let count = 0;
    for (const k of keys) {
      if (after && Buffer.compare(Buffer.from(k), Buffer.from(after)) <= 0) continue;
      if (count >= maxKeys) {
        truncated = true;
        break;
      }
      if (delimiter) {
        const i = k.indexOf(delimiter, prefix.length);
        if (i !== -1) {
          const p = k.slice(0, i + delimiter.length);
          if (!prefixes.has(p)) {
            prefixes.add(p);
            count++;
          }
          last = k;
          continue;
        }
      }
      const o = b.objects.get(k)!;
      contents.push(`<Contents><Key>${esc(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${esc(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`);
      count++;
      last = k;
    }
    const next = truncated ? `<NextContinuationToken>${Buffer.from(last).toString('base64url')}</NextContinuationToken>` : '';
    this.xml(
      res,
      200,
      `<ListBucketResult><Name>${esc(name)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${count}</KeyCount><MaxKeys>${maxKeys}</MaxKeys>` +
        `${delimiter ? `<Delimiter>${esc(delimiter)}</Delimiter>` : ''}<IsTruncated>${truncated}</IsTruncated>${next}` +
        `${contents.join('')}${[...prefixes].map((p) => `<CommonPrefixes><Prefix>${esc(p)}</Prefix></CommonPrefixes>`).join('')}</ListBucketResult>`,
    );
  }

  private xml(res: ServerResponse, status: number, inner: string): void {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/xml');
    res.setHeader('x-amz-request-id', randomBytes(8).toString('hex').toUpperCase());
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${inner}`);
  }

  private empty(res: ServerResponse, status: number): void {
    res.statusCode = status;
    res.setHeader('x-amz-request-id', randomBytes(8).toString('hex').toUpperCase());
    res.end();
  }

  /** AWS's error document; HEAD responses carry no body. */
  private error(res: ServerResponse, status: number, code: string, message: string, head = false): void {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    res.statusCode = status;
    res.setHeader('x-amz-request-id', requestId);
    if (head) return void res.end();
    res.setHeader('Content-Type', 'application/xml');
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${esc(message)}</Message><RequestId>${requestId}</RequestId><HostId>${randomBytes(16).toString('base64')}</HostId></Error>`);
  }
}

function operation(method: string, key: string, q: URLSearchParams): string {
  if (!key) {
    if (q.has('ownershipControls')) return { GET: 'GetBucketOwnershipControls', PUT: 'PutBucketOwnershipControls', DELETE: 'DeleteBucketOwnershipControls' }[method] ?? 'Unknown';
    if (q.has('publicAccessBlock')) return { GET: 'GetPublicAccessBlock', PUT: 'PutPublicAccessBlock' }[method] ?? 'Unknown';
    if (q.has('lifecycle')) return { GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration' }[method] ?? 'Unknown';
    if (q.has('policy')) return { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy' }[method] ?? 'Unknown';
    if (q.has('delete') && method === 'POST') return 'DeleteObjects';
    if (method === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
    if (method === 'GET') return 'ListObjectsV2';
    if (method === 'PUT') return 'CreateBucket';
    return 'Unknown';
  }
  return { GET: 'GetObject', HEAD: 'HeadObject', PUT: 'PutObject', DELETE: 'DeleteObject' }[method] ?? 'Unknown';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const enc = String(req.headers['content-encoding'] ?? '');
  if (enc.split(',').map((s) => s.trim()).includes('aws-chunked') || req.headers['x-amz-decoded-content-length'] !== undefined) {
    return decodeAwsChunked(raw);
  }
  return raw;
}

/** `hex-size[;chunk-signature=..]\r\n<data>\r\n ... 0\r\n<trailers>\r\n\r\n` → data. */
export function decodeAwsChunked(raw: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  while (i < raw.length) {
    const eol = raw.indexOf('\r\n', i);
    if (eol === -1) break;
    const size = parseInt(raw.subarray(i, eol).toString('latin1').split(';')[0]!, 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(raw.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** Whether a bucket policy grants `action` to everyone (Principal "*"), ignoring conditions. */
function publicPolicyAllows(policy: string | undefined, action: string): boolean {
  if (!policy) return false;
  try {
    const doc = JSON.parse(policy) as { Statement?: unknown };
    const stmts = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return stmts.some((s: { Effect?: string; Principal?: unknown; Action?: string | string[] }) => {
      if (!s || s.Effect !== 'Allow') return false;
      const p = s.Principal;
      const everyone = p === '*' || (typeof p === 'object' && p !== null && (p as { AWS?: unknown }).AWS === '*');
      const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
      return everyone && actions.some((a) => a === action || a === 's3:*' || a === '*' || (a?.endsWith('*') && action.startsWith(a.slice(0, -1))));
    });
  } catch {
    return false;
  }
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unesc(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
