// Terraform: S3 buckets and the resources that configure them, resolved within a module (one
// directory). aws_s3_bucket (with the legacy inline `acl`, `policy` and `lifecycle_rule`),
// aws_s3_bucket_ownership_controls, aws_s3_bucket_public_access_block,
// aws_s3_bucket_lifecycle_configuration, aws_s3_bucket_policy (jsonencode, heredoc JSON,
// data.aws_iam_policy_document, file()), aws_s3_bucket_acl and aws_s3_account_public_access_block.
//
// `bucket = aws_s3_bucket.media.id` ties a resource to its bucket; `var.x` resolves through
// terraform.tfvars / *.auto.tfvars, then `variable "x" { default }`; `local.x` through `locals`.
// Anything else is unknown, never guessed. Files of one module arrive one at a time, so each call
// rebuilds that module's buckets from everything read so far.

import type { ProjectModel } from '../model.ts';
import type { SourceFile, Span } from '../source.ts';
import type { Extractor } from './common.ts';
import { parseHcl, type HclAttribute, type HclBlock, type HclBody, type HclExpr } from '../parse/hcl.ts';
import { newBucketConfig, ownershipValue, type BucketConfig, type BucketPolicy, type Flag, type LifecycleRule, type PolicyAction, type PolicyStatement, type PublicAccessBlock } from '../iac/bucket.ts';
import { parseJson, respan, type DocNode } from '../iac/doc.ts';
import { policyFromDoc } from '../iac/policy.ts';
import { normalizeRepoPath } from '../source.ts';

interface TfFile {
  file: SourceFile;
  body: HclBody;
}

interface TfModule {
  dir: string;
  files: TfFile[];
  tfvars: TfFile[];
  emitted: BucketConfig[];
}

const MODULES = new WeakMap<ProjectModel, Map<string, TfModule>>();

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '.' : path.slice(0, i);
}

export const extractTerraform: Extractor = (file, model) => {
  const parsed = parseHcl(file);
  for (const p of parsed.problems) model.parseProblems.push(p);
  let mods = MODULES.get(model);
  if (!mods) {
    mods = new Map();
    MODULES.set(model, mods);
  }
  const dir = dirOf(file.path);
  let mod = mods.get(dir);
  if (!mod) {
    mod = { dir, files: [], tfvars: [], emitted: [] };
    mods.set(dir, mod);
  }
  if (/\.tfvars$/i.test(file.path)) mod.tfvars.push({ file, body: parsed.body });
  else mod.files.push({ file, body: parsed.body });
  const old = new Set(mod.emitted);
  const keep = model.buckets.filter((b) => !old.has(b));
  model.buckets.length = 0;
  for (const item of keep) model.buckets.push(item);
  mod.emitted = buildModule(mod);
  for (const item of mod.emitted) model.buckets.push(item);
};

// ---- evaluation -------------------------------------------------------------------------------

const UNKNOWN = Symbol('unknown');

/** A reference to a resource or data source (`aws_s3_bucket.media`, `data.aws_iam_policy_document.p`). */
class Ref {
  constructor(
    readonly address: string,
    readonly attr: string | null,
  ) {}
}

type Val = string | number | boolean | null | Val[] | { [k: string]: Val } | Ref | typeof UNKNOWN;

interface Located {
  block: HclBlock;
  file: SourceFile;
}

class Scope {
  readonly variables = new Map<string, HclExpr>();
  readonly tfvars = new Map<string, HclExpr>();
  readonly locals = new Map<string, HclExpr>();
  readonly resources = new Map<string, Located>();
  readonly data = new Map<string, Located>();
  private readonly active = new Set<string>();

  constructor(readonly dir: string) {}

  eval(e: HclExpr, depth = 0): Val {
    if (depth > 64) return UNKNOWN;
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'template': {
        let s = '';
        for (const p of e.parts) {
          if ('lit' in p) s += p.lit;
          else {
            const v = this.eval(p.expr, depth + 1);
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') s += String(v);
            else return UNKNOWN;
          }
        }
        return s;
      }
      case 'tuple':
        return e.items.map((i) => this.eval(i, depth + 1));
      case 'object': {
        const o: { [k: string]: Val } = {};
        for (const it of e.items) if (it.key !== null) o[it.key] = this.eval(it.value, depth + 1);
        return o;
      }
      case 'traversal':
        return this.traverse(e.root, e.steps, depth);
      case 'call': {
        const args = e.args.map((a) => this.eval(a, depth + 1));
        const a0 = args[0];
        if ((e.name === 'lower' || e.name === 'upper' || e.name === 'trimspace') && typeof a0 === 'string') {
          return e.name === 'lower' ? a0.toLowerCase() : e.name === 'upper' ? a0.toUpperCase() : a0.trim();
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  private traverse(root: string, steps: (string | number | null)[], depth: number): Val {
    const [first, ...rest] = steps;
    const guarded = (key: string, expr: HclExpr | undefined): Val => {
      if (!expr || this.active.has(key)) return UNKNOWN;
      this.active.add(key);
      try {
        return index(this.eval(expr, depth + 1), rest);
      } finally {
        this.active.delete(key);
      }
    };
    if (root === 'var' && typeof first === 'string') {
      const fromVars = this.tfvars.get(first);
      if (fromVars) {
        const v = guarded(`tfvars.${first}`, fromVars);
        if (v !== UNKNOWN) return v;
      }
      return guarded(`var.${first}`, this.variables.get(first));
    }
    if (root === 'local' && typeof first === 'string') return guarded(`local.${first}`, this.locals.get(first));
    // Paths are relative to the root module, where Terraform runs: `file()` joins them to the module's directory.
    if (root === 'path' && (first === 'module' || first === 'root' || first === 'cwd')) return '.';
    if (root === 'data' && typeof first === 'string') {
      const name = rest[0];
      if (typeof name !== 'string') return UNKNOWN;
      return new Ref(`data.${first}.${name}`, firstName(rest.slice(1)));
    }
    if (/^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(root) && typeof first === 'string') return new Ref(`${root}.${first}`, firstName(rest));
    return UNKNOWN;
  }

  str(e: HclExpr | undefined): string | null {
    if (!e) return null;
    const v = this.eval(e);
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  }

  bool(e: HclExpr | undefined): boolean | null {
    if (!e) return null;
    const v = this.eval(e);
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    return null;
  }

  num(e: HclExpr | undefined): number | null {
    if (!e) return null;
    const v = this.eval(e);
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
    return null;
  }
}

function firstName(steps: (string | number | null)[]): string | null {
  for (const s of steps) if (typeof s === 'string') return s;
  return null;
}

function index(v: Val, steps: (string | number | null)[]): Val {
  let cur = v;
  for (const s of steps) {
    if (s === null) return UNKNOWN;
    if (Array.isArray(cur) && typeof s === 'number') cur = cur[s] ?? UNKNOWN;
    else if (cur !== null && typeof cur === 'object' && !Array.isArray(cur) && !(cur instanceof Ref)) cur = cur[String(s)] ?? UNKNOWN;
    else return UNKNOWN;
  }
  return cur;
}

function attr(body: HclBody, name: string): HclAttribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

function blocks(body: HclBody, type: string): HclBlock[] {
  return body.blocks.filter((b) => b.type === type);
}

// ---- building buckets ---------------------------------------------------------------------------

function buildModule(mod: TfModule): BucketConfig[] {
  const scope = new Scope(mod.dir);
  // terraform.tfvars first, then *.auto.tfvars in name order: later files win.
  const vars = [...mod.tfvars].sort((a, b) => tfvarsRank(a.file.path) - tfvarsRank(b.file.path) || a.file.path.localeCompare(b.file.path));
  for (const tv of vars) for (const a of tv.body.attributes) scope.tfvars.set(a.name, a.expr);
  const resources: Located[] = [];
  for (const { file, body } of mod.files) {
    for (const b of body.blocks) {
      const [l0, l1] = b.labels;
      if (b.type === 'variable' && l0) {
        const d = attr(b.body, 'default');
        if (d) scope.variables.set(l0.value, d.expr);
      } else if (b.type === 'locals') {
        for (const a of b.body.attributes) scope.locals.set(a.name, a.expr);
      } else if (b.type === 'resource' && l0 && l1) {
        scope.resources.set(`${l0.value}.${l1.value}`, { block: b, file });
        resources.push({ block: b, file });
      } else if (b.type === 'data' && l0 && l1) {
        scope.data.set(`data.${l0.value}.${l1.value}`, { block: b, file });
      }
    }
  }

  const out: BucketConfig[] = [];
  const byAddress = new Map<string, BucketConfig>();
  const fragments = new Map<string, BucketConfig>();
  const text = (file: SourceFile, span: Span) => file.text.slice(span.start.offset, span.end.offset);

  for (const { block, file } of resources) {
    const [type, name] = block.labels;
    if (type?.value !== 'aws_s3_bucket' || !name) continue;
    const b = block.body;
    const bucketAttr = attr(b, 'bucket');
    const prefixAttr = attr(b, 'bucket_prefix');
    const literal = bucketAttr ? scope.str(bucketAttr.expr) : null;
    const cfg = newBucketConfig({
      source: 'terraform',
      kind: 'bucket',
      name: literal,
      nameSpan: bucketAttr?.expr.span ?? prefixAttr?.expr.span ?? name.span,
      nameText: literal !== null ? JSON.stringify(literal) : bucketAttr ? text(file, bucketAttr.expr.span) : prefixAttr ? `bucket_prefix ${text(file, prefixAttr.expr.span)}` : `aws_s3_bucket.${name.value}`,
      label: `aws_s3_bucket.${name.value}`,
      span: block.span,
    });
    const acl = attr(b, 'acl');
    if (acl) cfg.acl = { value: scope.str(acl.expr), span: acl.expr.span };
    const pol = attr(b, 'policy');
    if (pol) cfg.policy = policyFromExpr(pol.expr, file, scope, cfg);
    for (const r of blocks(b, 'lifecycle_rule')) cfg.lifecycleRules.push(legacyLifecycleRule(r, scope));
    byAddress.set(`aws_s3_bucket.${name.value}`, cfg);
    out.push(cfg);
  }

  /** The bucket a configuring resource points at: a bucket of this module, or a fragment. */
  const target = (block: HclBlock, file: SourceFile, label: string): BucketConfig => {
    const a = attr(block.body, 'bucket');
    const v = a ? scope.eval(a.expr) : UNKNOWN;
    if (v instanceof Ref) {
      const hit = byAddress.get(v.address);
      if (hit) return hit;
    }
    const nameValue = typeof v === 'string' ? v : null;
    if (nameValue !== null) {
      const hit = out.find((c) => c.kind === 'bucket' && c.name === nameValue);
      if (hit) return hit;
      const frag = fragments.get(nameValue);
      if (frag) return frag;
    }
    const cfg = newBucketConfig({
      source: 'terraform',
      kind: 'fragment',
      name: nameValue,
      nameSpan: a?.expr.span ?? block.span,
      nameText: nameValue !== null ? JSON.stringify(nameValue) : a ? text(file, a.expr.span) : label,
      label,
      span: block.span,
    });
    if (nameValue !== null) fragments.set(nameValue, cfg);
    out.push(cfg);
    return cfg;
  };

  for (const { block, file } of resources) {
    const [type, name] = block.labels;
    if (!type || !name) continue;
    const label = `${type.value}.${name.value}`;
    const b = block.body;
    switch (type.value) {
      case 'aws_s3_bucket_ownership_controls': {
        const rule = blocks(b, 'rule')[0];
        const oo = rule ? attr(rule.body, 'object_ownership') : undefined;
        if (oo) target(block, file, label).ownership = { value: ownershipValue(scope.str(oo.expr)), span: oo.expr.span };
        break;
      }
      case 'aws_s3_bucket_public_access_block':
        target(block, file, label).publicAccessBlock = publicAccessBlock(block, scope);
        break;
      case 'aws_s3_account_public_access_block': {
        const cfg = newBucketConfig({ source: 'terraform', kind: 'account', name: null, nameSpan: name.span, nameText: label, label, span: block.span });
        cfg.publicAccessBlock = publicAccessBlock(block, scope);
        out.push(cfg);
        break;
      }
      case 'aws_s3_bucket_lifecycle_configuration': {
        const cfg = target(block, file, label);
        for (const r of blocks(b, 'rule')) cfg.lifecycleRules.push(lifecycleRule(r, scope));
        break;
      }
      case 'aws_s3_bucket_policy': {
        const p = attr(b, 'policy');
        const cfg = target(block, file, label);
        if (p) cfg.policy = mergePolicy(cfg.policy, policyFromExpr(p.expr, file, scope, cfg));
        break;
      }
      case 'aws_s3_bucket_acl': {
        const a = attr(b, 'acl');
        const cfg = target(block, file, label);
        cfg.acl = a ? { value: scope.str(a.expr), span: a.expr.span } : { value: null, span: block.typeSpan };
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function tfvarsRank(path: string): number {
  return /\.auto\.tfvars$/i.test(path) ? 1 : 0;
}

function mergePolicy(a: BucketPolicy | null, b: BucketPolicy): BucketPolicy {
  if (!a) return b;
  return { statements: [...a.statements, ...b.statements], complete: a.complete && b.complete, span: b.span };
}

function flagAttr(body: HclBody, name: string, scope: Scope): Flag {
  const a = attr(body, name);
  if (!a) return { value: false, span: null };
  return { value: scope.bool(a.expr), span: a.expr.span };
}

function publicAccessBlock(block: HclBlock, scope: Scope): PublicAccessBlock {
  const b = block.body;
  return {
    blockPublicAcls: flagAttr(b, 'block_public_acls', scope),
    ignorePublicAcls: flagAttr(b, 'ignore_public_acls', scope),
    blockPublicPolicy: flagAttr(b, 'block_public_policy', scope),
    restrictPublicBuckets: flagAttr(b, 'restrict_public_buckets', scope),
    span: block.span,
  };
}

function expiration(rule: HclBody, scope: Scope): LifecycleRule['expiration'] {
  const exp = blocks(rule, 'expiration')[0];
  if (!exp) return null;
  const days = attr(exp.body, 'days');
  const date = attr(exp.body, 'date');
  if (days) return { days: scope.num(days.expr), date: null, span: days.expr.span };
  if (date) return { days: null, date: scope.str(date.expr), span: date.expr.span };
  return null;
}

function prefixFrom(a: HclAttribute | undefined, scope: Scope): { prefix: string | null; prefixSpan: Span | null } {
  if (!a) return { prefix: '', prefixSpan: null };
  return { prefix: scope.str(a.expr), prefixSpan: a.expr.span };
}

/** aws_s3_bucket_lifecycle_configuration `rule`. */
function lifecycleRule(r: HclBlock, scope: Scope): LifecycleRule {
  const b = r.body;
  const status = scope.str(attr(b, 'status')?.expr);
  const filter = blocks(b, 'filter')[0];
  let p = prefixFrom(attr(b, 'prefix'), scope);
  let tagFiltered = false;
  if (filter) {
    const and = blocks(filter.body, 'and')[0];
    p = prefixFrom(attr(filter.body, 'prefix') ?? (and ? attr(and.body, 'prefix') : undefined), scope);
    const tags = and ? attr(and.body, 'tags') : undefined;
    tagFiltered = blocks(filter.body, 'tag').length > 0 || (tags !== undefined && !(tags.expr.kind === 'object' && tags.expr.items.length === 0));
  }
  return {
    id: scope.str(attr(b, 'id')?.expr),
    enabled: status === 'Enabled' ? true : status === 'Disabled' ? false : null,
    ...p,
    tagFiltered,
    expiration: expiration(b, scope),
    span: r.span,
  };
}

/** The inline `lifecycle_rule` of aws_s3_bucket (provider v3 and earlier). */
function legacyLifecycleRule(r: HclBlock, scope: Scope): LifecycleRule {
  const b = r.body;
  const tags = attr(b, 'tags');
  return {
    id: scope.str(attr(b, 'id')?.expr),
    enabled: scope.bool(attr(b, 'enabled')?.expr),
    ...prefixFrom(attr(b, 'prefix'), scope),
    tagFiltered: tags !== undefined && !(tags.expr.kind === 'object' && tags.expr.items.length === 0),
    expiration: expiration(b, scope),
    span: r.span,
  };
}

// ---- policies -----------------------------------------------------------------------------------

function policyFromExpr(e: HclExpr, file: SourceFile, scope: Scope, cfg: BucketConfig): BucketPolicy {
  const unknown: BucketPolicy = { statements: [], complete: false, span: e.span };
  if (e.kind === 'call' && e.name === 'jsonencode' && e.args[0]) return policyFromDoc(hclToDoc(e.args[0], scope), e.span);
  if ((e.kind === 'literal' || e.kind === 'template') && e.heredoc) {
    const { start, end } = e.heredoc;
    const j = parseJson(file, file.text.slice(start, end), start);
    return j.node ? policyFromDoc(j.node, e.span) : unknown;
  }
  if (e.kind === 'literal' && typeof e.value === 'string') {
    // A JSON string in quotes: escapes move offsets, so every node points at the whole string.
    const j = parseJson(file, e.value, 0);
    return j.node ? policyFromDoc(respan(j.node, e.span), e.span) : unknown;
  }
  if (e.kind === 'call' && e.name === 'file' && e.args[0]) {
    const p = scope.str(e.args[0]);
    if (p !== null) cfg.documents.push(normalizeRepoPath(p.startsWith('/') ? p : `${scope.dir}/${p}`));
    return unknown;
  }
  const v = scope.eval(e);
  if (v instanceof Ref && v.address.startsWith('data.aws_iam_policy_document.')) {
    const doc = scope.data.get(v.address);
    if (doc) return policyDocument(doc.block, scope);
  }
  return unknown;
}


/** data "aws_iam_policy_document": `statement` blocks with `principals`, `actions`, `condition`. */
function policyDocument(block: HclBlock, scope: Scope): BucketPolicy {
  const b = block.body;
  let complete = !['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'].some((n) => attr(b, n));
  const statements: PolicyStatement[] = [];
  for (const s of blocks(b, 'statement')) {
    const effect = scope.str(attr(s.body, 'effect')?.expr) ?? (attr(s.body, 'effect') ? null : 'Allow');
    const notAction = !attr(s.body, 'actions') && attr(s.body, 'not_actions') !== undefined;
    const list = attr(s.body, notAction ? 'not_actions' : 'actions');
    const actions: PolicyAction[] = [];
    let actionsComplete = list !== undefined && list.expr.kind === 'tuple';
    if (list && list.expr.kind === 'tuple') {
      for (const it of list.expr.items) {
        const v = scope.str(it);
        if (v === null) actionsComplete = false;
        actions.push({ value: v, span: it.span });
      }
    } else if (list) {
      actions.push({ value: null, span: list.expr.span });
    }
    let anyone: boolean | null = false;
    if (blocks(s.body, 'not_principals').length) anyone = null;
    for (const p of blocks(s.body, 'principals')) {
      const type = scope.str(attr(p.body, 'type')?.expr);
      const ids = attr(p.body, 'identifiers');
      const idv = ids ? scope.eval(ids.expr) : UNKNOWN;
      if (type === null || !Array.isArray(idv)) {
        if (anyone === false) anyone = null;
        continue;
      }
      if ((type === '*' || type === 'AWS') && idv.includes('*')) anyone = true;
      else if (idv.some((x) => typeof x !== 'string') && anyone === false) anyone = null;
    }
    if (!list) complete = false;
    statements.push({
      effect: effect === 'Allow' || effect === 'Deny' ? effect : null,
      anyone,
      actions,
      notAction,
      conditional: blocks(s.body, 'condition').length > 0,
      actionsComplete,
      span: s.span,
    });
  }
  return { statements, complete, span: block.span };
}

/** An HCL value as a document tree (for jsonencode): literals stay, everything else is a `fn`. */
function hclToDoc(e: HclExpr, scope: Scope, depth = 0): DocNode {
  if (depth > 100) return { kind: 'fn', name: 'expression', arg: null, span: e.span };
  switch (e.kind) {
    case 'literal':
      return { kind: 'scalar', value: e.value, span: e.span };
    case 'tuple':
      return { kind: 'seq', items: e.items.map((i) => hclToDoc(i, scope, depth + 1)), span: e.span };
    case 'object':
      return {
        kind: 'map',
        entries: e.items.filter((i) => i.key !== null).map((i) => ({ key: i.key ?? '', keySpan: i.keySpan, value: hclToDoc(i.value, scope, depth + 1) })),
        span: e.span,
      };
    default: {
      const v = scope.eval(e);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { kind: 'scalar', value: v, span: e.span };
      return { kind: 'fn', name: 'expression', arg: null, span: e.span };
    }
  }
}
