// The registry: every rule, by id. SARIF `rules[]`, `--list-rules`, the README table and the docs
// test all come from this list.

import type { Rule } from '../rule.ts';
import MSTDN001 from './MSTDN001.ts';
import MSTDN101 from './MSTDN101.ts';
import MSTDN102 from './MSTDN102.ts';
import MSTDN103 from './MSTDN103.ts';
import MSTDN104 from './MSTDN104.ts';
import MSTDN105 from './MSTDN105.ts';
import MSTDN106 from './MSTDN106.ts';
import MSTDN107 from './MSTDN107.ts';
import MSTDN108 from './MSTDN108.ts';
import MSTDN109 from './MSTDN109.ts';
import MSTDN110 from './MSTDN110.ts';
import MSTDN111 from './MSTDN111.ts';

export const RULES: Rule[] = [
  MSTDN001,
  MSTDN101,
  MSTDN102,
  MSTDN103,
  MSTDN104,
  MSTDN105,
  MSTDN106,
  MSTDN107,
  MSTDN108,
  MSTDN109,
  MSTDN110,
  MSTDN111,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
