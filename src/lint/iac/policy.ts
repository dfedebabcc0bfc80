// Readers shared by the CloudFormation, raw AWS JSON and Terraform extractors: bucket policy
// statements, S3 lifecycle rules, ownership controls and public access block settings, from the
// document tree (iac/doc.ts). AWS accepts one value or a list for Action, Principal.AWS etc.

import type { Span } from '../source.ts';
import { bool, entry, get, has, items, num, str, type DocNode } from './doc.ts';
import {
  ownershipValue,
  type BucketPolicy,
  type Flag,
  type LifecycleRule,
  type OwnershipSetting,
  type PolicyAction,
  type PolicyStatement,
  type PublicAccessBlock,
} from './bucket.ts';

/** `"*"`, `{"AWS": "*"}` or `{"AWS": ["arn…", "*"]}` is anyone; null when the principal is not known. */
export function principalIsAnyone(p: DocNode | null): boolean | null {
  if (!p) return false;
  if (p.kind === 'scalar') return p.value === '*';
  if (p.kind !== 'map') return null;
  // A CloudFormation intrinsic (`{"Fn::If": …}`) is not known.
  if (p.entries.some((e) => e.key === 'Ref' || e.key.startsWith('Fn::'))) return null;
  const aws = get(p, 'AWS');
  if (!aws) return false;
  let unknown = false;
  for (const v of items(aws)) {
    if (v.kind !== 'scalar') unknown = true;
    else if (v.value === '*') return true;
  }
  return unknown ? null : false;
}

export function statementFromDoc(s: DocNode): PolicyStatement {
  const effect = str(get(s, 'Effect'));
  const notAction = !has(s, 'Action') && has(s, 'NotAction');
  const actionNode = get(s, notAction ? 'NotAction' : 'Action');
  const actions: PolicyAction[] = [];
  let complete = actionNode !== null;
  for (const a of items(actionNode)) {
    const v = a.kind === 'scalar' && typeof a.value === 'string' ? a.value : null;
    if (v === null) complete = false;
    actions.push({ value: v, span: a.span });
  }
  return {
    effect: effect === 'Allow' || effect === 'Deny' ? effect : null,
    anyone: has(s, 'NotPrincipal') ? null : principalIsAnyone(get(s, 'Principal')),
    actions,
    notAction,
    conditional: has(s, 'Condition'),
    actionsComplete: complete,
    span: s.span,
  };
}

/** A policy document (`{"Version": …, "Statement": […]}`). */
export function policyFromDoc(doc: DocNode, span: Span = doc.span): BucketPolicy {
  const st = get(doc, 'Statement');
  const statements: PolicyStatement[] = [];
  let complete = st !== null && (st.kind === 'seq' || st.kind === 'map');
  for (const s of items(st)) {
    if (s.kind === 'map') statements.push(statementFromDoc(s));
    else complete = false;
  }
  return { statements, complete, span };
}

export function ownershipFromDoc(rules: DocNode | null): OwnershipSetting | null {
  for (const r of items(rules)) {
    const e = entry(r, 'ObjectOwnership');
    if (e) return { value: ownershipValue(e.value.kind === 'scalar' ? str(e.value) : null), span: e.value.span };
  }
  return null;
}

function flag(doc: DocNode, key: string): Flag {
  const e = entry(doc, key);
  if (!e) return { value: false, span: null };
  return { value: bool(e.value), span: e.value.span };
}

export function publicAccessBlockFromDoc(doc: DocNode, span: Span = doc.span): PublicAccessBlock {
  return {
    blockPublicAcls: flag(doc, 'BlockPublicAcls'),
    ignorePublicAcls: flag(doc, 'IgnorePublicAcls'),
    blockPublicPolicy: flag(doc, 'BlockPublicPolicy'),
    restrictPublicBuckets: flag(doc, 'RestrictPublicBuckets'),
    span,
  };
}

function prefixOf(node: DocNode | null): { prefix: string | null; span: Span | null } {
  if (!node) return { prefix: '', span: null };
  return { prefix: node.kind === 'scalar' ? str(node) ?? '' : null, span: node.span };
}

/**
 * One S3 API lifecycle rule (`put-bucket-lifecycle-configuration`): `Filter` with `Prefix`, `Tag`,
 * `And`, object size, or the legacy rule-level `Prefix`; `Expiration` with `Days` or `Date`.
 */
export function lifecycleRuleFromApi(r: DocNode): LifecycleRule {
  const status = str(get(r, 'Status'));
  const filter = get(r, 'Filter');
  let p = prefixOf(get(r, 'Prefix'));
  let tagFiltered = false;
  if (filter) {
    const and = get(filter, 'And');
    p = prefixOf(get(filter, 'Prefix') ?? get(and, 'Prefix'));
    const tags = get(and, 'Tags');
    tagFiltered = has(filter, 'Tag') || (tags !== null && !(tags.kind === 'seq' && tags.items.length === 0));
  }
  const exp = get(r, 'Expiration');
  return {
    id: str(get(r, 'ID')),
    enabled: status === 'Enabled' ? true : status === 'Disabled' ? false : null,
    prefix: p.prefix,
    prefixSpan: p.span,
    tagFiltered,
    expiration: expirationFrom(exp, get(exp, 'Days'), get(exp, 'Date')),
    span: r.span,
  };
}

/** A CloudFormation `LifecycleConfiguration.Rules[]` item: flat `ExpirationInDays`, `Prefix`, `TagFilters`. */
export function lifecycleRuleFromCfn(r: DocNode): LifecycleRule {
  const status = str(get(r, 'Status'));
  const p = prefixOf(get(r, 'Prefix'));
  const tags = get(r, 'TagFilters');
  const daysNode = get(r, 'ExpirationInDays');
  const dateNode = get(r, 'ExpirationDate');
  return {
    id: str(get(r, 'Id')),
    enabled: status === 'Enabled' ? true : status === 'Disabled' ? false : null,
    prefix: p.prefix,
    prefixSpan: p.span,
    tagFiltered: tags !== null && !(tags.kind === 'seq' && tags.items.length === 0),
    expiration: expirationFrom(daysNode ?? dateNode, daysNode, dateNode),
    span: r.span,
  };
}

function expirationFrom(exp: DocNode | null, days: DocNode | null, date: DocNode | null): LifecycleRule['expiration'] {
  if (!exp || (!days && !date)) return null;
  if (days) return { days: num(days), date: null, span: days.span };
  if (date) return { days: null, date: str(date), span: date.span };
  return null;
}
