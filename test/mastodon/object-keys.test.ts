// Object keys, pinned to the worked examples of shared/reference/mastodon.md section 2 (Paperclip's
// id_partition from kt-paperclip lib/paperclip/interpolations.rb; the cache/ rule, the filename
// interpolation and S3_KEY_PREFIX from Mastodon's config/initializers/paperclip.rb).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accountObjectKeys,
  idPartition,
  mediaObjectKeys,
  objectKey,
  previewCardObjectKeys,
  styleFileName,
  withKeyPrefix,
  type AccountFilesRow,
} from '../../src/mastodon/object-keys.ts';

test('idPartition: the reference worked examples, including padding to 12 and dropped digits', () => {
  const cases: [string, string][] = [
    ['1234', '000/001/234'],
    ['123456789', '123/456/789'],
    ['999999999', '999/999/999'],
    ['1000000000', '001/000/000/000'],
    ['1234567890', '001/234/567/890'],
    ['123456789012', '123/456/789/012'],
    ['1234567890123', '123/456/789/012'],
    ['98765432101234567', '987/654/321/012/345'],
    ['109876543210987654', '109/876/543/210/987/654'],
  ];
  for (const [id, want] of cases) assert.equal(idPartition(id), want, id);
});

test('idPartition: an 18-digit id above 2^53 keeps every digit (no number conversion)', () => {
  // 2^53 + 1 as a JS number would round to ...992.
  assert.equal(idPartition('9007199254740993'), '900/719/925/474/099');
  assert.equal(idPartition('113456789012345679'), '113/456/789/012/345/679');
});

test('idPartition: Ruby "%09d" semantics for the instance actor id -99; rejects non-integers', () => {
  assert.equal(idPartition('-99'), '000/000');
  assert.throws(() => idPartition('12a'), TypeError);
  assert.throws(() => idPartition(''), TypeError);
});

test('styleFileName: original is the stored name; other styles take the format, else the original extension', () => {
  assert.equal(styleFileName('a1b2c3d4e5f60718.gif', { name: 'original' }), 'a1b2c3d4e5f60718.gif');
  assert.equal(styleFileName('a1b2c3d4e5f60718.gif', { name: 'static', format: 'png' }), 'a1b2c3d4e5f60718.png');
  assert.equal(styleFileName('abcd.jpeg', { name: 'small' }), 'abcd.jpeg');
  assert.equal(styleFileName('noext', { name: 'small' }), 'noext');
  assert.equal(styleFileName('noext', { name: 'small', format: 'png' }), 'noext.png');
});

function account(p: Partial<AccountFilesRow>): AccountFilesRow {
  return {
    id: '109876543210987654',
    domain: 'remote.example',
    avatar_file_name: null,
    avatar_content_type: null,
    avatar_storage_schema_version: null,
    header_file_name: null,
    header_content_type: null,
    header_storage_schema_version: null,
    ...p,
  };
}

test('accounts: the reference full examples (remote, schema 1, 18-digit id)', () => {
  const remote = account({ avatar_file_name: '3f1c2a9b8d7e6f50.png', avatar_content_type: 'image/png', avatar_storage_schema_version: 1 });
  assert.deepEqual(accountObjectKeys(remote, 'avatar'), [{ style: 'original', key: 'cache/accounts/avatars/109/876/543/210/987/654/original/3f1c2a9b8d7e6f50.png' }]);

  const gif = account({ avatar_file_name: 'a1b2c3d4e5f60718.gif', avatar_content_type: 'image/gif', avatar_storage_schema_version: 1 });
  assert.deepEqual(accountObjectKeys(gif, 'avatar'), [
    { style: 'original', key: 'cache/accounts/avatars/109/876/543/210/987/654/original/a1b2c3d4e5f60718.gif' },
    { style: 'static', key: 'cache/accounts/avatars/109/876/543/210/987/654/static/a1b2c3d4e5f60718.png' },
  ]);

  const header = account({ header_file_name: '0123456789abcdef.jpeg', header_content_type: 'image/jpeg', header_storage_schema_version: 1 });
  assert.deepEqual(accountObjectKeys(header, 'header'), [{ style: 'original', key: 'cache/accounts/headers/109/876/543/210/987/654/original/0123456789abcdef.jpeg' }]);
  assert.deepEqual(accountObjectKeys(header, 'avatar'), [], 'no avatar file name: no key');

  const gifHeader = account({ header_file_name: 'ffffffffffffffff.gif', header_content_type: 'image/gif', header_storage_schema_version: 1 });
  assert.equal(accountObjectKeys(gifHeader, 'header')[1]?.key, 'cache/accounts/headers/109/876/543/210/987/654/static/ffffffffffffffff.png');
});

test('accounts: schema version NULL or 0 means no cache/ prefix; local accounts never get it', () => {
  const legacyRemote = account({ avatar_file_name: 'x.png', avatar_content_type: 'image/png', avatar_storage_schema_version: null });
  assert.equal(accountObjectKeys(legacyRemote, 'avatar')[0]?.key, 'accounts/avatars/109/876/543/210/987/654/original/x.png');
  assert.equal(accountObjectKeys({ ...legacyRemote, avatar_storage_schema_version: 0 }, 'avatar')[0]?.key, 'accounts/avatars/109/876/543/210/987/654/original/x.png');

  const local = account({ domain: null, avatar_file_name: 'x.png', avatar_content_type: 'image/png', avatar_storage_schema_version: 1 });
  assert.equal(accountObjectKeys(local, 'avatar')[0]?.key, 'accounts/avatars/109/876/543/210/987/654/original/x.png');

  const legacyId = account({ id: '1234', avatar_file_name: 'y.jpeg', avatar_content_type: 'image/jpeg', avatar_storage_schema_version: 1 });
  assert.equal(accountObjectKeys(legacyId, 'avatar')[0]?.key, 'cache/accounts/avatars/000/001/234/original/y.jpeg');
});

test('S3_KEY_PREFIX: "<prefix>/" before everything, cache/ included; an empty prefix changes nothing', () => {
  const remote = account({ avatar_file_name: 'x.png', avatar_content_type: 'image/png', avatar_storage_schema_version: 1 });
  assert.equal(accountObjectKeys(remote, 'avatar', 'mastodon')[0]?.key, 'mastodon/cache/accounts/avatars/109/876/543/210/987/654/original/x.png');
  assert.equal(accountObjectKeys(remote, 'avatar', '')[0]?.key, 'cache/accounts/avatars/109/876/543/210/987/654/original/x.png');
  assert.equal(accountObjectKeys(remote, 'avatar', 'a/')[0]?.key, 'a//cache/accounts/avatars/109/876/543/210/987/654/original/x.png');
  assert.equal(withKeyPrefix(undefined, 'mastodon-ops-healthcheck/x.txt'), 'mastodon-ops-healthcheck/x.txt');
  assert.equal(withKeyPrefix('p', 'mastodon-ops-healthcheck/x.txt'), 'p/mastodon-ops-healthcheck/x.txt');
});

test('media attachments: remote under cache/, local without; small and thumbnail styles', () => {
  const base = {
    id: '108088300846014066',
    remote_url: 'https://remote.example/media/1.jpeg',
    file_file_name: 'fa10103bbbd2d7b2.jpeg',
    file_content_type: 'image/jpeg',
    file_storage_schema_version: 1,
    thumbnail_file_name: null,
    thumbnail_storage_schema_version: null,
  };
  // The log line quoted in Mastodon #17978.
  assert.deepEqual(mediaObjectKeys(base, 'file'), [
    { style: 'original', key: 'cache/media_attachments/files/108/088/300/846/014/066/original/fa10103bbbd2d7b2.jpeg' },
    { style: 'small', key: 'cache/media_attachments/files/108/088/300/846/014/066/small/fa10103bbbd2d7b2.jpeg' },
  ]);
  const local = { ...base, remote_url: '' };
  assert.equal(mediaObjectKeys(local, 'file')[0]?.key, 'media_attachments/files/108/088/300/846/014/066/original/fa10103bbbd2d7b2.jpeg');
  const video = { ...base, file_file_name: 'abcdef0123456789.mp4', file_content_type: 'video/mp4', thumbnail_file_name: 't.png', thumbnail_storage_schema_version: 1 };
  assert.deepEqual(
    mediaObjectKeys(video, 'file').map((k) => k.key),
    ['cache/media_attachments/files/108/088/300/846/014/066/small/abcdef0123456789.png', 'cache/media_attachments/files/108/088/300/846/014/066/original/abcdef0123456789.mp4'],
  );
  assert.deepEqual(mediaObjectKeys(video, 'thumbnail'), [{ style: 'original', key: 'cache/media_attachments/thumbnails/108/088/300/846/014/066/original/t.png' }]);
  const audio = { ...base, file_file_name: 'a.mp3', file_content_type: 'audio/mpeg' };
  assert.deepEqual(mediaObjectKeys(audio, 'file').map((k) => k.style), ['original']);
});

test('preview cards are never local: cache/ with schema 1, plain with NULL', () => {
  assert.equal(previewCardObjectKeys({ id: '12345', image_file_name: 'c.jpeg', image_storage_schema_version: 1 })[0]?.key, 'cache/preview_cards/images/000/012/345/original/c.jpeg');
  assert.equal(previewCardObjectKeys({ id: '12345', image_file_name: 'c.jpeg', image_storage_schema_version: null })[0]?.key, 'preview_cards/images/000/012/345/original/c.jpeg');
  assert.equal(
    objectKey({ className: 'custom_emojis', attachment: 'images', id: '7', fileName: 'e.png', storageSchemaVersion: 1, local: true }, { name: 'static', format: 'png' }),
    'custom_emojis/images/000/000/007/static/e.png',
  );
});
