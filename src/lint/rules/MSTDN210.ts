import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN210',
  name: 'placeholder-210',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
