import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateScheduleText, validateSchedule, type ScheduleDialect } from '../../src/lint/schedule.ts';
import { SourceFile } from '../../src/lint/source.ts';

/** The bad part of `text` a problem points at, or 'ok'. */
function bad(text: string, dialect: ScheduleDialect): string {
  const p = validateScheduleText(text, dialect);
  if (!p) return 'ok';
  if (p.offsetInText === undefined) return '<whole>';
  return text.slice(p.offsetInText, p.offsetInText + (p.length ?? 1));
}

test('cron: what Vixie cron and cronie accept', () => {
  for (const t of ['0 4 * * *', '*/15 * * * *', '0-30/5 4 * * *', '0 4 * * mon-fri', '0 4 * JAN,jul *', '0 4 * * 7', '0 4 1,15 * *', '30 3 * * Sun', '@daily', '@reboot', '@midnight', '@annually']) {
    assert.equal(bad(t, 'vixie'), 'ok', t);
  }
});

test('cron: out-of-range values, unknown names, Quartz extensions and @every point at the bad field', () => {
  assert.equal(bad('0 25 * * *', 'vixie'), '25');
  assert.equal(bad('60 4 * * *', 'vixie'), '60');
  assert.equal(bad('0 4 0 * *', 'vixie'), '0');
  assert.equal(bad('0 4 * 13 *', 'vixie'), '13');
  assert.equal(bad('0 4 * * 8', 'vixie'), '8');
  assert.equal(bad('0 4 * * Monday', 'vixie'), 'Monday');
  assert.equal(bad('0 4 * * 1-9', 'vixie'), '9');
  assert.equal(bad('0 4 L * *', 'vixie'), 'L');
  assert.equal(bad('0 4 * * 1#2', 'vixie'), '1#2');
  assert.equal(bad('0 4 ? * *', 'vixie'), '?');
  assert.equal(bad('*/0 * * * *', 'vixie'), '/0');
  assert.equal(bad('@every 1h', 'vixie'), '@every');
  assert.equal(bad('@dialy', 'vixie'), '@dialy');
  assert.equal(bad('0 4', 'vixie'), '0 4');
  assert.match(validateScheduleText('0 25 * * *', 'vixie')!.message, /hour "25" is outside 0-23/);
});

test('cron: a date that never comes is reported, one that comes in some listed month is not', () => {
  assert.equal(bad('0 4 31 2 *', 'vixie'), '31 2');
  assert.match(validateScheduleText('0 4 30 2 *', 'vixie')!.consequence ?? '', /never runs/);
  assert.equal(bad('0 4 31 1,2 *', 'vixie'), 'ok');
  assert.equal(bad('0 4 31 2 1', 'vixie'), 'ok'); // cron ORs day-of-month and day-of-week
  assert.equal(bad('0 4 29 feb *', 'vixie'), 'ok'); // comes in leap years
  // Steps: `6/2` is June, August, October, December; `2-3/2` is February only.
  assert.equal(bad('0 4 31 6/2 *', 'vixie'), 'ok');
  assert.equal(bad('0 4 31 */2 *', 'vixie'), 'ok');
  assert.equal(bad('0 4 30 2-3/2 *', 'vixie'), '30 2-3/2');
  assert.equal(bad('0 4 31 4-6/7 *', 'vixie'), '31 4-6/7');
  assert.equal(bad('0 4 31 4,6 *', 'vixie'), '31 4,6');
});

test('Kubernetes: robfig/cron rules and the API server refusing TZ in the schedule', () => {
  for (const t of ['0 4 * * *', '@hourly', '@every 1h30m', '? 4 * * *', '0 4 * * mon-fri']) assert.equal(bad(t, 'kubernetes'), 'ok', t);
  assert.equal(bad('0 4 * * 7', 'kubernetes'), '7');
  assert.equal(bad('CRON_TZ=Europe/Berlin 0 4 * * *', 'kubernetes'), 'CRON_TZ=Europe/Berlin');
  assert.equal(bad('TZ=UTC 0 4 * * *', 'kubernetes'), 'TZ=UTC');
  assert.equal(bad('0 0 4 * * *', 'kubernetes'), '0 0 4 * * *');
  assert.equal(bad('5-1 * * * *', 'kubernetes'), '5-1');
  assert.equal(bad('@every soon', 'kubernetes'), '@every soon');
  assert.equal(bad('@reboot', 'kubernetes'), '@reboot');
});

test('systemd: calendar events systemd-analyze accepts', () => {
  for (const t of [
    'daily',
    'weekly',
    'minutely',
    'Quarterly',
    'semi-annually',
    'Mon *-*-* 04:00:00',
    '*-*-* 4:00',
    'Sun 03:00',
    'Mon,Wed 04:00',
    'Mon..Fri 04:00',
    'Sat,Sun',
    '*-*~1 04:00',
    '*-*~7/1',
    '*:0/15',
    '*-*-* *:00/30:00',
    '2024-01-01 00:00:00',
    '04:00:59.5',
    '@1700000000',
    'daily UTC',
    '*-*-* 04:00 Europe/Berlin',
  ]) {
    assert.equal(bad(t, 'systemd'), 'ok', t);
  }
});

test('systemd: what calendar_spec_from_string() rejects, pointing at the bad part', () => {
  assert.equal(bad('Sunday 25:00', 'systemd'), '25');
  assert.equal(bad('*-*-* 04:00 daily', 'systemd'), 'daily');
  assert.equal(bad('*-*-* 04:61', 'systemd'), '61');
  assert.equal(bad('04:00:60', 'systemd'), '60');
  assert.equal(bad('*-13-01', 'systemd'), '13');
  assert.equal(bad('*:50/15', 'systemd'), '50/15');
  assert.equal(bad('*-*-* 4..4:00', 'systemd'), '4..4');
  assert.equal(bad('Mond 04:00', 'systemd'), 'Mond');
  assert.equal(bad('Fri..Mon 04:00', 'systemd'), 'Mon');
  assert.equal(bad('*-*-* 04:00 Europe/Berln', 'systemd'), 'Europe/Berln');
  assert.equal(bad('0 4 * * *', 'systemd'), '0 4 * * *');
  assert.equal(bad('1960-01-01', 'systemd'), '1960');
  assert.match(validateScheduleText('0 4 * * *', 'systemd')!.message, /cron expression/);
});

test('Ansible: special_time names and key=value fields', () => {
  assert.equal(bad('daily', 'ansible'), 'ok');
  assert.equal(bad('dayly', 'ansible'), 'dayly');
  assert.equal(bad('minute=*/5 hour=4', 'ansible'), 'ok');
  assert.equal(bad('minute=0 hour=25', 'ansible'), '25');
  assert.equal(bad('0 4 * * *', 'ansible'), 'ok');
});

test('templated and unknown schedules are not validated', () => {
  const f = new SourceFile('x', 'x');
  const span = f.span(0, 1);
  assert.equal(validateScheduleText('{{ cron_minute }} 4 * * *', 'vixie'), null);
  assert.equal(validateScheduleText('${START_AT}', 'systemd'), null);
  assert.equal(validateSchedule({ kind: 'cron', text: '99 * * * *', known: false, span }, 'crontab'), null);
  assert.equal(validateSchedule({ kind: 'unknown', text: 'OnBootSec=5min', known: true, span }, 'systemd-timer'), null);
  assert.notEqual(validateSchedule({ kind: 'cron', text: '99 * * * *', known: true, span }, 'crontab'), null);
  assert.notEqual(validateSchedule({ kind: 'cron', text: '0 4 * * 7', known: true, span }, 'k8s-cronjob'), null);
  assert.equal(validateSchedule({ kind: 'cron', text: '0 4 * * 7', known: true, span }, 'crontab'), null);
});
