// zod for the lint path: `zod/mini` with the English messages, imported by name. Classic `zod`
// bundles every locale and the JSON Schema code, about 650 KB that every `mastodon-ops lint` would
// compile at start. Re-exporting the `zod/mini` namespace from this module keeps all of it too
// (esbuild cannot see which members importers use), so the functions are listed; modules that
// import the namespace directly (src/live/instance.ts, the bot) are tree-shaken as usual.

import { _default, array, boolean, config, enum as zEnum, int, minimum, minLength, optional, record, regex, strictObject, string, object } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export const z = { _default, array, boolean, enum: zEnum, int, minimum, minLength, optional, record, regex, strictObject, string, object };
export type { input, infer, core } from 'zod/mini';
