// Mastodon's own rules for turning .env.production into connection settings (reference 1.1, 1.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dbSettings, publicUrl, redisSettings, s3Settings, storageKind } from '../../src/mastodon/settings.ts';

const env = (o: Record<string, string>) => new Map(Object.entries(o));

test('S3_PERMISSION: absent sends public-read, present-and-empty sends no ACL, a value is sent as is', () => {
  assert.equal(s3Settings(env({ S3_ENABLED: 'true' })).acl, 'public-read');
  assert.equal(s3Settings(env({ S3_ENABLED: 'true' })).aclExplicit, false);
  assert.equal(s3Settings(env({ S3_PERMISSION: '' })).acl, null);
  assert.equal(s3Settings(env({ S3_PERMISSION: 'private' })).acl, 'private');
});

test('storage backend: only exactly "true" switches S3 on, in paperclip.rb order', () => {
  assert.equal(storageKind(env({ S3_ENABLED: 'true' })), 's3');
  assert.equal(storageKind(env({ S3_ENABLED: 'True' })), 'filesystem');
  assert.equal(storageKind(env({ S3_ENABLED: '1', SWIFT_ENABLED: 'true' })), 'swift');
});

test('S3_ENDPOINT forces path style unless S3_OVERRIDE_PATH_STYLE=true; URLs follow the alias host', () => {
  const aws = s3Settings(env({ S3_BUCKET: 'm', S3_REGION: 'eu-west-1' }));
  assert.equal(aws.endpoint, undefined);
  assert.equal(aws.forcePathStyle, false);
  assert.equal(publicUrl(aws, 'cache/a b.png'), 'https://s3-eu-west-1.amazonaws.com/m/cache/a%20b.png');
  const minio = s3Settings(env({ S3_BUCKET: 'm', S3_ENDPOINT: 'https://minio.local' }));
  assert.equal(minio.forcePathStyle, true);
  assert.equal(s3Settings(env({ S3_ENDPOINT: 'https://x', S3_OVERRIDE_PATH_STYLE: 'true' })).forcePathStyle, false);
  assert.equal(publicUrl(s3Settings(env({ S3_BUCKET: 'm', S3_ALIAS_HOST: 'files.example.social' })), 'k'), 'https://files.example.social/k');
  assert.equal(s3Settings(env({ S3_CLOUDFRONT_HOST: 'cdn.example' })).aliasHost, 'cdn.example');
});

test('Sidekiq Redis: SIDEKIQ_REDIS_* counts only with its URL, HOST or sentinel; otherwise the base REDIS_* is used', () => {
  const base = { REDIS_HOST: 'redis.internal', REDIS_PASSWORD: 'base-secret' };
  assert.equal(redisSettings(env({ ...base, SIDEKIQ_REDIS_PASSWORD: 'ignored' }), 'sidekiq').password, 'base-secret');
  const own = redisSettings(env({ ...base, SIDEKIQ_REDIS_HOST: 'sidekiq.internal', SIDEKIQ_REDIS_PASSWORD: 'own' }), 'sidekiq');
  assert.equal(own.host, 'sidekiq.internal');
  assert.equal(own.password, 'own');
  assert.equal(redisSettings(env({ REDIS_NAMESPACE: '' })).namespace, '');
  assert.equal(redisSettings(env({})).namespace, undefined);
});

test('database: Mastodon defaults, DATABASE_URL kept for Rails to merge', () => {
  const d = dbSettings(env({}));
  assert.deepEqual([d.host, d.port, d.database, d.user], ['localhost', 5432, 'mastodon_production', 'mastodon']);
  assert.equal(dbSettings(env({ DATABASE_URL: 'postgres://x@y/z' })).url, 'postgres://x@y/z');
});
