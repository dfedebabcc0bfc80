import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN212',
  name: 'placeholder-212',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
