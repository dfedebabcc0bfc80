import { defineRule } from '../rule.ts';
import type { Invocation, Scheduler } from '../model.ts';
import type { SourceFile, Span } from '../source.ts';
import { dialectOf, validateSchedule, type ScheduleDialect, type ScheduleProblem } from '../schedule.ts';

const CONSEQUENCE: Record<ScheduleDialect, string> = {
  vixie: 'cron rejects this entry, so the job never runs',
  ansible: 'cron rejects the line Ansible writes, so the job never runs',
  kubernetes: 'the Kubernetes API server rejects the CronJob, so the job never runs',
  systemd: 'systemd ignores this OnCalendar= value, so the timer never fires',
};

const NIXOS = 'NixOS writes it to OnCalendar=, which systemd ignores, so the job never runs';

/** A cron field written where cron expects the command: `0 0 4 * * * cmd` (a seconds field). */
const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

export default defineRule({
  id: 'MSTDN111',
  name: 'invalid-schedule',
  severity: 'error',
  short: 'The schedule is not valid, so the job never runs',
  full:
    'A cron line with a bad field, an unknown @nickname or a seconds field, a systemd `OnCalendar=` (or NixOS `startAt`) ' +
    'that systemd-analyze rejects, a Kubernetes CronJob schedule the API server refuses, or an Ansible cron task with an ' +
    'invalid minute or hour is rejected by its scheduler: the cleanup job silently never runs and the media cache grows.',
  check: {
    project(model, ctx) {
      // Looked up once: a crontab with 100k entries must not cost 100k scans.
      const firstInvocation = new Map<Scheduler, Invocation>();
      for (const i of model.invocations) if (i.scheduler && !firstInvocation.has(i.scheduler)) firstInvocation.set(i.scheduler, i);
      const files = new Map(model.files.map((f) => [f.path, f]));
      const seen = new Set<Scheduler>();
      for (const s of model.schedulers) {
        if (seen.has(s) || !s.schedule) continue;
        seen.add(s);
        const schedule = s.schedule;
        const dialect = dialectOf(schedule, s.kind);
        if (!dialect || !schedule.known) continue;
        const p: (ScheduleProblem & { span?: Span }) | null = validateSchedule(schedule, s.kind) ?? (dialect === 'vixie' ? secondsField(firstInvocation.get(s), s) : null);
        if (!p) continue;
        const span = p.span ?? narrow(files, schedule.span, schedule.text, p);
        const consequence = p.consequence ?? (dialect === 'systemd' && s.kind === 'nixos' ? NIXOS : CONSEQUENCE[dialect]);
        ctx.report({
          span,
          message: `${p.message}; ${consequence}`,
          related: span !== s.span ? [{ span: s.span, message: `${s.label}` }] : [],
        });
      }
    },
  },
});

/** The part of the schedule the problem is about, when the schedule text is the file text. */
function narrow(files: Map<string, SourceFile>, span: Span, text: string, p: ScheduleProblem): Span {
  if (p.offsetInText === undefined) return span;
  const file = files.get(span.file);
  if (!file || file.text.slice(span.start.offset, span.end.offset) !== text) return span;
  const start = span.start.offset + p.offsetInText;
  const end = Math.min(span.end.offset, start + Math.max(1, p.length ?? 1));
  return file.span(start, end);
}

/**
 * `0 0 4 * * * cmd` in a crontab: cron reads five fields and runs `* cmd`. Seen as a command
 * whose first word is a cron field (or, in cron.d, a user field that is one).
 */
function secondsField(inv: Invocation | undefined, s: Scheduler): (ScheduleProblem & { span?: Span }) | null {
  if ((s.kind !== 'crontab' && s.kind !== 'cron.d') || s.schedule?.kind !== 'cron') return null;
  const user = /\(user ([^)]*)\)/.exec(s.label)?.[1];
  const first = inv?.argv[0];
  const looksLikeField = (user !== undefined && CRON_FIELD.test(user)) || (user === undefined && first?.value != null && CRON_FIELD.test(first.value));
  if (!looksLikeField) return null;
  const text = s.schedule.text;
  const sched = s.schedule.span;
  const span =
    user === undefined && first && first.span.file === sched.file && first.span.start.offset >= sched.end.offset
      ? { file: sched.file, start: sched.start, end: first.span.end }
      : sched;
  return {
    message: `the entry has six time fields but cron has no seconds field: it reads "${text}" as the schedule and runs the sixth field as part of the command`,
    consequence: 'the command fails every time; remove the seconds field',
    span,
  };
}
