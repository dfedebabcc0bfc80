// Placeholder: the nginx owner replaces this file with the nginx parser.
import type { SourceFile } from '../source.ts';

export interface NginxConfig {
  file: SourceFile;
}
