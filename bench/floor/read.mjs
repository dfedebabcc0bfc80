// The floor, part 1: what any linter in Node pays before it parses anything. Walks the tree (no
// .gitignore), reads every file whose name a linter could care about, and runs one regex over it.
import { readdirSync, readFileSync } from 'node:fs';

const SKIP = /\.(md|txt|png|jpg|gif|svg|lock)$/i;
const files = [];
function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = `${d}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== '.git' && e.name !== 'node_modules') walk(p);
    } else if (e.isFile() && !SKIP.test(e.name)) files.push(p);
  }
}
walk(process.argv[2]);
let hits = 0;
for (const f of files) if (/tootctl|mastodon|S3_/i.test(readFileSync(f, 'latin1'))) hits++;
process.stdout.write(`${files.length} files, ${hits} mention Mastodon\n`);
