// Ansible playbooks, task files and handlers: a YAML document whose top level is a list of plays
// or tasks. Tasks are found at any depth (`block`/`rescue`/`always`; `pre_tasks`, `tasks`,
// `post_tasks`, `handlers` of plays).
//
// `cron` (ansible.builtin / community.general / legacy names) becomes a scheduled entry, as cron(8)
// will run it: `job` is a crontab command (`%` ends it), the schedule is the five fields (default
// `*`) or `special_time`, `state: absent` and `disabled: true` mean nothing runs, and `env: true`
// tasks set crontab variables for every entry of the same `cron_file` or user (Ansible puts them at
// the top of the crontab). Both dict and free-form `k=v` arguments are read.
//
// `shell`/`command`/`raw` (and docker/k8s exec modules) run at deploy time: scheduler null, env
// from `environment:` at play, block and task level, `become_user` noted in `via`. Jinja anywhere
// makes that part unknown (low confidence), never a guess.

import { isMap, isSeq } from 'yaml';
import { emptyEnv, type Env, type EnvValue, type Scheduler, type ProjectModel } from '../../model.ts';
import { deref, get, items, keyString, pair, pairs, type Node, type Pair, type YamlDoc, type YamlFile } from '../../parse/yaml.ts';
import type { Span } from '../../source.ts';
import { addRun, argItem, argvShell, displayText, hasTemplate, shellInvocations, shellText, sub, textOf, truthy, type Text } from './words.ts';

const CRON = new Set(['cron', 'ansible.builtin.cron', 'ansible.legacy.cron', 'community.general.cron']);
const SHELL = new Set(['shell', 'ansible.builtin.shell', 'ansible.legacy.shell', 'raw', 'ansible.builtin.raw', 'ansible.legacy.raw']);
const COMMAND = new Set(['command', 'ansible.builtin.command', 'ansible.legacy.command']);
const DOCKER_EXEC = new Set(['community.docker.docker_container_exec', 'docker_container_exec']);
const K8S_EXEC = new Set(['kubernetes.core.k8s_exec', 'k8s_exec', 'community.kubernetes.k8s_exec']);
/** Options `shell`/`command` take inside their free-form string. */
const RAW_PARAMS = new Set(['chdir', 'creates', 'removes', 'executable', 'warn', 'stdin', 'stdin_add_newline', 'strip_empty_ends', 'expand_argument_vars']);
const PLAY_LISTS = ['pre_tasks', 'tasks', 'post_tasks', 'handlers'];
const BLOCK_LISTS = ['block', 'rescue', 'always'];
const MAX_DEPTH = 64;

/** A document is Ansible when its top level is a list of mappings (plays or tasks). */
export function looksLikeAnsible(doc: YamlDoc): boolean {
  const c = deref(doc, doc.contents);
  return isSeq(c) && c.items.length > 0 && items(doc, c).some((n) => isMap(n));
}

interface Scope {
  vars: Map<string, EnvValue>;
  /** Set when `environment:` is a template: other variables may be set. */
  opaque: string | null;
  become: string | null;
  depth: number;
}

/** A module argument: its value text (null when not a scalar) and where key and value are. */
interface Param {
  text: Text | null;
  keyStart: number;
  keyEnd: number;
  start: number;
  end: number;
}

interface PendingCron {
  key: string;
  scheduler: Scheduler;
  job: Text;
  confidence: 'high' | 'low';
}

export function extractAnsible(yf: YamlFile, doc: YamlDoc, model: ProjectModel): void {
  const a = new Ansible(yf, doc, model);
  a.run();
}

class Ansible {
  private cronEnv = new Map<string, Map<string, EnvValue>>();
  private pending: PendingCron[] = [];

  constructor(
    private yf: YamlFile,
    private doc: YamlDoc,
    private model: ProjectModel,
  ) {}

  run(): void {
    const root: Scope = { vars: new Map(), opaque: null, become: null, depth: 0 };
    for (const item of items(this.doc, this.doc.contents)) {
      if (!isMap(item)) continue;
      if (pair(this.doc, item, 'hosts') || PLAY_LISTS.some((k) => pair(this.doc, item, k)) && !pair(this.doc, item, 'block')) {
        const scope = this.scope(item, root);
        for (const k of PLAY_LISTS) for (const t of items(this.doc, get(this.doc, item, k))) this.task(t, scope);
      } else this.task(item, root);
    }
    for (const p of this.pending) {
      const env: Env = emptyEnv('complete');
      for (const [k, v] of this.cronEnv.get(p.key) ?? []) env.vars.set(k, v);
      const sh = shellText(this.yf, p.job);
      const cut = cronCommand(sh.text, sh.offsets);
      if (cut.text.trim() === '') continue;
      const invs = shellInvocations(this.yf, cut.text, cut.offsets, { env, scheduler: p.scheduler, confidence: p.confidence });
      addRun(this.model, p.scheduler, invs);
    }
  }

  private span(start: number, end: number): Span {
    return this.yf.file.span(start, Math.max(start, end));
  }

  /** The scope of a play, block or task: `environment:` and `become_user` on top of the parent's. */
  private scope(node: Node, parent: Scope): Scope {
    const s: Scope = { vars: new Map(parent.vars), opaque: parent.opaque, become: parent.become, depth: parent.depth + 1 };
    const envPair = pair(this.doc, node, 'environment');
    if (envPair) {
      const v = deref(this.doc, envPair.value);
      const maps = isSeq(v) ? items(this.doc, v) : [v];
      for (const m of maps) {
        if (!isMap(m)) {
          const r = (m as Node | null)?.range;
          s.opaque = r ? `"environment: ${displayText(this.yf, r[0], r[1])}" sets variables mastodon-ops cannot see` : s.opaque;
          continue;
        }
        for (const p of pairs(this.doc, m)) {
          const name = keyString(p);
          if (!name) continue;
          const t = textOf(this.yf, this.doc, p.value);
          const start = (p.key as Node).range?.[0] ?? 0;
          const end = (p.value as Node | null)?.range?.[1] ?? (p.key as Node).range?.[1] ?? start;
          s.vars.set(name, {
            value: t && !hasTemplate(this.yf, t) ? t.value : null,
            span: this.span(start, end),
            source: 'Ansible environment',
          });
        }
      }
    }
    const become = textOf(this.yf, this.doc, get(this.doc, node, 'become_user'));
    if (become) s.become = hasTemplate(this.yf, become) ? displayText(this.yf, become.start, become.end) : become.value;
    return s;
  }

  private task(node: Node, parent: Scope): void {
    if (!isMap(node) || parent.depth > MAX_DEPTH) return;
    const scope = this.scope(node, parent);
    let isBlock = false;
    for (const k of BLOCK_LISTS) {
      const list = get(this.doc, node, k);
      if (!list) continue;
      isBlock = true;
      for (const t of items(this.doc, list)) this.task(t, scope);
    }
    if (isBlock) return;
    const taskName = textOf(this.yf, this.doc, get(this.doc, node, 'name'));
    for (const p of pairs(this.doc, node)) {
      const k = keyString(p);
      if (!k) continue;
      if (CRON.has(k)) this.cron(node, p, taskName);
      else if (SHELL.has(k) || COMMAND.has(k)) this.command(node, p, scope);
      else if (DOCKER_EXEC.has(k) || K8S_EXEC.has(k)) this.exec(node, p, scope, k);
      else if (k === 'action' || k === 'local_action') this.action(node, p, scope, taskName);
    }
  }

  /** `action: cron job=... minute=0` / `action: {module: shell, cmd: ...}`. */
  private action(node: Node, p: Pair<Node, Node | null>, scope: Scope, taskName: Text | null): void {
    const v = deref(this.doc, p.value);
    if (isMap(v)) {
      const mod = textOf(this.yf, this.doc, get(this.doc, v, 'module'))?.value ?? '';
      const params = this.mapParams(v);
      params.delete('module');
      if (CRON.has(mod)) this.cronWith(params, (p.key as Node).range ?? [0, 0, 0], taskName);
      else if (SHELL.has(mod) || COMMAND.has(mod)) this.commandWith(node, params, null, scope);
      return;
    }
    const t = textOf(this.yf, this.doc, v);
    if (!t) return;
    const m = /^\s*(\S+)\s*/.exec(t.value);
    if (!m) return;
    const rest = sub(t, m[0].length, t.value.length);
    if (CRON.has(m[1]!)) this.cronWith(this.withArgs(node, kvParams(rest).params), (p.key as Node).range ?? [0, 0, 0], taskName);
    else if (SHELL.has(m[1]!) || COMMAND.has(m[1]!)) {
      const kv = kvParams(rest);
      this.commandWith(node, this.withArgs(node, kv.params), kv.raw, scope);
    }
  }

  private mapParams(m: Node): Map<string, Param> {
    const out = new Map<string, Param>();
    for (const p of pairs(this.doc, m)) {
      const k = keyString(p);
      if (!k) continue;
      const kr = (p.key as Node).range ?? [0, 0, 0];
      const vr = (p.value as Node | null)?.range ?? [kr[1], kr[1], kr[1]];
      out.set(k, { text: textOf(this.yf, this.doc, p.value), keyStart: kr[0], keyEnd: kr[1], start: vr[0], end: vr[1] });
    }
    return out;
  }

  /** The module's arguments: a dict, or a free-form `k=v` string; plus the task's `args:`. */
  private params(node: Node, p: Pair<Node, Node | null>): { params: Map<string, Param>; raw: Text | null } {
    const v = deref(this.doc, p.value);
    if (isMap(v)) return { params: this.withArgs(node, this.mapParams(v)), raw: null };
    const t = textOf(this.yf, this.doc, p.value);
    if (!t) return { params: this.withArgs(node, new Map()), raw: null };
    const kv = kvParams(t);
    return { params: this.withArgs(node, kv.params), raw: kv.raw };
  }

  private withArgs(node: Node, params: Map<string, Param>): Map<string, Param> {
    const args = get(this.doc, node, 'args');
    if (isMap(args)) for (const [k, v] of this.mapParams(args)) if (!params.has(k)) params.set(k, v);
    return params;
  }

  private cron(node: Node, p: Pair<Node, Node | null>, taskName: Text | null): void {
    const { params } = this.params(node, p);
    this.cronWith(params, (p.key as Node).range ?? [0, 0, 0], taskName);
  }

  private cronWith(params: Map<string, Param>, moduleRange: [number, number, number], taskName: Text | null): void {
    let confidence: 'high' | 'low' = 'high';
    const val = (k: string, ...aliases: string[]): Param | undefined => {
      for (const n of [k, ...aliases]) {
        const v = params.get(n);
        if (v) return v;
      }
      return undefined;
    };
    const known = (prm: Param | undefined): string | null => (prm?.text && !hasTemplate(this.yf, prm.text) ? prm.text.value : null);
    const state = val('state');
    if (state) {
      const s = known(state);
      if (s === 'absent') return;
      if (s === null) confidence = 'low';
    }
    const disabled = val('disabled');
    if (disabled) {
      const d = truthy(known(disabled));
      if (d === true) return;
      if (d === null) confidence = 'low';
    }
    const name = val('name');
    const job = val('job', 'value');
    const user = val('user');
    const cronFile = val('cron_file');
    const key = cronFile?.text ? `file:${cronFile.text.value}` : user?.text ? `user:${user.text.value}` : 'user:';
    const env = val('env');
    if (env && truthy(known(env)) === true) {
      if (!name?.text || hasTemplate(this.yf, name.text)) return;
      const vars = this.cronEnv.get(key) ?? new Map<string, EnvValue>();
      vars.set(name.text.value, {
        value: job?.text && !hasTemplate(this.yf, job.text) ? job.text.value : job ? null : '',
        span: this.span(name.keyStart, job ? job.end : name.end),
        source: 'Ansible cron env task',
      });
      this.cronEnv.set(key, vars);
      return;
    }
    if (!job?.text) return;

    const label = (taskName ?? name?.text)?.value;
    const special = val('special_time');
    const fields = [val('minute'), val('hour'), val('day', 'dom'), val('month'), val('weekday', 'dow')];
    const present = fields.filter((f): f is Param => f !== undefined);
    const modSpan = this.span(moduleRange[0], moduleRange[1]);
    let schedule: Scheduler['schedule'];
    if (special?.text) {
      schedule = {
        kind: 'ansible',
        text: `@${special.text.value}`,
        known: !hasTemplate(this.yf, special.text),
        span: this.span(special.start, special.end),
      };
    } else {
      const texts = fields.map((f) => (f?.text ? f.text.value : f ? displayText(this.yf, f.start, f.end) : '*'));
      const first = present.reduce<Param | undefined>((a, b) => (!a || b.keyStart < a.keyStart ? b : a), undefined);
      const last = present.reduce<Param | undefined>((a, b) => (!a || b.end > a.end ? b : a), undefined);
      schedule = {
        kind: 'ansible',
        text: texts.join(' '),
        known: present.every((f) => f.text !== null && !hasTemplate(this.yf, f.text)),
        span: present.length === 1 ? this.span(first!.start, first!.end) : first && last ? this.span(first.keyStart, last.end) : modSpan,
      };
    }
    const scheduler: Scheduler = {
      kind: 'ansible-cron',
      label: label ? `Ansible cron task "${label}"` : 'Ansible cron task',
      span: modSpan,
      schedule,
    };
    this.pending.push({ key, scheduler, job: job.text, confidence });
  }

  private command(node: Node, p: Pair<Node, Node | null>, scope: Scope): void {
    const { params, raw } = this.params(node, p);
    this.commandWith(node, params, raw, scope);
  }

  private commandWith(node: Node, params: Map<string, Param>, raw: Text | null, scope: Scope, via: string[] = [], env?: Env): void {
    const e = env ?? this.taskEnv(scope);
    const ctx = { env: e, scheduler: null, via: [...this.becomeVia(scope), ...via] };
    const argvNode = this.argvNode(node, params);
    if (argvNode) {
      const args = items(this.doc, argvNode).map((n) => argItem(this.yf, this.doc, n)).filter((a) => a !== null);
      if (args.length === 0) return;
      const sh = argvShell(args);
      addRun(this.model, null, shellInvocations(this.yf, sh.text, sh.offsets, ctx));
      return;
    }
    // Free-form: the string (minus chdir= and friends) is the command; dict form: `cmd` / `command`.
    const cmd = raw ?? params.get('cmd')?.text ?? params.get('command')?.text;
    if (!cmd || cmd.value.trim() === '') return;
    const sh = shellText(this.yf, cmd);
    addRun(this.model, null, shellInvocations(this.yf, sh.text, sh.offsets, ctx));
  }

  private argvNode(node: Node, params: Map<string, Param>): Node | null {
    if (!params.has('argv')) return null;
    // Params keep text only; find the list node again (module dict, then `args:`).
    for (const p of pairs(this.doc, node)) {
      const k = keyString(p);
      if (!k) continue;
      const v = deref(this.doc, p.value);
      if (isMap(v) && (SHELL.has(k) || COMMAND.has(k) || DOCKER_EXEC.has(k) || k === 'args' || k === 'action')) {
        const a = get(this.doc, v, 'argv');
        if (isSeq(a)) return a;
      }
    }
    return null;
  }

  private exec(node: Node, p: Pair<Node, Node | null>, scope: Scope, module: string): void {
    const { params } = this.params(node, p);
    const target = params.get(DOCKER_EXEC.has(module) ? 'container' : 'pod')?.text;
    const where = target ? (hasTemplate(this.yf, target) ? displayText(this.yf, target.start, target.end) : target.value) : '?';
    const env: Env = { vars: new Map(), kind: 'container', notes: [] };
    const envNode = get(this.doc, deref(this.doc, p.value), 'env');
    if (isMap(envNode)) {
      for (const ep of pairs(this.doc, envNode)) {
        const name = keyString(ep);
        const t = textOf(this.yf, this.doc, ep.value);
        if (name) env.vars.set(name, { value: t && !hasTemplate(this.yf, t) ? t.value : null, span: this.span((ep.key as Node).range?.[0] ?? 0, (ep.value as Node | null)?.range?.[1] ?? 0), source: `${module} env` });
      }
    }
    const label = DOCKER_EXEC.has(module) ? `docker_container_exec ${where}` : `k8s_exec ${where}`;
    this.commandWith(node, params, null, { ...scope, become: null }, [label], env);
  }

  private taskEnv(scope: Scope): Env {
    const env: Env = { vars: new Map(scope.vars), kind: 'opaque', notes: ['Ansible runs the command with the remote user\'s environment'] };
    if (scope.opaque) env.notes.push(scope.opaque);
    return env;
  }

  private becomeVia(scope: Scope): string[] {
    return scope.become ? [`ansible become_user ${scope.become}`] : [];
  }
}

/**
 * Ansible's free-form `k=v` arguments: tokens split on blanks outside quotes and Jinja; `key=value`
 * tokens become parameters (surrounding quotes removed); the rest, with `shell`/`command`'s own
 * options blanked out, is the raw command.
 */
export function kvParams(t: Text): { params: Map<string, Param>; raw: Text | null } {
  const v = t.value;
  const params = new Map<string, Param>();
  const tokens: [number, number][] = [];
  let i = 0;
  while (i < v.length) {
    while (i < v.length && /\s/.test(v[i]!)) i++;
    if (i >= v.length) break;
    const s = i;
    let q: string | null = null;
    while (i < v.length) {
      const c = v[i]!;
      if (q) {
        if (c === '\\' && i + 1 < v.length) i++;
        else if (c === q) q = null;
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        q = c;
        i++;
        continue;
      }
      if ((c === '{' && (v[i + 1] === '{' || v[i + 1] === '%'))) {
        const close = v.indexOf(v[i + 1] === '{' ? '}}' : '%}', i + 2);
        i = close === -1 ? v.length : close + 2;
        continue;
      }
      if (/\s/.test(c)) break;
      i++;
    }
    tokens.push([s, i]);
  }
  const rawChars = v.split('');
  let anyRaw = false;
  for (const [s, e] of tokens) {
    const tok = v.slice(s, e);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(tok);
    if (!m) {
      anyRaw = true;
      continue;
    }
    const key = m[1]!;
    let vs = s + m[0].length;
    let ve = e;
    const first = v[vs];
    if ((first === '"' || first === "'") && ve - vs >= 2 && v[ve - 1] === first) {
      vs++;
      ve--;
    }
    const text = sub(t, vs, ve);
    params.set(key, { text, keyStart: t.offsets[s] ?? t.start, keyEnd: t.offsets[s + key.length] ?? t.start, start: t.offsets[s + m[0].length] ?? t.start, end: t.offsets[e] ?? t.end });
    if (RAW_PARAMS.has(key)) for (let k = s; k < e; k++) rawChars[k] = ' ';
    else anyRaw = true; // for shell/command any other k=v is part of the command (`RAILS_ENV=production`)
  }
  const raw = anyRaw ? { ...t, value: rawChars.join('') } : null;
  return { params, raw };
}

/** cron(8): an unescaped `%` ends the command; `\%` is a literal `%`. */
function cronCommand(text: string, offsets: number[]): { text: string; offsets: number[] } {
  let out = '';
  const o: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\\' && text[k + 1] === '%') {
      out += '%';
      o.push(offsets[k + 1]!);
      k++;
      continue;
    }
    if (c === '%') {
      o.push(offsets[k]!);
      return { text: out, offsets: o };
    }
    out += c;
    o.push(offsets[k]!);
  }
  o.push(offsets[text.length] ?? (o.length ? o[o.length - 1]! + 1 : 0));
  return { text: out, offsets: o };
}
