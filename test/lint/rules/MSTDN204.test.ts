import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN204';

test('MSTDN204: S3_DISABLE_CHECKSUM_MODE is a warning on the key that names the live variable', () => {
  const files = { '.env.production': 'S3_ENABLED=true\nS3_DISABLE_CHECKSUM_MODE=true\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:1-2:25 MSTDN204']);
  assert.equal(spanText(files, f[0]!), 'S3_DISABLE_CHECKSUM_MODE');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /ignored since Mastodon 4\.2\.0.*S3_ENABLE_CHECKSUM_MODE=true/);
});

test('MSTDN204: REDIS_NAMESPACE is an error, even empty, and asks for ES_PREFIX when search is on', () => {
  const files = { '.env.production': 'ES_ENABLED=true\nREDIS_NAMESPACE=mastodon\n', 'other/.env.production': 'REDIS_NAMESPACE=\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:1-2:16 MSTDN204', 'other/.env.production:1:1-1:16 MSTDN204']);
  assert.deepEqual(f.map((x) => x.severity), ['error', 'error']);
  assert.match(f[0]!.message, /abort at boot.*set ES_PREFIX to the old "mastodon"/);
  assert.doesNotMatch(f[1]!.message, /ES_PREFIX/);
});

test('MSTDN204: no ES_PREFIX hint when ES_PREFIX is already set', () => {
  const r = lintTree({ '.env.production': 'ES_ENABLED=true\nES_PREFIX=mastodon\nREDIS_NAMESPACE=mastodon\n' });
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.equal(f.length, 1);
  assert.doesNotMatch(f[0]!.message, /ES_PREFIX/);
});

test('MSTDN204: WHITELIST_MODE, STREAMING_CLUSTER_NUM, SIDEKIQ_REDIS_NAMESPACE, FETCH_REPLIES_ENABLED, MASTODON_USE_LIBVIPS', () => {
  const files = {
    '.env.production': 'WHITELIST_MODE=true\nSTREAMING_CLUSTER_NUM=2\nSIDEKIQ_REDIS_NAMESPACE=m\nFETCH_REPLIES_ENABLED=true\nMASTODON_USE_LIBVIPS=true\nSTATSD_ADDR=localhost:8125\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(
    f.map((x) => spanText(files, x)),
    ['WHITELIST_MODE', 'STREAMING_CLUSTER_NUM', 'SIDEKIQ_REDIS_NAMESPACE', 'FETCH_REPLIES_ENABLED', 'MASTODON_USE_LIBVIPS', 'STATSD_ADDR'],
  );
  assert.ok(f.every((x) => x.severity === 'warning'));
  assert.match(f[0]!.message, /LIMITED_FEDERATION_MODE/);
  assert.match(f[4]!.message, /4\.6\.0/);
});

test('MSTDN204: live variables are not obsolete, and obsolete ones are not also reported as unknown', () => {
  const r = lintTree({ '.env.production': 'LIMITED_FEDERATION_MODE=true\nS3_ENABLE_CHECKSUM_MODE=true\nES_PREFIX=m\nS3_DISABLE_CHECKSUM_MODE=true\n' });
  assert.deepEqual(brief(r.findings, ID), ['.env.production:4:1-4:25 MSTDN204']);
  assert.deepEqual(brief(r.findings, 'MSTDN203'), []);
});
