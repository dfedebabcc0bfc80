// A real OpenSSH server (Debian's openssh-server) on 127.0.0.1 for tests: its own config file,
// a generated ed25519 host key, a generated client key for one test user, an SFTP subsystem, and
// a temp directory (`dir`) the test user can read, where tests lay out a fake host's files
// (`fixture('etc/crontab', ...)`). Nothing of the machine's own sshd config or keys is used.
//
// As root the login user is `mopsssh` (created once with useradd, then `usermod -p '*'`: a new
// user is locked and sshd with `UsePAM no` refuses it). As another user, sshd runs unprivileged
// and that user logs in. Tests skip only when /usr/sbin/sshd is absent (`sshdMissing()`).

import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { SshTarget } from '../../src/live/connections/ssh.ts';

const run = promisify(execFile);

export const SSHD = '/usr/sbin/sshd';
export const TEST_USER = 'mopsssh';

/** A skip message when OpenSSH's server is not installed; false when tests can run. */
export function sshdMissing(): string | false {
  return existsSync(SSHD)
    ? false
    : `${SSHD} is absent: install it (apt-get update && apt-get install -y --no-install-recommends openssh-server) to run the SSH tests`;
}

export interface TestSshd {
  host: string;
  port: number;
  /** The user the client logs in as. */
  user: string;
  /** The client's private key (OpenSSH format). */
  privateKey: string;
  /** The server's host key as an OpenSSH public key line (`ssh-ed25519 AAAA...`). */
  hostKeyLine: string;
  /** The server's host key fingerprint as `ssh-keygen -lf` prints it (`SHA256:...`). */
  hostKeyFingerprint: string;
  /** Another ed25519 key (line and fingerprint): a pin the server does not match. */
  otherKeyLine: string;
  otherKeyFingerprint: string;
  /** Temp directory, readable by the test user: fake host files go here. */
  dir: string;
  /** Writes a file under `dir` (directories made readable); mode 0o600 makes it unreadable to the test user. */
  fixture(rel: string, content: string, mode?: number): string;
  /** sshd's log so far. */
  log(): string;
  /** How many logins sshd has accepted so far (from its log). */
  accepted(): number;
  target(over?: Partial<SshTarget>): SshTarget;
  stop(): Promise<void>;
}

async function keygen(dir: string, name: string): Promise<{ priv: string; pub: string; fingerprint: string }> {
  const file = join(dir, name);
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  const pubLine = readFileSync(`${file}.pub`, 'utf8').trim();
  const { stdout } = await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${file}.pub`]);
  const fp = /SHA256:[A-Za-z0-9+/]+/.exec(stdout)?.[0];
  if (!fp) throw new Error(`ssh-keygen -l printed no fingerprint: ${stdout}`);
  return { priv: readFileSync(file, 'utf8'), pub: pubLine.split(/\s+/).slice(0, 2).join(' '), fingerprint: fp };
}

/** Creates the test user once per machine; parallel test processes may race, so retry. */
function ensureUser(): void {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      execFileSync('getent', ['passwd', TEST_USER], { stdio: 'ignore' });
      execFileSync('usermod', ['-p', '*', TEST_USER], { stdio: 'ignore' });
      return;
    } catch {
      try {
        execFileSync('useradd', ['-M', '-d', '/nonexistent', '-s', '/bin/sh', TEST_USER], { stdio: 'ignore' });
      } catch {
        /* another process holds the passwd lock or made the user first */
      }
      execFileSync('sleep', ['0.1']);
    }
  }
  throw new Error(`could not create the SSH test user ${TEST_USER}`);
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function waitForListening(child: ChildProcess, logFile: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      if (log.includes(`Server listening on 127.0.0.1 port ${port}`)) finish();
    }, 25);
    const onExit = (code: number | null) => finish(new Error(`sshd exited (${code}): ${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`));
    child.once('exit', onExit);
    function finish(err?: Error) {
      clearInterval(timer);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve();
    }
  });
}

export async function startSshd(): Promise<TestSshd> {
  const missing = sshdMissing();
  if (missing) throw new Error(missing);
  const isRoot = process.getuid?.() === 0;
  const user = isRoot ? TEST_USER : userInfo().username;
  if (isRoot) {
    ensureUser();
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  }
  const dir = mkdtempSync(join(tmpdir(), 'mops-sshd-'));
  chmodSync(dir, 0o755);
  const keys = join(dir, '.keys');
  mkdirSync(keys, { mode: 0o755 });
  const [host, client, other] = await Promise.all([keygen(keys, 'host'), keygen(keys, 'client'), keygen(keys, 'other')]);
  const authorized = join(keys, 'authorized_keys');
  writeFileSync(authorized, `${client.pub}\n`, { mode: 0o644 });
  const logFile = join(keys, 'sshd.log');

  let child: ChildProcess | undefined;
  let port = 0;
  let lastErr: unknown;
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    port = await freePort();
    const config = join(keys, 'sshd_config');
    writeFileSync(
      config,
      [
        `ListenAddress 127.0.0.1`,
        `Port ${port}`,
        `HostKey ${join(keys, 'host')}`,
        `PidFile ${join(keys, 'sshd.pid')}`,
        `AuthorizedKeysFile ${authorized}`,
        // The keys live under /tmp (world-writable): sshd's ownership walk would refuse them.
        'StrictModes no',
        'UsePAM no',
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin no',
        `AllowUsers ${user}`,
        'AllowTcpForwarding yes',
        'X11Forwarding no',
        'Subsystem sftp internal-sftp',
        'LogLevel VERBOSE',
        '',
      ].join('\n'),
    );
    rmSync(logFile, { force: true });
    const c = spawn(SSHD, ['-D', '-f', config, '-E', logFile], { stdio: 'ignore' });
    try {
      await waitForListening(c, logFile, port);
      child = c;
    } catch (e) {
      lastErr = e;
      c.kill('SIGTERM');
    }
  }
  if (!child) {
    rmSync(dir, { recursive: true, force: true });
    throw lastErr instanceof Error ? lastErr : new Error(String(lastErr));
  }
  const proc = child;
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  return {
    host: '127.0.0.1',
    port,
    user,
    privateKey: client.priv,
    hostKeyLine: host.pub,
    hostKeyFingerprint: host.fingerprint,
    otherKeyLine: other.pub,
    otherKeyFingerprint: other.fingerprint,
    dir,
    fixture(rel, content, mode = 0o644) {
      const p = join(dir, rel);
      const parts = rel.split('/').slice(0, -1);
      let d = dir;
      for (const part of parts) {
        d = join(d, part);
        mkdirSync(d, { recursive: true });
        chmodSync(d, 0o755);
      }
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      chmodSync(p, mode);
      return p;
    },
    log,
    accepted: () => (log().match(/Accepted publickey for /g) ?? []).length,
    target: (over = {}) => ({
      host: '127.0.0.1',
      port,
      username: user,
      privateKey: client.priv,
      hostKey: host.pub,
      readyTimeoutMs: 5_000,
      ...over,
    }),
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP server that accepts connections and never says anything: a hung SSH (or any) endpoint. */
export async function startSilentServer(): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server = createServer((s) => {
    count++;
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => count,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
