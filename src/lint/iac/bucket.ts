// Placeholder: the storage-checks owner replaces this file with the bucket model read from
// Terraform, CloudFormation and raw AWS JSON.
import type { Span } from '../source.ts';

export interface BucketConfig {
  /** Literal bucket name, or null when it is not known. */
  name: string | null;
  span: Span;
}
