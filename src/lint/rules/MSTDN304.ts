import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN304',
  name: 'placeholder-304',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
