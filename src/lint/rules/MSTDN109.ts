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

/** Recognises commands that delete objects or files directly in storage. */
export function storageDeletion(argv: Word[]): Deletion | null {
  const v = argv.map((w) => w.value);
  const name = base(v[0]);
  const firstTarget = (from: number) => argv.slice(from).find((w) => w.value !== null && !w.value.startsWith('-'));
  if (name === 'aws' && v[1] === 's3' && (v[2] === 'rm' || v[2] === 'rb')) return { tool: `aws s3 ${v[2]}`, target: firstTarget(3) };
  if (name === 'aws' && v[1] === 's3' && v[2] === 'sync' && v.includes('--delete')) return { tool: 'aws s3 sync --delete', target: argv[4] ?? firstTarget(3) };
  if (name === 'aws' && v[1] === 's3api' && /^delete-objects?$/.test(v[2] ?? '')) {
    const i = v.indexOf('--bucket');
    return { tool: `aws s3api ${v[2]}`, target: i > 0 ? argv[i + 1] : undefined };
  }
  if ((name === 's3cmd') && ['del', 'rm', 'rb', 'expire'].includes(v[1] ?? '')) return { tool: `s3cmd ${v[1]}`, target: firstTarget(2) };
  if (name === 's3cmd' && v[1] === 'sync' && v.includes('--delete-removed')) return { tool: 's3cmd sync --delete-removed', target: argv[argv.length - 1] };
  if (name === 'rclone' && ['delete', 'deletefile', 'purge', 'rmdirs', 'cleanup'].includes(v[1] ?? '')) return { tool: `rclone ${v[1]}`, target: firstTarget(2) };
  if ((name === 'mc' || name === 'mcli') && (v[1] === 'rm' || v[1] === 'rb')) return { tool: `${name} ${v[1]}`, target: firstTarget(2) };
  if (name === 'gsutil' && (v[1] === 'rm' || v[1] === '-m' && v[2] === 'rm')) return { tool: 'gsutil rm', target: firstTarget(v[1] === '-m' ? 3 : 2) };
  if (name === 'find' && (v.includes('-delete') || (v.includes('-exec') && ['rm', '/bin/rm', '/usr/bin/rm'].includes(v[v.indexOf('-exec') + 1] ?? '')))) {
    return { tool: 'find -delete', target: argv[1] };
  }
  if (name === 'rm' || name === 'unlink' || name === 'shred') return { tool: name, target: firstTarget(1) };
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
    '`tootctl media remove` (which updates the database), or restore with mastodon-ops restore after the fact.',
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
