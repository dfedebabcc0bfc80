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
import MSTDN201 from './MSTDN201.ts';
import MSTDN202 from './MSTDN202.ts';
import MSTDN203 from './MSTDN203.ts';
import MSTDN204 from './MSTDN204.ts';
import MSTDN205 from './MSTDN205.ts';
import MSTDN206 from './MSTDN206.ts';
import MSTDN207 from './MSTDN207.ts';
import MSTDN208 from './MSTDN208.ts';
import MSTDN209 from './MSTDN209.ts';
import MSTDN210 from './MSTDN210.ts';
import MSTDN211 from './MSTDN211.ts';
import MSTDN212 from './MSTDN212.ts';
import MSTDN213 from './MSTDN213.ts';
import MSTDN301 from './MSTDN301.ts';
import MSTDN302 from './MSTDN302.ts';
import MSTDN303 from './MSTDN303.ts';
import MSTDN304 from './MSTDN304.ts';
import MSTDN305 from './MSTDN305.ts';
import MSTDN401 from './MSTDN401.ts';
import MSTDN402 from './MSTDN402.ts';

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
  MSTDN201,
  MSTDN202,
  MSTDN203,
  MSTDN204,
  MSTDN205,
  MSTDN206,
  MSTDN207,
  MSTDN208,
  MSTDN209,
  MSTDN210,
  MSTDN211,
  MSTDN212,
  MSTDN213,
  MSTDN301,
  MSTDN302,
  MSTDN303,
  MSTDN304,
  MSTDN305,
  MSTDN401,
  MSTDN402,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
