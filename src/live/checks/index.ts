// Every live check, in report order: storage first (what on-call asks first), then data, queues, host.
import type { Check } from '../types.ts';
import { check as s3Write } from './s3-write.ts';
import { check as s3Bucket } from './s3-bucket.ts';
import { check as storageObjects } from './storage-objects.ts';
import { dbProfilesCheck } from './db-profiles.ts';
import { sidekiqCheck } from './sidekiq.ts';
import { host } from './host.ts';
import { http } from './http.ts';

export const CHECKS: Check[] = [s3Write, s3Bucket, storageObjects, dbProfilesCheck, sidekiqCheck, host, http];
