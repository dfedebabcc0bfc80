import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN302',
  name: 'placeholder-302',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
