import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN001',
  name: 'unparsable-file',
  severity: 'error',
  short: 'A file could not be parsed, so it was not fully checked',
  full:
    'A configuration file has a syntax problem (an unterminated quote, invalid YAML, a line that is not KEY=value). ' +
    'The program that reads it will fail or skip that part, and mastodon-ops could not check what follows. Fix the syntax.',
  check: {
    project(model, ctx) {
      for (const p of model.parseProblems) ctx.report({ span: p.span, message: p.message, severity: p.severity });
    },
  },
});
