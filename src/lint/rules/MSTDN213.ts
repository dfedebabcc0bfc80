import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN213',
  name: 'live-bucket-unverified',
  severity: 'warning',
  short: '`--check-bucket` could not read a setting of the live bucket, so it was not checked',
  full:
    '`mastodon-ops lint --check-bucket` reads the media bucket\'s ownership controls, public access block, lifecycle rules ' +
    'and policy with the AWS credentials of the environment. When a read is denied or fails, the ACL and lifecycle checks ' +
    'for that setting did not run: that is reported, never taken as a pass. Grant the read-only permissions ' +
    '(s3:GetBucketOwnershipControls, s3:GetBucketPublicAccessBlock, s3:GetLifecycleConfiguration, s3:GetBucketPolicy) ' +
    'or run without --check-bucket.',
  check: {
    project(model, ctx) {
      for (const n of model.liveBucketNotes) ctx.report({ span: n.span, message: n.message, severity: n.severity === 'error' ? 'error' : undefined });
    },
  },
});
