// The sandbox's small Mastodon instance as plain data: accounts (local, remote on several domains,
// the instance actor), follows, users, a domain block, media attachments, the objects the bucket
// holds for them, the bucket's settings, the S3_PERMISSION in .env.production, and what Sidekiq 8
// keeps in Redis. One `buildWorld(state)` per broken state; everything else (seed.ts) only writes it.
//
// Pure and deterministic: a seeded PRNG, and every time is relative to `now`, so the same seed and
// the same `now` give the same instance. Facts come from shared/reference/mastodon.md:
// - ids (section 2): accounts created since Mastodon 3.4 get snowflakes, `(ms << 16) | 16 bits`,
//   18 digits for anything after 2018-05-09; older accounts keep small sequential ids; the instance
//   actor is id -99. Ids are decimal strings end to end (above 2^53).
// - object keys (section 2): `[cache/]<class>/<attachment>/<id_partition>/<style>/<file>`, `cache/`
//   only for remote records whose `<name>_storage_schema_version` >= 1; `id_partition` pads to 9
//   digits below 10^9, else to at least 12, and cuts 3-digit groups; GIF avatars and headers also
//   have a `static` PNG. The key function here is written independently of src/mastodon/object-keys.ts
//   so the sandbox and storage.objects check each other.
// - Sidekiq 8.1 (section 5): heartbeats with capsules and weights, `created_at`/`enqueued_at` as
//   integer epoch milliseconds, retry/dead scores as float seconds.
// - --prune-profiles (fact 8): selects remote accounts whose last_webfingered_at and updated_at are
//   older than --days, skips accounts in follows, nulls avatar_file_name/_content_type/_file_size/
//   _updated_at, keeps avatar_remote_url, and deletes the file.

export const STATES = ['healthy', 'acl', 'block-public-acls', 'deleted-objects', 'pruned', 'sidekiq-backlog'] as const;
export type SandboxState = (typeof STATES)[number];

export interface StateInfo {
  /** One line: what is broken. */
  title: string;
  /** What an admin would have done to get here. */
  story: string;
  /** The diagnosis ids `mastodon-ops health` should report, in order. */
  diagnoses: string[];
  /** Checks expected to fail (others ok, warn or skipped). */
  failing: string[];
}

export const STATE_INFO: Record<SandboxState, StateInfo> = {
  healthy: {
    title: 'Nothing is wrong',
    story: 'A bucket with ACLs disabled (BucketOwnerEnforced), S3_PERMISSION= (empty) so Mastodon sends no ACL, public read through a bucket policy; Sidekiq serves every queue.',
    diagnoses: [],
    failing: [],
  },
  acl: {
    title: 'Every upload fails with AccessControlListNotSupported',
    story: 'The bucket has ACLs disabled (BucketOwnerEnforced, the default for buckets created since April 2023) and S3_PERMISSION is not set, so Mastodon sends x-amz-acl: public-read with every upload.',
    diagnoses: ['uploads-fail-acl'],
    failing: ['s3.bucket', 's3.write'],
  },
  'block-public-acls': {
    title: 'Every upload fails with 403 AccessDenied',
    story: 'Someone turned on Block Public Access (BlockPublicAcls) on an old ACL-based bucket; S3_PERMISSION is not set, so every upload carries the public-read ACL the bucket now refuses.',
    diagnoses: ['uploads-fail-public-access-block'],
    failing: ['s3.bucket', 's3.write'],
  },
  'deleted-objects': {
    title: 'Avatar and header files are gone while the database still names them',
    story: 'A "cost cleanup" deleted every object under cache/accounts/ older than a cutoff directly in the bucket (aws s3 rm, outside tootctl). The database still has the file names, so the redownload workers skip those accounts.',
    diagnoses: ['objects-deleted-in-storage'],
    failing: ['storage.objects'],
  },
  pruned: {
    title: 'Remote avatars were pruned and do not come back',
    story: 'A weekly `tootctl media remove --prune-profiles --days 30` nulled the avatar of every dormant remote account nobody follows and deleted the files; nothing re-fetches them.',
    diagnoses: ['avatars-pruned'],
    failing: ['db.profiles'],
  },
  'sidekiq-backlog': {
    title: 'Sidekiq is behind: pull is backed up and ingress is not served',
    story: 'An unthrottled bulk avatar restore flooded the pull queue, and the only Sidekiq process was started with a -q list that forgot ingress, so incoming activities pile up.',
    diagnoses: ['sidekiq-queue-unserved', 'sidekiq-pull-backlog'],
    failing: ['sidekiq'],
  },
};

export function isState(s: string): s is SandboxState {
  return (STATES as readonly string[]).includes(s);
}

// -------------------------------------------------------------------------------------------------
// Data shapes

export interface FileRef {
  fileName: string;
  contentType: string;
  fileSize: number;
  updatedAt: Date;
  /** `<name>_storage_schema_version`; null for files stored before Mastodon 3.2. */
  schemaVersion: number | null;
}

export interface Account {
  id: string;
  username: string;
  /** null: local. */
  domain: string | null;
  displayName: string;
  actorType: 'Person' | 'Application' | 'Service';
  createdAt: Date;
  updatedAt: Date;
  lastWebfingeredAt: Date | null;
  suspendedAt: Date | null;
  avatar: FileRef | null;
  /** Nullable, no default (mastodon.md section 6). */
  avatarRemoteUrl: string | null;
  header: FileRef | null;
  /** NOT NULL DEFAULT ''. */
  headerRemoteUrl: string;
}

export interface User {
  accountId: string;
  email: string;
  createdAt: Date;
}

export interface Media {
  id: string;
  accountId: string;
  file: FileRef;
  createdAt: Date;
}

export interface StoredObject {
  key: string;
  body: Buffer;
  contentType: string;
  /** The ACL the object was stored with (null on buckets with ACLs disabled). */
  acl: string | null;
  lastModified: Date;
}

export interface BucketSettings {
  ownership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';
  publicAccessBlock?: { BlockPublicAcls: boolean; IgnorePublicAcls: boolean; BlockPublicPolicy: boolean; RestrictPublicBuckets: boolean };
  /** Bucket policy JSON. */
  policy?: string;
}

export interface SidekiqJobSpec {
  class: string;
  /** The `args` array as JSON text (ids as raw digits, as Ruby writes them, or as strings). */
  argsJson: string;
  queue: string;
  jid: string;
  /** How long before `now` it was enqueued. */
  ageS: number;
  retry: number | boolean;
}

export interface SidekiqProcessSpec {
  identity: string;
  hostname: string;
  pid: number;
  /** Capsule `default` weights: the queues it fetches from. */
  weights: Record<string, number>;
  concurrency: number;
  busy: number;
  startedAgoS: number;
}

export interface SidekiqSpec {
  version: string;
  processes: SidekiqProcessSpec[];
  /** Queue name → jobs, oldest first. */
  queues: Record<string, SidekiqJobSpec[]>;
  retry: (SidekiqJobSpec & { errorClass: string; errorMessage: string; retryCount: number; retryInS: number })[];
  dead: (SidekiqJobSpec & { errorClass: string; errorMessage: string; diedAgoS: number })[];
  processed: number;
  failed: number;
}

export interface World {
  state: SandboxState;
  now: Date;
  accounts: Account[];
  users: User[];
  follows: [follower: string, target: string][];
  domainBlocks: { domain: string; severity: 0 | 1 | 2; rejectMedia: boolean }[];
  media: Media[];
  objects: StoredObject[];
  bucket: BucketSettings;
  /** undefined: S3_PERMISSION absent from .env.production (Mastodon sends public-read). */
  s3Permission: string | undefined;
  sidekiq: SidekiqSpec;
  /** What the state changed, in numbers, for the sandbox's printout and the tests. */
  facts: Record<string, number | string>;
}

export interface WorldOptions {
  /** Epoch ms; default Date.now(). */
  now?: number;
  seed?: number;
  /** Remote accounts (default 320). */
  remote?: number;
  /** Local accounts besides the instance actor (default 14). */
  local?: number;
  bucket?: string;
}

export const LOCAL_DOMAIN = 'social.sandbox.test';
export const DEFAULT_BUCKET = 'sandbox-media';

// -------------------------------------------------------------------------------------------------
// Object keys, written from the reference (not imported from src/, on purpose)

/** Paperclip's `:id_partition` for a decimal id string. */
export function partition(id: string): string {
  const n = BigInt(id);
  const padded = n < 1_000_000_000n ? n.toString().padStart(9, '0') : n.toString().padStart(12, '0');
  const groups: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 3) groups.push(padded.slice(i, i + 3));
  return groups.join('/');
}

/** The keys of every style of an account's avatar or header. */
export function accountKeys(a: Pick<Account, 'id' | 'domain'>, which: 'avatars' | 'headers', f: FileRef): string[] {
  const cache = a.domain !== null && (f.schemaVersion ?? 0) >= 1 ? 'cache/' : '';
  const base = `${cache}accounts/${which}/${partition(a.id)}`;
  const keys = [`${base}/original/${f.fileName}`];
  if (f.contentType === 'image/gif') keys.push(`${base}/static/${f.fileName.replace(/\.[^.]+$/, '')}.png`);
  return keys;
}

/** Local media (remote_url ''): original and small, no cache/. */
export function mediaKeys(m: Media): string[] {
  const base = `media_attachments/files/${partition(m.id)}`;
  return [`${base}/original/${m.file.fileName}`, `${base}/small/${m.file.fileName}`];
}

// -------------------------------------------------------------------------------------------------
// Building

/** mulberry32: small, fast, good enough to make a sandbox reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

const DOMAINS: [domain: string, weight: number][] = [
  ['mastodon.example', 30],
  ['fosstodon.example', 15],
  ['hachyderm.example', 12],
  ['infosec.example', 10],
  ['chaos.example', 8],
  ['mas.example', 8],
  ['coop.example', 6],
  ['scholar.example', 6],
  ['photog.example', 5],
];

const WORDS = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert',
  'sybil', 'trent', 'victor', 'walter', 'yara', 'zoe', 'kestrel', 'otter', 'heron', 'lynx', 'moss', 'fern', 'cedar', 'quartz', 'ember',
  'pixel', 'kernel', 'rustacean', 'gopher', 'lambda', 'photon', 'nebula', 'comet', 'tide', 'harbor', 'maple', 'willow', 'sparrow', 'finch',
];

const AVATAR_TYPES: [type: string, ext: string, weight: number][] = [
  ['image/png', 'png', 58],
  ['image/jpeg', 'jpeg', 27],
  ['image/webp', 'webp', 10],
  ['image/gif', 'gif', 5],
];
const HEADER_TYPES: [type: string, ext: string, weight: number][] = [
  ['image/jpeg', 'jpeg', 70],
  ['image/png', 'png', 22],
  ['image/webp', 'webp', 6],
  ['image/gif', 'gif', 2],
];

/** A 1x1 PNG: every sandbox image is this, padded so sizes differ a little. */
const PIXEL = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f90000000049454e44ae426082', 'hex');

export function buildWorld(state: SandboxState, o: WorldOptions = {}): World {
  const nowMs = o.now ?? Date.now();
  const now = new Date(nowMs);
  const rnd = prng(o.seed ?? 20_261_122);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const weighted = <T extends readonly [unknown, ...unknown[]]>(xs: readonly T[]): T => {
    const total = xs.reduce((s, x) => s + (x[x.length - 1] as number), 0);
    let r = rnd() * total;
    for (const x of xs) {
      r -= x[x.length - 1] as number;
      if (r < 0) return x;
    }
    return xs[xs.length - 1] as T;
  };
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const between = (a: number, b: number) => new Date(Math.round(a + rnd() * (b - a)));

  // The instance opened 7 years ago on Mastodon 3.0: files got storage_schema_version 1 with 3.2
  // (8 months later), account ids became snowflakes with 3.4 (16 months later).
  const founded = nowMs - 7 * YEAR;
  const cacheDirSince = founded + (8 / 12) * YEAR;
  const snowflakeSince = founded + (16 / 12) * YEAR;
  const usedIds = new Set<string>();
  let sequence = 1;
  const newId = (created: Date): string => {
    if (created.getTime() < snowflakeSince) return String(sequence++);
    for (;;) {
      const id = ((BigInt(created.getTime()) << 16n) | BigInt(int(0, 65535))).toString();
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const file = (types: readonly (readonly [string, string, number])[], updatedAt: Date): FileRef => {
    const [contentType, ext] = weighted(types);
    const f: FileRef = { fileName: `${hex(16)}.${ext}`, contentType, fileSize: 0, updatedAt, schemaVersion: updatedAt.getTime() < cacheDirSince ? null : 1 };
    f.fileSize = PIXEL.length + int(0, 200);
    return f;
  };

  const accounts: Account[] = [];
  // The instance actor (Account::InstanceActor: id -99, username = the domain, no avatar).
  accounts.push({
    id: '-99', username: LOCAL_DOMAIN, domain: null, displayName: '', actorType: 'Application', createdAt: new Date(founded), updatedAt: new Date(founded),
    lastWebfingeredAt: null, suspendedAt: null, avatar: null, avatarRemoteUrl: null, header: null, headerRemoteUrl: '',
  });

  // Local accounts: the admin first (a legacy sequential id), then members over the years.
  const localCount = o.local ?? 14;
  const localNames = ['admin', ...WORDS.slice(0, localCount - 1)];
  const locals: Account[] = [];
  for (const [i, username] of localNames.entries()) {
    const createdAt = i === 0 ? new Date(founded + DAY) : between(founded + 7 * DAY, nowMs - 30 * DAY);
    const avatarAt = between(createdAt.getTime(), nowMs - DAY);
    const a: Account = {
      id: newId(createdAt), username, domain: null, displayName: username[0]!.toUpperCase() + username.slice(1), actorType: 'Person', createdAt, updatedAt: avatarAt,
      lastWebfingeredAt: null, suspendedAt: null, avatar: rnd() < 0.9 ? file(AVATAR_TYPES, avatarAt) : null, avatarRemoteUrl: null,
      header: rnd() < 0.6 ? file(HEADER_TYPES, avatarAt) : null, headerRemoteUrl: '',
    };
    locals.push(a);
    accounts.push(a);
  }
  locals.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  // Remote accounts: created when first seen, spread over the instance's life, most recently.
  const remoteCount = o.remote ?? 320;
  const remotes: Account[] = [];
  const taken = new Set<string>();
  const createdTimes = Array.from({ length: remoteCount }, () => founded + DAY + Math.pow(rnd(), 0.8) * (nowMs - founded - 2 * DAY)).sort((a, b) => a - b);
  for (const t of createdTimes) {
    const [domain] = weighted(DOMAINS);
    let username = '';
    do username = `${pick(WORDS)}${rnd() < 0.5 ? '' : `_${pick(WORDS)}`}${rnd() < 0.4 ? int(1, 99) : ''}`;
    while (taken.has(`${username}@${domain}`));
    taken.add(`${username}@${domain}`);
    const createdAt = new Date(t);
    const id = newId(createdAt);
    // Dormant accounts: not re-fetched for months (the ones a profile prune selects).
    const dormant = rnd() < 0.5;
    const lastWebfingeredAt = dormant ? between(t, Math.max(t, nowMs - 60 * DAY)) : between(Math.max(t, nowMs - 20 * DAY), nowMs - 3_600_000);
    const updatedAt = new Date(Math.max(t, lastWebfingeredAt.getTime() - int(0, 3) * DAY));
    const mediaHost = `files.${domain}`;
    const hasAvatar = rnd() < 0.94;
    // Half of the accounts first seen before Mastodon 3.2 never changed their avatar since: their
    // files have storage_schema_version NULL and live outside cache/.
    const avatarAt = t < cacheDirSince && rnd() < 0.5 ? createdAt : between(t, updatedAt.getTime());
    const avatar = hasAvatar ? file(AVATAR_TYPES, avatarAt) : null;
    const hasHeader = rnd() < 0.7;
    const header = hasHeader ? file(HEADER_TYPES, avatarAt) : null;
    const a: Account = {
      id, username, domain, displayName: username.replace(/_/g, ' '), actorType: rnd() < 0.05 ? 'Service' : 'Person', createdAt, updatedAt, lastWebfingeredAt, suspendedAt: null,
      avatar, avatarRemoteUrl: avatar ? `https://${mediaHost}/accounts/avatars/${hex(3)}/${hex(3)}/original/${hex(16)}.${avatar.fileName.split('.')[1]}` : null,
      header, headerRemoteUrl: header ? `https://${mediaHost}/accounts/headers/${hex(3)}/${hex(3)}/original/${hex(16)}.${header.fileName.split('.')[1]}` : '',
    };
    remotes.push(a);
    accounts.push(a);
  }
  // Two suspended remote accounts: Mastodon removed their files and nulled the names; URLs stay.
  for (const a of remotes.filter((r) => r.avatar).slice(5, 7)) {
    a.suspendedAt = between(a.createdAt.getTime(), nowMs - DAY);
    a.avatar = null;
    a.header = null;
  }

  // Users for local accounts; follows both ways (the prune skips followed accounts).
  const users: User[] = locals.map((a) => ({ accountId: a.id, email: `${a.username}@mail.sandbox.test`, createdAt: a.createdAt }));
  const followPairs = new Set<string>();
  const follows: [string, string][] = [];
  const follow = (a: string, b: string) => {
    const k = `${a}>${b}`;
    if (a === b || followPairs.has(k)) return;
    followPairs.add(k);
    follows.push([a, b]);
  };
  const active = remotes.filter((r) => !r.suspendedAt);
  for (const l of locals) {
    const n = int(10, 40);
    for (let i = 0; i < n; i++) follow(l.id, pick(active).id);
    const m = int(3, 20);
    for (let i = 0; i < m; i++) follow(pick(active).id, l.id);
    follow(l.id, locals[0]!.id);
  }

  // A silenced domain (no reject_media: their avatars are downloaded as usual).
  const domainBlocks: World['domainBlocks'] = [{ domain: 'spam.example', severity: 0, rejectMedia: false }];

  // Local media attachments (remote_url '': no cache/), original + small.
  const media: Media[] = [];
  for (const l of locals) {
    const n = int(0, 6);
    for (let i = 0; i < n; i++) {
      const createdAt = between(Math.max(l.createdAt.getTime(), snowflakeSince), nowMs - 3_600_000);
      const id = ((BigInt(createdAt.getTime()) << 16n) | BigInt(int(0, 65535))).toString();
      media.push({ id, accountId: l.id, createdAt, file: { ...file([['image/jpeg', 'jpeg', 1]], createdAt), schemaVersion: 1 } });
    }
  }

  // ----- the state's damage, applied to the data
  const facts: World['facts'] = {};
  const followed = new Set(follows.flatMap(([a, b]) => [a, b]));
  const deleted = new Set<string>();
  let bucket: BucketSettings;
  let s3Permission: string | undefined = '';
  const publicPolicy = (b: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${b}/*` }] });
  const bucketName = o.bucket ?? DEFAULT_BUCKET;
  const modern: BucketSettings = {
    ownership: 'BucketOwnerEnforced',
    publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
    policy: publicPolicy(bucketName),
  };
  bucket = modern;

  if (state === 'acl') {
    // ACLs disabled, public read by policy, but S3_PERMISSION absent: public-read is sent.
    bucket = { ownership: 'BucketOwnerEnforced', policy: publicPolicy(bucketName) };
    s3Permission = undefined;
  } else if (state === 'block-public-acls') {
    bucket = { ownership: 'ObjectWriter', publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false } };
    s3Permission = undefined;
  } else if (state === 'deleted-objects') {
    // Everything under cache/accounts/ last written before the cutoff was removed in the bucket.
    const cutoff = nowMs - 1.5 * YEAR;
    let accountsHit = 0;
    for (const a of remotes) {
      let hit = false;
      for (const [which, f] of [['avatars', a.avatar], ['headers', a.header]] as const) {
        if (!f || f.schemaVersion === null || f.updatedAt.getTime() >= cutoff) continue;
        for (const k of accountKeys(a, which, f)) deleted.add(k);
        hit = true;
      }
      if (hit) accountsHit++;
    }
    facts['cutoff'] = new Date(cutoff).toISOString().slice(0, 10);
    facts['accountsWithDeletedFiles'] = accountsHit;
  } else if (state === 'pruned') {
    // tootctl media remove --prune-profiles --days 30 (without --include-follows).
    const limit = nowMs - 30 * DAY;
    let pruned = 0;
    for (const a of remotes) {
      if (!a.avatar || a.suspendedAt || followed.has(a.id)) continue;
      if (!a.lastWebfingeredAt || a.lastWebfingeredAt.getTime() > limit || a.updatedAt.getTime() > limit) continue;
      for (const k of accountKeys(a, 'avatars', a.avatar)) deleted.add(k);
      // avatar_file_name, _content_type, _file_size, _updated_at become NULL; the schema version and remote URL stay.
      a.avatar = null;
      pruned++;
    }
    facts['prunedAvatars'] = pruned;
  }
  if (deleted.size) facts['objectsDeleted'] = deleted.size;

  // ----- objects in the bucket
  const aclOf = bucket.ownership === 'BucketOwnerEnforced' ? null : 'public-read';
  const objects: StoredObject[] = [];
  const body = (size: number) => Buffer.concat([PIXEL, Buffer.alloc(Math.max(0, size - PIXEL.length))]);
  const add = (key: string, f: FileRef) => {
    if (deleted.has(key)) return;
    objects.push({ key, body: body(f.fileSize), contentType: key.endsWith('.png') ? 'image/png' : f.contentType, acl: aclOf, lastModified: f.updatedAt });
  };
  for (const a of accounts) {
    if (a.avatar) for (const k of accountKeys(a, 'avatars', a.avatar)) add(k, a.avatar);
    if (a.header) for (const k of accountKeys(a, 'headers', a.header)) add(k, a.header);
  }
  for (const m of media) for (const k of mediaKeys(m)) add(k, m.file);
  facts['accounts'] = accounts.length;
  facts['remoteAccounts'] = remotes.length;
  facts['localAccounts'] = locals.length;
  facts['objects'] = objects.length;

  return {
    state, now, accounts, users, follows, domainBlocks, media, objects, bucket, s3Permission,
    sidekiq: buildSidekiq(state, remotes, locals, nowMs, { int, pick, hex, rnd }),
    facts,
  };
}

// -------------------------------------------------------------------------------------------------
// Sidekiq 8.1.6 (Mastodon 4.6)

interface Rng {
  int: (lo: number, hi: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  hex: (n: number) => string;
  rnd: () => number;
}

/** config/sidekiq.yml (v4.6.5) weights. */
const ALL_QUEUES: Record<string, number> = { default: 8, push: 6, ingress: 4, mailers: 2, pull: 1, scheduler: 1, fasp: 1 };

function buildSidekiq(state: SandboxState, remotes: Account[], locals: Account[], nowMs: number, r: Rng): SidekiqSpec {
  const job = (queue: string, cls: string, argsJson: string, ageS: number, retry: number | boolean = true): SidekiqJobSpec => ({ class: cls, argsJson, queue, jid: r.hex(24), ageS, retry });
  const someStatus = () => ((BigInt(nowMs - r.int(0, 3_600_000)) << 16n) | BigInt(r.int(0, 65535))).toString();
  const remote = () => r.pick(remotes);
  const local = () => r.pick(locals);

  // Steady state: a handful of fresh jobs, as a healthy instance shows at any moment.
  const queues: Record<string, SidekiqJobSpec[]> = {
    default: [job('default', 'ActivityPub::DistributionWorker', `[${someStatus()}]`, 1.8), job('default', 'LocalNotificationWorker', `[${local().id},${someStatus()},"Mention","mention"]`, 0.4)],
    push: [job('push', 'ActivityPub::DeliveryWorker', `["{\\"@context\\":\\"https://www.w3.org/ns/activitystreams\\",\\"type\\":\\"Create\\"}",${local().id},"https://${remote().domain}/inbox"]`, 2.5)],
    ingress: [],
    mailers: [],
    pull: [job('pull', 'ActivityPub::FetchRepliesWorker', `[${someStatus()}]`, 3.2, 3)],
    scheduler: [],
    fasp: [],
  };
  let processes: SidekiqProcessSpec[] = [
    { identity: `mastodon-sidekiq-0:${r.int(100, 9999)}:${r.hex(12)}`, hostname: 'mastodon-sidekiq-0', pid: 0, weights: { ...ALL_QUEUES }, concurrency: 25, busy: 3, startedAgoS: 3 * 86_400 + r.int(0, 86_400) },
  ];
  for (const p of processes) p.pid = Number(p.identity.split(':')[1]);

  if (state === 'sidekiq-backlog') {
    // A restore pushed 180 RedownloadAvatarWorker jobs at once (ids as strings, as buildRedownloadJob
    // in src/mastodon/sidekiq.ts writes them), the oldest 25 minutes ago; ingress is not in the
    // process's -q list.
    const restore = remotes.filter((a) => a.avatarRemoteUrl).slice(0, 180);
    queues['pull'] = restore.map((a, i) => job('pull', 'RedownloadAvatarWorker', `[${JSON.stringify(a.id)}]`, 1500 - i * 5, 7));
    queues['ingress'] = Array.from({ length: 45 }, (_, i) => job('ingress', 'ActivityPub::ProcessingWorker', `[${remote().id},"{\\"type\\":\\"Create\\"}",null]`, 1200 - i * 20, 8));
    const { ingress: _ingress, ...withoutIngress } = ALL_QUEUES;
    processes = processes.map((p) => ({ ...p, weights: withoutIngress, busy: 25 }));
  }

  return {
    version: '8.1.6',
    processes,
    queues,
    retry: [
      { ...job('pull', 'ActivityPub::FetchRemoteStatusWorker', `["https://${remote().domain}/users/x/statuses/1"]`, 900, true), errorClass: 'Mastodon::UnexpectedResponseError', errorMessage: 'https://remote/… returned code 503', retryCount: 2, retryInS: 300 },
      { ...job('push', 'ActivityPub::DeliveryWorker', `["{}",${local().id},"https://gone.example/inbox"]`, 7200, true), errorClass: 'HTTP::ConnectionError', errorMessage: 'failed to connect: Connection refused', retryCount: 6, retryInS: 4000 },
    ],
    dead: [
      { ...job('push', 'ActivityPub::DeliveryWorker', `["{}",${local().id},"https://dead.example/inbox"]`, 86_400 * 3, true), errorClass: 'HTTP::ConnectionError', errorMessage: 'failed to connect: getaddrinfo ENOTFOUND dead.example', diedAgoS: 86_400 },
    ],
    processed: 1_284_311 + r.int(0, 1000),
    failed: 3_912 + r.int(0, 100),
  };
}

/** A job as Sidekiq 8's client writes it: integer-ms `created_at` and `enqueued_at`. */
export function jobPayload(j: SidekiqJobSpec, nowMs: number): string {
  const ts = String(Math.floor(nowMs - j.ageS * 1000));
  return `{"retry":${JSON.stringify(j.retry)},"queue":"${j.queue}","class":${JSON.stringify(j.class)},"args":${j.argsJson},"jid":"${j.jid}","created_at":${ts},"enqueued_at":${ts}}`;
}
