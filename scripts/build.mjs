// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild. ESM output needs a
// banner defining require/__filename/__dirname for CommonJS dependencies (ssh2, the AWS SDK);
// ssh2's optional native addons stay out of the bundle (it runs in pure JS without them).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

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

// The HCL parser (web-tree-sitter + the Terraform grammar) loads these at run time; the bundle
// looks for them in ./wasm beside itself.
mkdirSync('dist/wasm', { recursive: true });
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/wasm/web-tree-sitter.wasm');
copyFileSync('node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', 'dist/wasm/tree-sitter-terraform.wasm');
