import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN111',
  name: 'invalid-schedule',
  severity: 'error',
  short: 'The schedule is not valid, so the job never runs (or runs when you do not expect)',
  full:
    'A cron line with a bad field, an unknown @nickname, a systemd `OnCalendar=` that systemd-analyze rejects, or an Ansible cron task with an invalid minute/hour is rejected by the scheduler: the job silently never runs.',
  check: {},
});
