import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN207',
  name: 'placeholder-207',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
