import type { Extractor } from './common.ts';

// Placeholder until the systemd extractor lands.
export const extractSystemd: Extractor = () => {};
