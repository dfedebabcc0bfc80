// CloudFormation templates, YAML or JSON: AWS::S3::Bucket (BucketName, OwnershipControls,
// PublicAccessBlockConfiguration, LifecycleConfiguration, AccessControl) and AWS::S3::BucketPolicy
// (`Bucket: !Ref MediaBucket`). The YAML short tags (`!Ref`, `!Sub`, `!GetAtt`, `!Join`, …) are
// registered as custom tags so they parse, keep their ranges, and become `fn` nodes; their values
// are unknown unless they are a `!Ref` to a parameter with a Default or a `!Sub` of such
// parameters.
//
// extractCloudFormationYaml is called by the YAML extractor (extract/yaml.ts) for each YAML file;
// JSON templates come through extractJson (extract/json.ts).

import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Tags } from 'yaml';
import type { ProjectModel } from '../model.ts';
import type { SourceFile, Span } from '../source.ts';
import { get, items, str, type DocEntry, type DocNode } from '../iac/doc.ts';
import { newBucketConfig, type BucketConfig } from '../iac/bucket.ts';
import { lifecycleRuleFromCfn, ownershipFromDoc, policyFromDoc, publicAccessBlockFromDoc } from '../iac/policy.ts';

const INTRINSICS = [
  'Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'GetAZs',
  'ImportValue', 'Equals', 'And', 'Or', 'Not', 'Condition', 'Transform', 'Length', 'ToJsonString',
];

/** Each short tag on a scalar, a sequence and a mapping: resolved as plain YAML, tag kept on the node. */
const CFN_TAGS: Tags = INTRINSICS.flatMap((n) => [
  { tag: `!${n}`, resolve: (s: string) => s },
  { tag: `!${n}`, collection: 'seq' as const, resolve: (v: unknown) => v },
  { tag: `!${n}`, collection: 'map' as const, resolve: (v: unknown) => v },
]) as unknown as Tags;

const MAX_DEPTH = 128;

/** Cheap test before parsing: a template names its format version or an AWS resource type. */
const CFN_HINT = /AWSTemplateFormatVersion|\bAWS::[A-Za-z0-9]+::/;

/**
 * Reads a CloudFormation YAML template into `model.buckets`. Returns true when the file is a
 * CloudFormation template (the caller can skip its other YAML handling). YAML syntax errors are
 * left to the caller, which reports them; pass its parsed `doc` to avoid parsing twice (the CFN
 * short tags then arrive as unresolved tags, which is fine: the tag is kept on the node).
 */
export function extractCloudFormationYaml(file: SourceFile, model: ProjectModel, doc?: Document): boolean {
  if (!CFN_HINT.test(file.text)) return false;
  let d = doc;
  if (!d) {
    if (flowDepth(file.text) > MAX_DEPTH) return false;
    try {
      d = parseDocument(file.text, { customTags: CFN_TAGS, uniqueKeys: false, prettyErrors: false });
    } catch {
      return false;
    }
  }
  if (d.errors.length > 0 || !d.contents) return false;
  const root = yamlToDoc(file, d.contents as YamlNode, 0);
  if (!isTemplate(root)) return false;
  for (const item of cfnBuckets(root, file)) model.buckets.push(item);
  return true;
}

/** Deepest `[`/`{` nesting outside quotes: the YAML parser recurses on flow collections. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let q: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n') q = null;
  }
  return max;
}

function yamlSpan(file: SourceFile, n: { range?: [number, number, number] | null }): Span {
  const r = n.range;
  return r ? file.span(r[0], r[1]) : file.span(0, 0);
}

function yamlToDoc(file: SourceFile, n: unknown, depth: number, ignoreTag = false): DocNode {
  const node = n as YamlNode & { tag?: string; range?: [number, number, number] };
  const span = yamlSpan(file, node);
  if (depth > MAX_DEPTH) return { kind: 'fn', name: 'too-deep', arg: null, span };
  if (!ignoreTag && typeof node.tag === 'string' && node.tag.startsWith('!') && !node.tag.startsWith('!!')) {
    const short = node.tag.slice(1);
    const name = short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
    return { kind: 'fn', name, arg: yamlToDoc(file, n, depth + 1, true), span };
  }
  if (isScalar(node)) {
    const v = node.value;
    return { kind: 'scalar', value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v), span };
  }
  if (isSeq(node)) return { kind: 'seq', items: node.items.map((i) => yamlToDoc(file, i, depth + 1)), span };
  if (isMap(node)) {
    const entries: DocEntry[] = [];
    for (const p of node.items) {
      const k = p.key as (YamlNode & { range?: [number, number, number] }) | null;
      if (!k || !isScalar(k)) continue;
      entries.push({
        key: String(k.value),
        keySpan: yamlSpan(file, k),
        value: p.value ? yamlToDoc(file, p.value, depth + 1) : { kind: 'scalar', value: null, span: yamlSpan(file, k) },
      });
    }
    return { kind: 'map', entries, span };
  }
  if (isAlias(node)) return { kind: 'fn', name: 'alias', arg: null, span };
  return { kind: 'scalar', value: null, span };
}

/** `{"Ref": x}` / `{"Fn::Sub": x}` (JSON) or a short-tag `fn` node (YAML). */
export function intrinsic(n: DocNode | null): { name: string; arg: DocNode | null } | null {
  if (!n) return null;
  if (n.kind === 'fn') return { name: n.name, arg: n.arg };
  if (n.kind === 'map' && n.entries.length === 1) {
    const e = n.entries[0];
    if (e && (e.key === 'Ref' || e.key === 'Condition' || e.key.startsWith('Fn::'))) return { name: e.key, arg: e.value };
  }
  return null;
}

export function isTemplate(root: DocNode): boolean {
  if (root.kind !== 'map') return false;
  if (get(root, 'AWSTemplateFormatVersion')) return true;
  const res = get(root, 'Resources');
  if (!res || res.kind !== 'map') return false;
  return res.entries.some((e) => /^AWS::/.test(str(get(e.value, 'Type')) ?? ''));
}

/** Buckets and bucket policies of a template. */
export function cfnBuckets(root: DocNode, file: SourceFile): BucketConfig[] {
  const params = new Map<string, string>();
  const pnode = get(root, 'Parameters');
  if (pnode?.kind === 'map') {
    for (const e of pnode.entries) {
      const d = str(get(e.value, 'Default'));
      if (d !== null) params.set(e.key, d);
    }
  }
  const res = get(root, 'Resources');
  if (!res || res.kind !== 'map') return [];
  const out: BucketConfig[] = [];
  const byLogical = new Map<string, BucketConfig>();

  /** A string value: literal, `!Ref Param` with a Default, or `!Sub` of such parameters. */
  const value = (n: DocNode | null): string | null => {
    if (!n) return null;
    if (n.kind === 'scalar') return str(n);
    const fn = intrinsic(n);
    if (!fn) return null;
    if (fn.name === 'Ref') {
      const p = str(fn.arg);
      return p !== null ? params.get(p) ?? null : null;
    }
    if (fn.name === 'Fn::Sub' && fn.arg?.kind === 'scalar' && typeof fn.arg.value === 'string') {
      let unknown = false;
      const s = fn.arg.value.replace(/\$\{([^}!]+)\}/g, (_m, name: string) => {
        const v = params.get(name.trim());
        if (v === undefined) unknown = true;
        return v ?? '';
      });
      return unknown ? null : s;
    }
    return null;
  };
  const text = (span: Span) => file.text.slice(span.start.offset, span.end.offset);

  for (const e of res.entries) {
    if (str(get(e.value, 'Type')) !== 'AWS::S3::Bucket') continue;
    const props = get(e.value, 'Properties');
    const nameNode = get(props, 'BucketName');
    const name = value(nameNode);
    const cfg = newBucketConfig({
      source: 'cloudformation',
      kind: 'bucket',
      name,
      nameSpan: nameNode?.span ?? e.keySpan,
      nameText: name !== null ? JSON.stringify(name) : nameNode ? text(nameNode.span) : e.key,
      label: e.key,
      span: e.value.span,
    });
    cfg.ownership = ownershipFromDoc(get(get(props, 'OwnershipControls'), 'Rules'));
    const pab = get(props, 'PublicAccessBlockConfiguration');
    if (pab?.kind === 'map') cfg.publicAccessBlock = publicAccessBlockFromDoc(pab);
    else if (pab) {
      const unknown = { value: null, span: pab.span };
      cfg.publicAccessBlock = { blockPublicAcls: unknown, ignorePublicAcls: unknown, blockPublicPolicy: unknown, restrictPublicBuckets: unknown, span: pab.span };
    }
    for (const r of items(get(get(props, 'LifecycleConfiguration'), 'Rules'))) {
      if (r.kind === 'map') cfg.lifecycleRules.push(lifecycleRuleFromCfn(r));
    }
    const acl = get(props, 'AccessControl');
    if (acl) cfg.acl = { value: value(acl), span: acl.span };
    byLogical.set(e.key, cfg);
    out.push(cfg);
  }

  for (const e of res.entries) {
    if (str(get(e.value, 'Type')) !== 'AWS::S3::BucketPolicy') continue;
    const props = get(e.value, 'Properties');
    const bucketNode = get(props, 'Bucket');
    const ref = intrinsic(bucketNode);
    let cfg: BucketConfig | undefined;
    if (ref?.name === 'Ref') {
      const logical = str(ref.arg);
      if (logical !== null) cfg = byLogical.get(logical);
    }
    if (!cfg) {
      const name = ref?.name === 'Ref' && byLogical.has(str(ref.arg) ?? '') ? null : value(bucketNode);
      cfg = out.find((c) => c.kind === 'bucket' && name !== null && c.name === name);
      if (!cfg) {
        cfg = newBucketConfig({
          source: 'cloudformation',
          kind: 'fragment',
          name,
          nameSpan: bucketNode?.span ?? e.keySpan,
          nameText: name !== null ? JSON.stringify(name) : bucketNode ? text(bucketNode.span) : e.key,
          label: e.key,
          span: e.value.span,
        });
        out.push(cfg);
      }
    }
    const doc = get(props, 'PolicyDocument');
    const policy = doc?.kind === 'map' ? policyFromDoc(doc) : { statements: [], complete: false, span: doc?.span ?? e.value.span };
    cfg.policy = cfg.policy
      ? { statements: [...cfg.policy.statements, ...policy.statements], complete: cfg.policy.complete && policy.complete, span: policy.span }
      : policy;
  }
  return out;
}
