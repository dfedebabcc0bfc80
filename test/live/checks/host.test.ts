// The `host` check: pure parsers on captured output, then the check itself against a real OpenSSH
// server on 127.0.0.1 whose "host" files live under a temp root (hostCheck({ roots })).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import ssh2 from 'ssh2';
import { tmpdir } from 'node:os';
import { openConnections } from '../../../src/live/connections/index.ts';
import { runCheck } from '../../../src/live/runner.ts';
import { assess, COMMANDS, hostCheck, mountFor, parseDf, parseLoadavg, parseMeminfo, parseTimers, type HostData, type HostRoots } from '../../../src/live/checks/host.ts';
import type { InstanceInfo } from '../../../src/live/types.ts';
import { sshdMissing, startSilentServer, startSshd, type TestSshd } from '../../support/sshd.ts';

// ------------------------------------------------------------------------------------------------
// Parsers and thresholds

const DF = `Filesystem     1024-blocks      Used Available Capacity Mounted on
udev               1000000         0   1000000       0% /dev
/dev/nvme0n1p1    20134592  17612344   1662248      92% /
/dev/nvme1n1     103081248  99000000   4081248      97% /home/mastodon/live/public/system
//nas/share       51475068  10000000  41475068      20% /mnt/nas share
`;

test('parseDf reads df -P rows, mount points with spaces included', () => {
  const rows = parseDf(DF);
  assert.deepEqual(
    rows.map((r) => [r.mount, r.usedPct]),
    [
      ['/dev', 0],
      ['/', 92],
      ['/home/mastodon/live/public/system', 97],
      ['/mnt/nas share', 20],
    ],
  );
});

test('mountFor picks the longest mount point holding the path', () => {
  const rows = parseDf(DF);
  assert.equal(mountFor('/home/mastodon/live', rows)?.mount, '/');
  assert.equal(mountFor('/home/mastodon/live/public/system/', rows)?.mount, '/home/mastodon/live/public/system');
  assert.equal(mountFor('/home/mastodon/live/public/system/cache', rows)?.mount, '/home/mastodon/live/public/system');
  assert.equal(mountFor('/devices', rows)?.mount, '/', '/dev is not a prefix of /devices');
});

test('parseLoadavg and parseMeminfo', () => {
  assert.deepEqual(parseLoadavg('7.81 5.02 3.10 9/812 31337\n'), { load1: 7.81, load5: 5.02, load15: 3.1 });
  assert.equal(parseLoadavg('garbage'), null);
  const mem = parseMeminfo('MemTotal:        1961000 kB\nMemFree:           40000 kB\nMemAvailable:      78440 kB\n');
  assert.deepEqual(mem, { totalKb: 1961000, availableKb: 78440, pct: 4 });
  assert.equal(parseMeminfo('MemTotal: 1000 kB\nMemFree: 10 kB\n'), null, 'no MemAvailable: unknown, not guessed');
});

test('parseTimers: systemctl JSON, and the plain table of systemd without JSON tables', () => {
  const json = JSON.stringify([
    { next: 1764115200000000, left: 1, last: null, passed: null, unit: 'mastodon-media.timer', activates: 'mastodon-media.service' },
    { next: null, left: null, last: null, passed: null, unit: 'apt-daily.timer', activates: 'apt-daily.service' },
    { unit: '../../etc/shadow.timer', activates: 'x.service' },
  ]);
  assert.deepEqual(parseTimers(json), [
    { unit: 'mastodon-media.timer', activates: 'mastodon-media.service' },
    { unit: 'apt-daily.timer', activates: 'apt-daily.service' },
  ]);
  const table = `NEXT                        LEFT     LAST                        PASSED  UNIT                 ACTIVATES
Thu 2026-11-26 03:00:00 UTC 5h left  Wed 2026-11-25 03:00:01 UTC 18h ago mastodon-media.timer mastodon-media.service
n/a                         n/a      n/a                         n/a     e2scrub_all.timer    e2scrub_all.service

2 timers listed.
Pass --all to see loaded but inactive timers, too.
`;
  assert.deepEqual(parseTimers(table), [
    { unit: 'mastodon-media.timer', activates: 'mastodon-media.service' },
    { unit: 'e2scrub_all.timer', activates: 'e2scrub_all.service' },
  ]);
});

test("assess: seed 002's overloaded t4g.small warns; a lint error or a 96% disk fails", () => {
  const calm: HostData = { cronFindings: [], disks: [{ mount: '/', usedPct: 40 }], load1: 0.3, cpus: 2, memAvailablePct: 55 };
  assert.equal(assess(calm).status, 'ok');
  const t4gSmall: HostData = { ...calm, load1: 7.81, memAvailablePct: 4 };
  const a = assess(t4gSmall);
  assert.equal(a.status, 'warn');
  assert.deepEqual(a.problems, ['load 7.81 on 2 CPUs', 'only 4% memory available']);
  assert.equal(assess({ ...calm, disks: [{ mount: '/', usedPct: 86 }] }).status, 'warn');
  assert.equal(assess({ ...calm, disks: [{ mount: '/', usedPct: 96 }] }).status, 'fail');
  const f = { ruleId: 'MSTDN101', severity: 'error', path: '/var/spool/cron/crontabs/mastodon', line: 3, message: 'm' };
  const failed = assess({ ...calm, cronFindings: [f] });
  assert.equal(failed.status, 'fail');
  assert.match(failed.problems[0]!, /MSTDN101 at \/var\/spool\/cron\/crontabs\/mastodon:3/);
  assert.equal(assess({ ...calm, cronFindings: [{ ...f, severity: 'warning' }] }).status, 'warn');
});

test('every command the check runs is a constant with no shell metacharacters', () => {
  for (const c of Object.values(COMMANDS)) assert.match(c, /^[a-z][A-Za-z0-9 =-]*$/, c);
});

// ------------------------------------------------------------------------------------------------
// Against a real sshd

const PRUNE_LINE = 'cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --prune-profiles --days 30';
const GOOD_LINE = 'cd /home/mastodon/live && RAILS_ENV=production bin/tootctl media remove --days 7';

function info(dir: string, over: Partial<InstanceInfo> = {}): InstanceInfo {
  return { name: 'test', env: new Map(), s3: null, baseUrl: undefined, sshHost: '127.0.0.1', paths: { mastodon: `${dir}/home/mastodon/live` }, mastodonUser: 'mastodon', ...over };
}

function roots(root: string): HostRoots {
  return {
    crontab: `${root}/etc/crontab`,
    cronD: `${root}/etc/cron.d`,
    spool: `${root}/var/spool/cron/crontabs`,
    cronPeriodic: [`${root}/etc/cron.daily`, `${root}/etc/cron.weekly`],
    systemd: [`${root}/etc/systemd/system`, `${root}/lib/systemd/system`],
    proc: '/proc',
  };
}

function hostTempDirs(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('mastodon-ops-host-'));
}

describe('host check over a real sshd', { skip: sshdMissing() }, () => {
  let sshd: TestSshd;
  before(async () => {
    sshd = await startSshd();
  });
  after(async () => {
    await sshd?.stop();
  });

  test('a scheduled --prune-profiles comes back as MSTDN101 with its host path and line; correct jobs give nothing', async () => {
    const root = `${sshd.dir}/bad`;
    const crontab = sshd.fixture('bad/var/spool/cron/crontabs/mastodon', ['# m h dom mon dow command', 'SHELL=/bin/bash', `15 3 * * * ${PRUNE_LINE}`, ''].join('\n'));
    sshd.fixture('bad/etc/crontab', ['SHELL=/bin/sh', '17 * * * * root cd / && run-parts --report /etc/cron.hourly', `30 4 * * * mastodon ${GOOD_LINE}`, ''].join('\n'));
    sshd.fixture('bad/etc/cron.d/mastodon-statuses', `45 4 * * 0 mastodon cd /home/mastodon/live && RAILS_ENV=production bin/tootctl statuses remove --days 90\n`);
    sshd.fixture('bad/etc/cron.d/.placeholder', `0 0 * * * root bin/tootctl media remove --prune-profiles --remove-headers\n`);
    // A script run by a cron.d entry is read too, and its commands inherit the schedule.
    const script = sshd.fixture('bad/home/mastodon/bin/weekly.sh', `#!/bin/sh\ncd /home/mastodon/live\nRAILS_ENV=production bin/tootctl accounts refresh --all\n`, 0o755);
    sshd.fixture('bad/etc/cron.d/mastodon-weekly', `0 6 * * 1 mastodon ${script}\n`);
    // run-parts scripts: cron.daily/mastodon-media runs; a name with a dot is skipped by run-parts.
    const daily = sshd.fixture('bad/etc/cron.daily/mastodon-media', `#!/bin/sh\nsu - mastodon -c 'cd live && RAILS_ENV=production bin/tootctl media remove --prune-profiles'\n`, 0o755);
    sshd.fixture('bad/etc/cron.daily/mastodon.dpkg-old', `#!/bin/sh\nbin/tootctl media remove --prune-profiles --remove-headers\n`, 0o755);
    // systemctl cannot list timers here (no systemd as PID 1): the admin's *.timer files are read.
    sshd.fixture('bad/etc/systemd/system/mastodon-media.timer', '[Unit]\nDescription=Media cleanup\n\n[Timer]\nOnCalendar=daily\n\n[Install]\nWantedBy=timers.target\n');
    const service = sshd.fixture(
      'bad/etc/systemd/system/mastodon-media.service',
      '[Service]\nType=oneshot\nUser=mastodon\nWorkingDirectory=/home/mastodon/live\nEnvironment=RAILS_ENV=production\nExecStart=/home/mastodon/live/bin/tootctl media remove --prune-profiles --days 45\n',
    );
    // root's crontab is not readable by a non-root SSH user: a note, not an error.
    if (process.getuid?.() === 0) sshd.fixture('bad/var/spool/cron/crontabs/root', `0 1 * * * ${PRUNE_LINE}\n`, 0o600);

    const dirsBefore = hostTempDirs();
    const i = info(root);
    const conns = openConnections({ info: i, ssh: sshd.target() });
    try {
      const r = await runCheck(hostCheck({ roots: roots(root) }), i, conns);
      assert.equal(r.status, 'fail', JSON.stringify(r, null, 2));
      const data = r.data as unknown as HostData;
      const at = (f: HostData['cronFindings'][number]) => `${f.ruleId} ${f.severity} ${f.path}:${f.line}`;
      const found = data.cronFindings.map(at);
      assert.ok(found.includes(`MSTDN101 error ${crontab}:3`), found.join('\n'));
      assert.ok(found.includes(`MSTDN101 error ${service}:6`), found.join('\n'));
      assert.ok(found.includes(`MSTDN104 error ${script}:3`), found.join('\n'));
      assert.ok(found.includes(`MSTDN101 error ${daily}:2`), found.join('\n'));
      assert.ok(!found.some((f) => f.includes('dpkg-old')), found.join('\n'));
      assert.ok(!data.cronFindings.some((f) => f.path.endsWith('/etc/crontab') || f.path.includes('mastodon-statuses') || f.path.includes('.placeholder')), found.join('\n'));
      assert.ok(!data.cronFindings.some((f) => f.path.endsWith('/crontabs/root')), 'root-only crontab was not read');
      assert.match(r.summary, /lint errors? in jobs scheduled on the host/);
      assert.ok(r.details.some((d) => d.startsWith(`MSTDN101 error ${crontab}:3: `)), r.details.join('\n'));
      assert.ok(r.details.some((d) => d.includes('/etc/cron.d/mastodon-weekly')), 'lists the files it linted');
      assert.ok(!r.details.some((d) => d.includes('mastodon-ops-host-')), 'no temp path leaks into the result');
      if (process.getuid?.() === 0) assert.ok(r.details.includes(`${root}/var/spool/cron/crontabs/root: not read (permission denied)`), r.details.join('\n'));
      assert.deepEqual([...(r.confirms ?? [])].sort(), ['MSTDN101', 'MSTDN104', 'MSTDN106'], 'MSTDN106: the cron.daily prune has no --days');
      assert.match(r.fix ?? '', /docs\/rules\/MSTDN101/);
      // The host facts are measured (values depend on this machine).
      assert.ok(data.disks.length >= 1 && data.disks.every((d) => d.mount.startsWith('/') && d.usedPct >= 0 && d.usedPct <= 100), JSON.stringify(data.disks));
      assert.ok(typeof data.cpus === 'number' && data.cpus >= 1);
      assert.ok(typeof data.load1 === 'number' && data.load1 >= 0);
      assert.ok(typeof data.memAvailablePct === 'number' && data.memAvailablePct > 0 && data.memAvailablePct <= 100);
      assert.deepEqual(hostTempDirs(), dirsBefore, 'the temp directory is deleted');
    } finally {
      await conns.close();
    }
  });

  test('a host whose jobs are all correct: no lint findings', async () => {
    const root = `${sshd.dir}/good`;
    sshd.fixture('good/var/spool/cron/crontabs/mastodon', `30 4 * * * ${GOOD_LINE}\n`);
    sshd.fixture('good/etc/crontab', 'SHELL=/bin/sh\n17 * * * * root cd / && run-parts --report /etc/cron.hourly\n');
    const i = info(root);
    const conns = openConnections({ info: i, ssh: sshd.target() });
    try {
      const r = await runCheck(hostCheck({ roots: roots(root) }), i, conns);
      const data = r.data as unknown as HostData;
      assert.deepEqual(data.cronFindings, [], JSON.stringify(r, null, 2));
      assert.ok(r.details[0]?.startsWith('scheduled jobs: linted 2 files'), r.details.join('\n'));
      // Disk, load and memory are this machine's: the status may warn, but only a full disk fails.
      if (r.status === 'fail') assert.ok(data.disks.some((d) => d.usedPct > 95), r.summary);
      assert.equal(r.confirms, undefined);
    } finally {
      await conns.close();
    }
  });

  test('a Mastodon user name that is not a user name is not turned into a path', async () => {
    const root = `${sshd.dir}/good`;
    sshd.fixture('good/etc/shadow-like', `0 1 * * * ${PRUNE_LINE}\n`);
    const i = info(root, { mastodonUser: '../../../etc/shadow-like' });
    const conns = openConnections({ info: i, ssh: sshd.target() });
    try {
      const r = await runCheck(hostCheck({ roots: roots(root) }), i, conns);
      assert.ok(r.details.some((d) => /is not a valid user name: its crontab was not read/.test(d)), r.details.join('\n'));
      assert.ok(!(r.data as unknown as HostData).cronFindings.some((f) => f.path.includes('shadow-like')));
    } finally {
      await conns.close();
    }
  });

  test('a wrong pinned host key: error HostKeyMismatch, nothing read, no login', async () => {
    const i = info(`${sshd.dir}/bad`);
    const accepted = sshd.accepted();
    const conns = openConnections({ info: i, ssh: sshd.target({ hostKey: sshd.otherKeyFingerprint }) });
    try {
      const r = await runCheck(hostCheck({ roots: roots(`${sshd.dir}/bad`) }), i, conns);
      assert.equal(r.status, 'error');
      assert.match(r.summary, /not the pinned key/);
      assert.equal(r.data, undefined);
      assert.equal(sshd.accepted(), accepted, sshd.log());
    } finally {
      await conns.close();
    }
  });
});

test('a hung SSH endpoint (accepts, never answers): the check ends with "timed out"', async () => {
  const silent = await startSilentServer();
  const i = info('/nonexistent');
  // readyTimeout is longer than the test: the check's own timeout must end it.
  const conns = openConnections({
    info: i,
    ssh: { host: '127.0.0.1', port: silent.port, username: 'mastodon', privateKey: ssh2.utils.generateKeyPairSync('ed25519').private, hostKey: 'SHA256:AAAA', readyTimeoutMs: 60_000 },
  });
  try {
    const r = await runCheck(hostCheck({ timeoutMs: 300 }), i, conns);
    assert.equal(r.status, 'error');
    assert.match(r.summary, /timed out after 300 ms/);
    assert.ok(silent.connections() >= 1, 'the check did try to connect');
  } finally {
    await conns.close();
    // Closing the socket ends the pending handshake (and its readyTimeout timer).
    await silent.close();
  }
});

test('no SSH configured: skipped', async () => {
  const i = info('/nonexistent');
  const conns = openConnections({ info: i });
  const r = await runCheck(hostCheck(), i, conns);
  assert.equal(r.status, 'skipped');
  await conns.close();
});
