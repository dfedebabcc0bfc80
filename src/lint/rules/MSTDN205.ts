import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN205',
  name: 'placeholder-205',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
