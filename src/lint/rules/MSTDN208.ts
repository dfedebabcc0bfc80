import { defineRule } from '../rule.ts';

// Placeholder: the rule's owner replaces this file.
export default defineRule({
  id: 'MSTDN208',
  name: 'placeholder-208',
  severity: 'warning',
  short: 'placeholder',
  full: 'placeholder',
  check: {},
});
