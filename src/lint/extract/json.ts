import type { Extractor } from './common.ts';

// Placeholder until the json extractor lands.
export const extractJson: Extractor = () => {};
