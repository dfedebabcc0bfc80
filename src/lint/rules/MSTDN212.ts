import { defineRule } from '../rule.ts';
import { envGet, type EnvFile } from '../parse/env.ts';
import { mediaBuckets, ownershipEvidence } from '../iac/media.ts';
import type { RuleContext } from '../rule.ts';

export default defineRule({
  id: 'MSTDN212',
  name: 's3-permission-unset',
  severity: 'warning',
  short: 'S3 is enabled without S3_PERMISSION, so every upload asks for the public-read ACL',
  full:
    "When `S3_PERMISSION` is absent, `config/initializers/paperclip.rb` uses `ENV.fetch('S3_PERMISSION') { 'public-read' }`, " +
    'so every upload sends `x-amz-acl: public-read`. Buckets with ACLs disabled (Object Ownership "Bucket owner enforced", ' +
    'the AWS default for new buckets since April 2023, and several S3-compatible providers) reject that with ' +
    '`AccessControlListNotSupported`: new media, avatars and headers fail to store. Only a present but empty ' +
    '`S3_PERMISSION=` sends no ACL. Say explicitly which case the bucket is in.',
  check: {
    project(model, ctx) {
      // Where the repo shows the bucket has ACLs disabled, MSTDN201 reports the same line as an error.
      const covered = new Set(mediaBuckets(model).filter((m) => m.permission.kind === 'absent' && ownershipEvidence(m)?.state === 'enforced').map((m) => m.env));
      for (const env of model.envFiles) if (!covered.has(env)) check(env, ctx);
    },
  },
});

function check(env: EnvFile, ctx: RuleContext): void {
  {
    {
      if (env.origin !== 'file') return;
      const enabled = envGet(env, 'S3_ENABLED');
      if (!enabled || enabled.template || enabled.value !== 'true') return;
      if (env.byKey.has('S3_PERMISSION')) return;
      ctx.report({
        span: enabled.span,
        message:
          '"S3_PERMISSION" is not set although S3_ENABLED is true, so every upload sends "x-amz-acl: public-read", which buckets with ACLs disabled ' +
          '(the AWS default since April 2023) reject with AccessControlListNotSupported; set S3_PERMISSION= (empty) if the bucket has ACLs ' +
          'disabled, or S3_PERMISSION=public-read if it relies on ACLs',
      });
    }
  }
}
