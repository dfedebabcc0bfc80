import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN202',
  name: 'placeholder-202',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
