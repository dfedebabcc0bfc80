import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN110',
  name: 'cronjob-concurrency',
  severity: 'warning',
  short: 'A Kubernetes CronJob runs tootctl without `concurrencyPolicy: Forbid`',
  full:
    'Without `concurrencyPolicy: Forbid` Kubernetes starts the next run while the previous one is still going (the default is `Allow`). Two `tootctl media remove` runs race over the same rows and storage objects and double the load on the database and the bucket. The official chart sets no policy.',
  check: {
    tootctl(_call, inv, ctx) {
      const s = inv.scheduler;
      const k8s = s?.k8s;
      if (!s || !k8s) return;
      const policy = k8s.concurrencyPolicy;
      if (policy && policy.value === null) return; // set from a template: cannot tell
      if (policy?.value === 'Forbid') return;
      const name = k8s.name ? `"${k8s.name}" ` : '';
      if (s.kind === 'helm-values') {
        ctx.report({
          span: k8s.objectSpan,
          confidence: inv.confidence,
          message:
            `the chart renders the CronJob ${name}without "concurrencyPolicy" and has no value to set it, so Kubernetes can start a second tootctl run ` +
            'while the first still works on the same rows and objects; set "enabled: false" and run your own CronJob with "concurrencyPolicy: Forbid"',
        });
        return;
      }
      if (policy) {
        const what =
          policy.value === 'Replace'
            ? 'kills a tootctl run that is still going when the next one is due'
            : 'lets Kubernetes start a second tootctl run while the first still works on the same rows and objects';
        ctx.report({
          span: policy.span,
          confidence: inv.confidence,
          message: `"concurrencyPolicy: ${policy.value}" on the CronJob ${name}${what}; set it to "Forbid"`,
        });
        return;
      }
      ctx.report({
        span: k8s.objectSpan,
        confidence: inv.confidence,
        message:
          `the CronJob ${name}runs tootctl without "concurrencyPolicy", so Kubernetes (default "Allow") can start a second run while the first still ` +
          'works on the same rows and objects; add "concurrencyPolicy: Forbid" to its spec',
      });
    },
  },
});
