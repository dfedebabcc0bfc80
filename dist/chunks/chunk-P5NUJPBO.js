import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// src/live/render/formats.ts
var HEALTH_FORMATS = ["text", "json", "markdown", "slack"];

export {
  HEALTH_FORMATS
};
