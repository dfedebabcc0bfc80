// kube-linter-style opt-outs on a Kubernetes object: the annotation
// `ignore-check.mastodon-ops.dev/<RULE-ID>: "reason"` (`mastodon-lint.dev` accepted as an alias).
// The extractor records them per scheduler, keyed by the Scheduler object; the engine consults
// them for every rule (engine.ts runRules).

import type { Scheduler } from '../../model.ts';

const IGNORES = new WeakMap<Scheduler, Map<string, string>>();

export const IGNORE_ANNOTATION = /^ignore-check\.mastodon-(?:ops|lint)\.dev\/(MSTDN\d{3}|ALL)$/i;

export function recordIgnores(s: Scheduler, ignores: Map<string, string>): void {
  if (ignores.size) IGNORES.set(s, ignores);
}

/** Rule ids (upper case) the object's annotations opt out of, with their reasons. */
export function ignoredRules(s: Scheduler | null | undefined): ReadonlyMap<string, string> {
  return (s && IGNORES.get(s)) ?? new Map();
}

export function isIgnored(s: Scheduler | null | undefined, ruleId: string): boolean {
  const m = ignoredRules(s);
  return m.has(ruleId.toUpperCase()) || m.has('ALL');
}
