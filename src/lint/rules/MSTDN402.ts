import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN402',
  name: 'placeholder-402',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
