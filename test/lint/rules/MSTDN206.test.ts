import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';

const ID = 'MSTDN206';

test('MSTDN206: S3_ALIAS_HOST with a scheme or a trailing slash is an error on the value', () => {
  const files = {
    'a/.env.production': 'S3_ENABLED=true\nS3_ALIAS_HOST=https://files.example.social\n',
    'b/.env.production': 'S3_ENABLED=true\nS3_ALIAS_HOST=files.example.social/\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['a/.env.production:2:15-2:43 MSTDN206', 'b/.env.production:2:15-2:36 MSTDN206']);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['https://files.example.social', 'files.example.social/']);
  assert.ok(f.every((x) => x.severity === 'error'));
  assert.match(f[0]!.message, /"https:\/\/https:\/\/files\.example\.social\/<key>"; write S3_ALIAS_HOST=files\.example\.social/);
  assert.match(f[1]!.message, /ends with "\/".*write S3_ALIAS_HOST=files\.example\.social$/);
});

test('MSTDN206: S3_CLOUDFRONT_HOST, AZURE_ALIAS_HOST, S3_HOSTNAME and LOCAL_DOMAIN with a scheme', () => {
  const files = {
    '.env.production':
      'S3_CLOUDFRONT_HOST=https://d1.cloudfront.net\nAZURE_ALIAS_HOST=http://media.example\nS3_HOSTNAME=https://s3.example.com\nLOCAL_DOMAIN=https://example.social\n',
  };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(f.map((x) => spanText(files, x)), ['https://d1.cloudfront.net', 'http://media.example', 'https://s3.example.com', 'https://example.social']);
  assert.match(f[3]!.message, /"@user@https:\/\/example\.social"/);
});

test('MSTDN206: S3_ENDPOINT without a scheme is an error; with one it is fine', () => {
  const files = { '.env.production': 'S3_ENABLED=true\nS3_ENDPOINT=s3.fr-par.scw.cloud\n' };
  const r = lintTree(files);
  const f = r.findings.filter((x) => x.ruleId === ID);
  assert.deepEqual(brief(r.findings, ID), ['.env.production:2:13-2:32 MSTDN206']);
  assert.match(f[0]!.message, /write S3_ENDPOINT=https:\/\/s3\.fr-par\.scw\.cloud$/);
  const ok = lintTree({ '.env.production': 'S3_ENABLED=true\nS3_ENDPOINT=https://s3.fr-par.scw.cloud\n' });
  assert.deepEqual(brief(ok.findings, ID), []);
});

test('MSTDN206: bare hosts, hosts with a path, empty values and templates are not reported', () => {
  const r = lintTree({
    '.env.production': [
      'LOCAL_DOMAIN=example.social',
      'WEB_DOMAIN=social.example.com',
      'S3_ALIAS_HOST=cdn.example.com/mastodon',
      'S3_HOSTNAME=s3.eu-central-1.amazonaws.com',
      'AZURE_ALIAS_HOST=',
      'S3_CLOUDFRONT_HOST={{ cdn_url }}',
      'S3_ENDPOINT=${S3_ENDPOINT_URL}',
      '',
    ].join('\n'),
  });
  assert.deepEqual(brief(r.findings, ID), []);
});
