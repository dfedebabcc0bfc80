import type { Extractor } from './common.ts';

// Placeholder until the terraform extractor lands.
export const extractTerraform: Extractor = () => {};
