import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN303',
  name: 'placeholder-303',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
