// Every live check, in report order.
import type { Check } from '../types.ts';
import { dbProfilesCheck } from './db-profiles.ts';
import { sidekiqCheck } from './sidekiq.ts';

export const CHECKS: Check[] = [dbProfilesCheck, sidekiqCheck];
