// JSON files that describe S3 buckets: CloudFormation templates (AWSTemplateFormatVersion, or
// Resources of Type AWS::*) and the raw documents the AWS CLI takes or prints, recognised by
// content: a lifecycle configuration ({"Rules": [{"Expiration": …}]}), a bucket policy
// ({"Version": …, "Statement": […]}), ownership controls ({"Rules": [{"ObjectOwnership": …}]}) and a
// public access block ({"BlockPublicAcls": …}), alone or wrapped as `--cli-input-json`
// ({"Bucket": "x", "LifecycleConfiguration": …}), which also names the bucket. Otherwise the bucket
// of a raw document is unknown here; iac/media.ts ties it to a bucket later (a script that applies
// it, the file name, or the only bucket there is).

import type { Extractor } from './common.ts';
import type { SourceFile } from '../source.ts';
import { entry, get, has, items, parseJson, respan, str, type DocNode } from '../iac/doc.ts';
import { newBucketConfig, type BucketConfig } from '../iac/bucket.ts';
import { lifecycleRuleFromApi, ownershipFromDoc, policyFromDoc, publicAccessBlockFromDoc } from '../iac/policy.ts';
import { cfnBuckets, isTemplate } from './cloudformation.ts';

export const extractJson: Extractor = (file, model) => {
  const j = parseJson(file, file.text);
  if (!j.node) {
    if (j.error) model.parseProblems.push({ span: file.span(j.error.start, j.error.end), message: `invalid JSON: ${j.error.message}` });
    return;
  }
  if (isTemplate(j.node)) {
    for (const item of cfnBuckets(j.node, file)) model.buckets.push(item);
    return;
  }
  const cfg = awsDocument(j.node, file);
  if (cfg) model.buckets.push(cfg);
};

const LIFECYCLE_KEYS = ['Expiration', 'Filter', 'Prefix', 'Status', 'Transitions', 'NoncurrentVersionExpiration', 'AbortIncompleteMultipartUpload'];
const PAB_KEYS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];

/** A raw AWS CLI document as a bucket fragment, or null when it is none of the four kinds. */
export function awsDocument(root: DocNode, file: SourceFile): BucketConfig | null {
  if (root.kind !== 'map') return null;
  const bucketEntry = entry(root, 'Bucket');
  const name = bucketEntry ? str(bucketEntry.value) : null;
  const cfg = newBucketConfig({
    source: 'aws-json',
    kind: 'fragment',
    name,
    nameSpan: bucketEntry?.value.span ?? root.entries[0]?.keySpan ?? root.span,
    nameText: name !== null ? JSON.stringify(name) : file.path,
    label: file.path,
    span: root.span,
  });
  let found = false;

  const lifecycle = get(root, 'LifecycleConfiguration') ?? root;
  const rules = get(lifecycle, 'Rules');
  for (const r of items(rules)) {
    if (r.kind !== 'map') continue;
    if (LIFECYCLE_KEYS.some((k) => has(r, k))) {
      cfg.lifecycleRules.push(lifecycleRuleFromApi(r));
      found = true;
    }
  }
  const ownership = ownershipFromDoc(get(get(root, 'OwnershipControls') ?? root, 'Rules'));
  if (ownership) {
    cfg.ownership = ownership;
    found = true;
  }
  const pab = get(root, 'PublicAccessBlockConfiguration') ?? root;
  if (PAB_KEYS.some((k) => has(pab, k))) {
    cfg.publicAccessBlock = publicAccessBlockFromDoc(pab);
    found = true;
  }
  if (has(root, 'Statement')) {
    cfg.policy = policyFromDoc(root);
    found = true;
  } else {
    // `get-bucket-policy` output and `--cli-input-json` carry the policy as a JSON string.
    const p = get(root, 'Policy');
    if (p?.kind === 'scalar' && typeof p.value === 'string') {
      const inner = parseJson(file, p.value, 0);
      cfg.policy = inner.node ? policyFromDoc(respan(inner.node, p.span), p.span) : { statements: [], complete: false, span: p.span };
      found = true;
    }
  }
  return found ? cfg : null;
}
