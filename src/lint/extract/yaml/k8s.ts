// Kubernetes manifests (any number of documents, `kind: List` too). A CronJob (batch/v1 or
// v1beta1) is a scheduler: each container of spec.jobTemplate.spec.template.spec runs
// `command` + `args` (exec form: each item one Word with its exact span; `bash -c <script>` is
// unwrapped with offsets into the YAML scalar). The Mastodon image sets RAILS_ENV=production, so
// the env kind is `container`, plus `env` (valueFrom: unknown) and `envFrom` (noted). A suspended
// CronJob runs nothing. Jobs and pod controllers run commands, but not on a schedule
// (scheduler null). Flux HelmReleases and Argo CD Applications carry chart values inline.

import { isMap, isSeq } from 'yaml';
import type { ProjectModel, Scheduler, Word } from '../../model.ts';
import { deref, get, getPath, items, keyString, pair, pairs, str, type Node, type YamlDoc, type YamlFile } from '../../parse/yaml.ts';
import type { Span } from '../../source.ts';
import { addRun, argItem, argvShell, containerEnv, hasTemplate, shellInvocations, textOf, truthy, wordOf, type ArgItem } from './words.ts';
import { IGNORE_ANNOTATION, recordIgnores } from './ignores.ts';
import { extractHelmValues } from './helm.ts';

const POD_OWNERS = new Set(['Job', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

export function looksLikeK8s(doc: YamlDoc): boolean {
  const c = deref(doc, doc.contents);
  return isMap(c) && Boolean(pair(doc, c, 'kind')) && Boolean(pair(doc, c, 'apiVersion'));
}

export function extractK8s(yf: YamlFile, doc: YamlDoc, model: ProjectModel): void {
  object(yf, doc, deref(doc, doc.contents), model, 0);
}

function object(yf: YamlFile, doc: YamlDoc, obj: Node | null, model: ProjectModel, depth: number): void {
  if (!isMap(obj) || depth > 4) return;
  const kind = str(doc, get(doc, obj, 'kind'));
  if (kind === 'List' || kind?.endsWith('List')) {
    for (const it of items(doc, get(doc, obj, 'items'))) object(yf, doc, it, model, depth + 1);
    return;
  }
  if (kind === 'CronJob') cronJob(yf, doc, obj, model);
  else if (kind === 'Pod') pod(yf, doc, get(doc, obj, 'spec'), null, model);
  else if (kind && POD_OWNERS.has(kind)) pod(yf, doc, getPath(doc, obj, 'spec', 'template', 'spec'), null, model);
  else if (kind === 'HelmRelease') {
    const values = getPath(doc, obj, 'spec', 'values');
    if (isMap(values)) extractHelmValues(yf, doc, values, model, 'spec.values.');
  } else if (kind === 'Application') {
    const values = getPath(doc, obj, 'spec', 'source', 'helm', 'valuesObject');
    if (isMap(values)) extractHelmValues(yf, doc, values, model, 'spec.source.helm.valuesObject.');
  }
}

function spanOf(yf: YamlFile, n: { range?: [number, number, number] | null } | null | undefined): Span | null {
  const r = n?.range;
  return r ? yf.file.span(r[0], Math.max(r[0], r[1])) : null;
}

function cronJob(yf: YamlFile, doc: YamlDoc, obj: Node, model: ProjectModel): void {
  const specPair = pair(doc, obj, 'spec');
  const spec = specPair ? deref(doc, specPair.value) : null;
  const kindPair = pair(doc, obj, 'kind')!;
  const kindSpan = spanOf(yf, kindPair.value as Node) ?? spanOf(yf, kindPair.key as Node)!;
  const suspend = get(doc, spec, 'suspend');
  if (suspend) {
    const t = textOf(yf, doc, suspend);
    if (t && !hasTemplate(yf, t) && truthy(t.value) === true) return;
  }
  const nameNode = getPath(doc, obj, 'metadata', 'name');
  const nameWord = nameNode ? wordOf(yf, doc, nameNode) : null;
  const name = nameWord ? (nameWord.value ?? nameWord.text) : null;
  const schedPair = spec ? pair(doc, spec, 'schedule') : undefined;
  const sched = schedPair ? wordOf(yf, doc, schedPair.value) : null;
  const policyPair = spec ? pair(doc, spec, 'concurrencyPolicy') : undefined;
  const policy: Word | null = policyPair ? wordOf(yf, doc, policyPair.value) : null;
  const objectSpan = (specPair && spanOf(yf, specPair.key as Node)) ?? kindSpan;
  const scheduler: Scheduler = {
    kind: 'k8s-cronjob',
    label: name ? `Kubernetes CronJob "${name}"` : 'Kubernetes CronJob',
    span: nameWord?.span ?? kindSpan,
    k8s: { name, concurrencyPolicy: policy, objectSpan },
  };
  if (sched) {
    const text = sched.value ?? sched.text;
    scheduler.schedule = { kind: text.trim().startsWith('@') ? 'special' : 'cron', text, known: sched.value !== null, span: sched.span };
  }
  const ignores = new Map<string, string>();
  for (const p of pairs(doc, getPath(doc, obj, 'metadata', 'annotations'))) {
    const m = IGNORE_ANNOTATION.exec(keyString(p) ?? '');
    if (m) ignores.set(m[1]!.toUpperCase(), str(doc, p.value) ?? '');
  }
  recordIgnores(scheduler, ignores);
  model.schedulers.push(scheduler);
  pod(yf, doc, getPath(doc, spec, 'jobTemplate', 'spec', 'template', 'spec'), scheduler, model);
}

function pod(yf: YamlFile, doc: YamlDoc, spec: Node | null, scheduler: Scheduler | null, model: ProjectModel): void {
  if (!isMap(spec)) return;
  for (const key of ['initContainers', 'containers']) {
    for (const c of items(doc, get(doc, spec, key))) container(yf, doc, c, scheduler, model);
  }
}

function container(yf: YamlFile, doc: YamlDoc, c: Node, scheduler: Scheduler | null, model: ProjectModel): void {
  if (!isMap(c)) return;
  const args: ArgItem[] = [];
  for (const key of ['command', 'args']) {
    const n = deref(doc, get(doc, c, key));
    if (!n) continue;
    if (isSeq(n)) {
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args.push(a);
      }
    } else {
      // Not valid Kubernetes (a string where a list belongs) or a template: one unknown or literal item.
      const a = argItem(yf, doc, n);
      if (a) args.push(a);
    }
  }
  if (args.length === 0) return; // the image's default command
  const env = containerEnv(yf, doc, get(doc, c, 'env'), get(doc, c, 'envFrom'), `container env`);
  const sh = argvShell(args);
  addRun(model, null, shellInvocations(yf, sh.text, sh.offsets, { env, scheduler }));
}
