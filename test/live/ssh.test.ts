// SshSession against a real OpenSSH server (Debian's openssh-server) on 127.0.0.1: the host key
// is pinned by its OpenSSH line or its `SHA256:` fingerprint (as `ssh-keygen -l` prints it), a
// wrong pin fails with HostKeyMismatch before authentication (so nothing can run), SFTP reads
// files by path, and forward() carries TCP through the host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import ssh2 from 'ssh2';
import { fingerprint, HostKeyMismatch, SshSession } from '../../src/live/connections/ssh.ts';
import { sshdMissing, startSshd, startSilentServer, type TestSshd } from '../support/sshd.ts';
import { REDIS } from '../support/redis.ts';

/** Sends `payload` to 127.0.0.1:port and collects the answer until `done(answer)` or the socket ends. */
function roundTrip(port: number, payload: string, done: (s: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1');
    let got = '';
    sock.on('data', (d) => {
      got += d.toString('utf8');
      if (done(got)) {
        sock.end();
        resolve(got);
      }
    });
    sock.on('error', reject);
    sock.on('close', () => resolve(got));
    sock.write(payload);
  });
}

describe('SshSession against OpenSSH', { skip: sshdMissing() }, () => {
  let sshd: TestSshd;
  before(async () => {
    sshd = await startSshd();
  });
  after(async () => {
    await sshd?.stop();
  });

  test('pinned by the OpenSSH public key line: connects and runs a constant command', async () => {
    const s = await SshSession.connect(sshd.target({ hostKey: sshd.hostKeyLine }));
    try {
      const r = await s.exec('echo pinned-by-line');
      assert.equal(r.code, 0);
      assert.equal(r.stdout, 'pinned-by-line\n');
    } finally {
      s.close();
    }
  });

  test('pinned by the SHA256 fingerprint ssh-keygen prints; our fingerprint() gives the same text', async () => {
    const parsed = ssh2.utils.parseKey(sshd.hostKeyLine);
    assert.ok(!(parsed instanceof Error));
    const key = Array.isArray(parsed) ? parsed[0]! : parsed;
    assert.equal(fingerprint(key.getPublicSSH()), sshd.hostKeyFingerprint);
    const s = await SshSession.connect(sshd.target({ hostKey: sshd.hostKeyFingerprint }));
    try {
      const r = await s.exec('exit 3');
      assert.equal(r.code, 3);
    } finally {
      s.close();
    }
  });

  test('a wrong pin (key line or fingerprint) fails with HostKeyMismatch and no login happens', async () => {
    const before = sshd.accepted();
    for (const hostKey of [sshd.otherKeyLine, sshd.otherKeyFingerprint]) {
      await assert.rejects(SshSession.connect(sshd.target({ hostKey })), (e: unknown) => {
        assert.ok(e instanceof HostKeyMismatch, String(e));
        assert.match(e.message, /not the pinned key/);
        assert.ok(e.message.includes(sshd.hostKeyFingerprint), 'names the key the server presented');
        return true;
      });
    }
    // A correct connection afterwards is logged as accepted; the two refused ones never were.
    const s = await SshSession.connect(sshd.target());
    s.close();
    assert.equal(sshd.accepted(), before + 1, sshd.log());
  });

  test('readFile and readdir over SFTP: by path, null and [] when missing', async () => {
    const p = sshd.fixture('sftp/etc/cron.d/mastodon', '0 4 * * * mastodon true\n');
    sshd.fixture('sftp/etc/cron.d/other', '# nothing\n');
    const s = await SshSession.connect(sshd.target());
    try {
      assert.equal(await s.readFile(p), '0 4 * * * mastodon true\n');
      assert.deepEqual(await s.readdir(`${sshd.dir}/sftp/etc/cron.d`), ['mastodon', 'other']);
      assert.equal(await s.readFile(`${sshd.dir}/sftp/nope`), null);
      assert.deepEqual(await s.readdir(`${sshd.dir}/sftp/nope`), []);
      // A name with shell metacharacters is only a path: nothing is interpreted.
      assert.equal(await s.readFile(`${sshd.dir}/sftp/$(touch ${sshd.dir}/pwned)`), null);
      assert.equal(await s.readFile(`${sshd.dir}/pwned`), null);
      // /proc files report size 0: SFTP still reads them.
      assert.match((await s.readFile('/proc/loadavg')) ?? '', /^\d+\.\d+ /);
    } finally {
      s.close();
    }
  });

  test('readFile rejects a file the SSH user may not read', { skip: process.getuid?.() !== 0 && 'needs root to make a file the test user cannot read' }, async () => {
    const p = sshd.fixture('sftp/root-only', 'secret\n', 0o600);
    const s = await SshSession.connect(sshd.target());
    try {
      await assert.rejects(s.readFile(p), /Permission denied/i);
    } finally {
      s.close();
    }
  });

  test('forward(): a local port reaches a TCP service through the host', async () => {
    const echo: Server = createServer((c) => c.pipe(c));
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    const s = await SshSession.connect(sshd.target());
    try {
      const local = await s.forward('127.0.0.1', (echo.address() as AddressInfo).port);
      const got = await roundTrip(local, 'hello through ssh\n', (a) => a.endsWith('\n'));
      assert.equal(got, 'hello through ssh\n');
    } finally {
      s.close();
      await new Promise<void>((r) => echo.close(() => r()));
    }
  });

  test('forward() to the local Redis: PING answers PONG', async (t) => {
    const up = await roundTrip(REDIS.port, 'PING\r\n', (a) => a.includes('\r\n')).catch(() => '');
    if (!up.startsWith('+PONG')) return t.skip(`no Redis on ${REDIS.host}:${REDIS.port}`);
    const s = await SshSession.connect(sshd.target());
    try {
      const local = await s.forward(REDIS.host, REDIS.port);
      assert.equal(await roundTrip(local, 'PING\r\n', (a) => a.includes('\r\n')), '+PONG\r\n');
    } finally {
      s.close();
    }
  });
});

test('SshSession.connect to a server that never speaks: an abort rejects at once', async () => {
  const silent = await startSilentServer();
  try {
    const ac = new AbortController();
    const target = { host: '127.0.0.1', port: silent.port, username: 'x', privateKey: ssh2.utils.generateKeyPairSync('ed25519').private, hostKey: 'SHA256:AAAA', readyTimeoutMs: 60_000 };
    const p = SshSession.connect(target, ac.signal);
    ac.abort();
    await assert.rejects(p, /aborted/);
  } finally {
    await silent.close();
  }
});

// ssh2 emits a second 'error' ("Connection lost before handshake") right after its readyTimeout
// error, and SshSession.connect listens with once('error'): the second one is an uncaught
// exception that ends the whole process (CLI or bot). Run in a child process so it cannot take
// this test file down; a todo until src/live/connections/ssh.ts listens with on('error').
test('SshSession.connect: a readyTimeout against a silent server rejects without an uncaught exception', async () => {
  const silent = await startSilentServer();
  try {
    const script = `
      import ssh2 from 'ssh2';
      import { SshSession } from ${JSON.stringify(new URL('../../src/live/connections/ssh.ts', import.meta.url).href)};
      const target = { host: '127.0.0.1', port: ${silent.port}, username: 'x', privateKey: ssh2.utils.generateKeyPairSync('ed25519').private, hostKey: 'SHA256:AAAA', readyTimeoutMs: 200 };
      const msg = await SshSession.connect(target).then(() => 'connected', (e) => e.message);
      await new Promise((r) => setTimeout(r, 300));
      console.log(msg);
    `;
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url).pathname }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Timed out while waiting for handshake/);
  } finally {
    await silent.close();
  }
});
