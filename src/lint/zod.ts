// zod for the lint path: `zod/mini` with the English messages, imported by name. Classic `zod`
// (and a `zod/mini` namespace import) brings every locale and the JSON Schema code, 600-700 KB that
// every `mastodon-ops lint` would compile at start; the functions below are about 100 KB and give
// the same issues and messages once the English locale is configured.

import { _default, array, boolean, config, enum as zEnum, int, minimum, minLength, optional, record, regex, strictObject, string, object } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export const z = { _default, array, boolean, enum: zEnum, int, minimum, minLength, optional, record, regex, strictObject, string, object };
export type { input, infer, core } from 'zod/mini';
