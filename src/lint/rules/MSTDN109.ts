import { defineRule } from '../rule.ts';
import type { Invocation, Word } from '../model.ts';
import { envGet } from '../parse/env.ts';

// Mastodon's storage layout (reference section 2): what a path or key must touch to be its media.
const MEDIA_PATH = /(^|\/)(public\/system|cache|accounts\/(avatars|headers)|media_attachments|preview_cards|custom_emojis|site_uploads)(\/|$)/;

interface Deletion {
  tool: string;
  target: Word | undefined;
}

function base(v: string | null | undefined): string {
  if (!v) return '';
  return v.slice(v.lastIndexOf('/') + 1);
}

/** Options of aws, s3cmd, rclone, mc and gsutil that take a value: their value is not a target. */
const VALUED = new Set([
  '--endpoint-url', '--region', '--profile', '--exclude', '--include', '--output', '--cli-read-timeout', '--cli-connect-timeout',
  '--ca-bundle', '--query', '--request-payer', '--expected-size', '--page-size', '--storage-class', '--acl', '--sse', '--sse-c',
  '--min-age', '--max-age', '--min-size', '--max-size', '--config', '--filter', '--filter-from', '--exclude-from', '--include-from',
  '--transfers', '--checkers', '--log-file', '--log-level', '--bwlimit', '--max-depth', '--older-than', '--newer-than',
  '-c', '--host', '--host-bucket', '--access_key', '--secret_key', '--rexclude', '--rinclude',
]);

/** Positional arguments after `from`, skipping options and the values of options that take one. */
function positionals(argv: Word[], from: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < argv.length; i++) {
    const v = argv[i]!.value;
    if (v === null) {
      out.push(argv[i]!);
      continue;
    }
    if (v.startsWith('-')) {
      if (!v.includes('=') && VALUED.has(v)) i++;
      continue;
    }
    out.push(argv[i]!);
  }
  return out;
}

/** Recognises commands that delete objects or files directly in storage. */
export function storageDeletion(argv: Word[]): Deletion | null {
  const v = argv.map((w) => w.value);
  const name = base(v[0]);
  if (name === 'aws' && v[1] === 's3' && (v[2] === 'rm' || v[2] === 'rb')) return { tool: `aws s3 ${v[2]}`, target: positionals(argv, 3)[0] };
  // `aws s3 sync --delete SRC DEST` deletes at the destination.
  if (name === 'aws' && v[1] === 's3' && v[2] === 'sync' && v.includes('--delete')) return { tool: 'aws s3 sync --delete', target: positionals(argv, 3)[1] };
  if (name === 'aws' && v[1] === 's3api' && /^delete-objects?$/.test(v[2] ?? '')) {
    const i = v.indexOf('--bucket');
    return { tool: `aws s3api ${v[2]}`, target: i > 0 ? argv[i + 1] : undefined };
  }
  if (name === 's3cmd' && ['del', 'rm', 'rb', 'expire'].includes(v[1] ?? '')) return { tool: `s3cmd ${v[1]}`, target: positionals(argv, 2)[0] };
  if (name === 's3cmd' && v[1] === 'sync' && v.includes('--delete-removed')) return { tool: 's3cmd sync --delete-removed', target: positionals(argv, 2)[1] };
  if (name === 'rclone' && ['delete', 'deletefile', 'purge', 'rmdirs', 'cleanup'].includes(v[1] ?? '')) return { tool: `rclone ${v[1]}`, target: positionals(argv, 2)[0] };
  if ((name === 'mc' || name === 'mcli') && (v[1] === 'rm' || v[1] === 'rb')) return { tool: `${name} ${v[1]}`, target: positionals(argv, 2)[0] };
  if (name === 'gsutil') {
    const sub = v[1] === '-m' ? 2 : 1;
    if (v[sub] === 'rm') return { tool: 'gsutil rm', target: positionals(argv, sub + 1)[0] };
  }
  if (name === 'find' && (v.includes('-delete') || (v.includes('-exec') && ['rm', '/bin/rm', '/usr/bin/rm'].includes(v[v.indexOf('-exec') + 1] ?? '')))) {
    return { tool: 'find -delete', target: argv[1] };
  }
  if (name === 'rm' || name === 'unlink' || name === 'shred') return { tool: name, target: positionals(argv, 1)[0] };
  return null;
}

export default defineRule({
  id: 'MSTDN109',
  name: 'storage-level-deletion',
  severity: 'error',
  short: 'Mastodon media deleted at the storage level, behind the database\'s back',
  full:
    'Deleting objects with `aws s3 rm`, `s3cmd del`, `rclone delete`, `mc rm` or `find public/system -delete` leaves ' +
    '`avatar_file_name`, `file_file_name` and friends pointing at objects that no longer exist. The redownload workers skip ' +
    'any record whose file name is set, so nothing heals: every remote account can lose its avatar at once. Prune through ' +
    '`tootctl media remove` (which updates the database). After the fact, list the keys that still exist, set the file ' +
    'name columns to NULL only for the records whose object is confirmed missing, and enqueue ' +
    'RedownloadAvatarWorker/RedownloadHeaderWorker in batches that keep queue:pull under 50: see https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them ' +
    '(a throttled restore command in mastodon-ops is planned, not shipped).',
  check: {
    project(model, ctx) {
      const buckets = new Set<string>();
      for (const env of model.envFiles) {
        const b = envGet(env, 'S3_BUCKET');
        if (b && !b.template && b.value) buckets.add(b.value);
      }
      const check = (inv: Invocation) => {
        const d = storageDeletion(inv.argv);
        if (!d || !d.target) return;
        const t = d.target.value;
        if (t === null) return;
        const m = /^(?:s3|gs|r2):\/\/([^/]+)\/?(.*)$/.exec(t) ?? /^[A-Za-z0-9_-]+:([^/]+)\/?(.*)$/.exec(t);
        const bucket = m?.[1];
        const key = m ? m[2] ?? '' : t;
        const media = MEDIA_PATH.test(key) || MEDIA_PATH.test(t);
        const known = bucket !== undefined && buckets.has(bucket);
        if (!media && !known) return;
        ctx.report({
          span: d.target.span,
          severity: inv.scheduler ? undefined : 'warning',
          confidence: inv.confidence,
          message:
            `"${d.tool}" deletes Mastodon media in storage${inv.scheduler ? ` (run by ${inv.scheduler.label})` : ''} but leaves the database naming the files, ` +
            'so the avatars and media never come back; prune with "tootctl media remove" instead',
        });
      };
      for (const inv of model.invocations) check(inv);
    },
  },
});
