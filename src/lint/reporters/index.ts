// Output formats. Each reporter is a pure function of the lint result.

import type { LintResult } from '../engine.ts';
import { renderText } from './text.ts';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  /** Tool version, for SARIF and JSON. */
  version: string;
}

export function render(format: Format, r: LintResult, o: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(r, o);
    default:
      throw new Error(`format ${format} is not implemented yet`);
  }
}
