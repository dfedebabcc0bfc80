import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN204',
  name: 'placeholder-204',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
