// docker compose files: each service's `entrypoint` + `command` (string: split like a shell does;
// list: one Word per item) runs in the service's container, so the env kind is `container` plus
// `environment`. Compose interpolates `${VAR}` / `$VAR` from the host when it loads the file
// (unknown values here) and `$$` is a literal `$`.
//
// Scheduling comes from labels read by a scheduler container:
// - ofelia / chadburn: `ofelia.job-exec.<job>.schedule` + `.command` on the service (runs in it),
//   or on the scheduler's own service with `.container: <target>`; `job-run` starts a new container,
//   `job-local` runs on the scheduler's host. Their schedules are go-cron (six fields with seconds, or
//   `@every 1h`): kind `unknown` unless they are five-field cron or an `@daily`-style nickname.
// - deck-chores: `deck-chores.<job>.command` + `.cron` / `.interval` (runs in the service).
// - swarm-cronjob: `swarm.cronjob.enable` + `swarm.cronjob.schedule` (in `labels` or `deploy.labels`)
//   runs the service's own command on that schedule.
// A service whose command is a `while ...; sleep N; done` loop is scheduled too (schedule unknown).

import { isMap, isSeq } from 'yaml';
import { cloneEnv, type Env, type ProjectModel, type Schedule, type Scheduler } from '../../model.ts';
import { deref, get, items, keyString, pairs, type Node, type Range, type YamlDoc, type YamlFile } from '../../parse/yaml.ts';
import { addRun, argItem, argvShell, hasTemplate, shellInvocations, shellText, sub, textOf, truthy, withUnknown, type ArgItem, type Text } from './words.ts';

const SCHEDULER_LABEL = /^(ofelia|chadburn)\.(job-exec|job-run|job-local|job-service-run)\.([^.]+)\.([a-z-]+)$/;
const DECK_CHORES_LABEL = /^deck-chores\.([^.]+)\.([a-z_-]+)$/;
const NICKNAMES = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly', '@reboot']);

export function looksLikeCompose(doc: YamlDoc): boolean {
  const services = get(doc, doc.contents, 'services');
  return isMap(services) && pairs(doc, services).some((p) => isMap(deref(doc, p.value)));
}

/** `${VAR}`, `${VAR:-x}` and `$VAR` as compose interpolates them (file offsets); `$$` is skipped. */
function interpolations(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '$') continue;
    const n = text[i + 1];
    if (n === '$') {
      i++;
      continue;
    }
    if (n === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1 || close >= to) continue;
      out.push([i, close + 1]);
      i = close;
    } else if (n !== undefined && /[A-Za-z_]/.test(n)) {
      let j = i + 1;
      while (j < to && /[A-Za-z0-9_]/.test(text[j]!)) j++;
      out.push([i, j]);
      i = j - 1;
    }
  }
  return out;
}

/** `$$` -> `$` (compose's escape), keeping offsets. */
function unescapeDollars(t: Text): Text {
  if (!t.value.includes('$$')) return t;
  let value = '';
  const offsets: number[] = [];
  for (let k = 0; k < t.value.length; k++) {
    value += t.value[k];
    offsets.push(t.offsets[k]!);
    if (t.value[k] === '$' && t.value[k + 1] === '$') k++;
  }
  offsets.push(t.offsets[t.value.length]!);
  return { ...t, value, offsets };
}

interface Service {
  name: string;
  node: Node;
  env: Env;
  containerName: string | null;
}

interface Job {
  owner: Service;
  kind: string;
  name: string;
  fields: Map<string, { text: Text; keyStart: number; end: number }>;
  family: string;
}

export function extractCompose(yfIn: YamlFile, doc: YamlDoc, model: ProjectModel): void {
  const yf = withUnknown(yfIn, interpolations(yfIn.text, doc.start, doc.end));
  const servicesNode = get(doc, doc.contents, 'services');
  const services: Service[] = [];
  for (const p of pairs(doc, servicesNode)) {
    const name = keyString(p);
    const node = deref(doc, p.value);
    if (!name || !isMap(node)) continue;
    services.push({ name, node, env: serviceEnv(yf, doc, node), containerName: textOf(yf, doc, get(doc, node, 'container_name'))?.value ?? null });
  }
  const jobs: Job[] = [];
  for (const svc of services) {
    const labels = [...labelsOf(yf, doc, get(doc, svc.node, 'labels')), ...labelsOf(yf, doc, get(doc, get(doc, svc.node, 'deploy'), 'labels'))];
    const byJob = new Map<string, Job>();
    let swarmEnable: boolean | null = null;
    let swarmSchedule: { text: Text; keyStart: number; end: number } | null = null;
    for (const l of labels) {
      const m = SCHEDULER_LABEL.exec(l.key);
      const d = DECK_CHORES_LABEL.exec(l.key);
      if (m) {
        const id = `${m[1]}.${m[2]}.${m[3]}`;
        const job = byJob.get(id) ?? { owner: svc, kind: m[2]!, name: m[3]!, fields: new Map(), family: m[1]! };
        job.fields.set(m[4]!, l);
        byJob.set(id, job);
      } else if (d && d[1] !== 'options') {
        const id = `deck-chores.${d[1]}`;
        const job = byJob.get(id) ?? { owner: svc, kind: 'job-exec', name: d[1]!, fields: new Map(), family: 'deck-chores' };
        job.fields.set(d[2] === 'cron' || d[2] === 'interval' || d[2] === 'date' ? 'schedule' : d[2]!, l);
        byJob.set(id, job);
      } else if (l.key === 'swarm.cronjob.enable') swarmEnable = truthy(hasTemplate(yf, l.text) ? null : l.text.value);
      else if (l.key === 'swarm.cronjob.schedule') swarmSchedule = l;
    }
    for (const item of byJob.values()) jobs.push(item);

    let scheduler: Scheduler | null = null;
    if (swarmEnable === true && swarmSchedule) {
      scheduler = {
        kind: 'compose',
        label: `swarm-cronjob service "${svc.name}"`,
        span: yf.file.span(swarmSchedule.keyStart, swarmSchedule.end),
        schedule: scheduleOf(yf, swarmSchedule.text),
      };
    }
    runService(yf, doc, svc, scheduler, model);
  }
  for (const job of jobs) runJob(yf, job, services, model);
}

function scheduleOf(yf: YamlFile, t: Text): Schedule {
  const text = t.value.trim();
  const span = yf.file.span(t.start, t.end);
  const known = !hasTemplate(yf, t);
  if (text.startsWith('@')) return { kind: NICKNAMES.has(text) ? 'special' : 'unknown', text, known, span };
  const fields = text.split(/\s+/).filter(Boolean);
  return { kind: fields.length === 5 ? 'cron' : 'unknown', text, known, span };
}

/** Labels as `key -> value text`: map form, or list of `key=value` strings. */
function labelsOf(yf: YamlFile, doc: YamlDoc, node: Node | null): { key: string; text: Text; keyStart: number; end: number }[] {
  const out: { key: string; text: Text; keyStart: number; end: number }[] = [];
  if (isMap(node)) {
    for (const p of pairs(doc, node)) {
      const key = keyString(p);
      const t = textOf(yf, doc, p.value);
      const kr = (p.key as Node).range;
      if (!key || !t || !kr) continue;
      out.push({ key, text: unescapeDollars(t), keyStart: kr[0], end: t.end });
    }
  } else if (isSeq(node)) {
    for (const it of items(doc, node)) {
      const t = textOf(yf, doc, it);
      if (!t) continue;
      const eq = t.value.indexOf('=');
      if (eq <= 0) continue;
      out.push({ key: t.value.slice(0, eq).trim(), text: unescapeDollars(sub(t, eq + 1, t.value.length)), keyStart: t.offsets[0] ?? t.start, end: t.end });
    }
  }
  return out;
}

function serviceEnv(yf: YamlFile, doc: YamlDoc, svc: Node): Env {
  const env: Env = { vars: new Map(), kind: 'container', notes: [] };
  const e = get(doc, svc, 'environment');
  if (isMap(e)) {
    for (const p of pairs(doc, e)) {
      const k = keyString(p);
      if (!k) continue;
      const t = textOf(yf, doc, p.value);
      const kr = (p.key as Node).range ?? [0, 0, 0];
      const vr = (p.value as Node | null)?.range ?? kr;
      // `KEY:` with no value passes the host's variable through: unknown.
      const value = t && t.value !== '' && !hasTemplate(yf, t) ? unescapeDollars(t).value : t && t.value === '' && deref(doc, p.value) && !isNullish(doc, p.value) ? '' : null;
      env.vars.set(k, { value, span: yf.file.span(kr[0], Math.max(kr[0], vr[1])), source: 'compose environment' });
    }
  } else if (isSeq(e)) {
    for (const it of items(doc, e)) {
      const t = textOf(yf, doc, it);
      if (!t) continue;
      const eq = t.value.indexOf('=');
      const k = eq === -1 ? t.value.trim() : t.value.slice(0, eq);
      const v = eq === -1 ? null : sub(t, eq + 1, t.value.length);
      env.vars.set(k, { value: v && !hasTemplate(yf, v) ? unescapeDollars(v).value : null, span: yf.file.span(t.start, t.end), source: 'compose environment' });
    }
  }
  if (get(doc, svc, 'env_file')) env.notes.push('env_file adds variables');
  return env;
}

function isNullish(doc: YamlDoc, n: unknown): boolean {
  const v = deref(doc, n);
  return !v || (v as { value?: unknown }).value === null;
}

/** Shell text for entrypoint + command (each a string or a list). */
function commandText(yf: YamlFile, doc: YamlDoc, svc: Node): { text: string; offsets: number[] } | null {
  const parts: { text: string; offsets: number[] }[] = [];
  for (const key of ['entrypoint', 'command']) {
    const n = deref(doc, get(doc, svc, key));
    if (!n) continue;
    if (isSeq(n)) {
      const args: ArgItem[] = [];
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args.push(dollars(a));
      }
      if (args.length) parts.push(argvShell(args));
    } else {
      const t = textOf(yf, doc, n);
      if (t && t.value.trim()) parts.push(shellText(yf, unescapeDollars(t)));
    }
  }
  if (parts.length === 0) return null;
  let text = '';
  const offsets: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) {
      text += ' ';
      offsets.push(parts[i - 1]!.offsets[parts[i - 1]!.text.length] ?? 0);
    }
    text += p.text;
    for (const item of p.offsets.slice(0, p.text.length)) offsets.push(item);
  });
  const last = parts[parts.length - 1]!;
  offsets.push(last.offsets[last.text.length] ?? 0);
  return { text, offsets };
}

function dollars(a: ArgItem): ArgItem {
  if (a.value === null || !a.offsets) return a;
  const t = unescapeDollars({ value: a.value, offsets: a.offsets, start: a.start, end: a.end });
  return { ...a, value: t.value, offsets: t.offsets };
}

function runService(yf: YamlFile, doc: YamlDoc, svc: Service, scheduler: Scheduler | null, model: ProjectModel): void {
  const cmd = commandText(yf, doc, svc.node);
  if (!cmd) return;
  let sched = scheduler;
  if (!sched && /\b(while|until|for)\b/.test(cmd.text) && /\bsleep\b/.test(cmd.text)) {
    const first = cmd.offsets[0] ?? 0;
    const span = yf.file.span(first, cmd.offsets[cmd.offsets.length - 1] ?? first);
    const m = /\bsleep\s+([^\s;&|]+)/.exec(cmd.text);
    sched = {
      kind: 'compose',
      label: `compose service "${svc.name}" (a sleep loop)`,
      span,
      schedule: { kind: 'unknown', text: m ? `loop with sleep ${m[1]}` : 'loop with sleep', known: false, span },
    };
  }
  if (sched) model.schedulers.push(sched);
  addRun(model, null, shellInvocations(yf, cmd.text, cmd.offsets, { env: svc.env, scheduler: sched }));
}

function runJob(yf: YamlFile, job: Job, services: Service[], model: ProjectModel): void {
  const command = job.fields.get('command');
  const schedule = job.fields.get('schedule');
  if (!command || !schedule) return;
  let env: Env;
  let where = `service "${job.owner.name}"`;
  if (job.kind === 'job-exec') {
    const target = job.fields.get('container')?.text.value;
    let svc: Service | undefined = job.owner;
    if (target) {
      svc = services.find((s) => s.containerName === target) ?? services.find((s) => s.name === target) ?? services.find((s) => target.includes(s.name));
      where = svc ? `service "${svc.name}"` : `container "${target}"`;
    }
    env = svc ? cloneEnv(svc.env) : { vars: new Map(), kind: 'container', notes: [] };
  } else if (job.kind === 'job-local') {
    env = { vars: new Map(), kind: 'opaque', notes: [`${job.family} job-local runs on the scheduler's host`] };
    where = `the ${job.family} host`;
  } else {
    env = { vars: new Map(), kind: 'container', notes: [] };
    where = 'a new container';
  }
  const scheduler: Scheduler = {
    kind: 'compose',
    label: `${job.family} job "${job.name}" (${where})`,
    span: yf.file.span(schedule.keyStart, schedule.end),
    schedule: scheduleOf(yf, schedule.text),
  };
  model.schedulers.push(scheduler);
  const sh = shellText(yf, command.text);
  addRun(model, null, shellInvocations(yf, sh.text, sh.offsets, { env, scheduler, via: [`${job.family} ${job.kind}`] }));
}
