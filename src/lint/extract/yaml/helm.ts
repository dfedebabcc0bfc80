// Helm values for the two Mastodon charts, turned into what the charts render from them.
//
// Official chart (mastodon/chart, reference section 9): `mastodon.cron.removeMedia.enabled`
// (default true) renders a batch/v1 CronJob `<fullname>-media-remove` on `.schedule` (default
// "0 0 * * 0") running exactly `bin/tootctl media remove`, with no concurrencyPolicy. Its words are
// synthetic: their spans point at the `removeMedia` key (or `cron`/`mastodon` when it is absent).
// The chart's ConfigMap env (`templates/configmap-env.yaml`) becomes an EnvFile with
// `origin: 'helm'`: S3_* when `mastodon.s3.enabled` (S3_PERMISSION, S3_REGION, S3_ALIAS_HOST only
// when non-empty: the chart cannot render an empty S3_PERMISSION), then every
// `mastodon.extraEnvVars` key, rendered quoted (so `S3_PERMISSION: ""` gives an empty variable).
//
// magout (ushitora-anqou/magout, charts/magout/templates/cronjob.yaml): when
// `periodicMaintenance.enabled` (default false), one CronJob `<fullname>-maint` with
// `concurrencyPolicy: Forbid` on `.schedule` (default "0 0 * * *") runs `bash -xeu -c` with one
// line per enabled toggle, in this order:
//   removeStatuses (false)      bin/tootctl statuses remove
//   pruneAccounts (true)        bin/tootctl accounts prune
//   cullAccounts (true)         bin/tootctl accounts cull
//   removeMedia (true)          bin/tootctl media remove
//   pruneProfileMedia (false)   bin/tootctl media remove --prune-profiles
//   removePreviewCards (false)  bin/tootctl preview_cards remove
//   removeOrphanMedia (false)   bin/tootctl media remove-orphans
//   refreshAccounts (false)     bin/tootctl accounts refresh --all
// with `periodicMaintenance.env`/`envFrom` as the container's env.

import { isMap } from 'yaml';
import type { Env, ProjectModel, Scheduler, Word } from '../../model.ts';
import { indexEntries, type EnvEntry, type EnvFile } from '../../parse/env.ts';
import { deref, get, keyString, pair, pairs, str, type Node, type Pair, type YamlDoc, type YamlFile } from '../../parse/yaml.ts';
import type { Span } from '../../source.ts';
import { addRun, chartInvocation, containerEnv, displayText, hasTemplate, syntheticWord, textOf, truthy } from './words.ts';

/** Keys under `mastodon:` in the official chart's values. */
const OFFICIAL_CHILDREN = new Set([
  'cron', 's3', 'secrets', 'sidekiq', 'web', 'streaming', 'local_domain', 'web_domain', 'persistence', 'smtp',
  'extraEnvVars', 'createAdmin', 'hooks', 'singleUserMode', 'authorizedFetch', 'limitedFederationMode', 'locale',
  'alternate_domains', 'deepl', 'hcaptcha', 'metrics', 'otel', 'cacheBuster', 'preparedStatements', 'logLevel',
]);
const MAGOUT_TOGGLES: { key: string; on: boolean; argv: string[] }[] = [
  { key: 'removeStatuses', on: false, argv: ['bin/tootctl', 'statuses', 'remove'] },
  { key: 'pruneAccounts', on: true, argv: ['bin/tootctl', 'accounts', 'prune'] },
  { key: 'cullAccounts', on: true, argv: ['bin/tootctl', 'accounts', 'cull'] },
  { key: 'removeMedia', on: true, argv: ['bin/tootctl', 'media', 'remove'] },
  { key: 'pruneProfileMedia', on: false, argv: ['bin/tootctl', 'media', 'remove', '--prune-profiles'] },
  { key: 'removePreviewCards', on: false, argv: ['bin/tootctl', 'preview_cards', 'remove'] },
  { key: 'removeOrphanMedia', on: false, argv: ['bin/tootctl', 'media', 'remove-orphans'] },
  { key: 'refreshAccounts', on: false, argv: ['bin/tootctl', 'accounts', 'refresh', '--all'] },
];

export function isOfficialValues(doc: YamlDoc, root: Node | null): boolean {
  const m = get(doc, root, 'mastodon');
  if (!isMap(m)) return false;
  return pairs(doc, m).some((p) => OFFICIAL_CHILDREN.has(keyString(p) ?? ''));
}

export function isMagoutValues(doc: YamlDoc, root: Node | null): boolean {
  const pm = get(doc, root, 'periodicMaintenance');
  if (!isMap(pm)) return false;
  return pairs(doc, pm).some((p) => {
    const k = keyString(p) ?? '';
    return k === 'enabled' || k === 'schedule' || MAGOUT_TOGGLES.some((t) => t.key === k);
  });
}

/** Values of either chart (a values file, or `spec.values` of a HelmRelease; `prefix` names that path). */
export function extractHelmValues(yf: YamlFile, doc: YamlDoc, root: Node, model: ProjectModel, prefix = '', officialChart = true): void {
  if (officialChart && isOfficialValues(doc, root)) official(yf, doc, root, model, prefix);
  if (isMagoutValues(doc, root)) magout(yf, doc, root, model, prefix);
}

function keySpanOf(yf: YamlFile, p: Pair<unknown, unknown> | undefined): Span | null {
  const r = (p?.key as Node | undefined)?.range;
  return r ? yf.file.span(r[0], r[1]) : null;
}

function valueSpanOf(yf: YamlFile, p: Pair<unknown, unknown> | undefined): Span | null {
  const r = (p?.value as Node | null | undefined)?.range;
  return r ? yf.file.span(r[0], Math.max(r[0], r[1])) : null;
}

/** `enabled:` of a values block: its value, the default when absent, null for a template. */
function enabled(yf: YamlFile, doc: YamlDoc, block: Node | null, dflt: boolean): { on: boolean | null; pair?: Pair<Node, Node | null> } {
  const p = block ? pair(doc, block, 'enabled') : undefined;
  if (!p) return { on: dflt };
  const t = textOf(yf, doc, p.value);
  if (!t) return { on: null, pair: p };
  if (hasTemplate(yf, t)) return { on: null, pair: p };
  return { on: truthy(t.value), pair: p };
}

function official(yf: YamlFile, doc: YamlDoc, root: Node, model: ProjectModel, prefix: string): void {
  const mPair = pair(doc, root, 'mastodon')!;
  const m = deref(doc, mPair.value);
  const extra = get(doc, m, 'extraEnvVars');
  const env = extraEnv(yf, doc, extra);
  helmEnvFile(yf, doc, m, extra, model);

  const cronPair = pair(doc, m, 'cron');
  const rmPair = cronPair ? pair(doc, deref(doc, cronPair.value), 'removeMedia') : undefined;
  const rm = rmPair ? deref(doc, rmPair.value) : null;
  const en = enabled(yf, doc, rm, true);
  if (en.on === false) return;
  const anchor = keySpanOf(yf, rmPair) ?? keySpanOf(yf, cronPair) ?? keySpanOf(yf, mPair)!;
  const schedPair = rm ? pair(doc, rm, 'schedule') : undefined;
  const schedT = schedPair ? textOf(yf, doc, schedPair.value) : null;
  const schedKnown = !schedT || !hasTemplate(yf, schedT);
  const schedText = schedT ? (schedKnown ? schedT.value : displayText(yf, schedT.start, schedT.end)) : '0 0 * * 0';
  const scheduler: Scheduler = {
    kind: 'helm-values',
    label: `the chart's media-remove CronJob (${prefix}mastodon.cron.removeMedia)`,
    span: anchor,
    schedule: { kind: schedText.trim().startsWith('@') ? 'special' : 'cron', text: schedText, known: schedKnown, span: valueSpanOf(yf, schedPair) ?? anchor },
    k8s: { name: 'media-remove', concurrencyPolicy: null, objectSpan: anchor },
  };
  const argv = ['bin/tootctl', 'media', 'remove'].map((v) => syntheticWord(v, anchor));
  const inv = chartInvocation(yf, argv, env, scheduler, ['Helm chart mastodon/chart'], en.on === null ? 'low' : 'high');
  addRun(model, scheduler, [inv]);
}

/** `mastodon.extraEnvVars` as the container sees them. */
function extraEnv(yf: YamlFile, doc: YamlDoc, extra: Node | null): Env {
  const env: Env = { vars: new Map(), kind: 'container', notes: [] };
  for (const p of pairs(doc, extra)) {
    const k = keyString(p);
    if (!k) continue;
    const t = textOf(yf, doc, p.value);
    const kr = (p.key as Node).range ?? [0, 0, 0];
    const vr = (p.value as Node | null)?.range ?? kr;
    env.vars.set(k, { value: t && !hasTemplate(yf, t) ? t.value : null, span: yf.file.span(kr[0], Math.max(kr[0], vr[1])), source: 'mastodon.extraEnvVars' });
  }
  return env;
}

/** The env the official chart's ConfigMap renders from `mastodon.s3` and `mastodon.extraEnvVars`. */
function helmEnvFile(yf: YamlFile, doc: YamlDoc, m: Node | null, extra: Node | null, model: ProjectModel): void {
  const entries: EnvEntry[] = [];
  const file = yf.file;
  const add = (key: string, value: string, keySpan: Span, valueSpan: Span, template: boolean, quote: EnvEntry['quote']) => {
    const start = keySpan.start.offset <= valueSpan.start.offset ? keySpan : valueSpan;
    const end = valueSpan.end.offset >= keySpan.end.offset ? valueSpan : keySpan;
    entries.push({ key, keySpan, value, valueSpan, span: { file: file.path, start: start.start, end: end.end }, quote, exported: false, template, line: keySpan.start.line });
  };
  const s3Pair = m ? pair(doc, m, 's3') : undefined;
  const s3 = s3Pair ? deref(doc, s3Pair.value) : null;
  const s3Key = keySpanOf(yf, s3Pair);
  const en = enabled(yf, doc, s3, false);
  if (s3Key && en.on !== false) {
    // [env name, values key, default, rendered when empty]
    const keys: [string, string, string, boolean][] = [
      ['S3_BUCKET', 'bucket', '', true],
      ['S3_ENDPOINT', 'endpoint', '', true],
      ['S3_HOSTNAME', 'hostname', '', true],
      ['S3_PROTOCOL', 'protocol', 'https', true],
      ['S3_PERMISSION', 'permission', '', false],
      ['S3_REGION', 'region', '', false],
      ['S3_ALIAS_HOST', 'alias_host', '', false],
      ['S3_MULTIPART_THRESHOLD', 'multipart_threshold', '', false],
      ['S3_OVERRIDE_PATH_STYLE', 'override_path_style', '', false],
    ];
    const enKey = en.pair ? keySpanOf(yf, en.pair)! : s3Key;
    const enVal = en.pair ? (valueSpanOf(yf, en.pair) ?? enKey) : s3Key;
    const enTemplate = en.on === null;
    add('S3_ENABLED', 'true', enKey, enVal, enTemplate, '"');
    for (const [name, vkey, dflt, always] of keys) {
      const p = pair(doc, s3, vkey);
      const t = p ? textOf(yf, doc, p.value) : null;
      const template = Boolean(t && hasTemplate(yf, t)) || Boolean(p && !t && !isNull(doc, p));
      const value = p ? (t ? t.value : '') : dflt;
      if (!always && value === '' && !template) continue;
      const ks = keySpanOf(yf, p) ?? s3Key;
      add(name, value, ks, (p && valueSpanOf(yf, p)) ?? ks, template, null);
    }
  }
  for (const p of pairs(doc, extra)) {
    const k = keyString(p);
    if (!k) continue;
    const t = textOf(yf, doc, p.value);
    const ks = keySpanOf(yf, p)!;
    add(k, t ? t.value : '', ks, valueSpanOf(yf, p) ?? ks, Boolean(t && hasTemplate(yf, t)) || (!t && !isNull(doc, p)), '"');
  }
  if (entries.length === 0) return;
  const env: EnvFile = { file, entries, problems: [], isTemplate: false, origin: 'helm', byKey: indexEntries(entries) };
  model.envFiles.push(env);
}

function isNull(doc: YamlDoc, p: Pair<unknown, unknown>): boolean {
  const v = deref(doc, p.value);
  return v === null || str(doc, v) === '';
}

function magout(yf: YamlFile, doc: YamlDoc, root: Node, model: ProjectModel, prefix: string): void {
  const pmPair = pair(doc, root, 'periodicMaintenance')!;
  const pm = deref(doc, pmPair.value);
  const en = enabled(yf, doc, pm, false);
  if (en.on === false) return;
  const pmKey = keySpanOf(yf, pmPair)!;
  const schedPair = pair(doc, pm, 'schedule');
  const schedT = schedPair ? textOf(yf, doc, schedPair.value) : null;
  const schedKnown = !schedT || !hasTemplate(yf, schedT);
  const schedText = schedT ? (schedKnown ? schedT.value : displayText(yf, schedT.start, schedT.end)) : '0 0 * * *';
  const forbid: Word = syntheticWord('Forbid', pmKey);
  const scheduler: Scheduler = {
    kind: 'helm-values',
    label: `the magout maintenance CronJob (${prefix}periodicMaintenance)`,
    span: pmKey,
    schedule: { kind: schedText.trim().startsWith('@') ? 'special' : 'cron', text: schedText, known: schedKnown, span: valueSpanOf(yf, schedPair) ?? pmKey },
    k8s: { name: 'maint', concurrencyPolicy: forbid, objectSpan: pmKey },
  };
  const env = containerEnv(yf, doc, get(doc, pm, 'env'), get(doc, pm, 'envFrom'), 'periodicMaintenance.env');
  const invs = [];
  for (const t of MAGOUT_TOGGLES) {
    const togglePair = pair(doc, pm, t.key);
    const toggle = togglePair ? deref(doc, togglePair.value) : null;
    const on = enabled(yf, doc, toggle, t.on);
    if (on.on === false) continue;
    const at = keySpanOf(yf, togglePair) ?? (en.pair ? keySpanOf(yf, en.pair)! : pmKey);
    const argv = t.argv.map((v) => syntheticWord(v, at));
    invs.push(chartInvocation(yf, argv, env, scheduler, ['magout chart', 'bash -xeu -c'], on.on === null || en.on === null ? 'low' : 'high'));
  }
  model.schedulers.push(scheduler);
  addRun(model, scheduler, invs);
}
