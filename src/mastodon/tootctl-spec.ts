// tootctl's commands and options as Mastodon defines them (lib/mastodon/cli/*.rb, Thor `option`
// declarations), so rules reason about what a command line really does. Reference:
// shared/reference/mastodon.md section 3; versions are Mastodon's own.

export type OptionType = 'boolean' | 'numeric' | 'string' | 'array' | 'hash';

export interface OptionSpec {
  /** Thor's name with dashes, e.g. `prune-profiles`. */
  name: string;
  type: OptionType;
  default?: boolean | number | string;
  /** Single-letter aliases without the dash, e.g. `d`. */
  aliases?: string[];
  /** First Mastodon version that has it. */
  since?: string;
}

export interface CommandSpec {
  options: OptionSpec[];
  /** `none`: Thor refuses positional arguments; `some`: required arguments; `any`: optional. */
  args: 'none' | 'some' | 'any';
  since?: string;
  /** One line of what it does to data, for messages. */
  summary?: string;
}

const concurrency: OptionSpec = { name: 'concurrency', type: 'numeric', default: 5, aliases: ['c'] };
const verbose: OptionSpec = { name: 'verbose', type: 'boolean', default: false, aliases: ['v'] };
const dryRun: OptionSpec = { name: 'dry-run', type: 'boolean', default: false };

/** Top-level command → subcommand → spec. Subcommand names are as typed (dashes). */
export const TOOTCTL: Record<string, Record<string, CommandSpec>> = {
  media: {
    remove: {
      args: 'none',
      summary: 'removes cached remote media, or with profile flags remote avatars and headers',
      options: [
        { name: 'days', type: 'numeric', default: 7, aliases: ['d'] },
        { name: 'prune-profiles', type: 'boolean', default: false, since: '4.1.0' },
        { name: 'remove-headers', type: 'boolean', default: false, since: '4.1.0' },
        { name: 'include-follows', type: 'boolean', default: false, since: '4.1.0' },
        concurrency,
        verbose,
        dryRun,
        { name: 'keep-interacted', type: 'boolean', default: false, since: '4.6.0' },
      ],
    },
    'remove-orphans': {
      args: 'none',
      since: '3.1.0',
      options: [
        { name: 'start-after', type: 'string' },
        { name: 'prefix', type: 'string' },
        { name: 'fix-permissions', type: 'boolean', default: false, since: '3.3.0' },
        dryRun,
      ],
    },
    refresh: {
      args: 'none',
      options: [
        { name: 'account', type: 'string' },
        { name: 'domain', type: 'string' },
        { name: 'status', type: 'numeric' },
        { name: 'days', type: 'numeric' },
        concurrency,
        verbose,
        dryRun,
        { name: 'force', type: 'boolean', default: false },
      ],
    },
    usage: { args: 'none', options: [] },
    lookup: { args: 'some', options: [] },
  },
  preview_cards: {
    remove: {
      args: 'none',
      options: [
        { name: 'days', type: 'numeric', default: 180 },
        concurrency,
        verbose,
        dryRun,
        { name: 'link', type: 'boolean', default: false },
      ],
    },
  },
  accounts: {
    refresh: {
      args: 'any',
      summary: 're-downloads avatars and headers of remote accounts from their stored URLs',
      options: [{ name: 'all', type: 'boolean' }, { name: 'domain', type: 'string' }, concurrency, verbose, dryRun],
    },
    cull: { args: 'any', options: [concurrency, dryRun] },
  },
  statuses: {
    remove: {
      args: 'none',
      options: [
        { name: 'days', type: 'numeric', default: 90 },
        { name: 'batch-size', type: 'numeric', default: 1000, aliases: ['b'] },
        { name: 'continue', type: 'boolean', default: false },
        { name: 'clean-followed', type: 'boolean', default: false },
        { name: 'skip-status-remove', type: 'boolean', default: false },
        { name: 'skip-media-remove', type: 'boolean', default: false },
        { name: 'compress-database', type: 'boolean', default: false },
      ],
    },
  },
};

/** Top-level commands that take no subcommand. */
export const TOOTCTL_TOP_LEVEL: Record<string, CommandSpec> = {
  version: { args: 'none', options: [] },
  help: { args: 'any', options: [] },
};
