import type { Extractor } from './common.ts';

// Placeholder until the nix extractor lands.
export const extractNix: Extractor = () => {};
