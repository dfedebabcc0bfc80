// Every live check, in report order.
import type { Check } from '../types.ts';

export const CHECKS: Check[] = [];
