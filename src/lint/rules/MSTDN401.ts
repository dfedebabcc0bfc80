import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN401',
  name: 'placeholder-401',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
