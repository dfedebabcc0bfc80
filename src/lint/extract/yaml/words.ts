// From YAML nodes to the model: Words with exact spans, shell text with file offsets, and
// invocations through the shared shell machinery (so sudo, `bash -c`, `env`, `bundle exec` and
// container wrappers are removed the same way as in a crontab). Template markup (Jinja, Helm,
// compose `${VAR}`) becomes an unknown value, never a guess.

import { isScalar, isSeq } from 'yaml';
import { cloneEnv, type Env, type Invocation, type ProjectModel, type Scheduler, type Word } from '../../model.ts';
import { deref, get, inside, items, overlaps, pair, scalarText, type Node, type Range, type YamlDoc, type YamlFile } from '../../parse/yaml.ts';
import { invocationsFromShell } from '../shell-commands.ts';
import { addInvocations } from '../common.ts';
import { parseTootctl } from '../../../mastodon/tootctl.ts';

/** A piece of text taken out of the file: value characters and the file offset of each (+1). */
export interface Text {
  value: string;
  offsets: number[];
  /** File range of the node it came from. */
  start: number;
  end: number;
}

/** The value of a scalar node with offsets; null for maps, sequences and missing nodes. */
export function textOf(yf: YamlFile, doc: YamlDoc, node: unknown): Text | null {
  const n = deref(doc, node);
  if (!isScalar(n) || !n.range) return null;
  const t = scalarText(n, yf.text);
  return { value: t.value, offsets: t.offsets, start: n.range[0], end: n.range[1] };
}

/** A slice of a Text, with its offsets. */
export function sub(t: Text, from: number, to: number): Text {
  const offsets = t.offsets.slice(from, to);
  offsets.push(t.offsets[to] ?? (offsets.length ? offsets[offsets.length - 1]! + 1 : t.end));
  return { value: t.value.slice(from, to), offsets, start: t.offsets[from] ?? t.start, end: offsets[offsets.length - 1]! };
}

/** True when any character of the text comes from template markup. */
export function hasTemplate(yf: YamlFile, t: Text): boolean {
  if (yf.templates.length === 0) return false;
  if (!overlaps(yf.templates, t.start, Math.max(t.end, t.start + 1))) return false;
  for (let k = 0; k < t.value.length; k++) if (inside(yf.templates, t.offsets[k]!)) return true;
  return false;
}

/** Extra unknown ranges for one format (compose `${VAR}` interpolation) on top of the file's templates. */
export function withUnknown(yf: YamlFile, extra: Range[]): YamlFile {
  if (extra.length === 0) return yf;
  const all = [...yf.templates, ...extra].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ...yf, templates: merged };
}

/** Original file text of a range, on one line and short, for display. */
export function displayText(yf: YamlFile, start: number, end: number): string {
  const t = yf.file.text.slice(start, end).replace(/\s*\n\s*/g, ' ');
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** A Word for a scalar node: value null when it is not a scalar or touches template markup. */
export function wordOf(yf: YamlFile, doc: YamlDoc, node: unknown): Word | null {
  const n = deref(doc, node) as Node | null;
  const r = (node as Node | null)?.range ?? n?.range;
  if (!r) return null;
  const span = yf.file.span(r[0], Math.max(r[0], r[1]));
  const t = textOf(yf, doc, node);
  if (!t || hasTemplate(yf, t)) return { value: null, text: displayText(yf, r[0], r[1]), span };
  return { value: t.value, text: t.value, span, offsets: t.offsets.slice(0, t.value.length) };
}

/** A Word that a chart renders, not written in the file: its span points at the values key that causes it. */
export function syntheticWord(value: string, span: Word['span']): Word {
  return { value, text: value, span };
}

/**
 * Shell text for `invocationsFromShell`: each run of template characters is replaced by `$___`
 * (an unset variable, so the word is unknown), keeping one offset per character.
 */
export function shellText(yf: YamlFile, t: Text): { text: string; offsets: number[]; templated: boolean } {
  if (!hasTemplate(yf, t)) return { text: t.value, offsets: t.offsets, templated: false };
  let out = '';
  let k = 0;
  const v = t.value;
  while (k < v.length) {
    if (inside(yf.templates, t.offsets[k]!)) {
      let j = k;
      while (j < v.length && inside(yf.templates, t.offsets[j]!)) j++;
      const n = j - k;
      out += n === 1 ? '_' : `$${'_'.repeat(n - 1)}`;
      k = j;
    } else {
      out += v[k];
      k++;
    }
  }
  return { text: out, offsets: t.offsets, templated: true };
}

/** One argv item for `argvShell`: a known value with offsets, or an unknown value at a file range. */
export interface ArgItem {
  value: string | null;
  offsets?: number[];
  start: number;
  end: number;
}

export function argItem(yf: YamlFile, doc: YamlDoc, node: unknown): ArgItem | null {
  const n = node as Node | null;
  const r = n?.range;
  if (!r) return null;
  const t = textOf(yf, doc, node);
  if (!t || hasTemplate(yf, t)) return { value: null, start: r[0], end: r[1] };
  return { value: t.value, offsets: t.offsets, start: r[0], end: r[1] };
}

/**
 * Turns an argv (exec form: a YAML list) into shell text whose words are exactly those items:
 * each one single-quoted, quotes mapped to the item's first and last offsets, so the words the
 * shell lexer returns have the items' spans and `bash -c <item>` is unwrapped with exact offsets.
 */
export function argvShell(args: ArgItem[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const add = (s: string, off: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) offsets.push(off);
  };
  args.forEach((a, idx) => {
    if (idx > 0) add(' ', args[idx - 1]!.end);
    if (a.value === null || !a.offsets) {
      add('$_', a.start);
      return;
    }
    add("'", a.start);
    for (let k = 0; k < a.value.length; k++) {
      const ch = a.value[k]!;
      const off = a.offsets[k] ?? a.start;
      if (ch === "'") {
        add("'\\''", off);
      } else add(ch, off);
    }
    add("'", Math.max(a.start, a.end - 1));
  });
  const last = args[args.length - 1];
  offsets.push(last ? last.end : 0);
  return { text, offsets };
}

export interface RunContext {
  env: Env;
  scheduler: Scheduler | null;
  /** Wrappers already known (`ansible become_user mastodon`, `magout chart`), outermost first. */
  via?: string[];
  confidence?: 'high' | 'low';
}

/** Shell text (with offsets into the file) -> invocations; template words unknown, low confidence. */
export function shellInvocations(yf: YamlFile, text: string, offsets: number[], ctx: RunContext): Invocation[] {
  const invs = invocationsFromShell(text, offsets, {
    file: yf.file,
    env: cloneEnv(ctx.env),
    scheduler: ctx.scheduler,
    confidence: ctx.confidence ?? 'high',
  });
  return invs.map((inv) => finishInvocation(yf, inv, ctx));
}

/** Marks what came from templates as unknown, re-reads tootctl, adds known wrappers. */
function finishInvocation(yf: YamlFile, inv: Invocation, ctx: RunContext): Invocation {
  let changed = false;
  let templated = false;
  const argv = inv.argv.map((w, idx) => {
    const s = w.span.start.offset;
    const e = w.span.end.offset;
    if (!overlaps(yf.templates, s, Math.max(e, s + 1))) {
      // An exec-form item that is not a string (`argvShell` wrote `$_`): show it as written.
      if (w.value === null && w.text.startsWith('$_')) {
        changed = true;
        return { ...w, text: displayText(yf, s, e) };
      }
      return w;
    }
    const touches = w.offsets ? w.offsets.some((o) => inside(yf.templates, o)) : true;
    if (!touches && w.value !== null) return w;
    templated = true;
    changed = true;
    const raw = displayText(yf, s, e);
    // `{{ mastodon_home }}/live/bin/tootctl`: the directory is unknown, the program is not.
    if (idx === 0 && /\/tootctl$/.test(raw.replace(/["']/g, '')) && !inside(yf.templates, e - 1)) {
      return { value: raw.replace(/["']/g, ''), text: raw, span: w.span };
    }
    return { value: null, text: raw, span: w.span };
  });
  for (const [name, ev] of inv.env.vars) {
    if (ev.value !== null && ev.span && overlaps(yf.templates, ev.span.start.offset, ev.span.end.offset)) {
      inv.env.vars.set(name, { ...ev, value: null });
    }
  }
  if (changed) {
    inv.argv = argv;
    const t = parseTootctl(argv);
    if (t) inv.tootctl = t;
    else delete inv.tootctl;
  }
  if (templated || inConditional(yf, inv)) inv.confidence = 'low';
  if (ctx.via?.length) inv.via = [...ctx.via, ...inv.via];
  return inv;
}

function inConditional(yf: YamlFile, inv: Invocation): boolean {
  return yf.conditional.length > 0 && overlaps(yf.conditional, inv.span.start.offset, Math.max(inv.span.end.offset, inv.span.start.offset + 1));
}

/** Adds a scheduler (if any) and its invocations to the model. */
export function addRun(model: ProjectModel, scheduler: Scheduler | null, invs: Invocation[]): void {
  if (scheduler && !model.schedulers.includes(scheduler)) model.schedulers.push(scheduler);
  addInvocations(model, invs);
}

/** An invocation a chart renders from values: fixed argv, no shell, tootctl problems dropped (the chart's command is valid). */
export function chartInvocation(yf: YamlFile, argv: Word[], env: Env, scheduler: Scheduler, via: string[], confidence: 'high' | 'low'): Invocation {
  const first = argv[0]!.span;
  const last = argv[argv.length - 1]!.span;
  const inv: Invocation = {
    file: yf.file,
    argv,
    env: cloneEnv(env),
    scheduler,
    span: first.start.offset <= last.start.offset ? { file: first.file, start: first.start, end: last.end.offset >= first.end.offset ? last.end : first.end } : first,
    via,
    confidence,
  };
  const t = parseTootctl(argv);
  if (t) {
    t.problems = [];
    inv.tootctl = t;
  }
  return inv;
}

/** Ansible-style booleans (`yes`, `on`, `true`, `1`, `y`, `t`), YAML 1.1 style; null when unknown. */
export function truthy(v: string | null | undefined): boolean | null {
  if (v === null || v === undefined) return null;
  const s = v.trim().toLowerCase();
  if (['true', 'yes', 'on', '1', 'y', 't'].includes(s)) return true;
  if (['false', 'no', 'off', '0', 'n', 'f', ''].includes(s)) return false;
  return null;
}

/** `env` and `envFrom` of a container, on top of what the image sets. */
export function containerEnv(yf: YamlFile, doc: YamlDoc, envList: Node | null, envFrom: Node | null, source: string): Env {
  const env: Env = { vars: new Map(), kind: 'container', notes: [] };
  for (const e of items(doc, envList)) {
    const nameT = textOf(yf, doc, get(doc, e, 'name'));
    if (!nameT || hasTemplate(yf, nameT)) continue;
    const valuePair = pair(doc, e, 'value');
    const t = valuePair ? textOf(yf, doc, valuePair.value) : null;
    // No `value` and no `valueFrom` is an empty variable; a map, a list or a template is unknown.
    const known = valuePair ? (t && !hasTemplate(yf, t) ? t.value : null) : pair(doc, e, 'valueFrom') ? null : '';
    const r = e.range ?? [nameT.start, nameT.end, nameT.end];
    env.vars.set(nameT.value, { value: known, span: yf.file.span(r[0], Math.max(r[0], r[1])), source });
  }
  if (items(doc, envFrom).length) env.notes.push('envFrom adds variables from a ConfigMap or Secret');
  else if (envFrom && !isSeq(deref(doc, envFrom))) env.notes.push('envFrom is set from a template');
  return env;
}

