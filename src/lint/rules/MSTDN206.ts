import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN206',
  name: 'placeholder-206',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
