import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import type { Invocation } from '../../../src/lint/model.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}

const CRON_TASKS = [
  '---',
  '# Maintenance jobs for the Mastodon user.',
  '- name: Cron environment for the mastodon user',
  '  ansible.builtin.cron:',
  '    name: RAILS_ENV',
  '    env: true',
  '    job: production',
  '    user: mastodon',
  '',
  '- name: Remove cached remote media',
  '  ansible.builtin.cron:',
  '    name: media remove',
  '    user: mastodon',
  '    minute: "15"',
  '    hour: "3"',
  '    job: "cd {{ mastodon_home }}/live && bin/tootctl media remove --days 14 > /dev/null"',
  '',
  '- name: Prune remote profiles',
  '  ansible.builtin.cron:',
  '    name: prune profiles',
  '    user: mastodon',
  '    special_time: weekly',
  '    job: >-',
  '      cd /home/mastodon/live &&',
  '      bin/tootctl media remove --prune-profiles --days 7',
  '',
  '- name: Old refresh job, removed',
  '  ansible.builtin.cron:',
  '    name: refresh',
  '    user: mastodon',
  '    state: absent',
  '    job: "bin/tootctl accounts refresh --all"',
  '',
  '- name: Header cleanup, commented out in the crontab',
  '  cron:',
  '    name: headers',
  '    user: mastodon',
  '    disabled: yes',
  '    job: "bin/tootctl media remove --remove-headers"',
  '',
  '# - name: Never written',
  '#   cron: name=x job="bin/tootctl media remove --prune-profiles"',
  '',
].join('\n');

test('Ansible cron tasks: scheduled, env from env tasks, state: absent / disabled / comments run nothing', () => {
  const files = { 'roles/mastodon/tasks/cron.yml': CRON_TASKS };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map((i) => [argv(i)[0], i.scheduler?.label]), [
    ['cd', 'Ansible cron task "Remove cached remote media"'],
    ['bin/tootctl', 'Ansible cron task "Remove cached remote media"'],
    ['cd', 'Ansible cron task "Prune remote profiles"'],
    ['bin/tootctl', 'Ansible cron task "Prune remote profiles"'],
  ]);
  const prune = r.model.invocations[3]!;
  assert.equal(prune.scheduler?.kind, 'ansible-cron');
  assert.equal(prune.env.kind, 'complete');
  assert.equal(prune.env.vars.get('RAILS_ENV')?.value, 'production'); // from the env: true task
  assert.deepEqual(prune.scheduler?.schedule && { ...prune.scheduler.schedule, span: undefined }, { kind: 'ansible', text: '@weekly', known: true, span: undefined });
  const media = r.model.invocations[1]!;
  assert.deepEqual(media.scheduler?.schedule?.text, '15 3 * * *');
  assert.equal(media.scheduler?.schedule?.kind, 'ansible');
  assert.equal(media.confidence, 'high'); // only `cd {{ ... }}` is templated, not this command
  // Findings underline the flag inside the folded scalar; nothing from the absent/disabled tasks.
  assert.deepEqual(brief(r.findings), ['roles/mastodon/tasks/cron.yml:25:32-25:48 MSTDN101', 'roles/mastodon/tasks/cron.yml:25:49-25:57 MSTDN106']);
  const f101 = r.findings.find((f) => f.ruleId === 'MSTDN101')!;
  assert.equal(spanText(files, f101), '--prune-profiles');
  assert.equal(f101.span.start.line, 25);
  const f106 = r.findings.find((f) => f.ruleId === 'MSTDN106')!;
  assert.equal(spanText(files, f106), '--days 7');
  assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['MSTDN101', 'MSTDN106']);
});

test('Ansible cron: missing RAILS_ENV is MSTDN108 on the program word; env tasks apply per user / cron_file', () => {
  const files = {
    'playbooks/cron.yml': [
      '- hosts: mastodon',
      '  tasks:',
      '    - cron:',
      '        name: RAILS_ENV',
      '        env: yes',
      '        value: production',
      '        cron_file: mastodon',
      '        user: mastodon',
      '    - cron:',
      '        name: in cron.d',
      '        cron_file: mastodon',
      '        user: mastodon',
      '        minute: 0',
      '        job: /home/mastodon/live/bin/tootctl media remove',
      '    - cron:',
      '        name: root crontab',
      '        minute: 30',
      '        hour: 4',
      '        job: /home/mastodon/live/bin/tootctl media remove',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.equal(r.model.invocations.length, 2);
  assert.equal(r.model.invocations[0]!.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(r.model.invocations[1]!.env.vars.has('RAILS_ENV'), false);
  assert.deepEqual(brief(r.findings), ['playbooks/cron.yml:19:14-19:45 MSTDN108']);
  assert.equal(spanText(files, r.findings[0]!), '/home/mastodon/live/bin/tootctl');
});

test('Ansible free-form cron and shell arguments, `%` ends the cron command, Jinja is unknown', () => {
  const files = {
    'site.yml': [
      '- hosts: all',
      '  become: true',
      '  environment:',
      '    RAILS_ENV: production',
      '  tasks:',
      '    - name: free-form cron',
      '      cron: name="refresh" minute=0 hour=5 job="RAILS_ENV=production {{ live }}/bin/tootctl accounts refresh --all"',
      '    - name: percent',
      '      cron: name=p minute=0 job="RAILS_ENV=production bin/tootctl media remove --days 3 % --prune-profiles"',
      '    - name: jinja days',
      '      cron:',
      '        name: prune',
      '        minute: "{{ prune_minute }}"',
      '        job: "RAILS_ENV=production bin/tootctl media remove --prune-profiles --days {{ prune_days }}"',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const byLabel = new Map(r.model.invocations.map((i) => [i.scheduler?.label, i]));
  const refresh = byLabel.get('Ansible cron task "free-form cron"')!;
  assert.deepEqual(argv(refresh), ['{{ live }}/bin/tootctl', 'accounts', 'refresh', '--all']);
  assert.equal(refresh.confidence, 'low');
  const pct = byLabel.get('Ansible cron task "percent"')!;
  assert.deepEqual(argv(pct), ['bin/tootctl', 'media', 'remove', '--days', '3']); // the rest is stdin
  const jinja = byLabel.get('Ansible cron task "jinja days"')!;
  assert.deepEqual(argv(jinja), ['bin/tootctl', 'media', 'remove', '--prune-profiles', '--days', null]);
  assert.equal(jinja.scheduler?.schedule?.known, false);
  const f = r.findings.map((x) => `${x.ruleId} ${spanText(files, x)} ${x.confidence}`).sort();
  assert.deepEqual(f, ['MSTDN101 --prune-profiles low', 'MSTDN104 --all low']);
});

test('Ansible shell/command tasks run at deploy time: env from play, block and task; become_user in via', () => {
  const files = {
    'roles/mastodon/tasks/main.yml': [
      '- name: Maintenance',
      '  become: true',
      '  become_user: mastodon',
      '  environment:',
      '    RAILS_ENV: production',
      '  block:',
      '    - name: Clean once',
      '      ansible.builtin.shell: |',
      '        cd /home/mastodon/live',
      '        bin/tootctl media remove \\',
      '          --prune-profiles --days 45',
      '      environment:',
      '        DB_POOL: "10"',
      '    - name: argv form',
      '      ansible.builtin.command:',
      '        argv:',
      '          - /home/mastodon/live/bin/tootctl',
      '          - accounts',
      '          - refresh',
      '          - --all',
      '        chdir: /home/mastodon/live',
      '  rescue:',
      '    - name: free form with options',
      '      command: bin/tootctl media remove --remove-headers chdir=/home/mastodon/live creates=/tmp/x',
      '',
    ].join('\n'),
    'roles/mastodon/handlers/main.yml': '- name: restart sidekiq\n  ansible.builtin.systemd: {name: mastodon-sidekiq, state: restarted}\n',
  };
  const r = lintTree(files);
  const t = r.model.invocations.filter((i) => i.tootctl);
  assert.deepEqual(t.map(argv), [
    ['bin/tootctl', 'media', 'remove', '--prune-profiles', '--days', '45'],
    ['/home/mastodon/live/bin/tootctl', 'accounts', 'refresh', '--all'],
    ['bin/tootctl', 'media', 'remove', '--remove-headers'],
  ]);
  for (const inv of t) {
    assert.equal(inv.scheduler, null);
    assert.equal(inv.via[0], 'ansible become_user mastodon');
    assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  }
  assert.equal(t[0]!.env.vars.get('DB_POOL')?.value, '10');
  // Deploy-time commands are scripts: warnings, each on its token.
  assert.deepEqual(
    r.findings.map((f) => `${f.ruleId} ${f.severity} ${spanText(files, f)}`).sort(),
    // (the --remove-headers line has no --days: tootctl's default 7 is too short, MSTDN106)
    ['MSTDN101 warning --prune-profiles', 'MSTDN102 warning --remove-headers', 'MSTDN104 warning --all', 'MSTDN106 warning remove'].sort(),
  );
  assert.deepEqual(brief(r.findings, 'MSTDN104'), ['roles/mastodon/tasks/main.yml:20:13-20:18 MSTDN104']);
});

test('Ansible: nothing from non-Ansible lists, vars files or commented-out tasks', () => {
  const r = lintTree({
    'group_vars/all.yml': 'mastodon:\n  local_domain: example.com\n  cron: {removeMedia: {enabled: true}}\n',
    'docs/list.yml': '- tootctl media remove --prune-profiles\n- just text\n',
    'roles/x/tasks/main.yml': '# - cron: {job: "bin/tootctl media remove --prune-profiles"}\n- name: noop\n  debug: {msg: tootctl}\n',
  });
  assert.deepEqual(r.model.invocations, []);
  assert.deepEqual(r.model.schedulers, []);
  assert.deepEqual(r.findings, []);
});

test('Ansible: docker_container_exec runs in the container; `action:` strings are read like modules', () => {
  const files = {
    'playbooks/maintenance.yml': [
      '- hosts: docker',
      '  tasks:',
      '    - name: prune in the web container',
      '      community.docker.docker_container_exec:',
      '        container: mastodon-web-1',
      '        command: bin/tootctl media remove --prune-profiles --days 60',
      '    - name: old style',
      '      action: cron name=old minute=0 hour=1 job="RAILS_ENV=production bin/tootctl accounts refresh --all"',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map((i) => [argv(i).join(' '), i.via, i.env.kind, i.scheduler?.label ?? null]), [
    ['bin/tootctl media remove --prune-profiles --days 60', ['docker_container_exec mastodon-web-1'], 'container', null],
    ['bin/tootctl accounts refresh --all', [], 'complete', 'Ansible cron task "old style"'],
  ]);
  assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.severity} ${spanText(files, f)}`), ['MSTDN101 warning --prune-profiles', 'MSTDN104 error --all']);
});
