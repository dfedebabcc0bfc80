import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN107',
  name: 'unknown-tootctl-option',
  severity: 'error',
  short: 'tootctl does not define this command or option, so the job fails',
  full:
    'tootctl (Thor) passes an option it does not know to the command as an argument; commands that take none print an ' +
    'error and exit 1, so a typo such as `--prune-profile` makes the whole scheduled job fail, silently in cron. A bad ' +
    'value for a numeric option (`--days=thirty`) fails the same way.',
  check: {
    tootctl(call, inv, ctx) {
      for (const p of call.problems) {
        const hint = p.suggestion ? ` (did you mean "${p.suggestion}"?)` : '';
        const effect = p.kind === 'unknown-option' || p.kind === 'unexpected-argument' || p.kind === 'bad-value' || p.kind === 'missing-value'
          ? '; tootctl exits with an error and the job does nothing'
          : '; tootctl exits with an error';
        ctx.report({ span: p.word.span, confidence: inv.confidence, message: `${p.message}${hint}${effect}` });
      }
    },
  },
});
