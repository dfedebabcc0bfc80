// Ties check results together (seed 000's "tell them apart"): new uploads failing (ACL or
// public access) vs old objects gone while the database still names them (storage-level
// deletion) vs file names nulled by a prune. Pure: results in, diagnoses out.

import type { CheckResult, Diagnosis } from './types.ts';

export function diagnose(_results: CheckResult[]): Diagnosis[] {
  return [];
}
