#!/usr/bin/env node
// The bundled CLI (npm run build writes dist/cli.js). On Node 22.1 and later, compiled bytecode is
// kept in Node's compile cache (in the temp directory, as npm and tsc do), so later runs skip
// compiling the bundle; older Node has no such cache and this does nothing.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli.js');
