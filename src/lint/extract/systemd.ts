// systemd `.service` and `.timer` units. A service's ExecStartPre=/ExecStart=/ExecStartPost= (and
// the stop and condition commands) become Invocations, split by systemd's own rules and then
// handed to the shell-command extractor as quoted words, so wrappers (sudo, `bash -c '...'`, env)
// are removed the same way everywhere and `bash -c` strings are parsed as shell with offsets.
//
// systemd starts a service with an almost empty environment: only Environment= settings (plus
// USER/LOGNAME for User=), so the env is `complete` unless EnvironmentFile= or PassEnvironment=
// add what the linter cannot see.
//
// A service is scheduled when a timer activates it (`Unit=`, or the timer with the same name).
// The engine only hands over files that pass the pre-filter in classify.ts, and in either order, so:
// - every unit read is remembered per model; a timer seen after its service re-binds the
//   service's invocations to its schedule;
// - the partner of a unit is also looked for on disk next to it (`x.timer` beside `x.service`,
//   the timer's `Unit=` beside the timer) and read then, so a timer that never mentions Mastodon
//   still schedules its service, and a service that runs a script still hands its schedule to it.
//   A unit read that way is added to model.files, and skipped when the engine reaches it later.
// - drop-ins are read from disk the same way: `x.service.d/*.conf` (and the template's
//   `x@.service.d/`), in file-name order after the unit, as systemd merges them. What they set
//   overrides the unit: `Environment=` adds (`systemctl edit` puts RAILS_ENV there), an empty
//   `ExecStart=` or `OnCalendar=` clears what came before. Positions point into the drop-in.

import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyEnv, type Env, type Invocation, type ProjectModel, type Schedule, type Scheduler } from '../model.ts';
import type { SourceFile } from '../source.ts';
import { readSource } from '../discover.ts';
import { parseEnvironment, parseExec, parseUnit, type ExecArg, type ExecCommand, type UnitEntry, type UnitFile } from '../parse/systemd.ts';
import { addInvocations, type Extractor } from './common.ts';
import { invocationsFromShell } from './shell-commands.ts';

const EXEC_KEYS = ['ExecCondition', 'ExecStartPre', 'ExecStart', 'ExecStartPost', 'ExecStop', 'ExecStopPost'];
const MONOTONIC_KEYS = ['OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec', 'OnUnitInactiveSec'];

interface ServiceState {
  unit: string;
  dir: string;
  invocations: Invocation[];
  bound: boolean;
}

interface TimerState {
  unit: string;
  dir: string;
  target: string;
  scheduler: Scheduler;
}

interface State {
  handled: Set<string>;
  services: ServiceState[];
  timers: TimerState[];
}

const STATES = new WeakMap<ProjectModel, State>();

function stateOf(model: ProjectModel): State {
  let s = STATES.get(model);
  if (!s) {
    s = { handled: new Set(), services: [], timers: [] };
    STATES.set(model, s);
  }
  return s;
}

/** `roles/x/files/mastodon-media.service.j2` -> `mastodon-media.service`. */
export function unitName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.replace(/\.(j2|jinja2?|tpl)$/i, '');
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

export const extractSystemd: Extractor = (file, model) => {
  const st = stateOf(model);
  if (st.handled.has(file.path)) {
    // Read earlier from disk as the partner of another unit: keep only the engine's copy.
    const i = model.files.findIndex((f) => f.path === file.path && f !== file);
    if (i !== -1) model.files.splice(i, 1);
    return;
  }
  st.handled.add(file.path);
  const unit = unitName(file.path);
  if (unit.endsWith('.timer')) extractTimer(file, model, st);
  else extractService(file, model, st);
};

function problems(file: SourceFile, model: ProjectModel, unit: UnitFile): void {
  for (const p of unit.problems) model.parseProblems.push({ span: file.span(p.start, p.end), message: p.message, severity: p.severity });
}

/** A unit entry with the file it is in: the unit itself or one of its drop-ins. */
interface Sourced {
  e: UnitEntry;
  file: SourceFile;
  dropIn: boolean;
}

/** The entries of one section of a unit and of its drop-ins, in the order systemd applies them. */
function section(file: SourceFile, unit: UnitFile, dropIns: { file: SourceFile; unit: UnitFile }[], name: string): Sourced[] {
  const out: Sourced[] = unit.entries.filter((e) => e.section === name).map((e) => ({ e, file, dropIn: false }));
  for (const d of dropIns) for (const e of d.unit.entries) if (e.section === name) out.push({ e, file: d.file, dropIn: true });
  return out;
}

/** `x.service.d/*.conf` (and `x@.service.d/` for an instance) beside the unit, read and parsed, in file-name order. */
function readDropIns(file: SourceFile, name: string, model: ProjectModel, st: State): { file: SourceFile; unit: UnitFile }[] {
  if (!file.absPath) return [];
  const dir = dirOf(file.path);
  const template = name.replace(/@[^.]+\./, '@.');
  const found = new Map<string, { rel: string; abs: string }>();
  for (const d of template === name ? [name] : [template, name]) {
    let list: string[];
    try {
      list = readdirSync(join(dirname(file.absPath), `${d}.d`));
    } catch {
      continue;
    }
    // The same file name in the instance's directory replaces the template's.
    for (const f of list) {
      if (!/\.conf(\.j2)?$/i.test(f)) continue;
      const rel = `${dir ? `${dir}/` : ''}${d}.d/${f}`;
      found.set(f.replace(/\.j2$/i, ''), { rel, abs: join(dirname(file.absPath), `${d}.d`, f) });
    }
  }
  const out: { file: SourceFile; unit: UnitFile }[] = [];
  for (const key of [...found.keys()].sort()) {
    const { rel, abs } = found.get(key)!;
    const f = readUnitFile(rel, abs, st);
    if (!f) continue;
    model.files.push(f);
    const unit = parseUnit(f.text);
    problems(f, model, unit);
    out.push({ file: f, unit });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Timers

function extractTimer(file: SourceFile, model: ProjectModel, st: State): void {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name = unitName(file.path);
  let triggers: Sourced[] = [];
  let target = name.replace(/\.timer$/, '.service');
  for (const t of section(file, unit, readDropIns(file, name, model, st), 'Timer')) {
    const e = t.e;
    if (e.key === 'OnCalendar' || MONOTONIC_KEYS.includes(e.key)) {
      // An empty assignment resets every trigger set so far.
      if (e.value === '') triggers = [];
      else triggers.push(t);
    } else if (e.key === 'Unit' && e.value !== '') target = e.value;
  }
  if (triggers.length === 0) {
    const where = unit.sections.find((s) => s.name === 'Timer');
    model.parseProblems.push({
      span: where ? file.span(where.start, where.end) : file.span(0, Math.max(0, file.text.indexOf('\n'))),
      message: `timer "${name}" has no OnCalendar= or OnBootSec=-style trigger, so systemd refuses to load it and its service is never started`,
    });
    return;
  }
  const dir = dirOf(file.path);
  let first: Scheduler | null = null;
  for (const { e, file: f } of triggers) {
    const valueSpan = f.span(e.offsets[0] ?? e.start, e.offsets[e.offsets.length - 1] ?? e.end);
    const schedule: Schedule =
      e.key === 'OnCalendar'
        ? { kind: 'oncalendar', text: e.value, known: !/\{\{|\{%|%[^%]/.test(e.value.replace(/%%/g, '')), span: valueSpan }
        : { kind: 'unknown', text: `${e.key}=${e.value}`, known: true, span: f.span(e.start, e.end) };
    const s: Scheduler = { kind: 'systemd-timer', label: `systemd timer ${name}`, span: f.span(e.start, e.end), schedule };
    model.schedulers.push(s);
    first ??= s;
  }
  const timer: TimerState = { unit: name, dir, target, scheduler: first! };
  st.timers.push(timer);
  const service = findUnit(st.services, target, dir);
  if (service) {
    bind(model, service, timer.scheduler);
    return;
  }
  const partner = readPartner(file, target, st);
  if (partner) {
    model.files.push(partner);
    extractService(partner, model, st);
  }
}

/** The unit named `name` (or its template `x@.service`), preferring one in the same folder. */
function findUnit<T extends { unit: string; dir: string }>(list: T[], name: string, dir: string): T | undefined {
  const template = name.replace(/@[^.]+\./, '@.');
  const named = list.filter((u) => u.unit === name || u.unit === template);
  return named.find((u) => u.dir === dir) ?? named[0];
}

/** Reads `name` (or `name.j2`) from the folder of `file`, if it exists and was not read yet. */
function readPartner(file: SourceFile, name: string, st: State): SourceFile | null {
  if (!file.absPath || name.includes('/')) return null;
  const dir = dirOf(file.path);
  const template = name.replace(/@[^.]+\./, '@.');
  const names = [name, `${name}.j2`, template, `${template}.j2`];
  for (const n of names) {
    const f = readUnitFile(dir ? `${dir}/${n}` : n, join(dirname(file.absPath), n), st);
    if (f) return f;
  }
  return null;
}

/** Reads a unit or drop-in found beside another unit, once per model. */
function readUnitFile(rel: string, abs: string, st: State): SourceFile | null {
  if (st.handled.has(rel)) return null;
  const { file } = readSource(rel, abs);
  if (!file) return null;
  st.handled.add(rel);
  return file;
}

/** Gives a service's unscheduled invocations the timer's schedule (the timer came second). */
function bind(model: ProjectModel, service: ServiceState, scheduler: Scheduler): void {
  if (service.bound) return;
  service.bound = true;
  const mine = new Set(service.invocations);
  model.invocations = model.invocations.filter((i) => !mine.has(i));
  for (const inv of service.invocations) inv.scheduler = scheduler;
  addInvocations(model, service.invocations);
}

// ---------------------------------------------------------------------------------------------
// Services

function extractService(file: SourceFile, model: ProjectModel, st: State): void {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name = unitName(file.path);
  const dir = dirOf(file.path);
  const entries = section(file, unit, readDropIns(file, name, model, st), 'Service');
  const env = serviceEnv(name, entries);

  const activates = (t: TimerState) => t.target === name || t.target.replace(/@[^.]+\./, '@.') === name;
  const timers = st.timers.filter(activates);
  let timer = timers.find((t) => t.dir === dir) ?? timers[0];
  if (!timer) {
    const partner = readPartner(file, name.replace(/\.service$/, '.timer'), st);
    if (partner) {
      model.files.push(partner);
      extractTimer(partner, model, st);
      // extractTimer found no service state yet (this one is not registered): take its scheduler here.
      timer = st.timers.find((t) => t.unit === unitName(partner.path) && activates(t));
    }
  }
  const scheduler = timer?.scheduler ?? null;

  const specifier = specifiers(name);
  const invocations: Invocation[] = [];
  for (const key of EXEC_KEYS) {
    let lines: Sourced[] = [];
    for (const t of entries) {
      if (t.e.key !== key) continue;
      if (t.e.value === '') lines = [];
      else lines.push(t);
    }
    for (const { e, file: f } of lines) {
      const parsed = parseExec(e.value, e.offsets, specifier);
      for (const p of parsed.problems) model.parseProblems.push({ span: f.span(p.start, p.end), message: p.message });
      for (const cmd of parsed.commands) for (const item of commandInvocations(f, cmd, env, scheduler)) invocations.push(item);
    }
  }
  addInvocations(model, invocations);
  st.services.push({ unit: name, dir, invocations, bound: scheduler !== null });
}

/** Known unit specifiers (systemd.unit(5)); null for those that depend on the host. */
function specifiers(unit: string): (c: string) => string | null {
  const dot = unit.lastIndexOf('.');
  const prefixFull = dot === -1 ? unit : unit.slice(0, dot);
  const at = prefixFull.indexOf('@');
  const prefix = at === -1 ? prefixFull : prefixFull.slice(0, at);
  const instance = at === -1 ? '' : prefixFull.slice(at + 1);
  return (c) => {
    switch (c) {
      case 'n':
        return unit;
      case 'N':
        return prefixFull;
      case 'p':
        return prefix;
      case 'i':
        return instance;
      default:
        return null;
    }
  };
}

function serviceEnv(unit: string, entries: Sourced[]): Env {
  const env = emptyEnv('complete');
  env.notes.push('systemd starts the service with only its Environment= settings');
  for (const { e, file, dropIn } of entries) {
    const line = file.position(e.start).line;
    const where = dropIn ? `${unit} (drop-in ${file.path.slice(file.path.lastIndexOf('/') + 1)})` : unit;
    if (e.key === 'Environment') {
      if (e.value === '') {
        for (const [k, v] of env.vars) if (v.source.startsWith('Environment=')) env.vars.delete(k);
        continue;
      }
      for (const a of parseEnvironment(e.value, e.offsets)) {
        env.vars.set(a.name, { value: a.value, span: file.span(a.start, a.end), source: `Environment= in ${where} line ${line}` });
      }
    } else if (e.key === 'EnvironmentFile' && e.value !== '') {
      env.kind = 'opaque';
      env.notes.push(`EnvironmentFile=${e.value} adds variables`);
    } else if (e.key === 'PassEnvironment' && e.value !== '') {
      for (const name of e.value.split(/\s+/)) {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) env.vars.set(name, { value: null, span: file.span(e.start, e.end), source: `PassEnvironment= in ${where} line ${line}` });
      }
    } else if (e.key === 'UnsetEnvironment') {
      for (const name of e.value.split(/\s+/)) env.vars.delete(name.split('=')[0] ?? name);
    } else if (e.key === 'User' && e.value !== '') {
      const user = /^[%{]/.test(e.value) ? null : e.value;
      for (const k of ['USER', 'LOGNAME']) env.vars.set(k, { value: user, span: file.span(e.start, e.end), source: `User= in ${where}` });
      env.vars.set('HOME', { value: null, span: file.span(e.start, e.end), source: `User= in ${where}` });
    }
  }
  return env;
}

function commandInvocations(file: SourceFile, cmd: ExecCommand, env: Env, scheduler: Scheduler | null): Invocation[] {
  const { text, offsets } = execToShell(cmd.argv, env.vars);
  if (text.trim() === '') return [];
  return invocationsFromShell(text, offsets, { file, env, scheduler });
}

// ---------------------------------------------------------------------------------------------
// systemd words -> shell words with offsets

const SAFE = /^[A-Za-z0-9_/.,:=+@%^-]+$/;
const SHELL_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'time', 'for', 'select', 'case', 'esac', 'function', 'in']);

/**
 * Turns systemd argv words into shell text that the shell lexer reads back as the same words:
 * literals are single-quoted where needed, `${VAR}` stays a variable the shell extractor resolves
 * from `vars` (unknown when unset), whole-word `$VAR` is split at blanks as systemd does, and
 * unknown parts (host-dependent `%h`, Jinja) become unknown expansions. Each character maps to
 * the file offset of what it came from.
 */
export function execToShell(argv: ExecArg[], vars: Env['vars']): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const emit = (s: string, at: number | number[]) => {
    for (let k = 0; k < s.length; k++) {
      text += s[k];
      offsets.push(typeof at === 'number' ? at : (at[k] ?? at[at.length - 1] ?? 0));
    }
  };
  const literal = (s: string, at: number[], bare: boolean) => {
    if (s === '') return;
    if (bare && SAFE.test(s)) {
      emit(s, at);
      return;
    }
    emit("'", at[0] ?? 0);
    for (let k = 0; k < s.length; k++) {
      if (s[k] === "'") emit("'\\''", at[k] ?? 0);
      else emit(s[k]!, at[k] ?? 0);
    }
    emit("'", at[s.length - 1] ?? 0);
  };
  for (const arg of argv) {
    const only = arg.segments[0];
    if (arg.segments.length === 1 && only?.kind === 'var' && only.split) {
      const v = vars.get(only.name);
      if (v && v.value !== null) {
        for (const field of v.value.split(/[ \t\n]+/).filter(Boolean)) {
          literal(field, new Array<number>(field.length).fill(only.start), false);
          emit(' ', only.end);
        }
      } else {
        emit(`\${${only.name}}`, only.start);
        emit(' ', only.end);
      }
      continue;
    }
    let first = true;
    for (const seg of arg.segments) {
      if (seg.kind === 'lit') {
        const bare = !(first && (/^[#~]/.test(seg.text) || (arg.segments.length === 1 && SHELL_KEYWORDS.has(seg.text))));
        literal(seg.text, seg.offsets, bare);
      } else if (seg.kind === 'var') {
        emit(`\${${seg.name}}`, seg.start);
      } else {
        emit(`\${${seg.text.replace(/[}'"`\\$\s]/g, '')}?}`, seg.start);
      }
      first = false;
    }
    if (arg.segments.length === 0) emit("''", arg.start);
    emit(' ', arg.end);
  }
  offsets.push(offsets[offsets.length - 1] ?? 0);
  return { text, offsets };
}
