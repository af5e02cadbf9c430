import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deviceId } from '../../../src/checks/approval/device-id.js';
import { publicKey } from '../../../src/checks/credentials/public-key.js';
import { sdkV2 } from '../../../src/checks/approval/sdk-v2.js';
import { useLocalShop } from '../../helpers/local-shop.js';

const local = useLocalShop();

describe('approval.device-id on a real local shop', () => {
  const { check } = local;
  it('fails on a form page without any Mercado Pago script', async () => {
    assert.equal((await check('/no-device', deviceId)).status, 'fail');
  });
  it('passes device id with security.js alone', async () => {
    assert.equal((await check('/device-only', deviceId)).status, 'pass');
  });
  it('skips device id, SDK v2 and public key on a Checkout Pro redirect page', async () => {
    for (const definition of [deviceId, sdkV2, publicKey]) {
      assert.equal((await check('/checkout-pro', definition)).status, 'skip', definition.id);
    }
  });
});
