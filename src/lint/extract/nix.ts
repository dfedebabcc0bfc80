// NixOS modules. Two things run tootctl on a schedule there:
//
// 1. The nixpkgs module `services.mastodon` (nixos/modules/services/web-apps/mastodon.nix). Its
//    `mediaAutoRemove` option defaults to enabled, `startAt = "daily"`, `olderThanDays = 30`, and
//    then defines `systemd.services.mastodon-media-auto-remove` whose script runs
//      ${cfg.package}/bin/tootctl media remove --days=${olderThanDays}
//      ${cfg.package}/bin/tootctl preview_cards remove --days=${olderThanDays}
//    with `environment = env` (RAILS_ENV=production ...) and EnvironmentFile= secrets. It never
//    passes --prune-profiles. We model those two commands as scheduled invocations whose words
//    point at the options that enable and configure them (`--days` at the `olderThanDays` value).
//    A `script` given for that service is added to the module's (`lines` type), or replaces it
//    under `lib.mkForce`.
// 2. `systemd.services.<name>` with `script`/`preStart`/`postStart` (shell) or
//    `serviceConfig.ExecStart*` (systemd command lines), scheduled by `startAt` or by
//    `systemd.timers.<name>.timerConfig.OnCalendar`. Nix strings are turned into shell text with
//    offsets; `${...}` antiquotations are unknown, except a store path prefix such as
//    `${cfg.package}/bin/tootctl`, which is kept as written so the program is still recognised.

import type { Env, Invocation, ProjectModel, Schedule, Scheduler, Word } from '../model.ts';
import { emptyEnv } from '../model.ts';
import type { SourceFile, Span } from '../source.ts';
import { parseNix, stringValue, type AttrKey, type NixNode, type StrPart } from '../parse/nix.ts';
import { parseExec } from '../parse/systemd.ts';
import { parseTootctl } from '../../mastodon/tootctl.ts';
import { addInvocations, type Extractor } from './common.ts';
import { invocationsFromShell } from './shell-commands.ts';
import { execToShell } from './systemd.ts';

interface Def {
  path: (string | null)[];
  keys: AttrKey[];
  /** The value with mkIf/mkDefault/mkForce/mkOverride removed. */
  value: NixNode;
  /** Set by lib.mkForce / lib.mkOverride. */
  force: boolean;
  /** The whole `path = value;` binding. */
  start: number;
  end: number;
}

const WRAPPERS = new Set(['mkIf', 'mkDefault', 'mkForce', 'mkOverride', 'mkBefore', 'mkAfter', 'mkOrder', 'mkMerge', 'mkOptionDefault']);

function fnName(n: NixNode): string | null {
  if (n.type === 'ident') return n.name;
  if (n.type === 'select') return n.path[n.path.length - 1]?.name ?? null;
  return null;
}

/** Strips module-system wrappers; `mkMerge` is handled by the walker. */
function unwrap(n: NixNode): { value: NixNode; force: boolean } {
  let force = false;
  for (let guard = 0; guard < 16; guard++) {
    if (n.type !== 'apply') break;
    const name = fnName(n.fn);
    if (name === 'mkIf' || name === 'mkOverride' || name === 'mkOrder') {
      if (name === 'mkOverride') force = true;
      const last = n.args[n.args.length - 1];
      if (!last || n.args.length < 2) break;
      n = last;
    } else if (name === 'mkForce' || name === 'mkDefault' || name === 'mkBefore' || name === 'mkAfter' || name === 'mkOptionDefault') {
      if (name === 'mkForce') force = true;
      const a = n.args[0];
      if (!a || n.args.length !== 1) break;
      n = a;
    } else break;
  }
  return { value: n, force };
}

/** Every attribute definition, with full paths; lists and function arguments start new roots. */
function collect(root: NixNode): Def[] {
  const out: Def[] = [];
  const walk = (n: NixNode, prefix: (string | null)[], keys: AttrKey[], depth: number): void => {
    if (depth > 64) return;
    switch (n.type) {
      case 'attrs':
        for (const b of n.bindings) {
          if (b.kind !== 'attr') continue;
          const path = [...prefix, ...b.path.map((k) => k.name)];
          const allKeys = [...keys, ...b.path];
          const u = unwrap(b.value);
          out.push({ path, keys: allKeys, value: u.value, force: u.force, start: b.start, end: b.end });
          walk(b.value, path, allKeys, depth + 1);
        }
        return;
      case 'let':
        walk(n.body, prefix, keys, depth + 1);
        return;
      case 'lambda':
      case 'with':
      case 'assert':
        walk(n.body, prefix, keys, depth + 1);
        return;
      case 'if':
        walk(n.then, prefix, keys, depth + 1);
        walk(n.else, prefix, keys, depth + 1);
        return;
      case 'binop':
        if (n.op === '//') {
          walk(n.left, prefix, keys, depth + 1);
          walk(n.right, prefix, keys, depth + 1);
        }
        return;
      case 'list':
        for (const item of n.items) walk(item, [], [], depth + 1);
        return;
      case 'apply': {
        const name = fnName(n.fn);
        if (name === 'mkMerge') {
          const list = n.args[0];
          if (list?.type === 'list') for (const item of list.items) walk(item, prefix, keys, depth + 1);
          return;
        }
        if (name && WRAPPERS.has(name)) {
          walk(unwrap(n).value, prefix, keys, depth + 1);
          return;
        }
        for (const a of n.args) walk(a, [], [], depth + 1);
        return;
      }
      default:
        return;
    }
  };
  walk(root, [], [], 0);
  // `config.services...` in modules with options/config sections.
  for (const d of out) if (d.path[0] === 'config') d.path = d.path.slice(1);
  return out;
}

function is(path: (string | null)[], ...want: (string | null | '*')[]): boolean {
  return path.length === want.length && want.every((w, i) => w === '*' || path[i] === w);
}

function boolOf(n: NixNode): boolean | null {
  if (n.type === 'ident' && (n.name === 'true' || n.name === 'false')) return n.name === 'true';
  return null;
}

export const extractNix: Extractor = (file, model) => {
  const parsed = parseNix(file.text);
  for (const p of parsed.problems) {
    model.parseProblems.push({ span: file.span(p.start, Math.max(p.end, p.start + 1)), message: `Nix syntax: ${p.message}`, severity: 'warning' });
  }
  const defs = collect(parsed.root);
  const get = (...path: string[]) => {
    const found = defs.filter((d) => is(d.path, ...path));
    return found[found.length - 1];
  };
  const serviceNames = new Set<string>();
  for (const d of defs) if (d.path[0] === 'systemd' && d.path[1] === 'services' && typeof d.path[2] === 'string') serviceNames.add(d.path[2]);

  const autoName = 'mastodon-media-auto-remove';
  const overrideScript = get('systemd', 'services', autoName, 'script');
  mediaAutoRemove(file, model, defs, get, overrideScript);

  for (const name of serviceNames) {
    if (name === autoName && get('services', 'mastodon', 'enable')) continue; // handled with the module
    const svc = (...rest: string[]) => get('systemd', 'services', name, ...rest);
    const scheduler = serviceScheduler(file, model, name, svc('startAt'), get('systemd', 'timers', name, 'timerConfig', 'OnCalendar'));
    const env = nixEnv(file, name, defs, false);
    serviceCommands(file, model, svc, scheduler, env);
  }
};

function span(file: SourceFile, start: number, end: number): Span {
  return file.span(start, end);
}

/** The span of a string's content (inside the quotes), or of the node. */
function valueSpan(file: SourceFile, n: NixNode): Span {
  if (n.type === 'string') {
    const q = n.indented ? 2 : 1;
    return file.span(n.start + q, Math.max(n.start + q, n.end - q));
  }
  return file.span(n.start, n.end);
}

function scheduleOf(file: SourceFile, n: NixNode | undefined, fallback: { text: string; span: Span }): Schedule {
  if (!n) return { kind: 'oncalendar', text: fallback.text, known: true, span: fallback.span };
  const v = n.type === 'list' && n.items[0] ? n.items[0] : n;
  const text = stringValue(v);
  return { kind: 'oncalendar', text: text ?? file.text.slice(v.start, v.end), known: text !== null, span: valueSpan(file, v) };
}

function serviceScheduler(file: SourceFile, model: ProjectModel, name: string, startAt: Def | undefined, onCalendar: Def | undefined): Scheduler | null {
  const d = startAt ?? onCalendar;
  if (!d) return null;
  const values = d.value.type === 'list' ? d.value.items : [d.value];
  let first: Scheduler | null = null;
  for (const v of values) {
    const label = startAt ? `NixOS systemd.services.${name}.startAt` : `NixOS systemd.timers.${name}`;
    const s: Scheduler = { kind: 'nixos', label, span: span(file, d.start, d.end), schedule: scheduleOf(file, v, { text: '', span: span(file, d.start, d.end) }) };
    model.schedulers.push(s);
    first ??= s;
  }
  return first;
}

/** `environment.X = "..."` and `serviceConfig.EnvironmentFile` of one service. */
function nixEnv(file: SourceFile, name: string, defs: Def[], module: boolean): Env {
  const env = emptyEnv('complete');
  env.notes.push('systemd starts the service with only its environment settings');
  for (const d of defs) {
    if (d.path[0] !== 'systemd' || d.path[1] !== 'services' || d.path[2] !== name) continue;
    const rest = d.path.slice(3);
    if (rest[0] === 'environment' && rest.length === 2 && typeof rest[1] === 'string') {
      env.vars.set(rest[1], { value: stringValue(d.value), span: span(file, d.start, d.end), source: `systemd.services.${name}.environment` });
    } else if (rest[0] === 'environment' && rest.length === 1 && d.value.type !== 'attrs') {
      env.kind = 'opaque';
      env.notes.push(`systemd.services.${name}.environment is computed`);
    } else if (rest[0] === 'serviceConfig' && rest[1] === 'EnvironmentFile') {
      env.kind = 'opaque';
      env.notes.push('EnvironmentFile= adds variables');
    } else if (rest[0] === 'serviceConfig' && rest.length === 1 && d.value.type !== 'attrs' && !(d.value.type === 'binop' && d.value.op === '//')) {
      env.kind = 'opaque';
    }
  }
  if (module) {
    // The module's `env`: RAILS_ENV=production and friends, plus the secrets EnvironmentFile=.
    if (!env.vars.has('RAILS_ENV')) env.vars.set('RAILS_ENV', { value: 'production', source: 'NixOS services.mastodon module' });
    env.kind = 'opaque';
    env.notes.push('the NixOS module adds EnvironmentFile=/var/lib/mastodon/.secrets_env');
  }
  return env;
}

function serviceCommands(
  file: SourceFile,
  model: ProjectModel,
  svc: (...rest: string[]) => Def | undefined,
  scheduler: Scheduler | null,
  env: Env,
): void {
  const invs: Invocation[] = [];
  for (const key of ['preStart', 'script', 'postStart']) {
    const d = svc(key);
    if (!d || d.value.type !== 'string') continue;
    const { text, offsets } = nixStringToShell(file, d.value.parts);
    for (const item of invocationsFromShell(text, offsets, { file, env, scheduler })) invs.push(item);
  }
  for (const key of ['ExecStartPre', 'ExecStart', 'ExecStartPost']) {
    const d = svc('serviceConfig', key);
    if (!d) continue;
    const values = d.value.type === 'list' ? d.value.items : [d.value];
    for (const v of values) {
      if (v.type !== 'string') continue;
      const { text, offsets } = nixStringToSystemd(file, v.parts);
      const parsed = parseExec(text, offsets, () => null);
      for (const p of parsed.problems) model.parseProblems.push({ span: file.span(p.start, p.end), message: p.message });
      for (const cmd of parsed.commands) {
        const sh = execToShell(cmd.argv, env.vars);
        for (const item of invocationsFromShell(sh.text, sh.offsets, { file, env, scheduler })) invs.push(item);
      }
    }
  }
  addInvocations(model, invs);
}

// ---------------------------------------------------------------------------------------------
// services.mastodon.mediaAutoRemove

function mediaAutoRemove(file: SourceFile, model: ProjectModel, defs: Def[], get: (...path: string[]) => Def | undefined, overrideScript: Def | undefined): void {
  const enable = get('services', 'mastodon', 'enable');
  const autoEnable = get('services', 'mastodon', 'mediaAutoRemove', 'enable');
  const mastodonOn = enable ? boolOf(enable.value) : null;
  const autoOn = autoEnable ? boolOf(autoEnable.value) : true;
  if (autoOn === false) return;
  if (mastodonOn !== true && !(autoEnable && autoOn === true)) return;
  const trigger = autoEnable ?? enable!;
  const triggerSpan = file.span(trigger.start, trigger.end);
  const confidence: 'high' | 'low' = autoOn === null ? 'low' : 'high';

  const svcStartAt = get('systemd', 'services', 'mastodon-media-auto-remove', 'startAt');
  const startAtDef = svcStartAt?.force ? svcStartAt : get('services', 'mastodon', 'mediaAutoRemove', 'startAt');
  const schedule = scheduleOf(file, startAtDef?.value, { text: 'daily', span: triggerSpan });
  const scheduler: Scheduler = {
    kind: 'nixos',
    label: 'NixOS services.mastodon.mediaAutoRemove',
    span: startAtDef ? file.span(startAtDef.start, startAtDef.end) : triggerSpan,
    schedule,
  };
  model.schedulers.push(scheduler);

  const env = nixEnv(file, 'mastodon-media-auto-remove', defs, true);
  const invs: Invocation[] = [];
  if (!overrideScript?.force) {
    const days = get('services', 'mastodon', 'mediaAutoRemove', 'olderThanDays');
    const daysValue = days ? (days.value.type === 'int' ? String(days.value.value) : null) : '30';
    const daysSpan = days ? valueSpan(file, days.value) : triggerSpan;
    const word = (value: string | null, at: Span, text?: string): Word => ({ value, text: value ?? text ?? '', span: at });
    for (const cmd of [['media', 'remove'], ['preview_cards', 'remove']]) {
      const argv: Word[] = [word('${cfg.package}/bin/tootctl', triggerSpan), ...cmd.map((c) => word(c, triggerSpan))];
      if (daysValue !== null) argv.push(word(`--days=${daysValue}`, daysSpan));
      else argv.push(word('--days', daysSpan), word(null, daysSpan, file.text.slice(days!.value.start, days!.value.end)));
      const inv: Invocation = { file, argv, env, scheduler, span: triggerSpan, via: ['NixOS mastodon-media-auto-remove service'], confidence };
      const t = parseTootctl(argv);
      if (t) inv.tootctl = t;
      invs.push(inv);
    }
  }
  if (overrideScript && overrideScript.value.type === 'string') {
    const { text, offsets } = nixStringToShell(file, overrideScript.value.parts);
    for (const item of invocationsFromShell(text, offsets, { file, env, scheduler, confidence })) invs.push(item);
  }
  addInvocations(model, invs);
}

// ---------------------------------------------------------------------------------------------
// Nix strings -> shell / systemd text with offsets

/** Whether an antiquotation is a store-path prefix: at the start of a word and followed by `/`. */
function pathPrefix(parts: StrPart[], k: number, before: string): boolean {
  const next = parts[k + 1];
  return next?.kind === 'lit' && next.text.startsWith('/') && (before === '' || /[\s"'=(]$/.test(before));
}

function antiquoteText(file: SourceFile, p: StrPart & { kind: 'interp' }): string {
  return file.text.slice(p.start + 2, p.end - 1).replace(/[{}'"`\\$\n]/g, '').trim();
}

/**
 * Shell text for a Nix string. A store-path antiquotation stays literal text (`${cfg.package}`),
 * escaped for the shell context it is in; any other becomes an unknown `${...}` expansion.
 */
export function nixStringToShell(file: SourceFile, parts: StrPart[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let quote: "'" | '"' | null = null;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.kind === 'lit') {
      for (let j = 0; j < p.text.length; j++) {
        const c = p.text[j]!;
        text += c;
        offsets.push(p.offsets[j] ?? 0);
        if (quote === "'") {
          if (c === "'") quote = null;
        } else if (c === '\\') {
          const n = p.text[j + 1];
          if (n !== undefined) {
            text += n;
            offsets.push(p.offsets[j + 1] ?? 0);
            j++;
          }
        } else if (quote === '"') {
          if (c === '"') quote = null;
        } else if (c === "'" || c === '"') quote = c;
      }
      continue;
    }
    const inner = antiquoteText(file, p);
    let s: string;
    if (pathPrefix(parts, k, text)) s = quote === "'" ? `\${${inner}}` : `\\\${${inner}}`;
    else s = /^[A-Za-z_][A-Za-z0-9_]*$/.test(inner) ? `\${${inner}?}` : `\${${inner || '?'}}`;
    for (let j = 0; j < s.length; j++) {
      text += s[j];
      offsets.push(j < 2 ? p.start : Math.min(p.end - 1, p.start + j));
    }
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1]! + 1 : 0);
  return { text, offsets };
}

/** systemd command-line text for a Nix string: antiquotations become `${...}` (see parseExec). */
function nixStringToSystemd(file: SourceFile, parts: StrPart[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const p of parts) {
    if (p.kind === 'lit') {
      text += p.text;
      for (const item of p.offsets) offsets.push(item);
      continue;
    }
    const s = `\${${antiquoteText(file, p) || '?'}}`;
    for (let j = 0; j < s.length; j++) {
      text += s[j];
      offsets.push(j < 2 ? p.start : Math.min(p.end - 1, p.start + j));
    }
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1]! + 1 : 0);
  return { text, offsets };
}
