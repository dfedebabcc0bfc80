// discover -> read -> classify -> extract (model) -> rules -> findings (+ suppressions, config).

import { classify, mayMatter, type FileKind } from './classify.ts';
import { discover, readSource } from './discover.ts';
import { compareFindings, severityRank, type Finding, type Notice } from './findings.ts';
import { defaultSettings, type LintSettings } from './config.ts';
import { emptyModel, cloneEnv, emptyEnv, type ProjectModel, type ScriptCall } from './model.ts';
import { EXTRACTORS } from './extract/index.ts';
import { invocationsFromShell } from './extract/shell-commands.ts';
import { addInvocations } from './extract/common.ts';
import { RULES } from './rules/index.ts';
import type { Report, Rule, RuleContext } from './rule.ts';
import { SourceFile, type Span } from './source.ts';
import { configSuppressed, inlineSuppressed, scanSuppressions, type FileSuppressions } from './suppress.ts';
import { InternalError } from './errors.ts';
import { isIgnored } from './extract/yaml/ignores.ts';
import { loadHclParser } from './parse/hcl.ts';
import { envGet } from './parse/env.ts';

export interface LintOptions {
  paths: string[];
  /** What file paths are reported relative to (default: the first path if a directory, else cwd). */
  root: string;
  settings?: LintSettings;
  rules?: Rule[];
}

export interface LintResult {
  root: string;
  findings: Finding[];
  /** Findings dropped by inline comments or config ignores. */
  suppressed: number;
  notices: Notice[];
  /** Files found by discovery. */
  filesScanned: number;
  /** Files whose content was parsed. */
  filesParsed: number;
  rules: Rule[];
  model: ProjectModel;
}

const SCRIPT_KINDS = new Set<FileKind>(['shell', 'cron-script']);

/**
 * Terraform text that can concern Mastodon whatever the bucket is called: its name, its env
 * settings, an account-wide S3 setting, or a key prefix only Mastodon writes (MSTDN401; `avatars`
 * and `headers` alone too, for prefixes built from locals such as `"${local.root}/avatars/"`).
 * Case-sensitive on purpose: `S3_` must be Mastodon's variables, not the `s3_` of `aws_s3_bucket`.
 */
const TF_MASTODON = /[Mm]astodon|MASTODON|(?:^|[^A-Za-z0-9_])S3_[A-Z]|AWS::S3|aws_s3_account|media_attachments|(?<!\w)(?:avatars|headers)(?!\w)|preview_cards|custom_emojis|site_uploads/;
/** A bucket resource at the start of a line (a commented-out one does not count). */
const TF_BUCKET_RESOURCE = /^[ \t]*resource\s+"aws_s3_bucket"\s+"/gm;

/**
 * Which Terraform modules (directories: variables and locals live beside the resources) to parse.
 * A module is skipped only when nothing in it can concern Mastodon: it defines buckets, the repo
 * defines at least two (so none of them is "the only bucket in the repo" that iac/media.ts ties to
 * an env file whose bucket it cannot find), nothing in it is Mastodon-specific (TF_MASTODON), it
 * names no literal S3_BUCKET of an env file, and every env file with S3 enabled names its bucket
 * literally. A skipped module's buckets are still counted (model.unparsedBuckets).
 */
function terraformModulesToParse(model: ProjectModel, modules: Map<string, string[]>): { parse: Set<string>; unparsedBuckets: number } {
  const names = literalBuckets(model);
  const anyBucketUnknown = model.envFiles.some((env) => {
    const enabled = envGet(env, 'S3_ENABLED');
    const bucket = envGet(env, 'S3_BUCKET');
    return !(bucket && !bucket.template && bucket.value) && enabled !== undefined && (enabled.template || enabled.value === 'true');
  });
  const counts = new Map<string, number>();
  let total = 0;
  for (const [dir, texts] of modules) {
    let n = 0;
    for (const t of texts) if (t.includes('aws_s3_bucket')) n += t.match(TF_BUCKET_RESOURCE)?.length ?? 0;
    counts.set(dir, n);
    total += n;
  }
  const concernsMastodon = (t: string) => TF_MASTODON.test(t) || names.some((b) => t.includes(b));
  const parse = new Set<string>();
  let unparsedBuckets = 0;
  for (const [dir, texts] of modules) {
    const n = counts.get(dir) ?? 0;
    const mustParse =
      n === 0
        ? // Variables, locals, or settings of a bucket defined elsewhere (a fragment).
          texts.some((t) => t.includes('aws_s3') || TF_MASTODON.test(t))
        : anyBucketUnknown || total < 2 || texts.some(concernsMastodon);
    if (mustParse) parse.add(dir);
    else unparsedBuckets += n;
  }
  return { parse, unparsedBuckets };
}

/** Object storage in an nginx config: provider hosts, seed 001's `@s3` layout, or Mastodon itself. */
const NGINX_STORAGE = /amazonaws\.com|scw\.cloud|wasabisys|backblazeb2|r2\.cloudflarestorage|digitaloceanspaces|ionoscloud|linodeobjects|storage\.googleapis|minio|\bs3[.-]|@s3\b|\$s3_|mastodon|\/system\//i;

/** Hosts named by S3_ENDPOINT, S3_HOSTNAME and S3_ALIAS_HOST in the env files read so far. */
function storageHosts(model: ProjectModel): string[] {
  const out = new Set<string>();
  for (const env of model.envFiles) {
    for (const key of ['S3_ENDPOINT', 'S3_HOSTNAME', 'S3_ALIAS_HOST', 'S3_CLOUDFRONT_HOST']) {
      for (const e of env.byKey.get(key) ?? []) {
        if (e.template || !e.value) continue;
        const url = /^[a-z]+:\/\//i.test(e.value);
        const host = e.value.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
        // A host in a URL (`http://objects`), or with a dot or a port (`minio:9000`): a bare word
        // that is not a URL is no host Mastodon could use, and would match prose in any file.
        if (host.length > 3 && (url || /[.:]/.test(host))) out.add(host);
      }
    }
  }
  return [...out];
}

/** The model of a tree before rules run, so callers can add to it (e.g. live bucket settings). */
export interface BuiltModel {
  model: ProjectModel;
  notices: Notice[];
  scanned: number;
  parsed: number;
}

/** Lints `opts.paths`, loading the parsers the tree needs (the HCL parser's wasm only for Terraform). */
export async function lint(opts: LintOptions): Promise<LintResult> {
  return lintModel(await buildModel(opts), opts);
}

/**
 * lint() without loading anything: for callers that have awaited `loadParsers()` already (tests,
 * benchmarks). Terraform parsed without it gets an MSTDN001 problem saying so.
 */
export function lintSync(opts: LintOptions): LintResult {
  return lintModel(buildModelSync(opts), opts);
}

/** Loads every parser that needs asynchronous set-up. */
export async function loadParsers(): Promise<void> {
  await loadHclParser();
}

/** Runs the rules over a built model and applies suppressions and config. */
export function lintModel(built: BuiltModel, opts: LintOptions): LintResult {
  const settings = opts.settings ?? defaultSettings();
  const rules = opts.rules ?? RULES;
  const raw = runRules(rules, built.model, settings);
  return finish(raw, built.model, settings, rules, built.notices, built.scanned, built.parsed, opts.root);
}

/** discover -> read -> classify -> extract: the project model of `opts.paths`. */
export async function buildModel(opts: LintOptions): Promise<BuiltModel> {
  const read = readCandidates(opts);
  if (read.candidates.some((c) => c.kind === 'terraform')) await loadHclParser();
  return extractAll(read, opts);
}

/** buildModel() for callers that have awaited `loadParsers()` (see lintSync). */
export function buildModelSync(opts: LintOptions): BuiltModel {
  return extractAll(readCandidates(opts), opts);
}

interface Candidate {
  file: SourceFile;
  kind: FileKind;
}

interface ReadResult {
  candidates: Candidate[];
  notices: Notice[];
  scanned: number;
}

/** discover -> read -> classify -> pre-filter: the files that can matter, with what they are. */
function readCandidates(opts: LintOptions): ReadResult {
  const found = discover(opts.paths, opts.root);
  const notices: Notice[] = [...found.notices];
  const candidates: Candidate[] = [];
  for (const { rel, abs } of found.files) {
    let kind = classify(rel, '');
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (!kind && base.includes('.')) continue;
    const { file, notice } = readSource(rel, abs);
    if (notice) notices.push(notice);
    if (!file) continue;
    if (!kind) kind = classify(rel, file.text.slice(0, 128));
    if (!kind || !mayMatter(kind, file.text)) continue;
    candidates.push({ file, kind });
  }
  return { candidates, notices, scanned: found.files.length };
}

/** Extracts the candidates into the project model, in the order cross-file judgements need. */
function extractAll({ candidates, notices, scanned }: ReadResult, opts: LintOptions): BuiltModel {
  const model = emptyModel(opts.root);
  const scripts: Candidate[] = [];
  let parsed = 0;
  const known = new Set<string>();
  let seen = 0;

  const extract = (file: SourceFile, kind: FileKind) => {
    // Extractors may already have added it (nginx reads included files through their includer).
    while (seen < model.files.length) known.add(model.files[seen++]!.path);
    if (!known.has(file.path)) {
      known.add(file.path);
      model.files.push(file);
    }
    if (SCRIPT_KINDS.has(kind)) {
      // Parsed (and counted) below, once the schedulers that run scripts are known.
      scripts.push({ file, kind });
      return;
    }
    parsed++;
    const extractor = EXTRACTORS[kind];
    if (!extractor) return;
    try {
      extractor(file, model);
    } catch (e) {
      throw new InternalError(`extracting ${file.path} (${kind}) failed: ${(e as Error).message}`);
    }
  };

  // Env files, schedulers and documents first: Terraform and nginx are judged against them.
  const later = new Set<FileKind>(['terraform', 'nginx']);
  for (const c of candidates) if (!later.has(c.kind)) extract(c.file, c.kind);

  // Terraform is parsed a module (directory) at a time, since variables and locals live beside
  // the resources, and only in modules that can concern Mastodon: infra repos hold hundreds of
  // modules for other services, and parsing is most of the cost of a large repo.
  const tf = candidates.filter((c) => c.kind === 'terraform');
  const modules = new Map<string, Candidate[]>();
  for (const c of tf) {
    const dir = c.file.path.slice(0, Math.max(0, c.file.path.lastIndexOf('/')));
    const list = modules.get(dir);
    if (list) list.push(c);
    else modules.set(dir, [c]);
  }
  const { parse, unparsedBuckets } = terraformModulesToParse(model, new Map([...modules].map(([dir, list]) => [dir, list.map((c) => c.file.text)])));
  for (const [dir, files] of modules) if (parse.has(dir)) for (const c of files) extract(c.file, c.kind);
  model.unparsedBuckets = unparsedBuckets;

  // nginx: configs that proxy to object storage (a known provider, the env's S3 hosts) or that
  // set up the http context for them (nginx.conf).
  const hosts = storageHosts(model);
  for (const c of candidates) {
    if (c.kind !== 'nginx') continue;
    const name = c.file.path.slice(c.file.path.lastIndexOf('/') + 1);
    if (name === 'nginx.conf' || NGINX_STORAGE.test(c.file.text) || hosts.some((h) => c.file.text.includes(h))) extract(c.file, c.kind);
  }

  const mediaBucketNames = literalBuckets(model);
  for (const { file, kind } of scripts) {
    const caller = kind === 'cron-script' ? runParts(file) : findCaller(file.path, model.scriptCalls);
    // A script nothing schedules matters only for Mastodon commands or for deleting Mastodon's
    // media (MSTDN109): infra repos hold hundreds of backup scripts that copy other buckets.
    if (!caller && !scriptMayMatter(file.text, mediaBucketNames)) continue;
    if (kind === 'cron-script' && caller) model.schedulers.push(caller.scheduler);
    parsed++;
    try {
      const invs = invocationsFromShell(file.text, undefined, {
        file,
        problems: model.parseProblems,
        env: caller ? cloneEnv(caller.env) : emptyEnv(),
        scheduler: caller?.scheduler ?? null,
      });
      addInvocations(model, invs);
    } catch (e) {
      throw new InternalError(`reading shell script ${file.path} failed: ${(e as Error).message}`);
    }
  }

  return { model, notices, scanned, parsed };
}

/** The literal S3_BUCKET values of the env files read so far. */
function literalBuckets(model: ProjectModel): string[] {
  const out = new Set<string>();
  for (const env of model.envFiles) {
    const b = envGet(env, 'S3_BUCKET');
    if (b && !b.template && b.value) out.add(b.value);
  }
  return [...out];
}

/**
 * Mastodon itself, or a key only Mastodon's media use (MSTDN109's media paths; `cache` as a whole
 * path segment, not `cache-1` or `apt_cache`).
 */
const SCRIPT_MASTODON = /tootctl|mastodon|public\/system|(?<![\w-])cache(?![\w-])|accounts\/(?:avatars|headers)|media_attachments|preview_cards|custom_emojis|site_uploads/i;

/** `aws s3api put-bucket-lifecycle-configuration --bucket X ... file://doc.json` names a document's bucket (iac/media.ts). */
const SCRIPT_S3API_PUT = /s3api\s+put-/;

/**
 * Whether an unscheduled script can hold anything a rule reads: see SCRIPT_MASTODON, a media
 * bucket's name, or an s3api call that ties a bucket document to its bucket. Syntax errors in
 * other scripts are not reported: they are not files mastodon-ops reads.
 */
function scriptMayMatter(text: string, buckets: string[]): boolean {
  return SCRIPT_MASTODON.test(text) || SCRIPT_S3API_PUT.test(text) || buckets.some((b) => text.includes(b));
}

/** /etc/cron.daily/x and friends are run by run-parts on that schedule. */
function runParts(file: SourceFile): ScriptCall | null {
  const m = /cron\.(hourly|daily|weekly|monthly)\//.exec(file.path);
  if (!m) return null;
  const span = file.span(0, Math.min(file.text.length, file.text.indexOf('\n') === -1 ? file.text.length : file.text.indexOf('\n')));
  return {
    path: file.path,
    env: emptyEnv(),
    scheduler: { kind: 'run-parts', label: `cron.${m[1]} script`, span, schedule: { kind: 'special', text: `@${m[1]}`, known: true, span } },
  };
}

/** The scheduler entry that runs this script: the longest path-suffix match. */
function findCaller(path: string, calls: ScriptCall[]): ScriptCall | null {
  let best: ScriptCall | null = null;
  let bestLen = 0;
  for (const c of calls) {
    const want = c.path.replace(/^\.\//, '');
    const n = commonSuffixSegments(path, want);
    const baseOnly = n === 1;
    if (n > bestLen && (!baseOnly || !best)) {
      best = c;
      bestLen = n;
    }
  }
  return best;
}

function commonSuffixSegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

interface RawFinding {
  rule: Rule;
  report: Report;
  /** Opted out by an annotation on the Kubernetes object that runs the command. */
  annotated?: boolean;
}

export function runRules(rules: Rule[], model: ProjectModel, settings: LintSettings): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules) {
    if (settings.rules.get(rule.id)?.disable) continue;
    const ctx: RuleContext = { settings, report: (r) => out.push({ rule, report: r }) };
    // `ignore-check.mastodon-ops.dev/<ID>` on a CronJob opts its commands out of that rule.
    const annotatedCtx: RuleContext = { settings, report: (r) => out.push({ rule, report: r, annotated: true }) };
    const c = rule.check;
    let where = '';
    try {
      if (c.invocation || c.tootctl) {
        for (const inv of model.invocations) {
          where = inv.file.path;
          const ictx = isIgnored(inv.scheduler, rule.id) ? annotatedCtx : ctx;
          c.invocation?.(inv, ictx);
          if (inv.tootctl) c.tootctl?.(inv.tootctl, inv, ictx);
        }
      }
      if (c.envFile) {
        for (const env of model.envFiles) {
          where = env.file.path;
          c.envFile(env, ctx);
        }
      }
      if (c.project) {
        where = 'the project';
        c.project(model, ctx);
      }
    } catch (e) {
      throw new InternalError(`rule ${rule.id} failed on ${where}: ${(e as Error).message}`);
    }
  }
  return out;
}

function snippetOf(files: Map<string, SourceFile>, span: Span): string {
  const f = files.get(span.file);
  if (!f) return '';
  const lines: string[] = [];
  for (let l = span.start.line; l <= Math.min(span.end.line, span.start.line + 4); l++) {
    const t = f.lineText(l);
    lines.push(t.length > 400 ? `${t.slice(0, 400)}…` : t);
  }
  return lines.join('\n');
}

function finish(
  raw: RawFinding[],
  model: ProjectModel,
  settings: LintSettings,
  rules: Rule[],
  notices: Notice[],
  scanned: number,
  parsed: number,
  root: string,
): LintResult {
  const files = new Map(model.files.map((f) => [f.path, f]));
  const supp = new Map<string, FileSuppressions>();
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const { rule, report, annotated } of raw) {
    const severity = settings.rules.get(rule.id)?.severity ?? report.severity ?? rule.severity;
    if (severityRank(severity) < severityRank(settings.minSeverity)) continue;
    const key = `${rule.id}\u0000${report.span.file}\u0000${report.span.start.offset}\u0000${report.span.end.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f: Finding = {
      ruleId: rule.id,
      severity,
      message: report.message,
      span: report.span,
      related: report.related ?? [],
      confidence: report.confidence ?? 'high',
      helpUri: rule.helpUri,
      snippet: snippetOf(files, report.span),
    };
    if (settings.applyIgnores && annotated) {
      suppressed++;
      continue;
    }
    if (settings.applyIgnores) {
      let s = supp.get(f.span.file);
      if (!s) {
        const file = files.get(f.span.file);
        s = file ? scanSuppressions(file) : { lines: new Map(), file: new Set() };
        supp.set(f.span.file, s);
      }
      if (inlineSuppressed(f, s) || configSuppressed(f, settings)) {
        suppressed++;
        continue;
      }
    }
    findings.push(f);
  }
  findings.sort(compareFindings);
  return { root, findings, suppressed, notices, filesScanned: scanned, filesParsed: parsed, rules, model };
}
