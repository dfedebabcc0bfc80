import { defineRule } from '../rule.ts';
import { flag, isCommand } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN101',
  name: 'scheduled-prune-profiles',
  severity: 'error',
  short: 'Scheduled `tootctl media remove --prune-profiles` deletes remote avatars that never come back',
  full:
    '`--prune-profiles` deletes the cached avatars and headers of remote accounts and nulls their file names. ' +
    'Mastodon never re-downloads them on view: only an Update from the remote server, a background refresh of an active ' +
    'account, or a manual `tootctl accounts refresh` brings them back, so quiet accounts (often the ones you follow) keep ' +
    'the default avatar for weeks. Run it by hand, if at all. To bring pruned avatars back, run ' +
    '`tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker in batches that ' +
    'keep queue:pull under 50, as described in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept (a throttled restore command in mastodon-ops is planned, not shipped).',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'media', 'remove')) return;
      if (flag(call, 'prune-profiles') !== true || flag(call, 'remove-headers') === true) return;
      const opt = call.options.get('prune-profiles')!;
      const where = inv.scheduler ? `run by ${inv.scheduler.label}` : 'in a script';
      ctx.report({
        span: opt.span,
        severity: inv.scheduler ? undefined : 'warning',
        confidence: inv.scheduler ? inv.confidence : 'low',
        message:
          `"--prune-profiles" ${where} deletes cached remote avatars and headers, and Mastodon does not fetch them again on view; ` +
          'remove it from the schedule, and bring pruned avatars back with "tootctl accounts refresh user@domain" (a few accounts) ' +
          'or the throttled procedure in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md (many)',
        related: inv.scheduler?.schedule ? [{ span: inv.scheduler.schedule.span, message: 'scheduled here' }] : [],
      });
    },
  },
});
