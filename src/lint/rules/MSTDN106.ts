import { defineRule } from '../rule.ts';
import { flag, isCommand, optionValue } from '../../mastodon/tootctl.ts';

export default defineRule({
  id: 'MSTDN106',
  name: 'short-prune-days',
  severity: 'warning',
  short: 'Profile prune with `--days` below the minimum (default 30; tootctl defaults to 7)',
  full:
    'For profile prunes `--days` is how long ago the account was last webfingered and updated. tootctl defaults to 7 ' +
    'days, which catches any account quiet for a week. Use 30 or more (configurable as `min-prune-days`); `--days 0` ' +
    'prunes every eligible account.',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, 'media', 'remove')) return;
      const pp = flag(call, 'prune-profiles') === true;
      const rh = flag(call, 'remove-headers') === true;
      if (!(pp || rh) || (pp && rh)) return; // both: MSTDN103, nothing runs
      // Chart values (magout's pruneProfileMedia) have no --days setting to change: MSTDN101 says to turn it off.
      if (inv.scheduler?.kind === 'helm-values') return;
      // `--days=$DAYS` we cannot resolve: the default does not apply, so say nothing.
      if (!call.options.has('days') && call.hasUnknownWords) return;
      const days = optionValue(call, 'days');
      if (typeof days !== 'number') return;
      const min = ctx.settings.minPruneDays;
      if (days >= min) return;
      const opt = call.options.get('days');
      const span = opt?.span ?? call.commandWords[call.commandWords.length - 1]!.span;
      ctx.report({
        span,
        severity: days <= 0 ? 'error' : undefined,
        confidence: inv.confidence,
        message: opt
          ? `"--days ${days}" prunes profiles of remote accounts quiet for ${days} day${days === 1 ? '' : 's'}; use ${min} or more`
          : `without "--days" tootctl prunes profiles of remote accounts quiet for 7 days; add "--days ${min}" or more`,
      });
    },
  },
});
