import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicKey } from '../../../src/checks/credentials/public-key.js';
import { SDK, status } from '../page/fixtures.js';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';
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
