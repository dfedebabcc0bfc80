import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN108',
  name: 'missing-rails-env',
  severity: 'warning',
  short: 'tootctl runs without `RAILS_ENV=production`',
  full:
    'Mastodon loads `.env.production` and its production settings only when `RAILS_ENV=production`. Cron and systemd ' +
    'start with an almost empty environment, and sudo resets it, so a tootctl run there uses the development ' +
    'environment: it fails, or acts on the wrong database and storage. Set `RAILS_ENV=production` for the command.',
  check: {
    tootctl(call, inv, ctx) {
      if (!inv.scheduler) return;
      const found = inv.env.vars.get('RAILS_ENV');
      // A plain `RAILS_ENV=production` line in a script is a shell variable tootctl never sees.
      const v = found && found.exported !== false ? found : undefined;
      if (v && v.value === 'production') return;
      if (v && v.value === null) return; // set from a template or variable: cannot tell
      if (!v && inv.env.kind !== 'complete') return; // the image or a sourced file may set it
      const note = found && found.exported === false
        ? ' (RAILS_ENV is set in the script but not exported, so tootctl does not see it)'
        : inv.env.notes.length ? ` (${inv.env.notes[inv.env.notes.length - 1]})` : '';
      ctx.report({
        span: call.program.span,
        confidence: inv.confidence,
        message: v
          ? `tootctl runs with RAILS_ENV=${v.value}, not production, so it does not use .env.production; set RAILS_ENV=production`
          : `tootctl runs without RAILS_ENV=production${note}, so it does not load .env.production; set RAILS_ENV=production for this command`,
        related: v?.span ? [{ span: v.span, message: `RAILS_ENV set here (${v.source})` }] : [],
      });
    },
  },
});
