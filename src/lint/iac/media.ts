// Which bucket is Mastodon's: ties each env file's S3_BUCKET (a `.env` file, or env rendered from
// Helm values) to the bucket configs found in Terraform, CloudFormation and raw AWS JSON.
//
// A literal S3_BUCKET matches configs with that literal name (high confidence). A raw document
// whose bucket is unknown is tied to a bucket by a script that applies it
// (`aws s3api put-bucket-lifecycle-configuration --bucket X --lifecycle-configuration file://f.json`),
// by Terraform `file("f.json")`, or by a file name containing the bucket name (high); failing
// that, to the only bucket there is (low). When S3_BUCKET is a template or absent, or names no
// config while the repo defines exactly one bucket whose name is not known, that one bucket
// matches with low confidence, and findings say "may".

import type { Invocation, ProjectModel } from '../model.ts';
import type { Span } from '../source.ts';
import { envGet, type EnvEntry, type EnvFile } from '../parse/env.ts';
import { actionMatches, type BucketConfig, type OwnershipSetting } from './bucket.ts';
import { normalizeRepoPath } from '../source.ts';

export type Confidence = 'high' | 'low';

export interface BucketLink {
  config: BucketConfig;
  confidence: Confidence;
  /** Why the link is uncertain, as a clause for a `related` note. */
  why: string | null;
}

export type Permission =
  | { kind: 'absent' }
  | { kind: 'empty'; entry: EnvEntry }
  | { kind: 'value'; value: string; entry: EnvEntry }
  | { kind: 'unknown'; entry: EnvEntry };

export interface MediaBucket {
  env: EnvFile;
  enabled: EnvEntry | undefined;
  bucket: EnvEntry | undefined;
  /** The literal S3_BUCKET, or null when it is absent or a template. */
  name: string | null;
  /** `low` when S3_ENABLED is a template. */
  envConfidence: Confidence;
  links: BucketLink[];
  permission: Permission;
  /** S3_KEY_PREFIX: null when absent; `value: null` when it is a template. */
  keyPrefix: { value: string | null; entry: EnvEntry } | null;
  /** S3_ALIAS_HOST or S3_CLOUDFRONT_HOST is set: media are served through a CDN or proxy. */
  aliasHost: boolean;
  /** Where env-side findings go: S3_PERMISSION, else S3_ENABLED, else S3_BUCKET. */
  anchor: Span;
}

/** Samples and examples hold placeholders, not a deployment. */
const SAMPLE_RE = /\.(sample|example|dist)(\.(j2|tpl))?$/i;

export function lower(a: Confidence, b: Confidence): Confidence {
  return a === 'low' || b === 'low' ? 'low' : 'high';
}

/** How the bucket is named in messages: `"mastodon-media"`, or `aws_s3_bucket.media`. */
export function bucketLabel(m: MediaBucket, c: BucketConfig): string {
  if (m.name !== null) return `"${m.name}"`;
  return c.name !== null ? `"${c.name}"` : c.label;
}

const computed = new WeakMap<ProjectModel, MediaBucket[]>();

/** The media buckets of a model, computed once per model: five rules ask, after the model is complete. */
export function mediaBuckets(model: ProjectModel): MediaBucket[] {
  let out = computed.get(model);
  if (!out) computed.set(model, (out = computeMediaBuckets(model)));
  return out;
}

function computeMediaBuckets(model: ProjectModel): MediaBucket[] {
  const configs = model.buckets;
  const linkedTo = documentLinks(configs);
  const cliNames = cliLinks(model.invocations, configs);

  const isFloating = (c: BucketConfig) => c.kind === 'fragment' && c.name === null && !linkedTo.has(c) && !cliNames.has(c);
  const nameOf = (c: BucketConfig): string | null => c.name ?? cliNames.get(c) ?? null;
  const identities = new Map<string, BucketConfig[]>();
  const unnamedBuckets: BucketConfig[] = [];
  for (const c of configs) {
    if (c.kind === 'account' || linkedTo.has(c)) continue;
    const n = nameOf(c);
    if (n !== null) {
      const list = identities.get(n);
      if (list) list.push(c);
      else identities.set(n, [c]);
    } else if (c.kind === 'bucket') unnamedBuckets.push(c);
  }
  const floating = configs.filter(isFloating);
  const accounts = configs.filter((c) => c.kind === 'account');
  const candidates = identities.size + unnamedBuckets.length + model.unparsedBuckets;
  /** A config and the documents that `file()` ties to it. */
  const withDocs = (list: BucketConfig[], confidence: Confidence, why: string | null): BucketLink[] => {
    const out: BucketLink[] = [];
    for (const c of list) {
      out.push({ config: c, confidence, why });
      for (const [frag, owner] of linkedTo) if (owner === c) out.push({ config: frag, confidence, why });
    }
    return out;
  };

  const out: MediaBucket[] = [];
  for (const env of model.envFiles) {
    if (SAMPLE_RE.test(env.file.path)) continue;
    const enabled = envGet(env, 'S3_ENABLED');
    if (!enabled || (!enabled.template && enabled.value !== 'true')) continue;
    const bucket = envGet(env, 'S3_BUCKET');
    const name = bucket && !bucket.template && bucket.value !== '' ? bucket.value : null;
    const links: BucketLink[] = [];

    if (name !== null && identities.has(name)) {
      links.push(...withDocs(identities.get(name) ?? [], 'high', null));
    } else if (candidates === 1 && (name === null || identities.size === 0)) {
      // One bucket in the repo, and nothing says it is another one.
      const only = unnamedBuckets[0];
      const first = identities.entries().next().value;
      const why = name === null
        ? 'S3_BUCKET is not a literal value, and this is the only bucket defined in the repo'
        : 'its name is not known here, and it is the only bucket defined in the repo';
      if (only) links.push(...withDocs([only], 'low', why));
      else if (first) links.push(...withDocs(first[1], 'low', why));
    }
    for (const f of floating) {
      const base = f.span.file.slice(f.span.file.lastIndexOf('/') + 1);
      if (name !== null && base.includes(name)) links.push({ config: f, confidence: 'high', why: null });
      else if (candidates === 0 || (candidates === 1 && links.length > 0)) {
        links.push({ config: f, confidence: 'low', why: `${f.label} does not name its bucket, so it is taken to be the only one in the repo` });
      }
    }
    for (const a of accounts) links.push({ config: a, confidence: 'low', why: 'an account-wide setting, if the bucket is in the same AWS account' });
    if (links.length === 0) continue;

    const perm = envGet(env, 'S3_PERMISSION');
    const permission: Permission = !perm
      ? { kind: 'absent' }
      : perm.template
        ? { kind: 'unknown', entry: perm }
        : perm.value === ''
          ? { kind: 'empty', entry: perm }
          : { kind: 'value', value: perm.value, entry: perm };
    const kp = envGet(env, 'S3_KEY_PREFIX');
    const anchor = perm?.span ?? enabled.span;
    out.push({
      env,
      enabled,
      bucket,
      name,
      envConfidence: enabled.template ? 'low' : 'high',
      links,
      permission,
      keyPrefix: kp ? { value: kp.template ? null : kp.value, entry: kp } : null,
      aliasHost: envGet(env, 'S3_ALIAS_HOST') !== undefined || envGet(env, 'S3_CLOUDFRONT_HOST') !== undefined,
      anchor,
    });
  }
  return out;
}

/** Raw documents that a config reads with Terraform `file()`: document config -> owning config. */
function documentLinks(configs: BucketConfig[]): Map<BucketConfig, BucketConfig> {
  const out = new Map<BucketConfig, BucketConfig>();
  for (const owner of configs) {
    for (const path of owner.documents) {
      for (const c of configs) if (c !== owner && c.source === 'aws-json' && c.span.file === path) out.set(c, owner);
    }
  }
  return out;
}

const S3API_PUT = /^put-(bucket-(lifecycle-configuration|lifecycle|policy|ownership-controls|acl)|public-access-block)$/;

/** `aws s3api put-bucket-… --bucket NAME … file://doc.json`: names the bucket of a raw document. */
function cliLinks(invocations: Invocation[], configs: BucketConfig[]): Map<BucketConfig, string> {
  const out = new Map<BucketConfig, string>();
  const raw = configs.filter((c) => c.source === 'aws-json' && c.name === null);
  if (raw.length === 0) return out;
  for (const inv of invocations) {
    if (inv.argv[1]?.value !== 's3api') continue;
    const v = inv.argv.map((w) => w.value);
    const tool = v[0]?.slice((v[0]?.lastIndexOf('/') ?? -1) + 1);
    if (tool !== 'aws' || !S3API_PUT.test(v[2] ?? '')) continue;
    let bucket: string | null = null;
    const files: string[] = [];
    for (let k = 3; k < v.length; k++) {
      const w = v[k];
      if (w === '--bucket') bucket = v[k + 1] ?? null;
      else if (w?.startsWith('--bucket=')) bucket = w.slice('--bucket='.length);
      else if (w?.startsWith('file://')) files.push(w.slice('file://'.length));
    }
    if (bucket === null || bucket === '') continue;
    const dir = inv.file.path.includes('/') ? inv.file.path.slice(0, inv.file.path.lastIndexOf('/')) : '';
    for (const f of files) {
      const clean = f.replace(/^\.\//, '');
      const exact = normalizeRepoPath(dir ? `${dir}/${clean}` : clean);
      const hit =
        raw.find((c) => c.span.file === exact) ??
        raw.find((c) => clean.includes('/') && (c.span.file === clean || c.span.file.endsWith(`/${clean.replace(/^\/+/, '')}`))) ??
        uniqueBase(raw, clean);
      if (hit) out.set(hit, bucket);
    }
  }
  return out;
}

function uniqueBase(raw: BucketConfig[], path: string): BucketConfig | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const hits = raw.filter((c) => c.span.file.slice(c.span.file.lastIndexOf('/') + 1) === base);
  return hits.length === 1 ? hits[0] : undefined;
}


/** Links, the sure ones first; bucket settings before account-wide ones. */
export function ordered(links: BucketLink[]): BucketLink[] {
  const rank = (l: BucketLink) => (l.config.kind === 'account' ? 2 : 0) + (l.confidence === 'low' ? 1 : 0);
  return [...links].sort((a, b) => rank(a) - rank(b));
}

export interface OwnershipEvidence {
  /** `enforced`: ACLs disabled. `acls`: ACLs in use. `unknown`: an expression. */
  state: 'enforced' | 'acls' | 'unknown';
  /** The setting, or the bucket's name when AWS's default applies. */
  span: Span;
  link: BucketLink;
  /** No ownership controls: new buckets are BucketOwnerEnforced by default since April 2023. */
  defaulted: boolean;
  setting: OwnershipSetting | null;
}

const OWNER_ACLS = /^(private|bucket-owner-full-control|Private|BucketOwnerFullControl)$/;

/** What the media bucket does with ACLs, or null when no config says anything about it. */
export function ownershipEvidence(m: MediaBucket): OwnershipEvidence | null {
  const links = ordered(m.links).filter((l) => l.config.kind !== 'account');
  for (const l of links) {
    const o = l.config.ownership;
    if (!o) continue;
    const state = o.value === 'BucketOwnerEnforced' ? 'enforced' : o.value === 'unknown' ? 'unknown' : 'acls';
    return { state, span: o.span, link: l, defaulted: false, setting: o };
  }
  // An ACL other than the owner's means ACLs are in use (an apply would fail otherwise).
  for (const l of links) {
    const a = l.config.acl;
    if (a && (a.value === null || !OWNER_ACLS.test(a.value))) return { state: a.value === null ? 'unknown' : 'acls', span: a.span, link: l, defaulted: false, setting: null };
  }
  const defined = links.find((l) => l.config.kind === 'bucket');
  if (defined) return { state: 'enforced', span: defined.config.nameSpan, link: defined, defaulted: true, setting: null };
  return null;
}

/** Statements letting anyone read objects (`s3:GetObject`), or null when a policy is not fully known. */
export function publicReadPolicy(m: MediaBucket): 'yes' | 'no' | 'unknown' {
  let unknown = false;
  for (const l of m.links) {
    const p = l.config.policy;
    if (!p) continue;
    if (!p.complete) unknown = true;
    for (const s of p.statements) {
      if (s.effect !== 'Allow' || s.notAction) continue;
      if (s.anyone === null) unknown = true;
      if (s.anyone !== true) continue;
      if (s.actions.some((a) => a.value !== null && actionMatches(a.value, 's3:GetObject'))) return 'yes';
      if (!s.actionsComplete) unknown = true;
    }
  }
  return unknown ? 'unknown' : 'no';
}
