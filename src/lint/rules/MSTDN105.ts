import { defineRule } from '../rule.ts';
import { flag, isCommand } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN105',
  name: 'include-follows',
  severity: 'error',
  short: '`--include-follows` prunes the avatars of accounts your users follow',
  full:
    'By default a profile prune skips accounts that follow or are followed by a local account. `--include-follows` ' +
    'removes that protection: the avatars your users see most are deleted and stay broken until each account sends an ' +
    'Update (Mastodon #23983). Without a profile flag, tootctl refuses the option and exits 1.',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'media', 'remove')) return;
      if (flag(call, 'include-follows') !== true) return;
      // Both profile flags: tootctl refuses the line (MSTDN103), nothing is pruned.
      if (flag(call, 'prune-profiles') === true && flag(call, 'remove-headers') === true) return;
      const opt = call.options.get('include-follows')!;
      const profile = flag(call, 'prune-profiles') === true || flag(call, 'remove-headers') === true;
      if (!profile && !call.hasUnknownWords) {
        ctx.report({
          span: opt.span,
          confidence: inv.confidence,
          message: 'tootctl refuses "--include-follows" without "--prune-profiles" or "--remove-headers" and exits 1, so this job never runs; remove the option',
        });
        return;
      }
      if (!profile) return;
      ctx.report({
        span: opt.span,
        confidence: inv.confidence,
        message: '"--include-follows" also prunes accounts your users follow, whose avatars stay broken until they post an Update; remove it',
      });
    },
  },
});
