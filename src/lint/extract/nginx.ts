import type { Extractor } from './common.ts';

// Placeholder until the nginx extractor lands.
export const extractNginx: Extractor = () => {};
