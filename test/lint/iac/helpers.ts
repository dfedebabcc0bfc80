// Builds a model straight from file texts with the bucket extractors, for what lintTree cannot
// reach yet: CloudFormation YAML (called by the YAML extractor), Helm-origin env, .tfvars files.

import { emptyEnv, emptyModel, type ProjectModel } from '../../../src/lint/model.ts';
import { SourceFile, type Span } from '../../../src/lint/source.ts';
import { parseEnv } from '../../../src/lint/parse/env.ts';
import { extractTerraform } from '../../../src/lint/extract/terraform.ts';
import { loadHclParser } from '../../../src/lint/parse/hcl.ts';
import { extractJson } from '../../../src/lint/extract/json.ts';
import { extractCloudFormationYaml } from '../../../src/lint/extract/cloudformation.ts';
import { runRules } from '../../../src/lint/engine.ts';
import { invocationsFromShell } from '../../../src/lint/extract/shell-commands.ts';
import { addInvocations } from '../../../src/lint/extract/common.ts';
import { defaultSettings } from '../../../src/lint/config.ts';
import type { Report, Rule } from '../../../src/lint/rule.ts';

await loadHclParser();

export function modelFrom(files: Record<string, string>, opts: { helm?: string[] } = {}): ProjectModel {
  const model = emptyModel('/repo');
  for (const [path, text] of Object.entries(files)) {
    const f = new SourceFile(path, text);
    model.files.push(f);
    if (/\.(tf|tfvars)$/.test(path)) extractTerraform(f, model);
    else if (path.endsWith('.json')) extractJson(f, model);
    else if (/\.ya?ml$/.test(path)) extractCloudFormationYaml(f, model);
    else if (path.endsWith('.sh')) addInvocations(model, invocationsFromShell(text, undefined, { file: f, env: emptyEnv(), scheduler: null }));
    else {
      const env = parseEnv(f);
      model.envFiles.push(opts.helm?.includes(path) ? { ...env, origin: 'helm' } : env);
    }
  }
  return model;
}

export function reportsOf(rule: Rule, model: ProjectModel): Report[] {
  return runRules([rule], model, defaultSettings()).map((r) => r.report);
}

export function at(span: Span): string {
  return `${span.file}:${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`;
}

/** The text a span covers in `files`. */
export function textOf(files: Record<string, string>, span: Span): string {
  return (files[span.file] ?? '').slice(span.start.offset, span.end.offset);
}
