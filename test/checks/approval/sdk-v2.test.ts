import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Marker } from '../../../src/probes/http/scan.js';
import { sdkV2 } from '../../../src/checks/approval/sdk-v2.js';
import { status } from '../page/fixtures.js';
import { deviceId } from '../../../src/checks/approval/device-id.js';
import { useLocalShop } from '../../helpers/local-shop.js';

describe('approval.sdk-v2', () => {
  it('ignores Mercado Pago traces inside HTML comments', () => {
    const commented: Marker = { kind: 'sdk-v2', where: { url: 'https://shop.example/checkout', line: 3, context: 'comment' } };
    assert.equal(status({ markers: [commented] }, sdkV2), 'fail');
  });
});

const local = useLocalShop();

describe('approval.sdk-v2 on a real local shop', () => {
  const { check } = local;
  it('fails on a form page without any Mercado Pago script', async () => {
    assert.equal((await check('/no-device', sdkV2)).status, 'fail');
  });
  it('fails SDK v2 and device id for the v1 SDK', async () => {
    const outcome = await check('/v1', sdkV2);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /v1 SDK/);
    assert.equal((await check('/v1', deviceId)).status, 'fail');
  });
});
