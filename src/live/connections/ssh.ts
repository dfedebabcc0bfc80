// SSH to a Mastodon host with ssh2: the host key is always pinned (an OpenSSH public key line or
// an OpenSSH `SHA256:` fingerprint) and verified before anything is sent; files are read over
// SFTP (no shell involved), and the only commands run are constants written in this code base,
// never strings from Slack or a config file. Local port forwards let pg and ioredis reach
// services that listen only on the host's loopback.

import { createHash } from 'node:crypto';
import { createServer, type Server, type AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { ConnectConfig, SFTPWrapper } from 'ssh2';

const { utils } = ssh2;

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  /** PEM/OpenSSH private key text (read from a file or a secret by the caller). */
  privateKey: string;
  passphrase?: string;
  /** `ssh-ed25519 AAAA...` (as in known_hosts, without the host name) or `SHA256:...`. */
  hostKey: string;
  readyTimeoutMs?: number;
}

export interface ExecResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Thrown when the host presents a key other than the pinned one. */
export class HostKeyMismatch extends Error {
  override name = 'HostKeyMismatch';
}

/** `SHA256:<unpadded base64>` of a raw SSH public key blob, as `ssh-keygen -l` prints it. */
export function fingerprint(rawKey: Buffer): string {
  return `SHA256:${createHash('sha256').update(rawKey).digest('base64').replace(/=+$/, '')}`;
}

/** Returns a verifier for ssh2's `hostVerifier`; throws on a pin that cannot be parsed. */
export function pinnedVerifier(pin: string): (key: Buffer) => boolean {
  const p = pin.trim();
  if (p.startsWith('SHA256:')) {
    const want = p.replace(/=+$/, '');
    return (key) => fingerprint(key) === want;
  }
  const parsed = utils.parseKey(p.split(/\s+/).slice(0, 2).join(' '));
  if (parsed instanceof Error || !parsed) throw new Error(`hostKey is not an OpenSSH public key or SHA256 fingerprint: ${parsed instanceof Error ? parsed.message : 'unreadable'}`);
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  const raw = key.getPublicSSH();
  return (presented) => Buffer.compare(presented, raw) === 0;
}

export class SshSession {
  private client = new ssh2.Client();
  private sftpP: Promise<SFTPWrapper> | null = null;
  private servers: Server[] = [];
  private presented: string | null = null;

  private constructor(readonly target: SshTarget) {}

  static async connect(target: SshTarget, signal?: AbortSignal): Promise<SshSession> {
    const s = new SshSession(target);
    const verify = pinnedVerifier(target.hostKey);
    const cfg: ConnectConfig = {
      host: target.host,
      port: target.port,
      username: target.username,
      privateKey: target.privateKey,
      passphrase: target.passphrase,
      readyTimeout: target.readyTimeoutMs ?? 10_000,
      keepaliveInterval: 10_000,
      keepaliveCountMax: 3,
      hostVerifier: (key: Buffer) => {
        s.presented = fingerprint(key);
        return verify(key);
      },
    };
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        s.client.end();
        reject(new Error('SSH connection aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      s.client
        .once('ready', () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        })
        // `on`, not `once`: ssh2 may emit a second error ("Connection lost before handshake") after
        // a readyTimeout, and an unhandled one would crash the process.
        .on('error', (e: Error & { level?: string }) => {
          signal?.removeEventListener('abort', onAbort);
          if (/host denied|verification failed/i.test(e.message)) {
            reject(new HostKeyMismatch(`${target.host}:${target.port} presented host key ${s.presented ?? '(none)'}, which is not the pinned key; refusing to connect`));
          } else reject(new Error(`SSH to ${target.username}@${target.host}:${target.port} failed: ${e.message}`));
        })
        .connect(cfg);
    });
    return s;
  }

  /** Runs one of our constant commands. `command` must never contain outside input. */
  exec(command: string, signal?: AbortSignal): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      this.client.exec(command, (err, stream) => {
        if (err) return reject(err);
        let stdout = '';
        let stderr = '';
        const onAbort = () => {
          stream.close();
          reject(new Error('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        stream.on('data', (d: Buffer) => {
          if (stdout.length < 4_000_000) stdout += d.toString('utf8');
        });
        stream.stderr.on('data', (d: Buffer) => {
          if (stderr.length < 100_000) stderr += d.toString('utf8');
        });
        stream.on('close', (code: number | null, sig: string | null) => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ code: code ?? null, signal: sig ?? null, stdout, stderr });
        });
      });
    });
  }

  private sftp(): Promise<SFTPWrapper> {
    if (!this.sftpP) {
      this.sftpP = new Promise((resolve, reject) => this.client.sftp((err, sftp) => (err ? reject(err) : resolve(sftp))));
    }
    return this.sftpP;
  }

  /** Reads a file over SFTP; null when it does not exist. */
  async readFile(path: string, maxBytes = 4_000_000): Promise<string | null> {
    const sftp = await this.sftp();
    return new Promise((resolve, reject) => {
      sftp.stat(path, (err, st) => {
        if (err) return (err as { code?: number }).code === 2 ? resolve(null) : reject(new Error(`${path}: ${err.message}`));
        if (st.size > maxBytes) return reject(new Error(`${path}: ${st.size} bytes is more than the ${maxBytes} read limit`));
        sftp.readFile(path, (e, buf) => (e ? reject(new Error(`${path}: ${e.message}`)) : resolve(buf.toString('utf8'))));
      });
    });
  }

  /** Lists a directory over SFTP; [] when it does not exist. */
  async readdir(path: string): Promise<string[]> {
    const sftp = await this.sftp();
    return new Promise((resolve, reject) => {
      sftp.readdir(path, (err, list) => {
        if (err) return (err as { code?: number }).code === 2 ? resolve([]) : reject(new Error(`${path}: ${err.message}`));
        resolve(list.map((e) => e.filename).sort());
      });
    });
  }

  /** A local loopback port that forwards to `host:port` as seen from the SSH server. */
  async forward(host: string, port: number): Promise<number> {
    const server = createServer((sock) => {
      this.client.forwardOut('127.0.0.1', 0, host, port, (err, stream) => {
        if (err) return sock.destroy();
        sock.pipe(stream).pipe(sock);
        sock.on('error', () => stream.close());
        stream.on('error', () => sock.destroy());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.servers.push(server);
    return (server.address() as AddressInfo).port;
  }

  close(): void {
    for (const s of this.servers) s.close();
    this.client.end();
  }
}
