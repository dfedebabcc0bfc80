import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN203',
  name: 'placeholder-203',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
