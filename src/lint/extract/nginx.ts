// nginx files into the model: each file parsed once, its `include`s resolved within the repo, and
// (at rule time) the locations that proxy to object storage, with the levels they inherit from.
//
// Includes: nginx resolves a relative `include` against its prefix (the directory of nginx.conf);
// a repo rarely mirrors /etc/nginx exactly, so a path is tried relative to the including file's
// directory, then each directory above it up to the repo root; absolute paths under the usual roots
// (/etc/nginx/, /usr/local/nginx/conf/ ...) are tried the same way with that prefix removed, and as a
// path from the repo root. Globs (`*`, `?`, `[...]`) expand in sorted order, as glob(3) does. Paths
// never leave the repo. Cycles are reported and never followed.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { posix, relative, resolve as resolvePath, sep } from 'node:path';
import type { Extractor } from './common.ts';
import type { ProjectModel } from '../model.ts';
import { parseNginx, type NginxArg, type NginxConfig, type NginxDirective, type NginxFileTree } from '../parse/nginx.ts';
import { readSource } from '../discover.ts';
import { envGet } from '../parse/env.ts';
import type { SourceFile } from '../source.ts';

const MAX_INCLUDE_DEPTH = 16;
const MAX_INCLUDED_FILES = 500;
const MAX_WORK = 500_000;

const ABS_PREFIXES = [
  '/etc/nginx/',
  '/usr/local/nginx/conf/',
  '/usr/local/etc/nginx/',
  '/opt/homebrew/etc/nginx/',
  '/usr/local/openresty/nginx/conf/',
  '/etc/openresty/',
  '/opt/nginx/conf/',
];

interface Cache {
  trees: Map<string, NginxFileTree | null>;
  rootAbs: string;
  rootReal: string | null;
}

const caches = new WeakMap<ProjectModel, Cache>();

function cacheFor(model: ProjectModel): Cache {
  let c = caches.get(model);
  if (!c) {
    const rootAbs = resolvePath(model.root);
    let rootReal: string | null = null;
    try {
      rootReal = realpathSync(rootAbs);
    } catch {
      rootReal = null;
    }
    c = { trees: new Map(), rootAbs, rootReal };
    caches.set(model, c);
  }
  return c;
}

function toAbs(cache: Cache, rel: string): string {
  return resolvePath(cache.rootAbs, ...rel.split('/'));
}

function globToRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        let body = seg.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const GLOB_CHARS = /[*?[]/;

/** Repo-relative files matching `pattern` (itself repo-relative), sorted; [] when none. */
function expandGlob(cache: Cache, pattern: string): string[] {
  const segs = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let current: string[] = [''];
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k] as string;
    const last = k === segs.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (!GLOB_CHARS.test(seg)) {
        next.push(dir ? `${dir}/${seg}` : seg);
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(toAbs(cache, dir));
      } catch {
        continue;
      }
      let re: RegExp;
      try {
        re = globToRegExp(seg);
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (re.test(name)) next.push(dir ? `${dir}/${name}` : name);
      }
    }
    current = next.slice(0, MAX_INCLUDED_FILES);
    if (current.length === 0) return [];
    if (last) break;
  }
  // Symlinks (sites-enabled -> sites-available) are followed and named by their target, so a site is
  // one file whichever way it is reached.
  const out: string[] = [];
  for (const rel of current) {
    const abs = toAbs(cache, rel);
    try {
      if (!statSync(abs).isFile() || !cache.rootReal) continue;
      const real = realpathSync(abs);
      if (real !== cache.rootReal && !real.startsWith(cache.rootReal + sep)) continue;
      const canon = relative(cache.rootReal, real).split(sep).join('/');
      if (!out.includes(canon)) out.push(canon);
    } catch {
      /* unreadable: not included */
    }
  }
  return out;
}

/** Where `include <pattern>` written in `fromRel` may point within the repo, nearest first. */
export function resolveIncludeCandidates(pattern: string, fromRel: string): string[] {
  const out: string[] = [];
  let rel: string | null = pattern;
  let fromRepoRoot: string | null = null;
  if (pattern.startsWith('/')) {
    rel = null;
    for (const p of ABS_PREFIXES) {
      if (pattern.startsWith(p)) {
        rel = pattern.slice(p.length);
        break;
      }
    }
    fromRepoRoot = pattern.slice(1);
  }
  if (rel !== null) {
    let dir = posix.dirname(fromRel);
    for (let guard = 0; guard < 64; guard++) {
      out.push(dir === '.' ? rel : `${dir}/${rel}`);
      if (dir === '.' || dir === '/' || dir === '') break;
      dir = posix.dirname(dir);
    }
  }
  if (fromRepoRoot !== null) out.push(fromRepoRoot);
  const seen = new Set<string>();
  const res: string[] = [];
  for (const c of out) {
    const norm = posix.normalize(c);
    if (norm === '.' || norm.startsWith('../') || norm === '..' || norm.startsWith('/') || seen.has(norm)) continue;
    seen.add(norm);
    res.push(norm);
  }
  return res;
}

function loadTree(model: ProjectModel, cache: Cache, rel: string, given?: SourceFile): NginxFileTree | null {
  const hit = cache.trees.get(rel);
  if (hit !== undefined && (hit !== null || !given)) return hit;
  let file = given ?? model.files.find((f) => f.path === rel);
  if (!file) file = readSource(rel, toAbs(cache, rel)).file;
  if (!file) {
    cache.trees.set(rel, null);
    return null;
  }
  const tree = parseNginx(file);
  cache.trees.set(rel, tree);
  return tree;
}

/** Every `include` directive of a tree, in any block. */
function includeDirectives(tree: NginxFileTree): NginxDirective[] {
  const out: NginxDirective[] = [];
  const stack: NginxDirective[][] = [tree.directives];
  while (stack.length) {
    const list = stack.pop() as NginxDirective[];
    for (const d of list) {
      if (d.name === 'include' && !d.block) out.push(d);
      if (d.block) stack.push(d.block);
    }
  }
  return out;
}

/** Parses `file` and every file it includes (once per run), setting `included` on each `include`. */
function loadWithIncludes(model: ProjectModel, cache: Cache, file: SourceFile): NginxFileTree {
  const first = loadTree(model, cache, file.path, file) as NginxFileTree;
  const resolved = new WeakSet<NginxFileTree>();
  const pending: NginxFileTree[] = [first];
  let loaded = 0;
  while (pending.length) {
    const tree = pending.pop() as NginxFileTree;
    if (resolved.has(tree)) continue;
    resolved.add(tree);
    for (const inc of includeDirectives(tree)) {
      if (inc.included) {
        for (const t of inc.included) pending.push(t);
        continue;
      }
      const pattern = inc.args[0]?.value;
      inc.included = [];
      if (!pattern || pattern.includes('$') || inc.args.length !== 1) continue;
      for (const cand of resolveIncludeCandidates(pattern, tree.file.path)) {
        const matches = expandGlob(cache, cand);
        if (matches.length === 0) continue;
        for (const rel of matches) {
          if (++loaded > MAX_INCLUDED_FILES) break;
          const t = loadTree(model, cache, rel);
          if (t) {
            inc.included.push(t);
            pending.push(t);
          }
        }
        break;
      }
    }
  }
  return first;
}

export const extractNginx: Extractor = (file, model) => {
  const cache = cacheFor(model);
  const tree = loadWithIncludes(model, cache, file);
  const includes = new Set<string>();
  const problems = [...tree.problems];
  const reportedCycle = new Set<NginxDirective>();
  // Depth-first over the include graph with the current path, to list includes and find cycles.
  const path: NginxFileTree[] = [tree];
  const visited = new Set<NginxFileTree>([tree]);
  const visit = (t: NginxFileTree): void => {
    if (path.length > MAX_INCLUDE_DEPTH) return;
    for (const inc of includeDirectives(t)) {
      for (const child of inc.included ?? []) {
        if (path.includes(child)) {
          if (!reportedCycle.has(inc)) {
            reportedCycle.add(inc);
            problems.push({
              span: inc.span,
              message: `"include ${inc.args[0]?.value ?? ''}" includes "${child.file.path}" again while reading it, so nginx never finishes loading the configuration`,
            });
          }
          continue;
        }
        includes.add(child.file.path);
        if (visited.has(child)) continue;
        visited.add(child);
        for (const item of child.problems) problems.push(item);
        path.push(child);
        visit(child);
        path.pop();
      }
    }
  };
  visit(tree);
  includes.delete(file.path);
  for (const t of visited) {
    if (t !== tree && !model.files.some((f) => f.path === t.file.path)) model.files.push(t.file);
  }
  model.nginx.push({ file, directives: tree.directives, includes: [...includes] });
  for (const p of problems) model.parseProblems.push({ span: p.span, message: p.message });
};

// ---------------------------------------------------------------------------------------------
// Object-storage proxies, for the MSTDN30x rules.

export type LevelKind = 'file' | 'http' | 'server' | 'location' | 'if';

export interface Level {
  kind: LevelKind;
  /** The block directive (`server`, `location @s3`, `if (...)`), or null for the file's top level. */
  block: NginxDirective | null;
  /** This level's own directives, with `include`s inlined. */
  directives: NginxDirective[];
  /** `include`s at this level that could not be read from the repo. */
  unresolved: NginxDirective[];
}

export interface S3Proxy {
  config: NginxConfig;
  proxyPass: NginxDirective;
  /** Innermost first: the block holding `proxy_pass`, enclosing locations, server, http, the file. */
  levels: Level[];
  provider: string;
  host: string | null;
  via: 'host' | 'env' | 'upstream' | 'host-header' | 'named-location' | 'variable-name';
  confidence: 'high' | 'low';
  /** The URL has variables, so nginx works out the address for every request. */
  variable: boolean;
  /** The host is an `upstream` name, an implicit upstream or an IP address: no resolver needed. */
  staticTarget: boolean;
  /** Some level holds an `include` not found in the repo, so "missing" may be wrong. */
  incomplete: boolean;
}

const PROVIDERS: [RegExp, string][] = [
  [/(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/, 'Amazon S3'],
  [/(^|\.)s3\.[a-z0-9-]+\.scw\.cloud$/, 'Scaleway Object Storage'],
  [/(^|\.)ionoscloud\.com$/, 'IONOS S3 Object Storage'],
  [/(^|\.)s3\.([a-z0-9-]+\.)?wasabisys\.com$/, 'Wasabi'],
  [/(^|\.)s3\.[a-z0-9-]+\.backblazeb2\.com$/, 'Backblaze B2'],
  [/\.r2\.cloudflarestorage\.com$/, 'Cloudflare R2'],
  [/(^|\.)digitaloceanspaces\.com$/, 'DigitalOcean Spaces'],
  [/(^|\.)storage\.googleapis\.com$/, 'Google Cloud Storage'],
  [/(^|\.)linodeobjects\.com$/, 'Linode Object Storage'],
  [/(^|\.)s3\.[a-z0-9-]+\.(io|perf)\.cloud\.ovh\.net$/, 'OVHcloud Object Storage'],
  [/(^|\.)your-objectstorage\.com$/, 'Hetzner Object Storage'],
  [/(^|[.-])minio([.-]|$)/, 'MinIO'],
  [/^s3[.-]|(^|\.)s3\./, 'S3-compatible storage'],
];

/** The object-storage provider a host belongs to, or null. */
export function storageProvider(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [re, name] of PROVIDERS) if (re.test(h)) return name;
  return null;
}

const PLACEHOLDER = '\u0000';

interface HostPort {
  host: string;
  /** Explicit port, or null. */
  port: string | null;
  scheme: string;
}

/** Host of a proxy URL whose unknown variables are PLACEHOLDER; null when the host is unknown. */
export function urlHost(url: string): HostPort | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url);
  if (!m) return null;
  let authority = m[2] as string;
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);
  let host: string;
  let port: string | null = null;
  if (authority.startsWith('[')) {
    const e = authority.indexOf(']');
    host = e === -1 ? authority : authority.slice(0, e + 1);
    const rest = e === -1 ? '' : authority.slice(e + 1);
    if (rest.startsWith(':')) port = rest.slice(1);
  } else {
    const c = authority.indexOf(':');
    host = c === -1 ? authority : authority.slice(0, c);
    if (c !== -1) port = authority.slice(c + 1);
  }
  host = host.replace(new RegExp(`${PLACEHOLDER}+$`), '');
  if (host.includes(PLACEHOLDER) && host.replace(new RegExp(PLACEHOLDER, 'g'), '') === '') return null;
  host = host.replace(new RegExp(PLACEHOLDER, 'g'), 'x').toLowerCase();
  if (!host) return null;
  return { host, port, scheme: (m[1] as string).toLowerCase() };
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || /^[0-9a-f:]+:[0-9a-f:]*$/i.test(host);
}

function defaultPort(scheme: string): string {
  return scheme === 'https' ? '443' : '80';
}

const VAR_RE = /\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;

export function hasVariable(value: string): boolean {
  VAR_RE.lastIndex = 0;
  return VAR_RE.test(value);
}

function kindOf(d: NginxDirective, parent: LevelKind): LevelKind | null {
  if (!d.block) return null;
  switch (d.name) {
    case 'http':
      return parent === 'file' ? 'http' : null;
    case 'server':
      return parent === 'file' || parent === 'http' ? 'server' : null;
    case 'location':
      return parent === 'file' || parent === 'server' || parent === 'location' ? 'location' : null;
    case 'if':
      return parent === 'file' || parent === 'server' || parent === 'location' ? 'if' : null;
    default:
      return null;
  }
}

interface Entry {
  d: NginxDirective;
  /** The included files this directive was reached through, for cycle guards below it. */
  inc: NginxFileTree[];
}

/** Work left for one config: bounds what a file including itself many times can cost. */
interface Budget {
  n: number;
}

function flatten(list: NginxDirective[], inc: NginxFileTree[], out: Entry[], unresolved: NginxDirective[], budget: Budget): void {
  for (const d of list) {
    if (--budget.n < 0) return;
    if (d.name === 'include' && !d.block) {
      if (!d.included || d.included.length === 0) {
        unresolved.push(d);
        continue;
      }
      if (inc.length >= MAX_INCLUDE_DEPTH) continue;
      // A file already being read on this path is a cycle, reported as a parse problem.
      for (const t of d.included) if (!inc.includes(t)) flatten(t.directives, [...inc, t], out, unresolved, budget);
      continue;
    }
    out.push({ d, inc });
  }
}

interface Walk {
  config: NginxConfig;
  upstreams: Map<string, string[]>;
  maps: Map<string, string[]>;
  literalTargets: Set<string>;
  found: { d: NginxDirective; chain: Level[] }[];
  /** `set` directives per server block, for variables set outside the proxy's own location. */
  serverSets: Map<Level, NginxDirective[]>;
  budget: Budget;
}

function makeLevel(
  kind: LevelKind,
  block: NginxDirective | null,
  list: NginxDirective[],
  inc: NginxFileTree[],
  budget: Budget,
): { level: Level; entries: Entry[] } {
  const entries: Entry[] = [];
  const unresolved: NginxDirective[] = [];
  flatten(list, inc, entries, unresolved, budget);
  return { level: { kind, block, directives: entries.map((e) => e.d), unresolved }, entries };
}

function visitLevel(w: Walk, level: Level, entries: Entry[], chain: Level[], server: Level | null): void {
  if (w.budget.n < 0) return;
  for (const { d, inc } of entries) {
    if (d.name === 'set' && server) w.serverSets.get(server)?.push(d);
    if (d.name === 'proxy_pass' && (level.kind === 'file' || level.kind === 'location' || level.kind === 'if')) {
      w.found.push({ d, chain });
      const v = d.args[0]?.value ?? '';
      if (!hasVariable(v)) {
        const hp = urlHost(v);
        if (hp) w.literalTargets.add(`${hp.host}:${hp.port ?? defaultPort(hp.scheme)}`);
      }
    }
    if ((level.kind === 'file' || level.kind === 'http') && d.block) {
      if (d.name === 'upstream' && d.args[0]) {
        const hosts = d.block.filter((s) => s.name === 'server' && s.args[0]).map((s) => (s.args[0] as NginxArg).value.replace(/:\d+$/, '').toLowerCase());
        w.upstreams.set(d.args[0].value.toLowerCase(), hosts);
      }
      if (d.name === 'map' && d.args[1]) {
        const name = d.args[1].value.replace(/^\$/, '');
        const vals: string[] = [];
        const def = d.block.find((m) => m.name === 'default');
        if (def?.args[0]) vals.push(def.args[0].value);
        for (const m of d.block) if (m !== def && m.args[0] && !m.block) vals.push(m.args[0].value);
        w.maps.set(name, vals);
      }
    }
    const kind = kindOf(d, level.kind);
    if (!kind || !d.block) continue;
    const child = makeLevel(kind, d, d.block, inc, w.budget);
    const nextServer = kind === 'server' ? child.level : server;
    if (kind === 'server') w.serverSets.set(child.level, []);
    visitLevel(w, child.level, child.entries, [child.level, ...chain], nextServer);
  }
}

/** The last `set $name` among `list`. */
function lastSet(list: NginxDirective[], name: string): NginxDirective | undefined {
  let found: NginxDirective | undefined;
  for (const d of list) if (d.name === 'set' && d.args[0]?.value === `$${name}` && d.args[1]) found = d;
  return found;
}

function varCandidates(w: Walk, chain: Level[], name: string): string[] {
  const out: string[] = [];
  // Rewrite-module directives are not inherited: only the proxy's own location (and an `if` in it)
  // and the server level run for the request.
  for (const l of chain) {
    if (l.kind === 'if' || l.kind === 'location') {
      const s = lastSet(l.directives, name);
      if (s?.args[1]) out.push(s.args[1].value);
      if (l.kind === 'location') break;
    }
  }
  const server = chain.find((l) => l.kind === 'server');
  if (server) {
    const s = lastSet(server.directives, name);
    if (s?.args[1]) out.push(s.args[1].value);
    for (const d of w.serverSets.get(server) ?? []) if (d.args[0]?.value === `$${name}` && d.args[1]) out.push(d.args[1].value);
  }
  const fileLevel = chain[chain.length - 1];
  if (fileLevel && fileLevel.kind === 'file' && !server) {
    const s = lastSet(fileLevel.directives, name);
    if (s?.args[1]) out.push(s.args[1].value);
  }
  for (const item of (w.maps.get(name) ?? [])) out.push(item);
  return out;
}

/** `value` with variables replaced by what `set`/`map` give them; unknown ones become PLACEHOLDER. */
function expandVars(w: Walk, chain: Level[], value: string, depth = 0): string {
  return value.replace(VAR_RE, (_m, a: string | undefined, b: string | undefined) => {
    const name = a ?? b ?? '';
    if (depth >= 3) return PLACEHOLDER;
    const cands = varCandidates(w, chain, name);
    if (cands.length === 0) return PLACEHOLDER;
    // Prefer a value that names storage (a `map` may list several backends).
    for (const c of cands) {
      const hp = urlHost(expandVars(w, chain, c, depth + 1));
      if (hp && storageProvider(hp.host)) return expandVars(w, chain, c, depth + 1);
    }
    return expandVars(w, chain, cands[0] as string, depth + 1);
  });
}

function firstVarName(value: string): string | null {
  VAR_RE.lastIndex = 0;
  const m = VAR_RE.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The value nginx uses for a directive that inherits as a whole: the innermost level that has it. */
export function effectiveDirective(levels: Level[], name: string): { directive: NginxDirective; level: Level } | null {
  for (const level of levels) {
    let found: NginxDirective | undefined;
    for (const d of level.directives) if (d.name === name) found = d;
    if (found) return { directive: found, level };
  }
  return null;
}

/**
 * Array directives (`proxy_set_header`, `proxy_hide_header`): a level that has any of them replaces
 * everything inherited from outer levels; otherwise it inherits the next outer level's list.
 */
/** Directives of a level by name, built once per level (a server with 100k locations is scanned once). */
const BY_NAME = new WeakMap<Level, Map<string, NginxDirective[]>>();
function directivesNamed(level: Level, name: string): NginxDirective[] {
  let m = BY_NAME.get(level);
  if (!m) {
    m = new Map();
    for (const d of level.directives) {
      const list = m.get(d.name);
      if (list) list.push(d);
      else m.set(d.name, [d]);
    }
    BY_NAME.set(level, m);
  }
  return m.get(name) ?? [];
}

export function effectiveList(levels: Level[], name: string): { directives: NginxDirective[]; level: Level; index: number } | null {
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as Level;
    const ds = directivesNamed(level, name);
    if (ds.length > 0 || (name === 'proxy_set_header' && level.unresolved.some(isProxyParams))) {
      return { directives: ds, level, index: i };
    }
  }
  return null;
}

/** Debian's `include proxy_params;` sets Host, X-Real-IP, X-Forwarded-For and X-Forwarded-Proto. */
export function isProxyParams(d: NginxDirective): boolean {
  return d.name === 'include' && /(^|\/)proxy_params$/.test(d.args[0]?.value ?? '');
}

/** "location @s3", "server", "http" — for messages. */
export function levelName(l: Level): string {
  if (!l.block) return 'the top level of the file';
  if (l.kind === 'location' || l.kind === 'if') return `"${[l.block.name, ...l.block.args.map((a) => a.value)].join(' ')}"`;
  return `the ${l.kind} block`;
}

/** `proxy_pass <url>` as written, shortened, for messages. */
export function proxyText(p: S3Proxy): string {
  const t = `proxy_pass ${p.proxyPass.args.map((a) => a.template ?? a.value).join(' ')}`;
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

const NAMED_STORAGE = /s3|minio|bucket|storage|object|spaces|wasabi|r2|b2/i;

function envStorageHosts(model: ProjectModel): string[] {
  const out: string[] = [];
  for (const env of model.envFiles) {
    if (env.isTemplate) continue;
    for (const key of ['S3_ENDPOINT', 'S3_HOSTNAME']) {
      const e = envGet(env, key);
      if (!e || e.template || !e.value) continue;
      const v = e.value.trim();
      const hp = urlHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`);
      if (hp && hp.host) out.push(hp.host);
    }
  }
  return out;
}

function rootConfigs(model: ProjectModel): NginxConfig[] {
  const byPath = new Map(model.nginx.map((c) => [c.file.path, c]));
  const includers = new Map<string, string[]>();
  for (const c of model.nginx) {
    for (const p of c.includes) {
      if (p === c.file.path || !byPath.has(p)) continue;
      const list = includers.get(p) ?? [];
      list.push(c.file.path);
      includers.set(p, list);
    }
  }
  const seen = new Set<string>();
  return model.nginx.filter((c) => {
    if (seen.has(c.file.path)) return false;
    seen.add(c.file.path);
    const by = includers.get(c.file.path);
    // Analysed through the file that includes it, unless they include each other.
    return !by || by.every((p) => c.includes.includes(p));
  });
}

const proxyCache = new WeakMap<ProjectModel, S3Proxy[]>();

/** Every `proxy_pass` that targets object storage, in every nginx file not included by another. */
export function s3Proxies(model: ProjectModel): S3Proxy[] {
  const hit = proxyCache.get(model);
  if (hit) return hit;
  const envHosts = envStorageHosts(model);
  const out: S3Proxy[] = [];
  for (const config of rootConfigs(model)) {
    const w: Walk = {
      config,
      upstreams: new Map(),
      maps: new Map(),
      literalTargets: new Set(),
      found: [],
      serverSets: new Map(),
      budget: { n: MAX_WORK },
    };
    const top = makeLevel('file', null, config.directives, [], w.budget);
    visitLevel(w, top.level, top.entries, [top.level], null);
    for (const { d, chain } of w.found) {
      const p = classifyProxy(w, d, chain, envHosts);
      if (p) out.push(p);
    }
  }
  proxyCache.set(model, out);
  return out;
}

function classifyProxy(w: Walk, d: NginxDirective, chain: Level[], envHosts: string[]): S3Proxy | null {
  const raw = d.args[0]?.value ?? '';
  const variable = hasVariable(raw);
  const url = variable ? expandVars(w, chain, raw) : raw;
  const hp = urlHost(url);
  let provider: string | null = null;
  let via: S3Proxy['via'] = 'host';
  let host: string | null = hp?.host ?? null;
  let staticTarget = false;
  if (hp) {
    staticTarget = isIp(hp.host);
    const ups = hp.port === null ? w.upstreams.get(hp.host) : undefined;
    if (ups) {
      staticTarget = true;
      for (const u of ups) {
        const prov = storageProvider(u) ?? (envHosts.some((e) => u === e || u.endsWith(`.${e}`)) ? 'S3-compatible storage' : null);
        if (prov) {
          provider = prov;
          via = 'upstream';
          host = u;
          break;
        }
      }
    }
    if (!staticTarget && w.literalTargets.has(`${hp.host}:${hp.port ?? defaultPort(hp.scheme)}`)) staticTarget = true;
    if (!provider) {
      provider = storageProvider(hp.host);
      via = 'host';
    }
    if (!provider && envHosts.some((e) => hp.host === e || hp.host.endsWith(`.${e}`))) {
      provider = 'S3-compatible storage';
      via = 'env';
    }
  }
  let confidence: S3Proxy['confidence'] = d.args.some((a) => a.template !== undefined) ? 'low' : 'high';
  if (!provider) {
    const hostHeader = effectiveList(chain, 'proxy_set_header')?.directives.filter((h) => h.args[0]?.value.toLowerCase() === 'host').pop();
    const hv = hostHeader?.args[1]?.value;
    if (hv && !hasVariable(hv)) {
      provider = storageProvider(hv.replace(/:\d+$/, ''));
      if (provider) via = 'host-header';
    }
  }
  if (!provider) {
    const named = chain.find((l) => l.kind === 'location' && l.block?.args[0]?.value.startsWith('@'));
    if (named && NAMED_STORAGE.test(named.block?.args[0]?.value ?? '')) {
      provider = 'object storage';
      via = 'named-location';
    }
  }
  if (!provider && variable) {
    const v = firstVarName(raw);
    if (v && /s3|minio|bucket/i.test(v)) {
      provider = 'object storage';
      via = 'variable-name';
      confidence = 'low';
    }
  }
  if (!provider) return null;
  return {
    config: w.config,
    proxyPass: d,
    levels: chain,
    provider,
    host,
    via,
    confidence,
    variable,
    staticTarget,
    incomplete: chain.some((l) => l.unresolved.some((u) => !isProxyParams(u))),
  };
}

/** Confidence of a finding that says something is missing. */
export function missingConfidence(p: S3Proxy): 'high' | 'low' {
  return p.confidence === 'low' || p.incomplete ? 'low' : 'high';
}
