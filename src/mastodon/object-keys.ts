// Object keys of Mastodon's attachments, computed from a database row exactly as Paperclip does
// (shared/reference/mastodon.md section 2), so health checks and restores HEAD the real key:
//
//   [<S3_KEY_PREFIX>/][cache/]<class>/<attachment>/<id_partition>/<style>/<filename>
//
// - Path template ':prefix_url:class/:attachment/:id_partition/:style/:filename'; with
//   S3_KEY_PREFIX present, `ENV.fetch('S3_KEY_PREFIX') + "/" + template`
//   (config/initializers/paperclip.rb). The S3 key is that path minus ONE leading "/"
//   (kt-paperclip lib/paperclip/storage/s3.rb `style_name_as_path`: `path.sub(%r{\A/}, "")`), so an
//   empty prefix gives the plain key and a prefix ending in "/" gives a double slash, as in Mastodon.
// - `:prefix_url` is `cache/` only when `<name>_storage_schema_version >= 1` (NULL counts as 0) and
//   the record is not local (Account: domain IS NULL is local; MediaAttachment: remote_url blank;
//   PreviewCard: never local).
// - `:id_partition` (kt-paperclip lib/paperclip/interpolations.rb): an Integer id below 10^9 is
//   `"%09d" % id` cut into 3-digit groups; otherwise `"%012d" % id` cut the same way with `scan(/\d{3}/)`,
//   which drops 1-2 trailing digits when the length is not a multiple of 3.
// - `:filename` (Mastodon's override in paperclip.rb): the stored `<name>_file_name` for `original`;
//   for other styles `[basename, extension].delete_if(&:blank?).join('.')`, where the extension is
//   the style's `format` if it has one, else the original extension.
// Ids are decimal strings end to end: 18-digit snowflakes exceed 2^53.

export const ID_PARTITION_LIMIT = 1_000_000_000n;

/** A style of an attachment: `original`, `static`, `small`; `format` replaces the extension. */
export interface StyleDef {
  name: string;
  format?: string;
}

/** One stored object of an attachment. */
export interface ObjectKeyRef {
  style: string;
  key: string;
}

/** What Paperclip needs to place one attachment of one record. */
export interface AttachmentRef {
  /** `:class`: underscored plural model name (`accounts`, `media_attachments`, `preview_cards`). */
  className: string;
  /** `:attachment`: plural attachment name (`avatars`, `headers`, `files`, `thumbnails`, `images`). */
  attachment: string;
  /** The record id as a decimal string. */
  id: string;
  /** `<name>_file_name` as stored. */
  fileName: string;
  /** `<name>_storage_schema_version`; null counts as 0. */
  storageSchemaVersion: number | null;
  /** The record's `local?`. */
  local: boolean;
}

/** Ruby's `"%0<width>d" % n`: the sign counts towards the width. */
function rubyZeroPad(n: bigint, width: number): string {
  if (n < 0n) return `-${(-n).toString().padStart(width - 1, '0')}`;
  return n.toString().padStart(width, '0');
}

/** Paperclip's `:id_partition` for an integer id given as a decimal string. */
export function idPartition(id: string): string {
  if (!/^-?\d+$/.test(id)) throw new TypeError(`idPartition: not an integer id: ${JSON.stringify(id)}`);
  const n = BigInt(id);
  const padded = rubyZeroPad(n, n < ID_PARTITION_LIMIT ? 9 : 12);
  return (padded.match(/\d{3}/g) ?? []).join('/');
}

/** `[<prefix>/]<path>` with one leading "/" removed, as paperclip.rb and the S3 storage build keys. */
export function withKeyPrefix(keyPrefix: string | undefined, path: string): string {
  const full = keyPrefix === undefined ? path : `${keyPrefix}/${path}`;
  return full.startsWith('/') ? full.slice(1) : full;
}

/** Ruby's File.extname (2.7+, non-Windows): "" for dotfiles, "." for a trailing dot. */
function extname(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const i = base.lastIndexOf('.');
  if (i <= 0 || /^\.+$/.test(base.slice(0, i + 1))) return '';
  return base.slice(i);
}

/** Mastodon's `:filename` interpolation for a style. */
export function styleFileName(fileName: string, style: StyleDef): string {
  if (style.name === 'original') return fileName;
  const ext = extname(fileName);
  const basename = ext ? fileName.slice(0, fileName.length - ext.length) : fileName;
  const extension = style.format ?? ext.replace(/^\.+/, '');
  return [basename, extension].filter((p) => p !== '').join('.');
}

/** The S3 key (or the path under PAPERCLIP_ROOT_PATH) of one style of an attachment. */
export function objectKey(ref: AttachmentRef, style: StyleDef, keyPrefix?: string): string {
  const cache = (ref.storageSchemaVersion ?? 0) >= 1 && !ref.local ? 'cache/' : '';
  const path = `${cache}${ref.className}/${ref.attachment}/${idPartition(ref.id)}/${style.name}/${styleFileName(ref.fileName, style)}`;
  return withKeyPrefix(keyPrefix, path);
}

export function objectKeys(ref: AttachmentRef, styles: StyleDef[], keyPrefix?: string): ObjectKeyRef[] {
  return styles.map((s) => ({ style: s.name, key: objectKey(ref, s, keyPrefix) }));
}

// ---------------------------------------------------------------------------------------------
// Accounts: avatar and header (app/models/concerns/account/avatar.rb, header.rb, v4.6.5):
// `original`, plus `static` (png) when the content type is image/gif.

export type AccountAttachment = 'avatar' | 'header';

/** The columns of `accounts` that place its avatar and header. */
export interface AccountFilesRow {
  id: string;
  domain: string | null;
  avatar_file_name: string | null;
  avatar_content_type: string | null;
  avatar_storage_schema_version: number | null;
  header_file_name: string | null;
  header_content_type: string | null;
  header_storage_schema_version: number | null;
}

export function accountStyles(contentType: string | null): StyleDef[] {
  return contentType === 'image/gif' ? [{ name: 'original' }, { name: 'static', format: 'png' }] : [{ name: 'original' }];
}

/** Keys of an account's avatar or header; empty when its file name is NULL. */
export function accountObjectKeys(row: AccountFilesRow, which: AccountAttachment, keyPrefix?: string): ObjectKeyRef[] {
  const fileName = which === 'avatar' ? row.avatar_file_name : row.header_file_name;
  if (!fileName) return [];
  const ref: AttachmentRef = {
    className: 'accounts',
    attachment: which === 'avatar' ? 'avatars' : 'headers',
    id: row.id,
    fileName,
    storageSchemaVersion: which === 'avatar' ? row.avatar_storage_schema_version : row.header_storage_schema_version,
    local: row.domain === null,
  };
  return objectKeys(ref, accountStyles(which === 'avatar' ? row.avatar_content_type : row.header_content_type), keyPrefix);
}

// ---------------------------------------------------------------------------------------------
// Media attachments (app/models/media_attachment.rb `file_styles`): the styles follow the stored
// file_content_type, as Paperclip evaluates them when it builds a URL.

const IMAGE_MIME_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/heic', 'image/heif', 'image/webp', 'image/avif']);
const IMAGE_CONVERTIBLE_MIME_TYPES = new Set(['image/heic', 'image/heif', 'image/avif']);
const VIDEO_MIME_TYPES = new Set(['video/webm', 'video/mp4', 'video/quicktime', 'video/ogg']);
const VIDEO_CONVERTIBLE_MIME_TYPES = new Set(['video/webm', 'video/quicktime']);

export function mediaFileStyles(contentType: string | null): StyleDef[] {
  const t = contentType ?? '';
  if (t === 'image/gif' || VIDEO_CONVERTIBLE_MIME_TYPES.has(t)) return [{ name: 'small', format: 'png' }, { name: 'original', format: 'mp4' }];
  if (IMAGE_CONVERTIBLE_MIME_TYPES.has(t)) return [{ name: 'original', format: 'jpeg' }, { name: 'small', format: 'jpeg' }];
  if (IMAGE_MIME_TYPES.has(t)) return [{ name: 'original' }, { name: 'small' }];
  if (VIDEO_MIME_TYPES.has(t)) return [{ name: 'small', format: 'png' }, { name: 'original', format: 'mp4' }];
  return [{ name: 'original', format: 'mp3' }];
}

export interface MediaFilesRow {
  id: string;
  /** NOT NULL default '': blank means local. */
  remote_url: string | null;
  file_file_name: string | null;
  file_content_type: string | null;
  file_storage_schema_version: number | null;
  thumbnail_file_name: string | null;
  thumbnail_storage_schema_version: number | null;
}

export function mediaObjectKeys(row: MediaFilesRow, which: 'file' | 'thumbnail', keyPrefix?: string): ObjectKeyRef[] {
  const fileName = which === 'file' ? row.file_file_name : row.thumbnail_file_name;
  if (!fileName) return [];
  const ref: AttachmentRef = {
    className: 'media_attachments',
    attachment: which === 'file' ? 'files' : 'thumbnails',
    id: row.id,
    fileName,
    storageSchemaVersion: which === 'file' ? row.file_storage_schema_version : row.thumbnail_storage_schema_version,
    local: !row.remote_url || row.remote_url.trim() === '',
  };
  return objectKeys(ref, which === 'file' ? mediaFileStyles(row.file_content_type) : [{ name: 'original' }], keyPrefix);
}

// ---------------------------------------------------------------------------------------------
// Preview cards: `image`, style `original` only; a preview card is never local.

export interface PreviewCardFilesRow {
  id: string;
  image_file_name: string | null;
  image_storage_schema_version: number | null;
}

export function previewCardObjectKeys(row: PreviewCardFilesRow, keyPrefix?: string): ObjectKeyRef[] {
  if (!row.image_file_name) return [];
  const ref: AttachmentRef = {
    className: 'preview_cards',
    attachment: 'images',
    id: row.id,
    fileName: row.image_file_name,
    storageSchemaVersion: row.image_storage_schema_version,
    local: false,
  };
  return objectKeys(ref, [{ name: 'original' }], keyPrefix);
}
