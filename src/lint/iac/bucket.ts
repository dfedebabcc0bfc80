// The bucket model: what Terraform, CloudFormation and raw AWS CLI JSON say about an S3 bucket,
// with the span of every setting so a finding can point at the exact token. Extractors fill it
// (extract/terraform.ts, extract/cloudformation.ts, extract/json.ts); the MSTDN2xx/4xx rules read
// it through iac/media.ts, which ties buckets to the `S3_BUCKET` of the env files.
//
// Unknown stays unknown: a name from a variable without a default is `null`, an ownership setting
// from an expression is `'unknown'`, a flag from an expression has `value: null`.

import type { Span } from '../source.ts';

/** `live`: read from the bucket itself by `lint --check-bucket`; its spans point at the env's S3_BUCKET. */
export type BucketSource = 'terraform' | 'cloudformation' | 'aws-json' | 'live';

export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';

export interface OwnershipSetting {
  value: ObjectOwnership | 'unknown';
  /** The value token (`"BucketOwnerEnforced"`). */
  span: Span;
}

export interface Flag {
  /** `false` when the setting is left out (AWS and Terraform default for an explicit block), `null` when not known. */
  value: boolean | null;
  /** The value token, or null when the setting is left out. */
  span: Span | null;
}

export interface PublicAccessBlock {
  blockPublicAcls: Flag;
  ignorePublicAcls: Flag;
  blockPublicPolicy: Flag;
  restrictPublicBuckets: Flag;
  /** The resource or document that sets them. */
  span: Span;
}

export interface LifecycleRule {
  id: string | null;
  /** `false` for `Status: Disabled` / `enabled = false`; `null` when not known. */
  enabled: boolean | null;
  /** Key prefix the rule is limited to: `''` for every object, `null` when not known. */
  prefix: string | null;
  /** The prefix token, or null when the rule has no prefix (it covers the whole bucket). */
  prefixSpan: Span | null;
  /** The rule also needs object tags, which Mastodon never sets: it matches none of its objects. */
  tagFiltered: boolean;
  /** Expiration of current objects (`Days` or `Date`); null when the rule does not expire them. */
  expiration: { days: number | null; date: string | null; span: Span } | null;
  span: Span;
}

export interface PolicyAction {
  /** `s3:ListBucket`, `s3:*`; null when not known. */
  value: string | null;
  span: Span;
}

export interface PolicyStatement {
  effect: 'Allow' | 'Deny' | null;
  /** Principal `"*"` or `{"AWS": "*"}`: anyone. null when not known. */
  anyone: boolean | null;
  actions: PolicyAction[];
  /** The statement uses `NotAction`: `actions` lists what it excludes. */
  notAction: boolean;
  /** The statement has a `Condition`, which may narrow who it applies to. */
  conditional: boolean;
  /** The statement's actions are not all known (a variable, a function). */
  actionsComplete: boolean;
  span: Span;
}

export interface BucketPolicy {
  statements: PolicyStatement[];
  /** False when part of the policy could not be read (an interpolation, `templatefile`, a data source we do not follow). */
  complete: boolean;
  span: Span;
}

export interface AclSetting {
  /** Canned ACL (`private`, `public-read`, CloudFormation `PublicRead`), or null when not known. */
  value: string | null;
  span: Span;
}

export interface BucketConfig {
  source: BucketSource;
  /**
   * `bucket`: the resource that creates the bucket (aws_s3_bucket, AWS::S3::Bucket), with the
   * settings of the resources that point at it merged in. `fragment`: settings for a bucket this
   * file does not create (raw AWS JSON, a resource whose bucket is in another module). `account`:
   * account-wide settings (aws_s3_account_public_access_block).
   */
  kind: 'bucket' | 'fragment' | 'account';
  /** Literal bucket name, or null when it is not known. */
  name: string | null;
  /** The name token; for a bucket without a name, its resource label. */
  nameSpan: Span;
  /** How the name is written, for messages: `"mastodon-media"`, `var.bucket_name`. */
  nameText: string;
  /** What a user calls it: `aws_s3_bucket.media`, `MediaBucket`, `infra/lifecycle.json`. */
  label: string;
  /** The whole resource or document. */
  span: Span;
  /** null: no ownership controls in this config. */
  ownership: OwnershipSetting | null;
  publicAccessBlock: PublicAccessBlock | null;
  lifecycleRules: LifecycleRule[];
  policy: BucketPolicy | null;
  /** The legacy `acl` argument, aws_s3_bucket_acl, or CloudFormation `AccessControl`. */
  acl: AclSetting | null;
  /** Repo-relative paths of documents that configure this bucket (`file("policy.json")`). */
  documents: string[];
}

export function newBucketConfig(
  init: Pick<BucketConfig, 'source' | 'kind' | 'name' | 'nameSpan' | 'nameText' | 'label' | 'span'>,
): BucketConfig {
  return { ...init, ownership: null, publicAccessBlock: null, lifecycleRules: [], policy: null, acl: null, documents: [] };
}

const OWNERSHIP: readonly ObjectOwnership[] = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];

export function ownershipValue(v: string | null): ObjectOwnership | 'unknown' {
  return v !== null && (OWNERSHIP as readonly string[]).includes(v) ? (v as ObjectOwnership) : 'unknown';
}

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`,
    'i',
  );
  return re.test(action);
}

/** Canned ACLs that make an object readable by anyone. */
export function isPublicAcl(v: string): boolean {
  return /^(public-read|public-read-write|PublicRead|PublicReadWrite)$/.test(v);
}
