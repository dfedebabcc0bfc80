// Crontabs as cron(8) reads them: `NAME=value` environment lines, five time fields or an
// `@daily`-style nickname, a user field in /etc/crontab and /etc/cron.d, then the command. In the
// command an unescaped `%` ends the command (the rest is stdin) and `\%` is a literal `%`. Cron has
// no line continuations: a trailing `\` is passed to the shell and the next line is a new entry.

import { emptyEnv, cloneEnv, type Env, type Scheduler } from '../model.ts';
import type { ProjectModel } from '../model.ts';
import type { SourceFile } from '../source.ts';
import { addScheduledShell } from './common.ts';
import { parseShell } from '../parse/shell.ts';

const NICKNAMES = new Set(['@reboot', '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

export function extractCrontab(file: SourceFile, model: ProjectModel, withUser: boolean): void {
  const text = file.text;
  const env: Env = emptyEnv();
  // cron sets these itself; RAILS_ENV is not among them.
  let pos = 0;
  let continued = false;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const lineStart = pos;
    let line = text.slice(pos, eol);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = eol + 1;
    const lead = line.length - line.trimStart().length;
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) {
      continued = false;
      if (eol === text.length) break;
      continue;
    }
    if (continued) {
      // The previous entry ended with `\`: this line was meant to continue it, but cron reads it
      // as an entry of its own and rejects it. One finding, not one per rule that trips on it.
      continued = /\\$/.test(body.trimEnd());
      model.parseProblems.push({
        span: file.span(lineStart + lead, lineStart + line.length),
        message: 'cron reads this line as a separate entry, not as the continuation of the line above, and rejects it: the job runs without these arguments',
      });
      if (eol === text.length) break;
      continue;
    }
    const envm = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(body);
    if (envm && !/^[0-9*@]/.test(body)) {
      let v = envm[2]!.trimEnd();
      if ((v.startsWith('"') && v.endsWith('"') && v.length >= 2) || (v.startsWith("'") && v.endsWith("'") && v.length >= 2)) v = v.slice(1, -1);
      env.vars.set(envm[1]!, { value: v, span: file.span(lineStart + lead, lineStart + line.length), source: `crontab line ${file.position(lineStart).line}` });
    } else {
      continued = entry(file, model, body, lineStart + lead, withUser, env);
    }
    if (eol === text.length) break;
  }
}

/** Returns true when the entry ends with a `\\` (the next line is a failed continuation). */
function entry(file: SourceFile, model: ProjectModel, body: string, start: number, withUser: boolean, env: Env): boolean {
  // Split off the schedule (and user) fields, keeping offsets.
  const fields: { text: string; start: number; end: number }[] = [];
  const want = (body.startsWith('@') ? 1 : 5) + (withUser ? 1 : 0);
  let i = 0;
  while (fields.length < want && i < body.length) {
    while (i < body.length && (body[i] === ' ' || body[i] === '\t')) i++;
    const s = i;
    while (i < body.length && body[i] !== ' ' && body[i] !== '\t') i++;
    if (i > s) fields.push({ text: body.slice(s, i), start: start + s, end: start + i });
  }
  while (i < body.length && (body[i] === ' ' || body[i] === '\t')) i++;
  const lineEnd = start + body.length;
  const schedFields = withUser ? fields.slice(0, -1) : fields;
  const first = schedFields[0];
  const last = schedFields[schedFields.length - 1];
  const schedSpan = file.span(first?.start ?? start, last?.end ?? lineEnd);
  const schedText = schedFields.map((f) => f.text).join(' ');
  const user = withUser ? fields[fields.length - 1]?.text : undefined;
  const scheduler: Scheduler = {
    kind: withUser ? 'cron.d' : 'crontab',
    label: withUser ? `cron entry (user ${user ?? '?'})` : 'crontab entry',
    span: file.span(start, lineEnd),
    schedule: {
      kind: body.startsWith('@') ? 'special' : 'cron',
      text: schedText,
      known: true,
      span: schedSpan,
    },
  };
  if (body.startsWith('@') && !NICKNAMES.has(first?.text ?? '')) scheduler.schedule!.kind = 'special';
  // Command: cut at the first unescaped `%`, turn `\%` into `%`.
  const cmdStart = start + i;
  const raw = body.slice(i);
  let cmd = '';
  const offsets: number[] = [];
  let cutAt = -1;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    if (c === '\\' && raw[k + 1] === '%') {
      cmd += '%';
      offsets.push(cmdStart + k + 1);
      k++;
      continue;
    }
    if (c === '%') {
      cutAt = cmdStart + k;
      break;
    }
    cmd += c;
    offsets.push(cmdStart + k);
  }
  offsets.push((offsets[offsets.length - 1] ?? cmdStart - 1) + 1);
  const trimmed = cmd.trimEnd();
  const continues = /(^|[^\\])\\$/.test(trimmed);
  if (continues) {
    const at = offsets[trimmed.length - 1] ?? lineEnd - 1;
    model.parseProblems.push({
      span: file.span(at, at + 1),
      message: 'cron has no line continuations: this "\\" is passed to the command and the next line is read as a separate entry; put the entry on one line or in a script',
    });
    // Already reported: lint the command without the stray backslash.
    cmd = cmd.slice(0, trimmed.length - 1);
  }
  if (cmd.trim() === '') {
    model.parseProblems.push({ span: file.span(start, lineEnd), message: 'crontab entry has no command' });
    model.schedulers.push(scheduler);
    return continues;
  }
  // `date +%F` in a crontab: cron ends the command at the `%`, which usually leaves a quote or
  // `$(` open. Say that, once, instead of the shell's own complaint.
  const brokenByPercent = cutAt !== -1 && parseShell(cmd, offsets).problems.length > 0;
  if (brokenByPercent) {
    model.parseProblems.push({
      span: file.span(cutAt, cutAt + 1),
      message: 'cron ends the command at this unescaped "%" and feeds the rest to it as input, which leaves the command broken; escape it as "\\%"',
    });
  }
  addScheduledShell(model, file, scheduler, cmd, offsets, cloneEnv(env), 'high', !brokenByPercent);
  return continues;
}
