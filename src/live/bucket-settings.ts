// `lint --check-bucket`: reads the live media bucket named by each env file's S3_BUCKET
// (GetBucketOwnershipControls, GetPublicAccessBlock, GetBucketLifecycleConfiguration,
// GetBucketPolicy) with the AWS credentials of the environment, and adds it to the lint model as a
// bucket whose source is `live`, so MSTDN201/202/401/402 judge it exactly as they judge IaC.
// Read-only. A missing configuration is what it is (no ownership controls = ObjectWriter); a
// denied or failed read is reported (MSTDN213), never taken as a pass.

import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  type S3ServiceException,
} from '@aws-sdk/client-s3';
import type { ProjectModel } from '../lint/model.ts';
import { envGet, type EnvFile } from '../lint/parse/env.ts';
import { newBucketConfig, type BucketConfig } from '../lint/iac/bucket.ts';
import type { DocNode } from '../lint/iac/doc.ts';
import { lifecycleRuleFromApi, ownershipFromDoc, policyFromDoc, publicAccessBlockFromDoc } from '../lint/iac/policy.ts';
import type { Span } from '../lint/source.ts';
import { redact } from './redact.ts';

/** A JS value from the SDK as a document whose every node points at `span` (the S3_BUCKET line). */
function toDoc(v: unknown, span: Span): DocNode {
  if (Array.isArray(v)) return { kind: 'seq', items: v.map((x) => toDoc(x, span)), span };
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return { kind: 'map', entries: Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([key, x]) => ({ key, keySpan: span, value: toDoc(x, span) })), span };
  }
  if (v instanceof Date) return { kind: 'scalar', value: v.toISOString(), span };
  return { kind: 'scalar', value: (v as string | number | boolean | null | undefined) ?? null, span };
}

interface Target {
  env: EnvFile;
  bucket: string;
  span: Span;
  region: string;
  endpoint: string | undefined;
  forcePathStyle: boolean;
}

function targets(model: ProjectModel): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  for (const env of model.envFiles) {
    const enabled = envGet(env, 'S3_ENABLED');
    const b = envGet(env, 'S3_BUCKET');
    if (!enabled || enabled.value !== 'true' || enabled.template || !b || b.template || !b.value) continue;
    const endpoint = envGet(env, 'S3_ENDPOINT');
    const region = envGet(env, 'S3_REGION');
    const ep = endpoint && !endpoint.template && endpoint.value ? endpoint.value : undefined;
    const key = `${b.value}\u0000${ep ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      env,
      bucket: b.value,
      span: b.valueSpan,
      region: region && !region.template && region.value ? region.value : 'us-east-1',
      endpoint: ep,
      forcePathStyle: ep !== undefined && envGet(env, 'S3_OVERRIDE_PATH_STYLE')?.value !== 'true',
    });
  }
  return out;
}

const NOT_SET = new Set(['OwnershipControlsNotFoundError', 'NoSuchPublicAccessBlockConfiguration', 'NoSuchLifecycleConfiguration', 'NoSuchBucketPolicy']);

export interface LiveBucketOptions {
  timeoutMs?: number;
  /** For tests: build the client; default uses the SDK's credential chain from the environment. */
  client?: (t: { region: string; endpoint?: string; forcePathStyle: boolean }) => S3Client;
}

/** Adds the live buckets to `model.buckets` and what could not be read to `model.liveBucketNotes`. */
export async function addLiveBuckets(model: ProjectModel, o: LiveBucketOptions = {}): Promise<number> {
  const list = targets(model);
  await Promise.all(list.map((t) => readOne(model, t, o)));
  return list.length;
}

async function readOne(model: ProjectModel, t: Target, o: LiveBucketOptions): Promise<void> {
  const timeout = o.timeoutMs ?? 10_000;
  const client =
    o.client?.({ region: t.region, endpoint: t.endpoint, forcePathStyle: t.forcePathStyle }) ??
    new S3Client({ region: t.region, endpoint: t.endpoint, forcePathStyle: t.forcePathStyle, maxAttempts: 2, requestHandler: { connectionTimeout: timeout, requestTimeout: timeout } });
  const label = `live bucket "${t.bucket}"`;
  const c: BucketConfig = newBucketConfig({ source: 'live', kind: 'bucket', name: t.bucket, nameSpan: t.span, nameText: `"${t.bucket}"`, label, span: t.span });
  // One finding per bucket: the engine keeps one finding per rule and span.
  const failed: string[] = [];
  const note = (what: string, e: unknown) => {
    const err = e as S3ServiceException & { code?: string };
    const code = err?.name ?? err?.code ?? 'Error';
    const status = err?.$metadata?.httpStatusCode;
    const why =
      code === 'AccessDenied'
        ? `access denied: grant ${PERMISSION[what]} to these credentials`
        : code === 'CredentialsProviderError'
          ? 'no AWS credentials in the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE or a role)'
          : `${code}${status ? ` (HTTP ${status})` : ''}: ${redact(err?.message ?? String(e))}`;
    failed.push(`the ${what} (${why})`);
  };
  const read = async <T>(what: string, f: () => Promise<T>): Promise<T | 'not-set' | null> => {
    try {
      return await f();
    } catch (e) {
      if (NOT_SET.has((e as { name?: string })?.name ?? '')) return 'not-set';
      note(what, e);
      return null;
    }
  };
  try {
    const [own, pab, life, pol] = await Promise.all([
      read('ownership controls', () => client.send(new GetBucketOwnershipControlsCommand({ Bucket: t.bucket }))),
      read('public access block', () => client.send(new GetPublicAccessBlockCommand({ Bucket: t.bucket }))),
      read('lifecycle configuration', () => client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: t.bucket }))),
      read('bucket policy', () => client.send(new GetBucketPolicyCommand({ Bucket: t.bucket }))),
    ]);
    if (own === 'not-set') {
      // No ownership controls on a bucket means ObjectWriter: ACLs are enabled (an older bucket).
      c.ownership = { value: 'ObjectWriter', span: t.span };
    } else if (own) c.ownership = ownershipFromDoc(toDoc(own.OwnershipControls?.Rules ?? [], t.span));
    // Unreadable is unknown, not "no ownership controls" (which IaC rules read as the 2023 default).
    else c.ownership = { value: 'unknown', span: t.span };
    if (pab && pab !== 'not-set') c.publicAccessBlock = publicAccessBlockFromDoc(toDoc(pab.PublicAccessBlockConfiguration ?? {}, t.span), t.span);
    if (life && life !== 'not-set') c.lifecycleRules = (life.Rules ?? []).map((r) => lifecycleRuleFromApi(toDoc(r, t.span)));
    if (pol && pol !== 'not-set' && pol.Policy) {
      try {
        c.policy = policyFromDoc(toDoc(JSON.parse(pol.Policy), t.span), t.span);
      } catch {
        failed.push('the bucket policy (not valid JSON)');
      }
    }
    if (failed.length) {
      model.liveBucketNotes.push({ span: t.span, message: `--check-bucket could not read ${failed.join(', ')} of ${label}, so ${failed.length === 1 ? 'that check was' : 'those checks were'} not done` });
    }
    // Without any readable setting the bucket says nothing: keep the notes only.
    if (own !== null || pab !== null || life !== null || pol !== null) model.buckets.push(c);
  } finally {
    if (!o.client) client.destroy();
  }
}

const PERMISSION: Record<string, string> = {
  'ownership controls': 's3:GetBucketOwnershipControls',
  'public access block': 's3:GetBucketPublicAccessBlock',
  'lifecycle configuration': 's3:GetLifecycleConfiguration',
  'bucket policy': 's3:GetBucketPolicy',
};

/** lint(), with the live bucket settings added to the model first when `checkBucket` is set. */
export async function lintWithLiveBucket(opts: import('../lint/engine.ts').LintOptions, checkBucket: boolean, o: LiveBucketOptions = {}) {
  const { buildModel, lintModel } = await import('../lint/engine.ts');
  const built = await buildModel(opts);
  if (checkBucket) {
    const n = await addLiveBuckets(built.model, o);
    if (n === 0) built.notices.push({ file: '.', message: '--check-bucket: no env file with S3_ENABLED=true and a literal S3_BUCKET, so no bucket was read' });
  }
  return lintModel(built, opts);
}
