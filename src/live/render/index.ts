import type { HealthReport } from '../types.ts';
import { renderHealthText } from './text.ts';
import { redactReport } from '../redact.ts';
import { renderHealthMarkdown } from './markdown.ts';
import { renderHealthSlack } from './slack.ts';
import type { HealthFormat } from './formats.ts';
export { HEALTH_FORMATS, type HealthFormat } from './formats.ts';

const RENDERERS: Record<HealthFormat, (r: HealthReport) => string> = {
  text: renderHealthText,
  json: (r) => `${JSON.stringify(redactReport(r), null, 2)}\n`,
  markdown: renderHealthMarkdown,
  slack: (r) => `${JSON.stringify(renderHealthSlack(r), null, 2)}\n`,
};

export function renderHealth(format: HealthFormat, r: HealthReport): string {
  return RENDERERS[format](r);
}
