import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN301',
  name: 'placeholder-301',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
