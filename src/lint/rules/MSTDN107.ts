import { defineRule } from '../rule.ts';

// The parser (src/mastodon/tootctl.ts) reads the command line as Thor does and words each problem
// with what tootctl then does; this rule reports them on the offending word.
export default defineRule({
  id: 'MSTDN107',
  name: 'unknown-tootctl-option',
  severity: 'error',
  short: 'tootctl does not define this command or option, or its value is malformed, so the job fails or misbehaves',
  full:
    'tootctl parses its command line with Thor. A mistyped command or subcommand, a value that is not a number for a ' +
    'numeric option such as `--days`, or a missing required option makes tootctl exit 1 without doing anything. Thor ' +
    'passes an option it does not know to the command as an argument: commands that take no arguments then fail with ' +
    '"was called with arguments", so a typo such as `--prune-profile` makes the whole scheduled job fail, silently in ' +
    'cron, while commands that take arguments (`accounts cull [DOMAIN...]`, `domains purge`) take the typo as one and run ' +
    'without the option, e.g. without `--dry-run`.',
  check: {
    tootctl(call, inv, ctx) {
      for (const p of call.problems) {
        ctx.report({ span: p.word.span, confidence: p.uncertain ? 'low' : inv.confidence, message: p.message });
      }
    },
  },
});
