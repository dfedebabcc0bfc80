// tootctl's commands and options as Mastodon v4.6.5 defines them: `lib/mastodon/cli/main.rb` registers
// each group with Thor's `subcommand`, and each `lib/mastodon/cli/<group>.rb` declares its commands
// with `option`, `desc` and a Ruby method whose parameters are the positional arguments. Reference:
// shared/reference/mastodon.md section 3. Versions (`since`) are Mastodon's own, from its CHANGELOG
// and the "Version history" notes of mastodon/documentation `content/en/admin/tootctl.md`; where
// neither says, `since` is left out.
//
// Naming: a group is keyed as main.rb registers it (`preview_cards`, `ip_blocks`); a subcommand by
// the name its `desc` shows (`remove-orphans`), which is the Ruby method name with dashes. Thor
// accepts either spelling for both (see tootctl.ts). Options are keyed by Thor's switch name without
// the leading dashes (`prune-profiles` for `option :prune_profiles`).

export type OptionType = 'boolean' | 'numeric' | 'string' | 'array' | 'hash';

export interface OptionSpec {
  /** Thor's name with dashes, e.g. `prune-profiles`. */
  name: string;
  type: OptionType;
  default?: boolean | number | string;
  /**
   * Aliases as declared, without the dash, e.g. `d`. Thor prefixes each with a single `-`, so only
   * one-letter aliases can ever be typed (`Thor::Option#normalize_aliases`, `Thor::Options::SHORT_RE`).
   */
  aliases?: string[];
  /** First Mastodon version that has it. */
  since?: string;
  /** `required: true`: Thor refuses to run the command without it. */
  required?: boolean;
  /** `enum:`: Thor refuses any other value. */
  enum?: string[];
}

export interface CommandSpec {
  options: OptionSpec[];
  /** `none`: the method takes no parameters; `some`: it has required ones; `any`: only optional ones. */
  args: 'none' | 'some' | 'any';
  /** Fewest positional arguments the Ruby method accepts. */
  minArgs: number;
  /** Most positional arguments it accepts; `null` for a `*splat`. */
  maxArgs: number | null;
  /** Names of its parameters as its `desc` usage shows them, for messages ("a DOMAIN argument"). */
  argNames: string[];
  since?: string;
  /** One line of what it does to data, for messages. */
  summary?: string;
  /** A command that is itself a Thor group (`settings registrations`). */
  subcommands?: Record<string, CommandSpec>;
}

/**
 * Builds the positional-argument part of a spec from the Ruby parameter list, so each entry below
 * can be checked against the `def` line it comes from: `''`, `'username = nil'`, `'*domains'`,
 * `'from_acct, to_acct'`.
 */
function sig(params: string): Pick<CommandSpec, 'args' | 'minArgs' | 'maxArgs' | 'argNames'> {
  const parts = params
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let min = 0;
  let max: number | null = 0;
  const names: string[] = [];
  for (const p of parts) {
    if (p.startsWith('*')) {
      max = null;
      names.push(p.slice(1).replace(/s$/, '').toUpperCase()); // `*domains` → DOMAIN
    } else if (p.includes('=')) {
      if (max !== null) max++;
      names.push(p.split('=')[0]!.trim().toUpperCase());
    } else {
      min++;
      if (max !== null) max++;
      names.push(p.toUpperCase());
    }
  }
  const args: CommandSpec['args'] = max === 0 ? 'none' : min > 0 ? 'some' : 'any';
  return { args, minArgs: min, maxArgs: max, argNames: names };
}

function cmd(params: string, options: OptionSpec[], extra: Partial<CommandSpec> = {}): CommandSpec {
  return { ...sig(params), options, ...extra };
}

// Options most commands share. `verbose` has `default: false` in some files and no default in
// others; both read as false.
const concurrency: OptionSpec = { name: 'concurrency', type: 'numeric', default: 5, aliases: ['c'] };
const verbose: OptionSpec = { name: 'verbose', type: 'boolean', default: false, aliases: ['v'] };
const dryRun: OptionSpec = { name: 'dry-run', type: 'boolean', default: false };
const bool = (name: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({ name, type: 'boolean', ...extra });
const str = (name: string, extra: Partial<OptionSpec> = {}): OptionSpec => ({ name, type: 'string', ...extra });

/** Group → subcommand → spec. Subcommand names as `desc` shows them (dashes). */
export const TOOTCTL: Record<string, Record<string, CommandSpec>> = {
  // accounts.rb
  accounts: {
    rotate: cmd('username = nil', [bool('all')], { since: '2.5.0' }),
    create: cmd('username', [str('email', { required: true }), bool('confirmed'), str('role'), bool('reattach'), bool('force'), bool('approve')], { since: '2.6.0' }),
    modify: cmd(
      'username',
      [
        str('role'),
        bool('remove-role', { since: '4.0.0' }),
        str('email'),
        bool('confirm'),
        bool('enable'),
        bool('disable'),
        bool('disable-2fa'),
        bool('approve'),
        bool('reset-password', { since: '3.1.2' }),
      ],
      { since: '2.6.0' },
    ),
    delete: cmd('username = nil', [str('email'), dryRun], { since: '2.6.0' }),
    merge: cmd('from_acct, to_acct', [bool('force', { aliases: ['f'] })], { since: '3.3.0', argNames: ['FROM', 'TO'] }),
    'fix-duplicates': cmd('', [dryRun]),
    backup: cmd('username', [], { since: '2.6.0' }),
    cull: cmd('*domains', [concurrency, bool('dry-run', { since: '2.8.0' })], {
      since: '2.6.0',
      summary: 'deletes remote accounts whose server answers 404 or 410',
    }),
    refresh: cmd('*usernames', [bool('all'), str('domain'), concurrency, verbose, dryRun], {
      since: '2.6.0',
      summary: 're-downloads avatars and headers of remote accounts from their stored URLs',
    }),
    follow: cmd('username', [concurrency, verbose], { since: '2.7.0' }),
    unfollow: cmd('acct', [concurrency, verbose], { since: '2.7.0' }),
    'reset-relationships': cmd('username', [bool('follows', { default: false }), bool('followers', { default: false })], { since: '2.8.0' }),
    approve: cmd('username = nil', [{ name: 'number', type: 'numeric', aliases: ['n'] }, bool('all')], { since: '2.8.0' }),
    prune: cmd('', [concurrency, dryRun], { summary: 'deletes remote accounts no local account interacted with' }),
    migrate: cmd('username', [bool('force'), bool('replay'), str('target')]),
  },
  // cache.rb
  cache: {
    clear: cmd('', [], { since: '2.8.1' }),
    recount: cmd('type', [concurrency, verbose], { since: '3.0.0' }),
  },
  // canonical_email_blocks.rb
  canonical_email_blocks: {
    find: cmd('email', []),
    remove: cmd('email', []),
  },
  // domains.rb
  domains: {
    purge: cmd(
      '*domains',
      [
        concurrency,
        verbose,
        dryRun,
        bool('limited-federation-mode', { since: '3.2.0' }),
        bool('by-uri', { since: '3.5.0' }),
        bool('include-subdomains'),
        bool('purge-domain-blocks'),
      ],
      { since: '2.6.0', summary: 'deletes every account of the given domains without a trace' },
    ),
    crawl: cmd(
      'start = nil',
      [
        { name: 'concurrency', type: 'numeric', default: 50, aliases: ['c'] },
        str('format', { default: 'summary', aliases: ['f'] }),
        bool('exclude-suspended', { default: false, aliases: ['x'], since: '3.0.0' }),
      ],
      { since: '2.7.0' },
    ),
  },
  // email_domain_blocks.rb. `only_blocked` and `allow_with_approval` are declared with the typo
  // `defaut: false`, so Thor sees no default (nil), which reads as false.
  email_domain_blocks: {
    list: cmd('', [bool('only-blocked'), bool('only-with-approval', { default: false })], { since: '3.2.0' }),
    add: cmd('*domains', [bool('with-dns-records'), bool('allow-with-approval')], { since: '3.2.0' }),
    remove: cmd('*domains', [], { since: '3.2.0' }),
  },
  // emoji.rb
  emoji: {
    import: cmd('path', [str('prefix'), str('suffix'), bool('overwrite'), bool('unlisted'), str('category')], { since: '2.5.0' }),
    export: cmd('path', [str('category'), bool('overwrite')], { since: '3.1.4' }),
    purge: cmd('', [bool('remote-only', { since: '3.1.0' })], { since: '2.8.0' }),
  },
  // feeds.rb. `skip-filled-timelines` is inferred: PrecomputeFeedService#call takes
  // `skip_filled_timelines:` from v4.4 on, but the feeds.rb that passes it was not available to read.
  feeds: {
    build: cmd('username = nil', [bool('all', { default: false }), concurrency, verbose, dryRun, bool('skip-filled-timelines', { default: false, since: '4.4.0' })], {
      since: '2.6.0',
    }),
    clear: cmd('', [], { since: '2.6.0' }),
    vacuum: cmd('', []),
  },
  // ip_blocks.rb; severities from app/models/ip_block.rb `enum :severity`.
  ip_blocks: {
    add: cmd(
      '*addresses',
      [
        str('severity', { required: true, enum: ['sign_up_requires_approval', 'sign_up_block', 'no_access'] }),
        str('comment', { aliases: ['c'] }),
        { name: 'duration', type: 'numeric', aliases: ['d'] },
        bool('force', { aliases: ['f'] }),
      ],
      { argNames: ['IP'] },
    ),
    remove: cmd('*addresses', [bool('force', { aliases: ['f'] })], { argNames: ['IP'] }),
    export: cmd('', [str('format', { aliases: ['f'], enum: ['plain', 'nginx'] })]),
  },
  // maintenance.rb
  maintenance: {
    'fix-duplicates': cmd('', [], { since: '3.3.0' }),
  },
  // media.rb; `remove` options as in shared/reference/mastodon.md section 3.
  media: {
    remove: cmd(
      '',
      [
        { name: 'days', type: 'numeric', default: 7, aliases: ['d'] },
        bool('prune-profiles', { default: false, since: '4.1.0' }),
        bool('remove-headers', { default: false, since: '4.1.0' }),
        bool('include-follows', { default: false, since: '4.1.0' }),
        concurrency,
        verbose,
        dryRun,
        bool('keep-interacted', { default: false, since: '4.6.0' }),
      ],
      { since: '2.5.0', summary: 'removes cached remote media, or with profile flags remote avatars and headers' },
    ),
    'remove-orphans': cmd('', [str('start-after'), str('prefix', { since: '3.1.3' }), bool('fix-permissions', { default: false, since: '3.3.0' }), dryRun], {
      since: '3.1.0',
      summary: 'deletes stored files that no record points to',
    }),
    refresh: cmd(
      '',
      [
        str('account'),
        str('domain'),
        { name: 'status', type: 'numeric' },
        { name: 'days', type: 'numeric', since: '4.0.0' },
        concurrency,
        verbose,
        dryRun,
        bool('force', { default: false, since: '3.0.1' }),
      ],
      { since: '3.0.0' },
    ),
    usage: cmd('', [], { since: '3.0.1' }),
    lookup: cmd('url', [], { since: '3.1.0' }),
  },
  // preview_cards.rb
  preview_cards: {
    remove: cmd('', [{ name: 'days', type: 'numeric', default: 180 }, concurrency, verbose, dryRun, bool('link', { default: false })], { since: '3.0.0' }),
  },
  // search.rb
  search: {
    deploy: cmd(
      '',
      [
        concurrency,
        { name: 'batch-size', type: 'numeric', default: 100, aliases: ['b'], since: '3.5.0' },
        { name: 'only', type: 'array', enum: ['instances', 'accounts', 'tags', 'statuses', 'public_statuses'] },
        bool('import', { default: true, since: '3.5.3' }),
        bool('clean', { default: true, since: '3.5.3' }),
        bool('reset-chewy', { default: false, since: '4.2.0' }),
      ],
      { since: '2.8.0' },
    ),
  },
  // settings.rb: `settings` has one subcommand, `registrations`, itself a Thor group.
  settings: {
    registrations: cmd('', [], {
      subcommands: {
        open: cmd('', [], { since: '2.6.0' }),
        // `aliases: [:require_invite_text]` becomes `-require_invite_text`, which no switch pattern
        // matches, so that alias cannot be typed.
        approved: cmd('', [bool('require-reason', { aliases: ['require_invite_text'] })], { since: '3.5.2' }),
        close: cmd('', [], { since: '2.6.0' }),
      },
    }),
  },
  // statuses.rb
  statuses: {
    remove: cmd(
      '',
      [
        { name: 'days', type: 'numeric', default: 90 },
        { name: 'batch-size', type: 'numeric', default: 1000, aliases: ['b'] },
        bool('continue', { default: false }),
        bool('clean-followed', { default: false }),
        bool('skip-status-remove', { default: false }),
        bool('skip-media-remove', { default: false, since: '3.1.3' }),
        bool('compress-database', { default: false }),
      ],
      { since: '2.8.0' },
    ),
  },
  // upgrade.rb
  upgrade: {
    'storage-schema': cmd('', [dryRun, verbose], { since: '3.1.4' }),
  },
};

/**
 * Commands of main.rb itself. `self-destruct` comes from federation.rb (`include Federation`); its
 * `--dry-run` was removed in 4.3.0. `help` is Thor's own (`help(command = nil, subcommand = false)`).
 */
export const TOOTCTL_TOP_LEVEL: Record<string, CommandSpec> = {
  version: cmd('', [], { since: '2.7.0' }),
  'self-destruct': cmd('', [], { since: '2.8.0' }),
  help: cmd('command = nil, subcommand = false', []),
};

/** Main's `map`: Thor's HELP_MAPPINGS (`lib/thor/base.rb`) and main.rb's `map %w(--version -v) => :version`. */
export const TOOTCTL_TOP_LEVEL_MAP: Record<string, string> = {
  '-h': 'help',
  '-?': 'help',
  '--help': 'help',
  '-D': 'help',
  '--version': 'version',
  '-v': 'version',
};

/** Every group's `help` subcommand (`Thor.subcommand_help`: `help(command = nil, subcommand = true)`). */
export const GROUP_HELP: CommandSpec = cmd('command = nil, subcommand = true', []);
