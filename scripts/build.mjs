// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild. ESM output needs a
// banner defining require/__filename/__dirname for CommonJS dependencies (ssh2, the AWS SDK);
// ssh2's optional native addons stay out of the bundle (it runs in pure JS without them).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const banner = [
  "import { createRequire as __mopsCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mopsFileURLToPath } from 'node:url';",
  "import { dirname as __mopsDirname } from 'node:path';",
  'const require = __mopsCreateRequire(import.meta.url);',
  'const __filename = __mopsFileURLToPath(import.meta.url);',
  'const __dirname = __mopsDirname(__filename);',
].join('\n');

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['cpu-features', '*.node'],
  banner: { js: banner },
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
});
