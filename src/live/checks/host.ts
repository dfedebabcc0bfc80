// `host`: what is scheduled on the Mastodon host, linted by the same rules as a repository, plus
// the host's disk, load and memory (seed 002: a t4g.small that ran out of CPU and memory).
//
// Over SSH, with no outside string ever reaching a shell:
// - files are read over SFTP by path: the crontabs of the Mastodon user and of root
//   (/var/spool/cron/crontabs/<user>), /etc/crontab, /etc/cron.d/*, /etc/cron.{hourly,daily,
//   weekly,monthly}/*, the unit files of systemd
//   timers and their services, and the scripts those jobs run by absolute path;
// - the only commands are the constants in COMMANDS (`df -P`, `nproc`, `systemctl list-timers`,
//   and `crontab -l` when the SSH user is the Mastodon user and the spool is unreadable to it).
// The files are written to a private temp directory under the same relative paths, so the linter's
// classify() routes them (`var/spool/cron/crontabs/mastodon` is a user crontab, `etc/cron.d/x` has
// a user field, `etc/systemd/system/x.timer` is a timer), lint() runs once on that directory and
// each finding is reported with its host path and line; the directory is deleted afterwards.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lint } from '../../lint/engine.ts';
import { defaultSettings, type LintSettings } from '../../lint/config.ts';
import type { Finding } from '../../lint/findings.ts';
import type { ExecResult, SshSession } from '../connections/ssh.ts';
import { redact } from '../redact.ts';
import type { Check, CheckContext, CheckOutcome, CheckStatus, InstanceInfo } from '../types.ts';

/** Every command this check runs: constants, never built from input. */
export const COMMANDS = {
  df: 'df -P',
  nproc: 'nproc',
  timers: 'systemctl list-timers --all --no-pager --output=json',
  crontab: 'crontab -l',
} as const;

/** Where the host keeps scheduled jobs. Tests point these into a temp directory. */
export interface HostRoots {
  crontab: string;
  cronD: string;
  spool: string;
  /** Directories run-parts runs from /etc/crontab (cron.hourly ... cron.monthly). */
  cronPeriodic: string[];
  /** Unit directories in systemd's order: the first is the admin's (/etc), the rest the packages'. */
  systemd: string[];
  /** /proc, for loadavg and meminfo. */
  proc: string;
}

export const DEFAULT_ROOTS: HostRoots = {
  crontab: '/etc/crontab',
  cronD: '/etc/cron.d',
  spool: '/var/spool/cron/crontabs',
  cronPeriodic: ['/etc/cron.hourly', '/etc/cron.daily', '/etc/cron.weekly', '/etc/cron.monthly'],
  systemd: ['/etc/systemd/system', '/lib/systemd/system'],
  proc: '/proc',
};

export interface HostCheckOptions {
  roots?: Partial<HostRoots>;
  timeoutMs?: number;
  /** Lint settings (rule config, thresholds) to apply; default settings otherwise. */
  lintSettings?: LintSettings;
}

export const THRESHOLDS = { diskWarnPct: 85, diskFailPct: 95, memWarnPct: 10 } as const;

const MAX_FILE_BYTES = 1_000_000;
const MAX_CRON_D = 200;
const MAX_TIMERS = 100;
const MAX_SCRIPTS = 30;
const MAX_FINDING_LINES = 20;

export interface CronFinding {
  ruleId: string;
  severity: string;
  path: string;
  line: number;
  message: string;
}

export interface HostData {
  cronFindings: CronFinding[];
  disks: { mount: string; usedPct: number }[];
  load1: number | null;
  cpus: number | null;
  memAvailablePct: number | null;
}

// -------------------------------------------------------------------------------------------------
// Pure parsers (unit-tested with captured output)

export interface DfRow {
  filesystem: string;
  mount: string;
  usedPct: number;
}

/** `df -P` (POSIX format): Filesystem, 1024-blocks, Used, Available, Capacity, Mounted on. */
export function parseDf(text: string): DfRow[] {
  const rows: DfRow[] = [];
  for (const line of text.split('\n')) {
    const m = /^(.*?)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)%\s+(\/.*)$/.exec(line.trimEnd());
    if (m) rows.push({ filesystem: m[1]!, mount: m[6]!, usedPct: Number(m[5]) });
  }
  return rows;
}

/** The mount holding `path`: the longest mount point that is a prefix of it (path not resolved). */
export function mountFor(path: string, rows: DfRow[]): DfRow | undefined {
  const p = path.replace(/\/+$/, '') || '/';
  let best: DfRow | undefined;
  for (const r of rows) {
    const m = r.mount;
    const holds = m === '/' || p === m || p.startsWith(`${m}/`);
    if (holds && (!best || m.length > best.mount.length)) best = r;
  }
  return best;
}

export function parseLoadavg(text: string): { load1: number; load5: number; load15: number } | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)/.exec(text);
  return m ? { load1: Number(m[1]), load5: Number(m[2]), load15: Number(m[3]) } : null;
}

/** MemTotal and MemAvailable (kB) from /proc/meminfo; null without MemAvailable (kernels before 3.14). */
export function parseMeminfo(text: string): { totalKb: number; availableKb: number; pct: number } | null {
  const get = (k: string) => {
    const m = new RegExp(`^${k}:\\s+(\\d+)\\s*kB`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const total = get('MemTotal');
  const avail = get('MemAvailable');
  if (!total || avail === null) return null;
  return { totalKb: total, availableKb: avail, pct: Math.round((avail / total) * 1000) / 10 };
}

const UNIT_NAME = /^[A-Za-z0-9:_.\\@-]+\.(?:timer|service)$/;

/** Timers and the units they activate, from `systemctl list-timers` JSON or its plain table. */
export function parseTimers(text: string): { unit: string; activates: string | null }[] {
  const out: { unit: string; activates: string | null }[] = [];
  const t = text.trim();
  if (t.startsWith('[')) {
    try {
      const arr = JSON.parse(t) as unknown;
      if (Array.isArray(arr)) {
        for (const e of arr) {
          const unit = (e as { unit?: unknown })?.unit;
          const act = (e as { activates?: unknown })?.activates;
          if (typeof unit === 'string' && UNIT_NAME.test(unit)) out.push({ unit, activates: typeof act === 'string' && UNIT_NAME.test(act) ? act : null });
        }
        return out;
      }
    } catch {
      /* not JSON (systemd before --output=json for tables): read the table below */
    }
  }
  for (const line of t.split('\n')) {
    const m = /(\S+\.timer)\s+(\S+\.service)?\s*$/.exec(line);
    if (m && UNIT_NAME.test(m[1]!)) out.push({ unit: m[1]!, activates: m[2] && UNIT_NAME.test(m[2]) ? m[2] : null });
  }
  return out;
}

/** Status and the parts of the summary from what was measured. */
export function assess(d: HostData): { status: CheckStatus; problems: string[] } {
  let status: CheckStatus = 'ok';
  const raise = (s: CheckStatus) => {
    if (s === 'fail' || (s === 'warn' && status === 'ok')) status = s;
  };
  const problems: string[] = [];
  const errors = d.cronFindings.filter((f) => f.severity === 'error');
  const warnings = d.cronFindings.filter((f) => f.severity === 'warning');
  if (errors.length) {
    raise('fail');
    const first = errors[0]!;
    problems.push(`${errors.length} lint error${errors.length === 1 ? '' : 's'} in jobs scheduled on the host (${first.ruleId} at ${first.path}:${first.line}${errors.length > 1 ? ', …' : ''})`);
  }
  if (warnings.length) {
    raise('warn');
    problems.push(`${warnings.length} lint warning${warnings.length === 1 ? '' : 's'} in scheduled jobs`);
  }
  for (const disk of d.disks) {
    if (disk.usedPct > THRESHOLDS.diskFailPct) {
      raise('fail');
      problems.push(`disk ${disk.mount} ${disk.usedPct}% full`);
    } else if (disk.usedPct > THRESHOLDS.diskWarnPct) {
      raise('warn');
      problems.push(`disk ${disk.mount} ${disk.usedPct}% full`);
    }
  }
  if (d.load1 !== null && d.cpus !== null && d.load1 > d.cpus) {
    raise('warn');
    problems.push(`load ${d.load1} on ${d.cpus} CPU${d.cpus === 1 ? '' : 's'}`);
  }
  if (d.memAvailablePct !== null && d.memAvailablePct < THRESHOLDS.memWarnPct) {
    raise('warn');
    problems.push(`only ${d.memAvailablePct}% memory available`);
  }
  return { status, problems };
}

// -------------------------------------------------------------------------------------------------
// I/O helpers

/** Settles with `p`, or rejects when `signal` aborts (a channel the server never opens, a hung df). */
function within<T>(p: Promise<T>, signal: AbortSignal, what: string, ms: number): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error(`${what}: no answer within ${ms / 1000} s`));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(`${what}: no answer within ${ms / 1000} s`));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

class Remote {
  constructor(
    private ssh: SshSession,
    private signal: AbortSignal,
    private opMs: number,
  ) {}

  private deadline(): AbortSignal {
    return AbortSignal.any([this.signal, AbortSignal.timeout(this.opMs)]);
  }

  exec(command: (typeof COMMANDS)[keyof typeof COMMANDS]): Promise<ExecResult> {
    const s = this.deadline();
    return within(this.ssh.exec(command, s), s, command, this.opMs);
  }

  readFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<string | null> {
    const s = this.deadline();
    return within(this.ssh.readFile(path, maxBytes), s, `reading ${path}`, this.opMs);
  }

  readdir(path: string): Promise<string[]> {
    const s = this.deadline();
    return within(this.ssh.readdir(path), s, `listing ${path}`, this.opMs);
  }

  get username(): string {
    return this.ssh.target.username;
  }
}

async function mapLimit<T, R>(items: T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function why(e: unknown): string {
  const m = (e as Error)?.message ?? String(e);
  if (/permission denied/i.test(m)) return 'permission denied';
  return redact(m.replace(/^\S+: /, ''));
}

// -------------------------------------------------------------------------------------------------
// Scheduled jobs

interface Collected {
  /** Path in the temp tree (decides the file kind) -> path on the host, and the text. */
  files: { rel: string; hostPath: string; text: string }[];
  notes: string[];
  /** Reads that failed (not: files that do not exist). */
  failures: number;
}

/** The first line of a command's stderr that says something (sshd's chdir warning does not). */
function firstLine(s: string): string {
  const line = s
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !/^Could not chdir to home directory/.test(l));
  return redact((line ?? '').slice(0, 300));
}

const USER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}\$?$/;
/** Files cron skips in /etc/cron.d (hidden, editor and package-manager leftovers). */
const CRON_D_SKIP = /^\.|~$|\.(?:dpkg-(?:old|dist|new|tmp)|rpm(?:save|new|orig)|swp)$/;
const RUN_PARTS_NAME = /^[A-Za-z0-9_-]+$/;
const MASTODON_UNIT = /mastodon|tootctl|toot/i;
/** Scripts under these are system programs, not jobs someone wrote. */
const SYSTEM_DIRS = /^\/(?:bin|sbin|usr\/bin|usr\/sbin|usr\/lib|usr\/libexec|usr\/share|lib|lib64)\//;

function join2(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name}`;
}

async function collectCron(r: Remote, info: InstanceInfo, roots: HostRoots, out: Collected): Promise<void> {
  const add = (rel: string, hostPath: string, text: string | null) => {
    if (text !== null) out.files.push({ rel, hostPath, text });
  };
  const failed = (what: string, e: unknown) => {
    out.failures++;
    out.notes.push(`${what}: not read (${why(e)})`);
  };
  const users = [info.mastodonUser, 'root'].filter((u, i, a) => a.indexOf(u) === i);
  for (const user of users) {
    if (!USER_NAME.test(user)) {
      out.notes.push(`the Mastodon user ${JSON.stringify(user.slice(0, 40))} is not a valid user name: its crontab was not read`);
      continue;
    }
    const hostPath = join2(roots.spool, user);
    try {
      add(`var/spool/cron/crontabs/${user}`, hostPath, await r.readFile(hostPath));
    } catch (e) {
      // The spool directory is root's: a user reads its own crontab with crontab(1).
      if (why(e) !== 'permission denied' || user !== r.username) {
        failed(hostPath, e);
        continue;
      }
      let res: ExecResult;
      try {
        res = await r.exec(COMMANDS.crontab);
      } catch (err) {
        failed(hostPath, err);
        continue;
      }
      if (res.code === 0) {
        add(`var/spool/cron/crontabs/${user}`, hostPath, res.stdout);
        out.notes.push(`${hostPath}: read with "crontab -l" (the spool is not readable by ${user})`);
      } else if (!/no crontab/i.test(res.stderr)) {
        out.failures++;
        out.notes.push(`${hostPath}: not read (permission denied; crontab -l: ${firstLine(res.stderr) || `exit ${res.code}`})`);
      }
    }
  }

  try {
    add('etc/crontab', roots.crontab, await r.readFile(roots.crontab));
  } catch (e) {
    failed(roots.crontab, e);
  }

  let names: string[] = [];
  try {
    names = await r.readdir(roots.cronD);
  } catch (e) {
    out.failures++;
    out.notes.push(`${roots.cronD}: not listed (${why(e)})`);
  }
  const wanted = names.filter((n) => !CRON_D_SKIP.test(n) && !n.includes('/'));
  if (wanted.length > MAX_CRON_D) out.notes.push(`${roots.cronD}: only the first ${MAX_CRON_D} of ${wanted.length} files were read`);
  await mapLimit(wanted.slice(0, MAX_CRON_D), 8, async (n) => {
    const hostPath = join2(roots.cronD, n);
    try {
      add(`etc/cron.d/${n}`, hostPath, await r.readFile(hostPath));
    } catch (e) {
      failed(hostPath, e);
    }
  });

  // /etc/cron.daily and friends: run-parts runs only names made of letters, digits, _ and -.
  const periodic: { rel: string; hostPath: string }[] = [];
  for (const dir of roots.cronPeriodic) {
    const period = /cron\.(hourly|daily|weekly|monthly)\/?$/.exec(dir)?.[1];
    if (!period) continue;
    try {
      for (const n of (await r.readdir(dir)).filter((n) => RUN_PARTS_NAME.test(n)).slice(0, MAX_CRON_D)) {
        periodic.push({ rel: `etc/cron.${period}/${n}`, hostPath: join2(dir, n) });
      }
    } catch (e) {
      out.notes.push(`${dir}: not listed (${why(e)})`);
    }
  }
  await mapLimit(periodic, 8, async (f) => {
    try {
      add(f.rel, f.hostPath, await r.readFile(f.hostPath, 512_000));
    } catch (e) {
      failed(f.hostPath, e);
    }
  });
}

async function collectTimers(r: Remote, roots: HostRoots, out: Collected): Promise<void> {
  const [adminDir, ...packageDirs] = roots.systemd;
  if (!adminDir) return;
  let timers: { unit: string; activates: string | null }[] = [];
  let res: ExecResult | null = null;
  try {
    res = await r.exec(COMMANDS.timers);
  } catch (e) {
    out.notes.push(`systemctl list-timers: ${why(e)}`);
  }
  if (res && res.code === 0) {
    timers = parseTimers(res.stdout);
  } else {
    // No systemd as PID 1 (a container), no systemctl, or a restricted user: lint the timer files
    // in the admin's unit directory, loaded or not.
    if (res) out.notes.push(`systemctl list-timers failed (${firstLine(res.stderr) || `exit ${res.code}`}); linted the *.timer files in ${adminDir}, enabled or not`);
    try {
      timers = (await r.readdir(adminDir)).filter((n) => UNIT_NAME.test(n) && n.endsWith('.timer')).map((unit) => ({ unit, activates: null }));
    } catch (e) {
      out.failures++;
      out.notes.push(`${adminDir}: not listed (${why(e)})`);
    }
  }
  if (timers.length > MAX_TIMERS) {
    out.notes.push(`only the first ${MAX_TIMERS} of ${timers.length} timers were read`);
    timers = timers.slice(0, MAX_TIMERS);
  }
  // One read per unit name, however many timers name it.
  const reads = new Map<string, Promise<string | null>>();
  const readUnit = (name: string, dirs: string[]): Promise<string | null> => {
    const key = `${name}\u0000${dirs.join(':')}`;
    let p = reads.get(key);
    if (!p) {
      p = (async () => {
        const template = name.replace(/@[^.]+\./, '@.');
        for (const dir of dirs) {
          for (const n of template === name ? [name] : [name, template]) {
            if (out.files.some((f) => f.rel === `etc/systemd/system/${n}`)) return out.files.find((f) => f.rel === `etc/systemd/system/${n}`)!.text;
            const hostPath = join2(dir, n);
            try {
              const text = await r.readFile(hostPath);
              if (text === null) continue;
              out.files.push({ rel: `etc/systemd/system/${n}`, hostPath, text });
              return text;
            } catch (e) {
              out.failures++;
              out.notes.push(`${hostPath}: not read (${why(e)})`);
              return null;
            }
          }
        }
        return null;
      })();
      reads.set(key, p);
    }
    return p;
  };
  await mapLimit(timers, 8, async (t) => {
    let service = t.activates ?? t.unit.replace(/\.timer$/, '.service');
    const related = MASTODON_UNIT.test(t.unit) || MASTODON_UNIT.test(service);
    // Units the admin wrote live in the first directory; the packages' only matter when they look like Mastodon's.
    let timerText = await readUnit(t.unit, [adminDir]);
    const timerInAdmin = timerText !== null;
    if (!timerInAdmin && related) timerText = await readUnit(t.unit, packageDirs);
    if (!t.activates && timerText) {
      const unitLine = /^[ \t]*Unit[ \t]*=[ \t]*(\S+)[ \t]*$/m.exec(timerText)?.[1];
      if (unitLine && UNIT_NAME.test(unitLine)) service = unitLine;
    }
    const serviceText = await readUnit(service, [adminDir]);
    if (serviceText === null && (related || timerInAdmin)) await readUnit(service, packageDirs);
  });
}

/** Scripts that the scheduled jobs run by absolute path, so their commands are linted too. */
function scriptPaths(paths: string[], have: Set<string>): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (out.length >= MAX_SCRIPTS) break;
    if (!/^\/[A-Za-z0-9._@+/-]+$/.test(p) || /(^|\/)\.\.?(\/|$)/.test(p) || SYSTEM_DIRS.test(p)) continue;
    if (have.has(p) || out.includes(p)) continue;
    out.push(p);
  }
  return out;
}

function writeTree(dir: string, files: Collected['files']): void {
  for (const f of files) {
    const p = join(dir, f.rel);
    mkdirSync(dirname(p), { recursive: true, mode: 0o700 });
    writeFileSync(p, f.text, { mode: 0o600 });
  }
}

/**
 * Writes the host's files into a private temp directory, lints it, fetches the scripts the
 * scheduled jobs run (`fetchScripts`) and lints again with them; the directory is always removed.
 */
async function lintOnHostLayout(
  files: Collected['files'],
  settings: LintSettings,
  fetchScripts: (paths: string[]) => Promise<Collected['files']>,
): Promise<{ findings: Finding[]; files: Collected['files'] }> {
  const dir = mkdtempSync(join(tmpdir(), 'mastodon-ops-host-'));
  try {
    writeTree(dir, files);
    const run = () => lint({ paths: [dir], root: dir, settings });
    let result = await run();
    const scripts = await fetchScripts(result.model.scriptCalls.map((c) => c.path));
    if (scripts.length) {
      writeTree(dir, scripts);
      files = [...files, ...scripts];
      result = await run();
    }
    return { findings: result.findings, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// -------------------------------------------------------------------------------------------------
// The check

export function hostCheck(o: HostCheckOptions = {}): Check {
  const roots: HostRoots = { ...DEFAULT_ROOTS, ...o.roots };
  return {
    id: 'host',
    title: 'Host: scheduled jobs, disk, load, memory',
    needs: ['ssh'],
    timeoutMs: o.timeoutMs ?? 15_000,
    run: (ctx) => runHost(ctx, roots, o.lintSettings ?? defaultSettings()),
  };
}

export const host: Check = hostCheck();

async function scheduledJobs(r: Remote, info: InstanceInfo, roots: HostRoots, settings: LintSettings) {
  const col: Collected = { files: [], notes: [], failures: 0 };
  await Promise.all([collectCron(r, info, roots, col), collectTimers(r, roots, col)]);
  if (col.files.length === 0 && col.failures > 0) throw new Error(`no file could be read (${col.notes[0] ?? 'unknown'})`);
  const have = new Set(col.files.map((f) => f.hostPath));
  const { findings, files } = await lintOnHostLayout(col.files, settings, async (calls) => {
    const scripts: Collected['files'] = [];
    await mapLimit(scriptPaths(calls, have), 8, async (p) => {
      try {
        const text = await r.readFile(p, 512_000);
        if (text !== null) scripts.push({ rel: `scripts${p}`, hostPath: p, text });
        else col.notes.push(`${p}: run by a scheduled job, but does not exist`);
      } catch (e) {
        col.notes.push(`${p}: run by a scheduled job, not read (${why(e)})`);
      }
    });
    return scripts;
  });
  const hostPathOf = new Map(files.map((f) => [f.rel, f.hostPath]));
  // Longest first, so `etc/cron.d/a-b` is replaced before `etc/cron.d/a`.
  const rels = [...hostPathOf.keys()].sort((a, b) => b.length - a.length);
  const cronFindings: CronFinding[] = findings.map((f) => {
    let message = f.message;
    for (const rel of rels) message = message.split(rel).join(hostPathOf.get(rel)!);
    return { ruleId: f.ruleId, severity: f.severity, path: hostPathOf.get(f.span.file) ?? `/${f.span.file}`, line: f.span.start.line, message: redact(message) };
  });
  const helpUris = [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.helpUri))];
  const read = files.map((f) => f.hostPath).sort();
  const lines = [`scheduled jobs: linted ${read.length} file${read.length === 1 ? '' : 's'} from the host${read.length ? ` (${read.slice(0, 8).join(', ')}${read.length > 8 ? ', …' : ''})` : ''}`];
  for (const f of cronFindings.slice(0, MAX_FINDING_LINES)) lines.push(`${f.ruleId} ${f.severity} ${f.path}:${f.line}: ${f.message}`);
  if (cronFindings.length > MAX_FINDING_LINES) lines.push(`${cronFindings.length - MAX_FINDING_LINES} more findings in data.cronFindings`);
  lines.push(...col.notes.sort());
  return { cronFindings, helpUris, lines };
}

async function diskUsage(r: Remote, info: InstanceInfo) {
  const res = await r.exec(COMMANDS.df);
  const rows = parseDf(res.stdout);
  if (!rows.length) throw new Error(`df -P printed no filesystems${res.stderr ? ` (${firstLine(res.stderr)})` : ''}`);
  const mastodon = info.paths.mastodon.replace(/\/+$/, '') || '/';
  // Local media: PAPERCLIP_ROOT_PATH (default :rails_root/public/system), unless object storage is on.
  const localMedia = !info.s3 && !['true'].includes(info.env.get('SWIFT_ENABLED') ?? '') && info.env.get('AZURE_ENABLED') !== 'true';
  const media = info.paths.media ?? (localMedia ? (info.env.get('PAPERCLIP_ROOT_PATH') ?? ':rails_root/public/system').replace(':rails_root', mastodon) : undefined);
  const wanted: [string, string][] = [['Mastodon', mastodon]];
  if (media) wanted.push(['media', media]);
  const disks: HostData['disks'] = [];
  const lines: string[] = [];
  for (const [label, path] of wanted) {
    const row = mountFor(path, rows);
    if (!row) continue;
    lines.push(`disk ${row.mount}: ${row.usedPct}% used (holds the ${label} path ${path})`);
    if (!disks.some((d) => d.mount === row.mount)) disks.push({ mount: row.mount, usedPct: row.usedPct });
  }
  return { disks, lines };
}

async function systemLoad(r: Remote, roots: HostRoots) {
  const lines: string[] = [];
  const [nproc, loadavg, meminfo] = await Promise.all([
    r.exec(COMMANDS.nproc).catch((e: unknown) => (lines.push(`nproc: ${why(e)}`), null)),
    r.readFile(`${roots.proc}/loadavg`, 4096).catch((e: unknown) => (lines.push(`${roots.proc}/loadavg: ${why(e)}`), null)),
    r.readFile(`${roots.proc}/meminfo`, 65_536).catch((e: unknown) => (lines.push(`${roots.proc}/meminfo: ${why(e)}`), null)),
  ]);
  const n = nproc && nproc.code === 0 ? Number.parseInt(nproc.stdout.trim(), 10) : NaN;
  const cpus = Number.isFinite(n) && n > 0 ? n : null;
  const load = loadavg ? parseLoadavg(loadavg) : null;
  const mem = meminfo ? parseMeminfo(meminfo) : null;
  if (load) lines.unshift(`load ${load.load1} ${load.load5} ${load.load15} (1, 5, 15 min) on ${cpus ?? '?'} CPUs`);
  if (mem) lines.push(`memory: ${mem.pct}% available (${Math.round(mem.availableKb / 1024)} MiB of ${Math.round(mem.totalKb / 1024)} MiB)`);
  return { load1: load?.load1 ?? null, cpus, memAvailablePct: mem?.pct ?? null, lines };
}

async function runHost(ctx: CheckContext, roots: HostRoots, settings: LintSettings): Promise<CheckOutcome> {
  const ssh = await ctx.conns.ssh();
  // Each remote operation gets part of the budget, so one hung command (df on a dead NFS mount)
  // costs its own part of the report, not the whole check.
  const r = new Remote(ssh, ctx.signal, Math.max(50, Math.round(ctx.timeoutMs * 0.6)));
  const info = ctx.instance;
  const [cron, disk, sys] = await Promise.allSettled([scheduledJobs(r, info, roots, settings), diskUsage(r, info), systemLoad(r, roots)]);
  const data: HostData = {
    cronFindings: cron.status === 'fulfilled' ? cron.value.cronFindings : [],
    disks: disk.status === 'fulfilled' ? disk.value.disks : [],
    load1: sys.status === 'fulfilled' ? sys.value.load1 : null,
    cpus: sys.status === 'fulfilled' ? sys.value.cpus : null,
    memAvailablePct: sys.status === 'fulfilled' ? sys.value.memAvailablePct : null,
  };
  const { status: measured, problems } = assess(data);
  const incomplete: string[] = [];
  if (cron.status === 'rejected') incomplete.push(`scheduled jobs not linted: ${why(cron.reason)}`);
  if (disk.status === 'rejected') incomplete.push(`disk usage unknown: ${why(disk.reason)}`);
  if (sys.status === 'rejected') incomplete.push(`load and memory unknown: ${why(sys.reason)}`);
  const status: CheckStatus = incomplete.length && measured === 'ok' ? 'warn' : measured;

  const details = [
    ...(cron.status === 'fulfilled' ? cron.value.lines : []),
    ...(disk.status === 'fulfilled' ? disk.value.lines : []),
    ...(sys.status === 'fulfilled' ? sys.value.lines : []),
    ...incomplete,
  ];
  const healthy = [
    ...data.disks.map((d) => `disk ${d.mount} ${d.usedPct}%`),
    data.load1 !== null ? `load ${data.load1}${data.cpus ? ` on ${data.cpus} CPUs` : ''}` : null,
    data.memAvailablePct !== null ? `${data.memAvailablePct}% memory available` : null,
  ].filter((x): x is string => x !== null);
  const summary = problems.length
    ? problems.join('; ')
    : incomplete.length
      ? `partly checked: ${incomplete.join('; ')}`
      : `scheduled jobs pass the lint rules${healthy.length ? `; ${healthy.join(', ')}` : ''}`;

  const fixes: string[] = [];
  if (data.cronFindings.some((f) => f.severity !== 'info')) {
    const uris = cron.status === 'fulfilled' ? cron.value.helpUris : [];
    fixes.push(`Fix the scheduled jobs at the host paths above (${uris.join(', ')}), then run mastodon-ops lint on the repository that deploys them so the fix stays`);
  }
  if (data.disks.some((d) => d.usedPct > THRESHOLDS.diskWarnPct)) {
    fixes.push('Free disk space: "tootctl media usage" shows what the media cache holds; set Content retention in the admin settings rather than scheduling --prune-profiles');
  }
  if ((data.load1 !== null && data.cpus !== null && data.load1 > data.cpus) || (data.memAvailablePct !== null && data.memAvailablePct < THRESHOLDS.memWarnPct)) {
    fixes.push('The host is short of CPU or memory: lower Sidekiq concurrency and WEB_CONCURRENCY, turn trends off on a small instance, or move to a larger machine');
  }
  const confirms = [...new Set(data.cronFindings.filter((f) => f.severity !== 'info').map((f) => f.ruleId))];
  return {
    status,
    summary,
    details,
    ...(fixes.length ? { fix: `${fixes.join('. ')}.` } : {}),
    ...(confirms.length ? { confirms } : {}),
    data: { ...data },
  };
}
