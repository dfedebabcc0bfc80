import { defineRule } from '../rule.ts';
import { envGet, type EnvEntry, type EnvFile } from '../parse/env.ts';

// lib/mastodon/redis_configuration.rb, setup_config(prefix):
//   return { url: } if <prefix>REDIS_URL            (present, even empty, wins over everything)
//   sentinels used only if <prefix>REDIS_SENTINEL_MASTER and <prefix>REDIS_SENTINELS are both present
//   url = construct_uri(host, ...) is nil when <prefix>REDIS_HOST is blank
//   nil url -> `base` (the plain REDIS_* config), so every other <prefix>REDIS_* setting is dropped.
// streaming/redis.js does the same for the plain REDIS_* variables: REDIS_URL wins.

const DEPENDENT = ['PORT', 'DB', 'USER', 'PASSWORD', 'SENTINEL_PORT', 'SENTINEL_USERNAME', 'SENTINEL_PASSWORD'];
/** With a URL, these are dropped too. */
const DROPPED_BY_URL = ['HOST', 'PORT', 'DB', 'USER', 'USERNAME', 'PASSWORD', 'SENTINELS', 'SENTINEL_MASTER', 'SENTINEL_PORT', 'SENTINEL_USERNAME', 'SENTINEL_PASSWORD'];

function present(e: EnvEntry | undefined): e is EnvEntry {
  return e !== undefined;
}

/** Set to something other than blank. Template markup counts (its value is unknown), and so does a blank in a template or sample, which is there to be filled in. */
function filled(env: EnvFile, e: EnvEntry | undefined): boolean {
  return e !== undefined && (e.template || env.isTemplate || e.value.trim() !== '');
}

function who(prefix: string): string {
  return prefix === 'SIDEKIQ_' ? 'Sidekiq' : prefix === 'CACHE_' ? 'the Rails cache' : 'Mastodon';
}

function checkPrefix(env: EnvFile, prefix: 'SIDEKIQ_' | 'CACHE_' | '', report: (e: EnvEntry, message: string) => void): void {
  const k = (s: string): string => `${prefix}REDIS_${s}`;
  const url = envGet(env, k('URL'));
  if (url) {
    // An empty URL: Rails takes it (`if url` is true for ""), the streaming server skips it. Too murky to claim.
    if (url.template || url.value.trim() === '') return;
    for (const s of DROPPED_BY_URL) {
      const e = envGet(env, k(s));
      if (!present(e)) continue;
      // The streaming server reads REDIS_USERNAME; with REDIS_URL it is dropped there as well.
      if (prefix !== '' && s === 'USERNAME') continue;
      report(e, `"${e.key}" is ignored because ${k('URL')} is set and wins over the other ${prefix}REDIS_* settings; put it in the URL or remove it`);
    }
    return;
  }
  if (prefix === '') return;
  const host = envGet(env, k('HOST'));
  const sentinel = filled(env, envGet(env, k('SENTINEL_MASTER'))) && filled(env, envGet(env, k('SENTINELS')));
  if (filled(env, host) || sentinel) return;
  const cost = `so ${who(prefix)} uses the base REDIS_* connection`;
  const fix = `set ${k('HOST')} or ${k('URL')}, or remove it`;
  if (present(host)) {
    report(host, `"${host.key}" is empty, so it counts as unset and ${who(prefix)} uses the base REDIS_* connection along with every other ${prefix}REDIS_* setting; set it or remove the ${prefix}REDIS_* lines`);
  }
  for (const s of [...DEPENDENT, 'SENTINELS', 'SENTINEL_MASTER']) {
    const e = envGet(env, k(s));
    if (!present(e)) continue;
    const why =
      s === 'SENTINELS' || s === 'SENTINEL_MASTER'
        ? `${k('SENTINELS')} needs ${k('SENTINEL_MASTER')} (and the other way round)`
        : `neither ${k('URL')} nor ${k('HOST')} (nor ${k('SENTINELS')} with ${k('SENTINEL_MASTER')}) is set`;
    report(e, `"${e.key}" is ignored because ${why}, ${cost}; ${fix}`);
  }
}

export default defineRule({
  id: 'MSTDN210',
  name: 'redis-setting-ignored',
  severity: 'warning',
  short: 'A SIDEKIQ_REDIS_* / CACHE_REDIS_* / REDIS_* setting that Mastodon drops without a word',
  full:
    "Mastodon builds each Redis connection (`lib/mastodon/redis_configuration.rb`) from `<prefix>REDIS_URL`, else from " +
    '`<prefix>REDIS_HOST` or a sentinel pair. When neither `SIDEKIQ_REDIS_URL` nor `SIDEKIQ_REDIS_HOST` (nor ' +
    '`SIDEKIQ_REDIS_SENTINELS` with `SIDEKIQ_REDIS_SENTINEL_MASTER`) is set, the whole base `REDIS_*` configuration is ' +
    'used and `SIDEKIQ_REDIS_PASSWORD`, `_PORT` or `_DB` are silently ignored: Sidekiq shares the main Redis, or fails to ' +
    'authenticate against it. Likewise, once a `*_URL` is set, the host, port, user and password settings of the same ' +
    'prefix are ignored.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      const report = (e: EnvEntry, message: string): void => ctx.report({ span: e.keySpan, message });
      checkPrefix(env, 'SIDEKIQ_', report);
      checkPrefix(env, 'CACHE_', report);
      checkPrefix(env, '', report);
    },
  },
});
