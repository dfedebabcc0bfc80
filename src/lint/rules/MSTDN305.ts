import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN305',
  name: 'placeholder-305',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
