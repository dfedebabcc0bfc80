import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN201',
  name: 'placeholder-201',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
