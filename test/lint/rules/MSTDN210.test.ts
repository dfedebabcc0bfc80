import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN210';

test('MSTDN210: SIDEKIQ_REDIS_PASSWORD alone is ignored; reported on the key', () => {
  const files = { '.env.production': 'REDIS_HOST=redis\nSIDEKIQ_REDIS_PASSWORD={{ vault_sidekiq_redis }}\nSIDEKIQ_REDIS_DB=2\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:1-2:23 MSTDN210', '.env.production:3:1-3:17 MSTDN210']);
  assert.equal(spanText(files, f[0]!), 'SIDEKIQ_REDIS_PASSWORD');
  assert.equal(f[0]!.severity, 'warning');
  assert.match(f[0]!.message, /neither SIDEKIQ_REDIS_URL nor SIDEKIQ_REDIS_HOST .* so Sidekiq uses the base REDIS_\* connection/);
});

test('MSTDN210: CACHE_REDIS_* with a blank host, and a sentinel list without its master', () => {
  const files = { '.env.production': 'CACHE_REDIS_HOST=\nCACHE_REDIS_PORT=6380\nSIDEKIQ_REDIS_SENTINELS=s1:26379,s2:26379\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['CACHE_REDIS_HOST', 'CACHE_REDIS_PORT', 'SIDEKIQ_REDIS_SENTINELS']);
  assert.match(f[0]!.message, /is empty, so it counts as unset and the Rails cache uses the base REDIS_\* connection/);
  assert.match(f[2]!.message, /SIDEKIQ_REDIS_SENTINELS needs SIDEKIQ_REDIS_SENTINEL_MASTER/);
});

test('MSTDN210: with a *_URL, the host and password of the same prefix are ignored', () => {
  const files = { '.env.production': 'REDIS_URL=redis://redis:6379/0\nREDIS_PASSWORD={{ p }}\nSIDEKIQ_REDIS_URL=redis://r2:6379/0\nSIDEKIQ_REDIS_HOST=r2\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['REDIS_PASSWORD', 'SIDEKIQ_REDIS_HOST']);
  assert.match(f[0]!.message, /because REDIS_URL is set and wins/);
});

test('MSTDN210: working overrides are not reported', () => {
  const r = lintTree({
    '.env.production': [
      'REDIS_HOST=redis',
      'REDIS_PASSWORD={{ p }}',
      'SIDEKIQ_REDIS_HOST=redis-sidekiq',
      'SIDEKIQ_REDIS_PASSWORD={{ p2 }}',
      'CACHE_REDIS_SENTINELS=s1:26379',
      'CACHE_REDIS_SENTINEL_MASTER=cache',
      'CACHE_REDIS_SENTINEL_PASSWORD={{ p3 }}',
      'SIDEKIQ_REDIS_PORT=6380',
      '',
    ].join('\n'),
    'tpl/.env.production': 'SIDEKIQ_REDIS_HOST={{ sidekiq_host }}\nSIDEKIQ_REDIS_PASSWORD={{ p }}\n',
    'sample/.env.production.sample': 'SIDEKIQ_REDIS_HOST=\nSIDEKIQ_REDIS_PASSWORD=\n',
  });
  assert.deepEqual(brief(r.findings, ID), []);
});
