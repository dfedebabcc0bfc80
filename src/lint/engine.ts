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

const TF_RELEVANT = /aws_s3|AWS::S3|S3_|mastodon/i;
/** Object storage in an nginx config: provider hosts, seed 001's `@s3` layout, or Mastodon itself. */
const NGINX_STORAGE = /amazonaws\.com|scw\.cloud|wasabisys|backblazeb2|r2\.cloudflarestorage|digitaloceanspaces|ionoscloud|linodeobjects|storage\.googleapis|minio|\bs3[.-]|@s3\b|\$s3_|mastodon|\/system\//i;

/** Hosts named by S3_ENDPOINT, S3_HOSTNAME and S3_ALIAS_HOST in the env files read so far. */
function storageHosts(model: ProjectModel): string[] {
  const out = new Set<string>();
  for (const env of model.envFiles) {
    for (const key of ['S3_ENDPOINT', 'S3_HOSTNAME', 'S3_ALIAS_HOST', 'S3_CLOUDFRONT_HOST']) {
      for (const e of env.byKey.get(key) ?? []) {
        if (e.template || !e.value) continue;
        const host = e.value.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
        if (host.length > 3) out.add(host);
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

export function lint(opts: LintOptions): LintResult {
  return lintModel(buildModel(opts), opts);
}

/** Runs the rules over a built model and applies suppressions and config. */
export function lintModel(built: BuiltModel, opts: LintOptions): LintResult {
  const settings = opts.settings ?? defaultSettings();
  const rules = opts.rules ?? RULES;
  const raw = runRules(rules, built.model, settings);
  return finish(raw, built.model, settings, rules, built.notices, built.scanned, built.parsed, opts.root);
}

/** discover -> read -> classify -> extract: the project model of `opts.paths`. */
export function buildModel(opts: LintOptions): BuiltModel {
  const found = discover(opts.paths, opts.root);
  const notices: Notice[] = [...found.notices];
  const model = emptyModel(opts.root);
  const scripts: { file: SourceFile; kind: FileKind }[] = [];
  let parsed = 0;
  const known = new Set<string>();
  let seen = 0;

  const candidates: { file: SourceFile; kind: FileKind }[] = [];
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

  const extract = (file: SourceFile, kind: FileKind) => {
    parsed++;
    // Extractors may already have added it (nginx reads included files through their includer).
    while (seen < model.files.length) known.add(model.files[seen++]!.path);
    if (!known.has(file.path)) {
      known.add(file.path);
      model.files.push(file);
    }
    if (SCRIPT_KINDS.has(kind)) {
      scripts.push({ file, kind });
      return;
    }
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

  // Terraform is parsed only in directories (modules) that define a bucket or mention Mastodon or
  // S3 settings: infra repos hold hundreds of modules for other services, and a module's
  // variables and locals live beside its resources.
  const tf = candidates.filter((c) => c.kind === 'terraform');
  const dirOf = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const tfDirs = new Set(tf.filter((c) => TF_RELEVANT.test(c.file.text)).map((c) => dirOf(c.file.path)));
  for (const c of tf) if (tfDirs.has(dirOf(c.file.path))) extract(c.file, c.kind);

  // nginx: configs that proxy to object storage (a known provider, the env's S3 hosts) or that
  // set up the http context for them (nginx.conf).
  const hosts = storageHosts(model);
  for (const c of candidates) {
    if (c.kind !== 'nginx') continue;
    const name = c.file.path.slice(c.file.path.lastIndexOf('/') + 1);
    if (name === 'nginx.conf' || NGINX_STORAGE.test(c.file.text) || hosts.some((h) => c.file.text.includes(h))) extract(c.file, c.kind);
  }

  for (const { file, kind } of scripts) {
    const caller = kind === 'cron-script' ? runParts(file) : findCaller(file.path, model.scriptCalls);
    if (kind === 'cron-script' && caller) model.schedulers.push(caller.scheduler);
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

  return { model, notices, scanned: found.files.length, parsed };
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
