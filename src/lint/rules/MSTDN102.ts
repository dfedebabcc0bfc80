import { defineRule } from '../rule.ts';
import { flag, isCommand } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN102',
  name: 'scheduled-remove-headers',
  severity: 'warning',
  short: 'Scheduled `tootctl media remove --remove-headers` deletes remote headers that are not fetched again',
  full:
    '`--remove-headers` deletes cached header images of remote accounts and nulls `header_file_name`. Like avatars, ' +
    'headers only come back when the remote account sends an Update or is refreshed by hand. The space saved is small; ' +
    'the damage is visible on every profile of a quiet account.',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'media', 'remove')) return;
      if (flag(call, 'remove-headers') !== true || flag(call, 'prune-profiles') === true) return;
      const opt = call.options.get('remove-headers')!;
      const where = inv.scheduler ? `run by ${inv.scheduler.label}` : 'in a script';
      ctx.report({
        span: opt.span,
        confidence: inv.scheduler ? inv.confidence : 'low',
        message: `"--remove-headers" ${where} deletes cached remote headers that Mastodon does not fetch again on view; remove it from the schedule`,
      });
    },
  },
});
