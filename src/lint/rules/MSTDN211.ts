import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'MSTDN211',
  name: 'duplicate-env-key',
  severity: 'warning',
  short: 'A variable defined twice in one env file: only the last definition counts',
  full:
    "dotenv's parser (bkeepers/dotenv `lib/dotenv/parser.rb`, and the `dotenv` package the streaming server uses) fills " +
    'a hash line by line, so a later `KEY=` silently replaces an earlier one; systemd `EnvironmentFile=` and Docker ' +
    'Compose `env_file:` behave the same. The result is well defined, but the earlier line lies to whoever reads or edits ' +
    'it: changing `S3_PERMISSION` near the top does nothing when another `S3_PERMISSION` follows at the bottom. Different ' +
    'values are a warning; identical repeats are reported as info.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== 'file') return;
      for (const [key, list] of env.byKey) {
        for (let i = 1; i < list.length; i++) {
          const e = list[i]!;
          const earlier = list.slice(0, i);
          const differs = earlier.some((p) => p.value !== e.value);
          const lines = earlier.map((p) => p.line).join(', ');
          ctx.report({
            span: e.keySpan,
            severity: differs ? undefined : 'info',
            message: differs
              ? `"${key}" is defined again here with a different value, and dotenv keeps only the last definition, so the value on line ${lines} is ignored; remove one of them`
              : `"${key}" repeats line ${lines} with the same value; dotenv keeps only the last definition, so remove the duplicate`,
            related: earlier.map((p) => ({ span: p.span, message: `earlier definition of ${key}, ignored` })),
          });
        }
      }
    },
  },
});
