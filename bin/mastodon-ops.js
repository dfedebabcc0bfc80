#!/usr/bin/env node
// The bundled CLI (npm run build writes dist/cli.js).
import '../dist/cli.js';
