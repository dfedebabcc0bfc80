// Every live check, in report order.
import type { Check } from '../types.ts';
import { dbProfilesCheck } from './db-profiles.ts';
import { sidekiqCheck } from './sidekiq.ts';
import { host } from './host.ts';
import { http } from './http.ts';

export const CHECKS: Check[] = [dbProfilesCheck, sidekiqCheck, host, http];
