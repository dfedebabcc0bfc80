import { defineRule } from '../rule.ts';
import { flag, isCommand } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN103',
  name: 'conflicting-profile-flags',
  severity: 'error',
  short: '`--prune-profiles` with `--remove-headers`: tootctl refuses to run',
  full:
    'tootctl exits 1 with "--prune-profiles and --remove-headers should not be specified simultaneously" and removes ' +
    'nothing. In cron the failure is silent, so the backlog grows; the day someone "fixes" the line, everything older ' +
    'than --days is pruned at once. Drop the line (recommended) or keep one flag.',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'media', 'remove')) return;
      if (flag(call, 'prune-profiles') !== true || flag(call, 'remove-headers') !== true) return;
      const a = call.options.get('prune-profiles')!;
      const b = call.options.get('remove-headers')!;
      const [first, second] = a.span.start.offset < b.span.start.offset ? [a, b] : [b, a];
      ctx.report({
        span: second.span,
        confidence: inv.confidence,
        message:
          'tootctl refuses "--prune-profiles" together with "--remove-headers" and exits 1, so this job never runs; ' +
          'fixing it later prunes the whole backlog at once: remove the line rather than one flag',
        related: [{ span: first.span, message: 'the other flag' }],
      });
    },
  },
});
