// Output formats. Each reporter is a pure function of the lint result; `render` picks one from the
// format -> renderer map (no switch), so adding a format is one entry here.

import type { LintResult } from '../engine.ts';
import { renderText } from './text.ts';
import { renderJson } from './json.ts';
import { renderSarif } from './sarif.ts';
import { renderGithub } from './github.ts';
import { renderMarkdown } from './markdown.ts';

/** `json` is an alias of `json-v1` (see docs/output-formats.md for the deprecation policy). */
export const FORMATS = ['text', 'json', 'json-v1', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  /** Tool version, for SARIF and JSON. */
  version: string;
  /**
   * Prepended to every reported path (json, sarif, github, markdown). The Action sets it to the
   * linted root's path inside the workspace; the CLI leaves paths relative to the linted root.
   */
  pathPrefix?: string;
  /** github: annotations per severity (default 10, GitHub's per-step cap). */
  annotationLimit?: number;
  /** markdown: size limit in bytes (default 1,000,000, under the 1024k step-summary limit). */
  maxBytes?: number;
  /** markdown: notes shown under the heading (plain text, one alert block each). */
  notes?: string[];
  /** markdown: base URL that turns locations into links (`https://github.com/o/r/blob/<sha>/`). */
  fileUrlBase?: string;
  /** sarif: results per run (default 25,000, GitHub's limit). */
  maxResults?: number;
}

export type Renderer = (r: LintResult, o: RenderOptions) => string;

export const RENDERERS: Readonly<Record<Format, Renderer>> = {
  text: (r, o) => renderText(r, o),
  json: (r, o) => renderJson(r, o),
  'json-v1': (r, o) => renderJson(r, o),
  sarif: (r, o) => renderSarif(r, o),
  github: (r, o) => renderGithub(r, o),
  markdown: (r, o) => renderMarkdown(r, o),
};

export function render(format: Format, r: LintResult, o: RenderOptions): string {
  const renderer = RENDERERS[format];
  if (!renderer) throw new Error(`unknown format ${String(format)}`);
  return renderer(r, o);
}
