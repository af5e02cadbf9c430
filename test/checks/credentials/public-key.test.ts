import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicKey } from '../../../src/checks/credentials/public-key.js';
import { ctx, SDK, status } from '../page/fixtures.js';
import { browserSaw, UNREAD_BY_COUNT, withGraph } from '../../helpers/page-graph.js';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { PRODUCTION_PUBLIC_KEY, TEST_PUBLIC_KEY } from '../../sandbox/pages.js';
import { useLocalShop } from '../../helpers/local-shop.js';

describe('credentials.public-key', () => {
  it('gives manual, not pass, when the SDK is loaded but no key is visible', () => {
    assert.equal(status({ markers: [SDK] }, publicKey), 'manual');
  });
});

const local = useLocalShop();

describe('credentials.public-key on a real local shop', () => {
  const { check, read } = local;
  it('passes on a clean page with the production key', async () => {
    assert.equal((await check('/good-headers', publicKey)).status, 'pass');
  });
  it('fails the public key check for a TEST- key', async () => {
    const outcome = await check('/test-key', publicKey);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /TEST-98638d24/);
  });
  it('fails the public key check when the page key differs from the public-key input', async () => {
    const outcome = judge(publicKey, { page: await read('/good-headers') }, contextFor(local.shop.url('/good-headers'), { publicKey: 'APP_USR-00000000-0000-0000-0000-000000000000' }));
    assert.equal(outcome.status, 'fail');
  });
});

describe('credentials.public-key with the script graph and the browser', () => {
  const page = (fields: Parameters<typeof pageWith>[0]) => ({ ok: true as const, value: pageWith(fields) });
  it('says error, not skip, when no key was found and a same-origin script was left unread', () => {
    const outcome = judge(publicKey, { page: page(withGraph([UNREAD_BY_COUNT])) }, ctx);
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /chunk-61\.js/);
  });
  it('fails a TEST- key given to the SDK at run time, which no static scan can see', () => {
    const outcome = judge(
      publicKey,
      { page: page({ markers: [SDK] }), browser: browserSaw({ mercadoPago: { sdkLoaded: true, constructed: true, publicKeys: [TEST_PUBLIC_KEY], deviceSessionId: true } }) },
      ctx,
    );
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /run time/);
  });
  it('never turns a static TEST- key into a pass, whatever the browser saw', () => {
    const key = { key: TEST_PUBLIC_KEY, where: { url: 'https://shop.example/checkout', line: 9, context: 'inline-script' as const } };
    const outcome = judge(
      publicKey,
      { page: page({ publicKeys: [key] }), browser: browserSaw({ mercadoPago: { sdkLoaded: true, constructed: true, publicKeys: [PRODUCTION_PUBLIC_KEY], deviceSessionId: true } }) },
      ctx,
    );
    assert.equal(outcome.status, 'fail');
  });
  it('groups 20,000 key findings in linear time', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => ({
      key: `APP_USR-${i.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`,
      where: { url: 'https://shop.example/checkout', line: i, context: 'attribute' as const },
    }));
    const start = process.cpuUsage();
    const outcome = judge(publicKey, { page: page({ publicKeys: keys }) }, ctx);
    const used = process.cpuUsage(start);
    assert.equal(outcome.status, 'pass');
    assert.ok((used.user + used.system) / 1000 < 3_000, `${(used.user + used.system) / 1000} ms of CPU`);
  });
});
