// Turns shell text (a script, a crontab command, a `bash -c` string, a YAML `command:`) into
// Invocations: variables resolved where they are known, wrappers such as sudo, `bash -c`,
// `docker compose exec` and `bundle exec` removed, and the environment each command really gets
// (inline assignments, `export`, crontab lines, and what sudo or a login shell do to them).

import { parseShell, type ShellCommand, type ShellWord } from '../parse/shell.ts';
import type { SourceFile } from '../source.ts';
import { cloneEnv, type Env, type Invocation, type ParseProblem, type Scheduler, type Word } from '../model.ts';
import { parseTootctl } from '../../mastodon/tootctl.ts';

export interface ShellContext {
  file: SourceFile;
  env: Env;
  scheduler: Scheduler | null;
  confidence?: 'high' | 'low';
  /** Nesting depth of `bash -c` strings, to stop on pathological input. */
  depth?: number;
  /** Where shell syntax problems (unterminated quotes, `$(`, heredocs) go, as MSTDN001. */
  problems?: ParseProblem[];
}

/** Resolves a word against the variables known so far. */
export function resolveWord(w: ShellWord, file: SourceFile, vars: Env['vars']): Word {
  let value: string | null = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  let expanded = false;
  for (const p of w.parts) {
    if (p.kind === 'lit') {
      if (value !== null) {
        value += p.text;
        for (const o of p.offsets) {
          offsets.push(o);
          ends.push(o + 1);
        }
      }
    } else if (p.kind === 'var') {
      const known = vars.get(p.name);
      const v = known && known.value !== null ? known.value : known === undefined && p.fallback !== undefined ? p.fallback : null;
      if (v === null || value === null) value = null;
      else {
        value += v;
        expanded = true;
        // Every character of an expansion stands for the whole `${...}` in the source.
        for (let k = 0; k < v.length; k++) {
          offsets.push(p.start);
          ends.push(p.end);
        }
      }
    } else value = null;
  }
  return {
    value,
    text: value ?? w.raw,
    span: file.span(w.start, w.end),
    offsets: value === null ? undefined : offsets,
    ends: value === null || !expanded ? undefined : ends,
  };
}

/** Extracts every command in `text` as an Invocation (tootctl parsed where it is tootctl). */
export function invocationsFromShell(text: string, offsets: number[] | undefined, ctx: ShellContext): Invocation[] {
  const parsed = parseShell(text, offsets);
  for (const p of parsed.problems) {
    ctx.problems?.push({ span: ctx.file.span(p.start, Math.max(p.start + 1, Math.min(p.end, p.start + 1))), message: `${p.message}: the shell fails to run this command` });
  }
  const out: Invocation[] = [];
  const env = cloneEnv(ctx.env);
  let allExport = false;
  for (const cmd of parsed.commands) {
    // Bare assignments (`DAYS=30`) set shell variables for later words; `export` makes them env.
    if (cmd.words.length === 0) {
      for (const a of cmd.assignments) assign(a, ctx.file, env, allExport ? 'exported variable' : 'shell variable');
      continue;
    }
    const words = cmd.words.map((w) => resolveWord(w, ctx.file, env.vars));
    const head = words[0]?.value;
    if (head === 'export' || head === 'declare' || head === 'typeset' || head === 'readonly') {
      const exporting = head === 'export' || cmd.words.some((w) => /^-[a-z]*x/.test(w.raw));
      for (const w of cmd.words.slice(1)) {
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.raw)) assign(w, ctx.file, env, exporting ? 'export' : 'shell variable');
        else if (exporting && /^[A-Za-z_][A-Za-z0-9_]*$/.test(w.raw)) {
          // `export X` exports a variable set earlier.
          const v = env.vars.get(w.raw);
          if (v) env.vars.set(w.raw, { ...v, exported: true });
        }
      }
      continue;
    }
    if (head === 'set' && (words.some((w) => /^-[a-z]*a[a-z]*$/.test(w.value ?? '')) || words.some((w) => w.value === 'allexport'))) {
      allExport = true;
      continue;
    }
    if (head === 'source' || head === '.') {
      env.kind = env.kind === 'container' ? 'container' : 'opaque';
      env.notes.push(`"${words[1]?.text ?? ''}" is sourced`);
      continue;
    }
    const cmdEnv = cloneEnv(env);
    for (const a of cmd.assignments) assign(a, ctx.file, cmdEnv, 'inline assignment');
    const invs = fromArgv(words, cmdEnv, cmd, ctx, []);
    for (const item of invs) out.push(item);
    // Shells fed a heredoc run its body (`sudo -u mastodon bash <<'EOF' ... EOF`) with the
    // environment the wrappers leave (sudo resets it).
    const shell = invs.find((i) => SHELLS.test(i.argv[0]?.value ?? ''));
    if (cmd.heredocs.length && shell) {
      const label = base(shell.argv[0]?.value ?? 'sh');
      for (const h of cmd.heredocs) {
        for (const inner of invocationsFromShell(h.text, h.offsets, { ...ctx, env: shell.env, depth: (ctx.depth ?? 0) + 1 })) {
          out.push({ ...inner, via: [...shell.via, `${label} <<heredoc`, ...inner.via] });
        }
      }
    }
  }
  return out;
}

function assign(w: ShellWord, file: SourceFile, env: Env, source: string): void {
  const eq = w.raw.indexOf('=');
  const name = w.raw.slice(0, eq).replace(/\+$/, '');
  // Resolve the value part: drop the `NAME=` prefix from the first literal part.
  const valueWord: ShellWord = { ...w, parts: [] };
  let skip = eq + 1;
  for (const p of w.parts) {
    if (skip > 0 && p.kind === 'lit') {
      const n = Math.min(skip, p.text.length);
      skip -= n;
      if (p.text.length > n) valueWord.parts.push({ kind: 'lit', text: p.text.slice(n), offsets: p.offsets.slice(n) });
    } else valueWord.parts.push(p);
  }
  const r = resolveWord(valueWord, file, env.vars);
  const was = env.vars.get(name);
  // A plain `X=1` stays a shell variable unless X was already exported (or `set -a` is on).
  const exported = source === 'shell variable' ? (was?.exported ?? (was ? true : false)) : true;
  env.vars.set(name, { value: r.value, span: file.span(w.start, w.end), source, exported });
}

const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|k|z)?sh$/;

function base(v: string | null): string {
  if (v === null) return '';
  const i = v.lastIndexOf('/');
  return i === -1 ? v : v.slice(i + 1);
}

/** Strips wrappers from argv; recurses into `-c` strings. */
function fromArgv(argv: Word[], env: Env, cmd: ShellCommand, ctx: ShellContext, via: string[]): Invocation[] {
  let i = 0;
  const depth = ctx.depth ?? 0;
  const nested = (w: Word | undefined, label: string, e: Env): Invocation[] | null => {
    if (!w) return [];
    if (w.value === null || !w.offsets || depth > 6) return null;
    // The end sentinel is one past the last value character, not the closing quote.
    const end = (w.offsets[w.offsets.length - 1] ?? w.span.end.offset - 1) + 1;
    return invocationsFromShell(w.value, [...w.offsets, end], { ...ctx, env: e, depth: depth + 1 }).map((inv) => ({
      ...inv,
      via: [...via, label, ...inv.via],
    }));
  };
  for (let guard = 0; guard < 32 && i < argv.length; guard++) {
    const name = base(argv[i]?.value ?? null);
    const rest = argv.slice(i + 1);
    if (name === 'sudo') {
      let j = 0;
      let preserve = false;
      let login = false;
      let user = 'root';
      for (; j < rest.length; j++) {
        const v = rest[j]!.value ?? '';
        if (v === '--') {
          j++;
          break;
        }
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          const k = v.indexOf('=');
          env = cloneEnv(env);
          env.vars.set(v.slice(0, k), { value: v.slice(k + 1), span: rest[j]!.span, source: 'sudo argument' });
          continue;
        }
        if (!v.startsWith('-')) break;
        if (v.startsWith('--')) {
          if (v.startsWith('--preserve-env')) preserve = true;
          else if (v === '--login') login = true;
          else if (v === '--user' || v === '--group' || v === '--prompt' || v === '--chdir') {
            if (v === '--user') user = rest[j + 1]?.text ?? user;
            j++;
          } else if (v.startsWith('--user=')) user = v.slice(7);
          continue;
        }
        // A cluster of short options (`-iu mastodon`, `-Hu mastodon`, `-umastodon`): the first
        // option that takes a value takes the rest of the cluster, or the next word.
        for (let k = 1; k < v.length; k++) {
          const c = v[k]!;
          if (c === 'E') preserve = true;
          else if (c === 'i') login = true;
          else if ('ugpCDhrtTU'.includes(c)) {
            const inline = v.slice(k + 1);
            const val = inline || rest[j + 1]?.text;
            if (!inline) j++;
            if (c === 'u' && val) user = val;
            break;
          }
        }
      }
      if (!preserve) {
        const kept = new Map([...env.vars].filter(([, ev]) => ev.source === 'sudo argument'));
        env = { vars: kept, kind: login ? 'opaque' : env.kind === 'container' ? 'container' : 'complete', notes: [...env.notes, `sudo resets the environment${login ? ' and -i reads the login profile' : ''}`] };
      } else if (login) env = { ...cloneEnv(env), kind: 'opaque' };
      via = [...via, `sudo -u ${user}`];
      i += 1 + j;
      continue;
    }
    if (name === 'su' || name === 'runuser') {
      let login = false;
      let script: Word | undefined;
      let j = 0;
      let dashdash = false;
      for (; j < rest.length; j++) {
        const v = rest[j]!.value ?? '';
        if (v === '-' || v === '-l' || v === '--login') login = true;
        else if (v === '-c' || v === '--command') script = rest[++j];
        else if (v === '-s' || v === '--shell' || v === '-u' || v === '-g' || v === '--user') j++;
        else if (v === '--') {
          dashdash = true;
          j++;
          break;
        } else if (v.startsWith('--command=')) script = { ...rest[j]!, value: v.slice(10), offsets: rest[j]!.offsets?.slice(10) };
      }
      const e = login ? { vars: new Map(), kind: 'opaque' as const, notes: [...env.notes, `${name} - starts a login shell`] } : env;
      if (script) {
        const r = nested(script, `${name} -c`, e);
        if (r) return r;
        return [mkInvocation([script], e, cmd, ctx, [...via, `${name} -c`], 'low')];
      }
      if (dashdash && name === 'runuser') {
        via = [...via, name];
        env = e;
        i += 1 + j;
        continue;
      }
      return [];
    }
    if (SHELLS.test(argv[i]?.value ?? '') ) {
      let j = 0;
      let login = false;
      for (; j < rest.length; j++) {
        const v = rest[j]!.value ?? '';
        if (!v.startsWith('-') || v === '--') break;
        if (/^-[a-z]*l/.test(v) || v === '--login') login = true;
        if (/^-[a-z]*c[a-z]*$/.test(v)) {
          const e = login ? { ...cloneEnv(env), kind: (env.kind === 'container' ? 'container' : 'opaque') as Env['kind'] } : env;
          const r = nested(rest[j + 1], `${name} ${v}`, e);
          if (r) return r;
          return rest[j + 1] ? [mkInvocation([rest[j + 1]!], e, cmd, ctx, [...via, `${name} ${v}`], 'low')] : [];
        }
      }
      // `bash script.sh`: the script is linted on its own when it is in the repo.
      break;
    }
    if (name === 'env') {
      let j = 0;
      env = cloneEnv(env);
      for (; j < rest.length; j++) {
        const v = rest[j]!.value ?? '';
        if (v === '-i' || v === '--ignore-environment' || v === '-') env.vars.clear();
        else if (v === '-u') env.vars.delete(rest[++j]?.value ?? '');
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
          const k = v.indexOf('=');
          env.vars.set(v.slice(0, k), { value: v.slice(k + 1), span: rest[j]!.span, source: 'env argument' });
        } else if (v === '-S' || v === '--split-string') {
          const r = nested(rest[j + 1], 'env -S', env);
          return r ?? [];
        } else if (!v.startsWith('-')) break;
      }
      via = [...via, 'env'];
      i += 1 + j;
      continue;
    }
    const skipOpts = SIMPLE_WRAPPERS[name];
    if (skipOpts) {
      let j = 0;
      for (; j < rest.length; j++) {
        const v = rest[j]!.value ?? '';
        if (v === '--') {
          j++;
          break;
        }
        if (!v.startsWith('-')) break;
        if (skipOpts.valued.includes(v)) j++;
      }
      j += skipOpts.positional;
      via = [...via, name];
      i += 1 + j;
      continue;
    }
    if (name === 'bundle' && argv[i + 1]?.value === 'exec') {
      via = [...via, 'bundle exec'];
      i += 2;
      continue;
    }
    if (name === 'ruby' && /tootctl$/.test(argv[i + 1]?.value ?? '')) {
      i += 1;
      continue;
    }
    const container = containerWrapper(argv, i);
    if (container) {
      env = { vars: new Map(container.env), kind: container.envFile ? 'opaque' : 'container', notes: [...env.notes] };
      via = [...via, container.label];
      i = container.next;
      continue;
    }
    break;
  }
  const inner = argv.slice(i);
  if (inner.length === 0) return [];
  return [mkInvocation(inner, env, cmd, ctx, via, ctx.confidence ?? 'high')];
}

const SIMPLE_WRAPPERS: Record<string, { valued: string[]; positional: number }> = {
  nice: { valued: ['-n', '--adjustment'], positional: 0 },
  ionice: { valued: ['-c', '-n', '-p', '--class', '--classdata'], positional: 0 },
  timeout: { valued: ['-k', '-s', '--kill-after', '--signal'], positional: 1 },
  flock: { valued: ['-w', '-E', '--timeout', '--conflict-exit-code'], positional: 1 },
  nohup: { valued: [], positional: 0 },
  exec: { valued: ['-a'], positional: 0 },
  command: { valued: [], positional: 0 },
  time: { valued: ['-f', '-o'], positional: 0 },
  chronic: { valued: [], positional: 0 },
  cronic: { valued: [], positional: 0 },
  'systemd-cat': { valued: ['-t', '-p', '--identifier', '--priority'], positional: 0 },
  setsid: { valued: [], positional: 0 },
  stdbuf: { valued: ['-i', '-o', '-e'], positional: 0 },
  chpst: { valued: ['-u', '-U', '-e', '-n', '-l', '-L'], positional: 0 },
  setlock: { valued: [], positional: 1 },
  'run-one': { valued: [], positional: 0 },
};

interface ContainerWrap {
  label: string;
  env: Map<string, { value: string | null; span?: Word['span']; source: string }>;
  envFile: boolean;
  next: number;
}

/** `docker compose exec web ...`, `docker exec c ...`, `kubectl exec pod -- ...`, podman likewise. */
function containerWrapper(argv: Word[], i: number): ContainerWrap | null {
  const v = (k: number) => argv[k]?.value ?? null;
  const name = base(v(i));
  let j = i + 1;
  let label = '';
  if ((name === 'docker' || name === 'podman') && (v(j) === 'compose' || v(j) === 'container')) {
    label = `${name} ${v(j)}`;
    j++;
  } else if (name === 'docker-compose' || name === 'podman-compose') label = name;
  else if (name === 'docker' || name === 'podman' || name === 'kubectl' || name === 'oc') label = name;
  else return null;
  // Global options before the subcommand (`docker compose -f x.yml exec`).
  while (v(j)?.startsWith('-')) j += ['-f', '--file', '-p', '--project-name', '-n', '--namespace', '--context', '--env-file', '-H', '--host'].includes(v(j)!) ? 2 : 1;
  const sub = v(j);
  if (sub !== 'exec' && sub !== 'run') return null;
  label += ` ${sub}`;
  j++;
  const env: ContainerWrap['env'] = new Map();
  let envFile = false;
  const valued = ['-e', '--env', '-u', '--user', '-w', '--workdir', '--name', '-v', '--volume', '--entrypoint', '--index', '-c', '--container', '-n', '--namespace', '--network', '-l', '--label', '--env-file', '-p', '--publish'];
  let positional = name === 'kubectl' || name === 'oc' ? 0 : 1;
  for (; j < argv.length; j++) {
    const o = v(j) ?? '';
    if (o === '--') {
      j++;
      break;
    }
    if (o.startsWith('-')) {
      if (o === '-e' || o === '--env') {
        const kv = v(j + 1) ?? '';
        const k = kv.indexOf('=');
        if (k > 0) env.set(kv.slice(0, k), { value: kv.slice(k + 1), span: argv[j + 1]!.span, source: `${label} -e` });
      }
      if (o === '--env-file') envFile = true;
      if (valued.includes(o)) j++;
      continue;
    }
    if (positional > 0) {
      positional--;
      continue;
    }
    if (name === 'kubectl' || name === 'oc') {
      // kubectl needs `--` before the command; the first positional is the pod.
      positional = -1;
      continue;
    }
    break;
  }
  return { label, env, envFile, next: j };
}

function mkInvocation(argv: Word[], env: Env, cmd: ShellCommand, ctx: ShellContext, via: string[], confidence: 'high' | 'low'): Invocation {
  const inv: Invocation = {
    file: ctx.file,
    argv,
    env,
    scheduler: ctx.scheduler,
    span: ctx.file.span(cmd.start, cmd.end),
    via,
    confidence,
  };
  const t = parseTootctl(argv);
  if (t) inv.tootctl = t;
  return inv;
}
