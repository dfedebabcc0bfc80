// YAML-based schedulers: each document of a *.yml/*.yaml file is read as what it is:
// - a list of plays or tasks: Ansible (cron tasks are scheduled, shell/command run at deploy time);
// - a Kubernetes object (`apiVersion` + `kind`): CronJobs are scheduled, Jobs and pods are not,
//   HelmRelease / Argo CD Application values are chart values;
// - a compose file (`services:`): commands, ofelia/chadburn/deck-chores/swarm-cronjob labels;
// - Helm values of the official chart (`mastodon:`) or magout (`periodicMaintenance:`).
// Syntax errors are MSTDN001 findings (never in Helm/Jinja template files, which are not YAML
// until rendered); a document that does not parse is skipped, the others are still read.

import { isMap } from 'yaml';
import type { Extractor } from './common.ts';
import { deref, parseYaml, type YamlDoc } from '../parse/yaml.ts';
import { extractAnsible, looksLikeAnsible } from './yaml/ansible.ts';
import { extractK8s, looksLikeK8s } from './yaml/k8s.ts';
import { extractCompose, looksLikeCompose } from './yaml/compose.ts';
import { extractHelmValues, isMagoutValues, isOfficialValues } from './yaml/helm.ts';
import { extractCloudFormationYaml } from './cloudformation.ts';

/** Templates of the two charts modelled from their values: their CronJobs come from values.yaml. */
const MODELLED_CHART_TEMPLATE = /\.Values\.(periodicMaintenance\b|mastodon\.cron\.removeMedia\b)/;
/** Ansible variables: a `mastodon:` map there is not chart values. */
const ANSIBLE_VARS_PATH = /(^|\/)(group_vars|host_vars|vars|defaults)\//;
/** Top-level keys of the official chart's values besides `mastodon:`. */
const CHART_TOP_KEYS = /^(image|ingress|httproute|elasticsearch|postgresql|redis|service|serviceAccount|externalAuth|jobLabels|jobAnnotations|podSecurityContext|securityContext|resources|nodeSelector|tolerations|affinity|timezone|revisionHistoryLimit|volumeMounts|volumes|global)$/;

function looksLikeValuesFile(path: string, doc: YamlDoc): boolean {
  if (ANSIBLE_VARS_PATH.test(path)) return false;
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.includes('values') || /(^|\/)(helm|charts?|helmfile[^/]*)\//i.test(path)) return true;
  const root = deref(doc, doc.contents);
  if (!isMap(root)) return false;
  return root.items.some((p) => {
    const k = (p.key as { source?: string } | null)?.source;
    return typeof k === 'string' && CHART_TOP_KEYS.test(k);
  });
}

export const extractYaml: Extractor = (file, model) => {
  // CloudFormation templates (with `!Ref`/`!Sub` tags) are read by their own reader.
  if (extractCloudFormationYaml(file, model)) return;
  const yf = parseYaml(file);
  for (const item of yf.problems) model.parseProblems.push(item);
  if (yf.isTemplate && MODELLED_CHART_TEMPLATE.test(file.text)) return;
  for (const doc of yf.docs) {
    if (doc.broken || !doc.contents) continue;
    if (looksLikeAnsible(doc)) extractAnsible(yf, doc, model);
    else if (looksLikeK8s(doc)) extractK8s(yf, doc, model);
    else if (looksLikeCompose(doc)) extractCompose(yf, doc, model);
    else {
      const root = deref(doc, doc.contents);
      if (!root || !isMap(root)) continue;
      const official = isOfficialValues(doc, root) && looksLikeValuesFile(file.path, doc);
      if (official || isMagoutValues(doc, root)) extractHelmValues(yf, doc, root, model, '', official);
    }
  }
};
