// The floor, part 2: parsing only the YAML files that mention Mastodon with the `yaml` package, as
// the linter must (positions kept), in a fresh process as the CLI does. The files are listed on
// a file by bench/floor.ts, so finding them is not timed here; Node's start is, as for the CLI.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let docs = 0;
for (const f of files) docs += parseAllDocuments(readFileSync(f, 'utf8'), { keepSourceTokens: true, uniqueKeys: false, strict: false, prettyErrors: false, logLevel: 'silent' }).length;
process.stdout.write(`${files.length} files, ${docs} documents\n`);
