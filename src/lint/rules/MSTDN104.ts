import { defineRule } from '../rule.ts';
import { flag, isCommand } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN104',
  name: 'scheduled-accounts-refresh',
  severity: 'error',
  short: 'Scheduled `tootctl accounts refresh --all` or `--domain` re-downloads every remote profile',
  full:
    '`tootctl accounts refresh --all` re-downloads the avatar and header of every remote account from the stored URLs, ' +
    'whether or not the file is already there, suspended and media-rejected accounts included. On a schedule it ' +
    're-bloats the bucket after every prune and hammers remote servers. To restore missing avatars, restore only the ' +
    'broken ones: `tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker for ' +
    'exactly those accounts in batches that keep queue:pull under 50, as described in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept ' +
    '(a throttled restore command in mastodon-ops is planned, not shipped).',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'accounts', 'refresh')) return;
      const all = flag(call, 'all') === true ? call.options.get('all') : undefined;
      const domain = call.options.get('domain');
      const opt = all ?? domain;
      if (!opt) return;
      const what = all ? '"--all"' : `"--domain ${domain?.value ?? '…'}"`;
      ctx.report({
        span: opt.span,
        severity: inv.scheduler ? undefined : 'warning',
        confidence: inv.scheduler ? inv.confidence : 'low',
        message:
          `"tootctl accounts refresh" with ${what} ${inv.scheduler ? `run by ${inv.scheduler.label}` : 'in a script'} re-downloads ` +
          'every matching remote avatar and header, present or not; restore only the missing ones ' +
          '("tootctl accounts refresh user@domain" for a few, the throttled procedure in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md for many)',
      });
    },
  },
});
