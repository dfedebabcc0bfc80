import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN110',
  name: 'cronjob-concurrency',
  severity: 'warning',
  short: 'A Kubernetes CronJob runs tootctl without `concurrencyPolicy: Forbid`',
  full:
    'Without `concurrencyPolicy: Forbid` Kubernetes starts the next run while the previous one is still going (the default is `Allow`). Two `tootctl media remove` runs race over the same rows and storage objects and double the load on the database and the bucket. The official chart sets no policy.',
  check: {},
});
