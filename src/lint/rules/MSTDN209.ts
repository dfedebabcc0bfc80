import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN209',
  name: 'placeholder-209',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
