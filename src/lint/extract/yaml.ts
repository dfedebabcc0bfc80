import type { Extractor } from './common.ts';

// Placeholder until the yaml extractor lands.
export const extractYaml: Extractor = () => {};
