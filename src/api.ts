// The public surface of the engine: bot/ and the CLI import from here, never from internals.

export { VERSION } from './version.ts';
export { UsageError, InternalError, EXIT } from './lint/errors.ts';
export { lint, buildModel, lintModel, type LintResult, type LintOptions } from './lint/engine.ts';
export { RULES, ruleById } from './lint/rules/index.ts';
export type { Finding, Severity } from './lint/findings.ts';

export { CHECKS } from './live/checks/index.ts';
export { instanceHealth, selectChecks, type HealthOptions } from './live/health.ts';
export { runHealth, runCheck, type RunHooks } from './live/runner.ts';
export { redact, redactDeep, withoutSecrets } from './live/redact.ts';
export { diagnose } from './live/diagnose.ts';
export { loadOpsConfig, parseOpsConfig, InstanceSchema, OpsConfigSchema, type InstanceConfig, type OpsConfig } from './live/instance.ts';
export { renderHealth, HEALTH_FORMATS, type HealthFormat } from './live/render/index.ts';
export { renderHealthSlack, mrkdwnEscape, type SlackBlock, type SlackRenderOptions } from './live/render/slack.ts';
export type { Check, CheckResult, CheckStatus, Diagnosis, HealthReport } from './live/types.ts';
