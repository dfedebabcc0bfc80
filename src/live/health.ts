// The health engine's entry point for the CLI, the bot and the weekly report: load the instance
// (env read locally or over SSH), open connections lazily, run the selected checks, close.

import { readFileSync } from 'node:fs';
import { UsageError } from '../lint/errors.ts';
import { openConnections } from './connections/index.ts';
import { SshSession, type SshTarget } from './connections/ssh.ts';
import { envMapFromText, instanceInfo, sshTarget, type InstanceConfig } from './instance.ts';
import { runHealth, type RunHooks } from './runner.ts';
import type { Check, HealthReport } from './types.ts';

export interface HealthOptions extends RunHooks {
  /** Check ids (or id prefixes such as `s3`) to run; all when empty. */
  only?: string[];
  /** Where the instance config came from, for error messages. */
  configPath?: string;
}

/** Selects checks by id or prefix; an unknown id is a usage error naming the valid ones. */
export function selectChecks(all: Check[], only: string[] | undefined): Check[] {
  if (!only || only.length === 0) return all;
  const picked = new Set<Check>();
  for (const want of only) {
    const m = all.filter((c) => c.id === want || c.id.startsWith(`${want}.`));
    if (!m.length) throw new UsageError(`--only ${want}: no such check; choose from ${all.map((c) => c.id).join(', ')}`);
    for (const c of m) picked.add(c);
  }
  return all.filter((c) => picked.has(c));
}

async function loadEnvText(cfg: InstanceConfig, target: SshTarget | undefined, configPath: string): Promise<{ text: string; path: string }> {
  if (target) {
    const path = cfg.env ?? `${cfg.mastodon.path}/.env.production`;
    const s = await SshSession.connect(target);
    try {
      const text = await s.readFile(path);
      if (text === null) throw new UsageError(`${configPath}: ${path} does not exist on ${target.host}; set env to the .env.production path on the host`);
      return { text, path: `${target.host}:${path}` };
    } finally {
      s.close();
    }
  }
  if (!cfg.env) throw new UsageError(`${configPath}: set env (the path of .env.production) or ssh`);
  try {
    return { text: readFileSync(cfg.env, 'utf8'), path: cfg.env };
  } catch (e) {
    throw new UsageError(`${cfg.env}: cannot read the env file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export async function instanceHealth(name: string, cfg: InstanceConfig, checks: Check[], o: HealthOptions = {}): Promise<HealthReport> {
  const configPath = o.configPath ?? 'instance config';
  const selected = selectChecks(checks, o.only);
  const target = cfg.ssh ? sshTarget(cfg.ssh, configPath) : undefined;
  const env = await loadEnvText(cfg, target, configPath);
  const info = instanceInfo(name, cfg, envMapFromText(env.text, env.path));
  const conns = openConnections({
    info,
    ssh: target,
    tunnel: cfg.ssh?.tunnel,
    overrides: cfg.overrides,
    timeoutMs: cfg.timeouts.checkMs,
  });
  try {
    return await runHealth(selected, info, conns, { onResult: o.onResult, signal: o.signal });
  } finally {
    await conns.close();
  }
}
