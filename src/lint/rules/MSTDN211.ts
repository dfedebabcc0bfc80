import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN211',
  name: 'placeholder-211',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
