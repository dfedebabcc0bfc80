import { defineRule, type Report } from '../rule.ts';
import { envGet, type EnvEntry, type EnvFile } from '../parse/env.ts';
import type { Severity } from '../findings.ts';
import type { Span } from '../source.ts';
import { severityRank } from '../findings.ts';
import { envVar, isDevOrTestEnvPath, isPlaceholderValue, isProductionEnvPath } from '../../mastodon/env-vars.ts';

interface Requirement {
  key: string;
  severity: Severity;
  /** What its absence costs, short enough to list several. */
  short: string;
  /** A clause after "so". */
  cost: string;
  fix: string;
  /** Keys whose line is the nearest place to report a missing one. */
  near: string[];
  /** Placeholders are fine in templates; in a real file a placeholder secret is a weak secret. */
  secret: boolean;
}

const ARE = ['ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY', 'ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT', 'ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY'];
const VAPID = ['VAPID_PRIVATE_KEY', 'VAPID_PUBLIC_KEY'];

const REQUIRED: Requirement[] = [
  {
    key: 'LOCAL_DOMAIN',
    severity: 'error',
    short: 'the server identity',
    cost: 'Mastodon falls back to "localhost:3000" as the server identity and federation breaks',
    fix: 'set it to the domain of your handles (it cannot change later)',
    near: ['WEB_DOMAIN'],
    secret: false,
  },
  {
    key: 'SECRET_KEY_BASE',
    severity: 'error',
    short: 'Rails will not boot',
    cost: 'Rails refuses to boot in production',
    fix: 'generate one with "bin/rails secret"',
    near: ['OTP_SECRET'],
    secret: true,
  },
  ...ARE.map((key) => ({
    key,
    severity: 'error' as const,
    short: 'boot aborts',
    cost: 'Mastodon 4.3.0 and later abort at boot',
    fix: 'generate all three with "bin/rails db:encryption:init" and never change them',
    near: ARE.filter((k) => k !== key),
    secret: true,
  })),
  ...VAPID.map((key) => ({
    key,
    severity: 'warning' as const,
    short: 'no Web Push',
    cost: 'Web Push notifications do not work',
    fix: 'generate the pair with "bin/rails mastodon:webpush:generate_vapid_key"',
    near: VAPID.filter((k) => k !== key),
    secret: key === 'VAPID_PRIVATE_KEY',
  })),
];

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

function firstLine(env: EnvFile): Span {
  const t = env.file.text;
  let end = t.indexOf('\n');
  if (end === -1) end = t.length;
  if (end > 0 && t[end - 1] === '\r') end--;
  return env.file.span(0, end);
}

/** A full production env of Mastodon, not a fragment (`.env.production` holding only S3 settings). */
function isFullProductionEnv(env: EnvFile): boolean {
  if (!isProductionEnvPath(env.file.path) || isDevOrTestEnvPath(env.file.path)) return false;
  if (env.byKey.has('LOCAL_DOMAIN')) return true;
  let known = 0;
  for (const k of env.byKey.keys()) {
    const spec = envVar(k);
    if (spec && spec.reader !== 'aws-sdk') known++;
  }
  return known >= 5;
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export default defineRule({
  id: 'MSTDN209',
  name: 'required-env-missing',
  severity: 'error',
  short: 'A production env file lacks a variable Mastodon needs (LOCAL_DOMAIN, SECRET_KEY_BASE, the encryption keys)',
  full:
    'Without `SECRET_KEY_BASE` Rails will not boot in production; from 4.3.0 Mastodon aborts at boot unless all three ' +
    '`ACTIVE_RECORD_ENCRYPTION_*` keys are set, and also when one still ends with `DO_NOT_USE_IN_PRODUCTION` (the values ' +
    "from Mastodon's own test env). Without `LOCAL_DOMAIN` the server calls itself `localhost:3000`. Missing VAPID keys " +
    'break Web Push. Only files named like `.env.production` that hold a Mastodon configuration are checked, together with ' +
    'other env files in the same directory; templates may use placeholders, but not leave a key out.',
  check: {
    project(model, ctx) {
      const files = model.envFiles.filter((e) => e.origin === 'file');
      for (const env of files) {
        if (!isFullProductionEnv(env)) continue;
        const dir = dirOf(env.file.path);
        const siblings = files.filter((o) => o !== env && o.isTemplate === env.isTemplate && dirOf(o.file.path) === dir);
        const lookup = (k: string): EnvEntry | undefined => envGet(env, k) ?? siblings.map((s) => envGet(s, k)).find((e) => e);
        const missing = new Map<string, { span: Span; reqs: Requirement[] }>();

        for (const req of REQUIRED) {
          const e = lookup(req.key);
          if (!e) {
            const near = req.near.map((k) => envGet(env, k)).find((x) => x);
            const span = near ? near.keySpan : firstLine(env);
            const at = `${span.start.offset}:${span.end.offset}`;
            const slot = missing.get(at) ?? { span, reqs: [] };
            slot.reqs.push(req);
            missing.set(at, slot);
            continue;
          }
          if (e.template) continue;
          const value = e.value.trim();
          if (ARE.includes(req.key) && value.endsWith('DO_NOT_USE_IN_PRODUCTION')) {
            ctx.report({
              span: e.valueSpan,
              message: `"${req.key}" is a test value ending with "DO_NOT_USE_IN_PRODUCTION", so Mastodon aborts at boot in production; ${req.fix}`,
            });
            continue;
          }
          if (env.isTemplate) continue;
          if (!value) {
            ctx.report({ span: e.keySpan, severity: req.severity, message: `"${req.key}" is empty, so ${req.cost}; ${req.fix}` });
          } else if (req.secret && isPlaceholderValue(value)) {
            ctx.report({
              span: e.valueSpan,
              severity: req.severity,
              message: `"${req.key}" still holds a placeholder in a real env file, so anyone can guess it; ${req.fix}`,
            });
          }
        }

        if (!lookup('DATABASE_URL') && !lookup('DB_HOST')) {
          const near = ['DB_NAME', 'DB_USER', 'DB_PASS', 'DB_PORT'].map((k) => envGet(env, k)).find((x) => x);
          const span = near ? near.keySpan : firstLine(env);
          const at = `${span.start.offset}:${span.end.offset}`;
          const slot = missing.get(at) ?? { span, reqs: [] };
          slot.reqs.push({
            key: 'DB_HOST',
            severity: 'warning',
            short: 'PostgreSQL on localhost',
            cost: 'Mastodon connects to PostgreSQL on "localhost"',
            fix: 'set DB_HOST (or DATABASE_URL) unless PostgreSQL really runs on this host',
            near: [],
            secret: false,
          });
          missing.set(at, slot);
        }

        for (const { span, reqs } of missing.values()) {
          const sev = reqs.reduce<Severity>((s, r) => (severityRank(r.severity) > severityRank(s) ? r.severity : s), 'info');
          const onlyDb = reqs.length === 1 && reqs[0]!.key === 'DB_HOST';
          const report: Report = { span, severity: sev, confidence: onlyDb ? 'low' : 'high', message: '' };
          if (reqs.length === 1) {
            const r = reqs[0]!;
            report.message = `"${r.key}" is missing from this production env file, so ${r.cost}; ${r.fix}`;
          } else {
            const byCost = new Map<string, string[]>();
            for (const r of reqs) byCost.set(r.short, [...(byCost.get(r.short) ?? []), `"${r.key}"`]);
            const names = [...byCost].map(([short, keys]) => `${list(keys)} (${short})`);
            const fixes = [...new Set(reqs.map((r) => r.fix))];
            const how = fixes.length === 1 ? fixes[0]! : 'set them (the rule documentation says how to generate each)';
            report.message = `this production env file lacks ${list(names)}; ${how}`;
          }
          ctx.report(report);
        }
      }
    },
  },
});
