// Schedule validity for every scheduler format, the way each scheduler itself decides:
// - crontab, /etc/cron.d and Ansible `cron:` are read by Vixie cron / cronie: five fields, numbers,
//   `*`, ranges, steps, lists, three-letter month and weekday names, and the @nicknames;
// - Kubernetes CronJobs (and the Helm values that render them) are parsed by robfig/cron v3
//   `ParseStandard` and checked by the API server's `validateScheduleFormat`;
// - systemd `OnCalendar=` (and NixOS `startAt`) follow `calendar_spec_from_string()` in systemd's
//   src/shared/calendarspec.c, ported below step by step so that what `systemd-analyze calendar`
//   rejects is rejected here.
// A problem carries the offset of the bad part inside the schedule text, so MSTDN111 can underline it.

import type { Schedule, SchedulerKind } from './model.ts';

export interface ScheduleProblem {
  /** What is wrong and what is allowed, e.g. `hour "25" is outside 0-23`. */
  message: string;
  /** Offset of the bad part inside `schedule.text`, when it can be pointed at. */
  offsetInText?: number;
  /** Length of the bad part (with offsetInText). */
  length?: number;
  /** What follows, when it is not "the scheduler rejects it" (February 30th is accepted but never comes). */
  consequence?: string;
}

/** Which program reads the schedule, for messages ("cron", "systemd", "Kubernetes"). */
export type ScheduleDialect = 'vixie' | 'kubernetes' | 'systemd' | 'ansible';

export function dialectOf(schedule: Schedule, scheduler: SchedulerKind): ScheduleDialect | null {
  if (schedule.kind === 'oncalendar') return 'systemd';
  if (schedule.kind === 'ansible') return 'ansible';
  if (schedule.kind === 'cron' || schedule.kind === 'special') {
    return scheduler === 'k8s-cronjob' || scheduler === 'helm-values' ? 'kubernetes' : 'vixie';
  }
  return null;
}

/**
 * Validates a schedule as its scheduler reads it. Returns null when it is valid, unknown
 * (templated) or of a kind no scheduler validates (`unknown`: OnBootSec= and the like).
 */
export function validateSchedule(schedule: Schedule, scheduler: SchedulerKind): ScheduleProblem | null {
  if (!schedule.known) return null;
  const dialect = dialectOf(schedule, scheduler);
  if (!dialect) return null;
  return validateScheduleText(schedule.text, dialect);
}

export function validateScheduleText(text: string, dialect: ScheduleDialect): ScheduleProblem | null {
  if (/\{\{|\{%|\$\{|\$\(/.test(text)) return null; // a template: not validated
  switch (dialect) {
    case 'systemd':
      return validateOnCalendar(text);
    case 'kubernetes':
      return validateKubernetesSchedule(text);
    case 'ansible':
      return validateAnsible(text);
    case 'vixie':
      return validateCron(text);
  }
}

// ---------------------------------------------------------------------------------------------
// Cron fields (Vixie cron / cronie, and robfig/cron for Kubernetes)

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Offset of names[0] (months start at 1). */
  nameBase?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const VIXIE_FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  // cron accepts 7 for Sunday as well as 0.
  { name: 'day of week', min: 0, max: 7, names: DAYS, nameBase: 0 },
];

const ROBFIG_FIELDS: FieldSpec[] = VIXIE_FIELDS.map((f) => (f.name === 'day of week' ? { ...f, max: 6 } : f));

export const CRON_NICKNAMES = ['@reboot', '@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const ROBFIG_DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

interface Token {
  text: string;
  start: number;
}

function splitFields(text: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ text: m[0], start: m.index });
  return out;
}

function range(f: FieldSpec): string {
  const names = f.names ? ` or ${f.names[0]}-${f.names[f.names.length - 1]}` : '';
  return `${f.min}-${f.max}${names}`;
}

function problem(message: string, at: number, length: number): ScheduleProblem {
  return { message, offsetInText: at, length };
}

/** A five-field crontab schedule or an @nickname, as Vixie cron and cronie read it. */
export function validateCron(text: string): ScheduleProblem | null {
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return { message: 'the schedule is empty' };
  if (first.text.startsWith('@')) {
    if (first.text === '@every') {
      return problem('"@every" is not a cron nickname (it exists only in Go schedulers); use five fields such as "*/30 * * * *" or one of @hourly, @daily, @weekly, @monthly, @yearly, @reboot', first.start, first.text.length);
    }
    if (!CRON_NICKNAMES.includes(first.text.toLowerCase())) {
      return problem(`"${first.text}" is not a cron nickname; use one of ${CRON_NICKNAMES.join(', ')}`, first.start, first.text.length);
    }
    return null;
  }
  if (fields.length < 5) {
    const last = fields[fields.length - 1]!;
    return problem(`the entry has ${fields.length} time field${fields.length === 1 ? '' : 's'}, cron needs five (minute hour day-of-month month day-of-week)`, first.start, last.start + last.text.length - first.start);
  }
  const specs = VIXIE_FIELDS;
  for (let k = 0; k < 5; k++) {
    const p = validateField(fields[k]!, specs[k]!, 'vixie');
    if (p) return p;
  }
  return impossibleDate(fields.slice(0, 5));
}

/** A Kubernetes CronJob `schedule:`: robfig/cron v3 ParseStandard plus the API server's TZ rule. */
export function validateKubernetesSchedule(text: string): ScheduleProblem | null {
  const trimmed = text.trim();
  // The API server refuses any schedule containing "TZ" on create (validateScheduleFormat).
  const tz = /\S*TZ\S*/.exec(text);
  if (tz) {
    return problem(
      `"${tz[0]}" in the schedule is refused by the Kubernetes API server ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"); move the zone to spec.timeZone`,
      tz.index,
      tz[0].length,
    );
  }
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return { message: 'the schedule is empty' };
  if (first.text.startsWith('@')) {
    if (first.text === '@every') {
      const dur = trimmed.slice('@every'.length).trim();
      if (!isGoDuration(dur)) {
        return problem(`"@every" needs a Go duration such as "1h30m", got "${dur}"`, first.start, trimmed.length);
      }
      return null;
    }
    if (!ROBFIG_DESCRIPTORS.includes(first.text)) {
      return problem(`"${first.text}" is not a schedule Kubernetes knows; use five fields or one of ${ROBFIG_DESCRIPTORS.join(', ')}`, first.start, first.text.length);
    }
    if (fields.length > 1) return problem(`unexpected "${fields[1]!.text}" after "${first.text}"`, fields[1]!.start, fields[1]!.text.length);
    return null;
  }
  if (fields.length !== 5) {
    const last = fields[fields.length - 1]!;
    return problem(
      `the schedule has ${fields.length} field${fields.length === 1 ? '' : 's'}, Kubernetes needs exactly five (minute hour day-of-month month day-of-week; no seconds field)`,
      first.start,
      last.start + last.text.length - first.start,
    );
  }
  for (let k = 0; k < 5; k++) {
    const p = validateField(fields[k]!, ROBFIG_FIELDS[k]!, 'robfig');
    if (p) return p;
  }
  return impossibleDate(fields);
}

const ANSIBLE_SPECIAL = ['annually', 'daily', 'hourly', 'monthly', 'reboot', 'weekly', 'yearly'];
const ANSIBLE_KEYS = ['minute', 'hour', 'day', 'month', 'weekday'];

/**
 * An Ansible `cron:` task. The text is either the five values in task order
 * (`minute hour day month weekday`), `key=value` pairs (`minute=0 hour=4`), or a `special_time`
 * value (`daily`, with or without `@`). Ansible writes the values into a crontab line as they are.
 */
export function validateAnsible(text: string): ScheduleProblem | null {
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return null;
  if (fields.length === 1 && /^@?[a-z]+$/i.test(first.text)) {
    const name = first.text.replace(/^@/, '');
    if (ANSIBLE_SPECIAL.includes(name)) return null;
    return problem(`special_time "${name}" is not one of ${ANSIBLE_SPECIAL.join(', ')}`, first.start, first.text.length);
  }
  if (fields.every((f) => /^[a-z_]+=/.test(f.text))) {
    const byKey = new Map<string, Token>();
    for (const f of fields) {
      const eq = f.text.indexOf('=');
      const key = f.text.slice(0, eq);
      if (key === 'special_time') {
        const v = f.text.slice(eq + 1);
        if (!ANSIBLE_SPECIAL.includes(v)) return problem(`special_time "${v}" is not one of ${ANSIBLE_SPECIAL.join(', ')}`, f.start + eq + 1, v.length);
        continue;
      }
      byKey.set(key, { text: f.text.slice(eq + 1), start: f.start + eq + 1 });
    }
    for (let k = 0; k < 5; k++) {
      const t = byKey.get(ANSIBLE_KEYS[k]!);
      if (!t) continue;
      if (t.text === '') return problem(`${ANSIBLE_KEYS[k]} is empty`, t.start, 0);
      const p = validateField(t, VIXIE_FIELDS[k]!, 'vixie');
      if (p) return p;
    }
    return null;
  }
  return validateCron(text);
}

/** One field: a comma list of `*`, `N`, `N-M`, each with an optional `/step`. */
function validateField(tok: Token, spec: FieldSpec, dialect: 'vixie' | 'robfig'): ScheduleProblem | null {
  const who = dialect === 'vixie' ? 'cron' : 'Kubernetes';
  let pos = 0;
  for (const item of tok.text.split(',')) {
    const at = tok.start + pos;
    pos += item.length + 1;
    if (item === '') return problem(`${spec.name} "${tok.text}" has an empty list element`, tok.start, tok.text.length);
    // Quartz/cron-parser extensions (L, W, #, H, ?) that cron does not have; names such as "wed" are not them.
    const stripped = item.replace(/[a-z]{3}/gi, (w) => (spec.names?.includes(w.toLowerCase()) ? '' : w));
    const special = /[#?]|\b(L|LW|W|H)\b|\dL|\dW|^H\(/i.exec(stripped.replace(/\d+/g, (d) => ` ${d} `));
    if (special && !(dialect === 'robfig' && item === '?')) {
      return problem(`${spec.name} "${item}" uses "${special[0].trim().replace(/^\d+/, '')}", which ${who} does not support; allowed: ${range(spec)}, "*", ranges, steps and lists`, at, item.length);
    }
    const slash = item.indexOf('/');
    const base = slash === -1 ? item : item.slice(0, slash);
    const step = slash === -1 ? null : item.slice(slash + 1);
    let lo: number | null;
    let hi: number | null;
    if (base === '*' || (dialect === 'robfig' && base === '?')) {
      lo = spec.min;
      hi = spec.max;
    } else {
      const dash = base.indexOf('-', 1);
      const a = dash === -1 ? base : base.slice(0, dash);
      const b = dash === -1 ? null : base.slice(dash + 1);
      lo = valueOf(a, spec);
      if (lo === null) return badValue(spec, a, at, who);
      if (lo < spec.min || lo > spec.max) return outOfRange(spec, a, at);
      if (b !== null) {
        if (b.includes('-')) return problem(`${spec.name} "${item}" has too many "-"`, at, item.length);
        hi = valueOf(b, spec);
        if (hi === null) return badValue(spec, b, at + a.length + 1, who);
        if (hi < spec.min || hi > spec.max) return outOfRange(spec, b, at + a.length + 1);
        if (dialect === 'robfig' && lo > hi) {
          return problem(`${spec.name} range "${base}" starts after it ends, which Kubernetes rejects; write the smaller value first`, at, base.length);
        }
      } else {
        hi = lo;
      }
    }
    if (step !== null) {
      if (!/^\d+$/.test(step)) return problem(`${spec.name} step "/${step}" is not a number`, at + slash, step.length + 1);
      const n = Number(step);
      if (n === 0) return problem(`${spec.name} step "/0" is not allowed; use a step of 1 or more`, at + slash, step.length + 1);
    }
  }
  return null;
}

function valueOf(s: string, spec: FieldSpec): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (spec.names && /^[a-z]{3}$/i.test(s)) {
    const i = spec.names.indexOf(s.toLowerCase());
    if (i !== -1) return i + (spec.nameBase ?? 0);
  }
  return null;
}

function badValue(spec: FieldSpec, s: string, at: number, who: string): ScheduleProblem {
  const hint = spec.names && /^[a-z]+$/i.test(s) ? ` (${who} takes three-letter names such as "${spec.names[1]}")` : '';
  return problem(`${spec.name} "${s}" is not a number or name${hint}; allowed: ${range(spec)}`, at, s.length || 1);
}

function outOfRange(spec: FieldSpec, s: string, at: number): ScheduleProblem {
  return problem(`${spec.name} "${s}" is outside ${spec.min}-${spec.max}`, at, s.length);
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days of month that no listed month has (`0 4 31 2 *`): cron accepts the line and never runs it.
 * Only when day-of-week is `*` (cron ORs the two day fields otherwise) and the day field is a plain
 * list; February counts 29 days, as the date does come in leap years.
 */
function impossibleDate(fields: Token[]): ScheduleProblem | null {
  const dom = fields[2]!;
  const month = fields[3]!;
  const dow = fields[4]!;
  if (dom.text === '*' || dow.text !== '*' || !/^[\d,]+$/.test(dom.text)) return null;
  const firstDay = Math.min(...dom.text.split(',').filter(Boolean).map(Number));
  const maxDay = Math.max(...monthsOf(month.text).map((m) => MONTH_DAYS[m - 1] ?? 31));
  if (!(firstDay > maxDay)) return null;
  return {
    message: `day of month "${dom.text}" never occurs in month "${month.text}" (at most ${maxDay} days)`,
    offsetInText: dom.start,
    length: month.start + month.text.length - dom.start,
    consequence: 'cron accepts the entry but the date never comes, so the job never runs; use a day that exists in that month',
  };
}

/**
 * The months a month field lists, steps included: `*` or a range with a step (`2-8/2`), and `6/2`
 * (June to December, as cronie and robfig/cron read a start with a step). Anything unreadable
 * counts as every month, so no date is called impossible on a guess.
 */
function monthsOf(text: string): number[] {
  const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const [range = '', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return ALL;
    let lo: number | null;
    let hi: number | null;
    if (range === '*') [lo, hi] = [1, 12];
    else {
      const [a = '', b] = range.split('-');
      lo = valueOf(a, VIXIE_FIELDS[3]!);
      hi = b !== undefined ? valueOf(b, VIXIE_FIELDS[3]!) : stepText !== undefined ? 12 : lo;
    }
    if (lo === null || hi === null) return ALL;
    for (let m = lo; m <= hi; m += step) out.add(m);
  }
  return out.size ? [...out] : ALL;
}

function isGoDuration(s: string): boolean {
  return /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/.test(s) || s === '0';
}

// ---------------------------------------------------------------------------------------------
// systemd calendar events (systemd.time(7)), ported from calendarspec.c

const USEC = 1_000_000;
const INT_MAX = 2147483647;

const SYSTEMD_SHORTHANDS = new Set([
  'minutely',
  'hourly',
  'daily',
  'monthly',
  'weekly',
  'yearly',
  'annually',
  'anually',
  'quarterly',
  'semiannually',
  'semi-annually',
  'biannually',
  'bi-annually',
]);

const WEEKDAY_NAMES: [string, number][] = [
  ['monday', 0],
  ['mon', 0],
  ['tuesday', 1],
  ['tue', 1],
  ['wednesday', 2],
  ['wed', 2],
  ['thursday', 3],
  ['thu', 3],
  ['friday', 4],
  ['fri', 4],
  ['saturday', 5],
  ['sat', 5],
  ['sunday', 6],
  ['sun', 6],
];

interface Component {
  start: number;
  stop: number;
  repeat: number;
  /** Where the component is written, for messages. */
  at: number;
  end: number;
}

class CalendarError extends Error {
  constructor(
    message: string,
    readonly at: number,
    readonly length: number,
  ) {
    super(message);
  }
}

/** Validates one `OnCalendar=` value as systemd does; null when `systemd-analyze calendar` accepts it. */
export function validateOnCalendar(raw: string): ScheduleProblem | null {
  const text = raw.replace(/^[ \t\n\r]+/, '').replace(/[ \t\n\r]+$/, '');
  const lead = raw.indexOf(text);
  if (text === '') return { message: 'the calendar event is empty', offsetInText: 0, length: raw.length };
  try {
    new CalendarParser(text).parse();
    return null;
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    if (/^[\d*/,\-a-z]+( +[\d*/,\-a-z]+){4}$/i.test(text) && /\* \*|\d \*|\* \d/.test(text)) {
      return {
        message: `"${text}" is a cron expression, not a systemd calendar event; write it as "DayOfWeek Year-Month-Day Hour:Minute:Second", e.g. "*-*-* 04:00:00"`,
        offsetInText: lead,
        length: text.length,
      };
    }
    return { message: e.message, offsetInText: lead + e.at, length: Math.max(1, e.length) };
  }
}

/** Whether systemd would accept `name` as a time zone: IANA names known to the runtime. */
function isTimezone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || name === name.toLowerCase()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

class CalendarParser {
  private p = 0;
  private s: string;
  private endOfMonth = false;
  private chains: { year?: Component[]; month?: Component[]; day?: Component[]; hour?: Component[]; minute?: Component[]; second?: Component[] } = {};

  constructor(private full: string) {
    this.s = full;
  }

  parse(): void {
    let s = this.full;
    // Time zone at the end: " UTC", the local zone's abbreviation, or an IANA name after the last space.
    if (/ utc$/i.test(s)) s = s.slice(0, -4);
    else {
      const sp = s.lastIndexOf(' ');
      if (sp !== -1) {
        const tz = s.slice(sp + 1);
        if (isTimezone(tz) || /^[A-Z]{3,5}$/.test(tz)) s = s.slice(0, sp);
      }
    }
    if (s === '') throw new CalendarError('the calendar event has only a time zone', 0, this.full.length);
    this.s = s;
    if (SYSTEMD_SHORTHANDS.has(s.toLowerCase())) return;
    this.parseWeekdays();
    const stamp = this.parseDate();
    if (!stamp) this.parseTime();
    if (this.p < this.s.length) throw this.unexpected();
    this.validate();
  }

  private unexpected(): CalendarError {
    const rest = this.s.slice(this.p);
    const lead = rest.length - rest.trimStart().length;
    const word = /^\S*/.exec(rest.slice(lead))?.[0] || rest.slice(0, 1);
    const at = this.p + lead;
    if (word.includes('/') && at === this.full.lastIndexOf(' ') + 1) {
      return new CalendarError(`"${word}" is not a time zone systemd knows; use an IANA name such as "Europe/Berlin", or "UTC"`, at, word.length);
    }
    if (lead > 0 || (this.p > 0 && this.s[this.p - 1] === ' ')) {
      return new CalendarError(`unexpected "${word}" after the calendar event; OnCalendar= takes one event per line ("DayOfWeek Year-Month-Day Hour:Minute:Second")`, at, word.length);
    }
    return new CalendarError(`"${word}" is not valid here; the form is "DayOfWeek Year-Month-Day Hour:Minute:Second", e.g. "Mon *-*-* 04:00:00"`, at, word.length);
  }

  private parseWeekdays(): void {
    const s = this.s;
    let l = -1;
    let first = true;
    for (;;) {
      const lower = s.slice(this.p).toLowerCase();
      const hit = WEEKDAY_NAMES.find(([name]) => lower.startsWith(name));
      if (!hit) {
        if (first) return;
        throw new CalendarError(`expected a weekday name (Mon..Sun) at "${/^\S*/.exec(s.slice(this.p))?.[0] ?? ''}"`, this.p, 1);
      }
      const [name, nr] = hit;
      const at = this.p;
      const after = s[this.p + name.length];
      if (after !== undefined && !['-', '.', ',', ' '].includes(after)) {
        const w = /^[^\s,.]*/.exec(s.slice(this.p))?.[0] ?? name;
        throw new CalendarError(`"${w}" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or the full names`, at, w.length);
      }
      if (l >= 0 && l > nr) throw new CalendarError(`the weekday range ending in "${s.slice(at, at + name.length)}" runs backwards; systemd needs the earlier day first, as in "Mon..Fri"`, at, name.length);
      this.p += name.length;
      const c = s[this.p];
      if (c === undefined) return;
      if (c === ' ') {
        while (s[this.p] === ' ') this.p++;
        return;
      }
      if (c === '.') {
        if (l >= 0 || s[this.p + 1] !== '.') throw new CalendarError('a weekday range is written "Mon..Fri"', at, this.p + 1 - at);
        l = nr;
        this.p += 2;
      } else if (c === '-') {
        if (l >= 0) throw new CalendarError('a weekday range is written "Mon..Fri"', at, this.p + 1 - at);
        l = nr;
        this.p += 1;
      } else if (c === ',') {
        l = -1;
        this.p += 1;
      }
      const d = s[this.p];
      if (d === undefined || d === ' ') {
        while (s[this.p] === ' ') this.p++;
        if (l >= 0) throw new CalendarError('the weekday range has no end', at, this.p - at);
        return;
      }
      first = false;
    }
  }

  /** Returns true for `@TIMESTAMP` (no time part follows). */
  private parseDate(): boolean {
    const s = this.s;
    if (this.p >= s.length) return false;
    if (s[this.p] === '@') {
      const m = /^\d+/.exec(s.slice(this.p + 1));
      if (!m) throw new CalendarError('"@" must be followed by seconds since the epoch', this.p, 1);
      const secs = Number(m[0]);
      const year = new Date(secs * 1000).getUTCFullYear();
      if (!Number.isFinite(year) || year < 1970 || year > 2199) throw new CalendarError(`the timestamp "${m[0]}" is outside the years 1970-2199`, this.p, m[0].length + 1);
      this.p += 1 + m[0].length;
      return true;
    }
    let t = this.p;
    const first = this.parseChain(t, false);
    t = first.next;
    if (t >= s.length || s[t] === ':') return false; // it was a time, not a date
    if (s[t] === '~') this.endOfMonth = true;
    else if (s[t] !== '-') throw this.at(t, 'expected "-" between the parts of the date (Year-Month-Day)');
    t++;
    const second = this.parseChain(t, false);
    t = second.next;
    if (t >= s.length || s[t] === ' ') {
      while (s[t] === ' ') t++;
      this.p = t;
      this.chains.month = first.chain;
      this.chains.day = second.chain;
      return false;
    } else if (this.endOfMonth) throw this.at(t, '"~" (days from the end of the month) goes between month and day only');
    if (s[t] === '~') this.endOfMonth = true;
    else if (s[t] !== '-') throw this.at(t, 'expected "-" between the parts of the date (Year-Month-Day)');
    t++;
    const third = this.parseChain(t, false);
    t = third.next;
    if (t < s.length && s[t] !== ' ') throw this.at(t, 'expected a space after the date');
    while (s[t] === ' ') t++;
    this.p = t;
    this.chains.year = first.chain;
    this.chains.month = second.chain;
    this.chains.day = third.chain;
    return false;
  }

  private parseTime(): void {
    const s = this.s;
    let t = this.p;
    if (t >= s.length) return; // no time: 00:00:00
    const h = this.parseChain(t, false);
    t = h.next;
    if (s[t] !== ':') throw this.at(t, 'expected ":" between hour and minute (Hour:Minute[:Second])');
    t++;
    const m = this.parseChain(t, false);
    t = m.next;
    this.chains.hour = h.chain;
    this.chains.minute = m.chain;
    if (t >= s.length) {
      this.p = t;
      return;
    }
    if (s[t] !== ':') {
      this.p = t;
      throw this.unexpected();
    }
    t++;
    const sec = this.parseChain(t, true);
    t = sec.next;
    this.chains.second = sec.chain;
    this.p = t;
  }

  private at(t: number, message: string): CalendarError {
    const word = /^\S*/.exec(this.s.slice(t))?.[0] || this.s.slice(t, t + 1);
    if (t >= this.s.length) return new CalendarError(`${message}, but the event ends here`, Math.max(0, this.s.length - 1), 1);
    return new CalendarError(`${message}, not "${word}"`, t, word.length);
  }

  /** `*` or a comma list of `N`, `N..M`, `N/R`, `N..M/R`. */
  private parseChain(t: number, usec: boolean): { chain: Component[] | undefined; next: number } {
    const s = this.s;
    if (s[t] === '*') {
      return { chain: usec ? [{ start: 0, stop: -1, repeat: USEC, at: t, end: t + 1 }] : undefined, next: t + 1 };
    }
    const chain: Component[] = [];
    for (let n = 0; ; n++) {
      if (n > 240) throw new CalendarError('too many list elements', t, 1);
      const at = t;
      const a = this.decimal(t, usec);
      t = a.next;
      let stop = -1;
      let repeat = 0;
      if (s[t] === '.' && s[t + 1] === '.') {
        const b = this.decimal(t + 2, usec);
        stop = b.value;
        t = b.next;
        repeat = usec ? USEC : 1;
      }
      if (s[t] === '/') {
        const r = this.decimal(t + 1, usec);
        if (r.value === 0) throw new CalendarError('a repetition of "/0" is not allowed', t, r.next - t);
        repeat = r.value;
        t = r.next;
      } else if (usec && stop >= 0 && a.value + repeat > stop) {
        throw new CalendarError('a seconds range must span at least one second', at, t - at);
      }
      if (t < s.length && ![' ', ',', '-', '~', ':'].includes(s[t]!)) {
        const word = /^[^\s,:~-]*/.exec(s.slice(at))?.[0] ?? '';
        throw new CalendarError(`"${word}" is not a number, range ("1..5") or repetition ("0/15")`, at, word.length || 1);
      }
      chain.push({ start: a.value, stop, repeat, at, end: t });
      if (s[t] === ',') {
        t++;
        continue;
      }
      return { chain, next: t };
    }
  }

  private decimal(t: number, usec: boolean): { value: number; next: number } {
    const s = this.s;
    const m = /^\d+/.exec(s.slice(t));
    if (!m) {
      const word = /^[^\s,:~-]*/.exec(s.slice(t))?.[0] || s.slice(t, t + 1);
      if (t >= s.length) throw new CalendarError('a number is missing at the end', Math.max(0, s.length - 1), 1);
      throw new CalendarError(`"${word}" is not a number`, t, word.length);
    }
    let value = Number(m[0]);
    let next = t + m[0].length;
    if (usec) {
      value *= USEC;
      if (s[next] === '.' && s[next + 1] !== '.') {
        const f = /^\d+/.exec(s.slice(next + 1));
        if (!f) throw new CalendarError('a decimal point must be followed by digits', next, 1);
        const digits = (f[0] + '000000').slice(0, 6);
        value += Number(digits) + (/[5-9]/.test(f[0][6] ?? '') ? 1 : 0);
        next += 1 + f[0].length;
      }
    }
    if (value > INT_MAX) throw new CalendarError(`"${m[0]}" is too large`, t, m[0].length);
    return { value, next };
  }

  private validate(): void {
    const c = this.chains;
    if (this.endOfMonth && !c.day) this.endOfMonth = false;
    if (c.year) for (const y of c.year) fixYear(y);
    this.chainValid(c.year, 1970, 2199, false, 'year');
    this.chainValid(c.month, 1, 12, false, 'month');
    this.chainValid(c.day, 1, 31, this.endOfMonth, 'day');
    this.chainValid(c.hour, 0, 23, false, 'hour');
    this.chainValid(c.minute, 0, 59, false, 'minute');
    this.chainValid(c.second, 0, 60 * USEC - 1, false, 'second');
  }

  private chainValid(chain: Component[] | undefined, from: number, to: number, eom: boolean, name: string): void {
    if (!chain) return;
    const usec = name === 'second';
    const d = usec ? USEC : 1;
    if (eom) to -= 3;
    const shown = (v: number) => String(usec ? v / USEC : v);
    const allowed = usec ? '0-59' : eom ? `1-${to} days before the end of the month` : `${from}-${to}`;
    for (const k of chain) {
      const text = this.s.slice(k.at, k.end);
      // normalize_chain(): the end of a stepped range is moved down to the last repetition.
      let stop = k.stop;
      if (stop > k.start && k.repeat > 0) stop -= (stop - k.start) % k.repeat;
      if (k.start < from || k.start > to) {
        throw new CalendarError(`${name} "${text}" is outside ${allowed}`, k.at, k.end - k.at);
      }
      if (k.repeat > to - from) {
        throw new CalendarError(`${name} "${text}" repeats every ${shown(k.repeat)}, more than the whole ${name} range ${allowed}`, k.at, k.end - k.at);
      }
      if (stop >= 0) {
        if (stop < from || stop > to) throw new CalendarError(`${name} "${text}" ends outside ${allowed}`, k.at, k.end - k.at);
        if (k.start + k.repeat > stop) {
          throw new CalendarError(`${name} range "${text}" must end at least one step (${shown(k.repeat || d)}) after it starts`, k.at, k.end - k.at);
        }
      } else {
        if (eom && k.start - k.repeat < from) throw new CalendarError(`${name} "${text}" repeats past the start of the month`, k.at, k.end - k.at);
        if (!eom && k.start + k.repeat > to) {
          throw new CalendarError(`${name} "${text}" repeats past ${shown(to)}; systemd needs the first repetition to fit in ${allowed}`, k.at, k.end - k.at);
        }
      }
    }
  }
}

function fixYear(c: Component): void {
  if (c.start >= 0 && c.start < 70) c.start += 2000;
  else if (c.start >= 70 && c.start < 100) c.start += 1900;
  if (c.stop >= 0 && c.stop < 70) c.stop += 2000;
  else if (c.stop >= 70 && c.stop < 100) c.stop += 1900;
}
