import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deviceId } from '../../../src/checks/approval/device-id.js';
import { publicKey } from '../../../src/checks/credentials/public-key.js';
import { sdkV2 } from '../../../src/checks/approval/sdk-v2.js';
import { useLocalShop } from '../../helpers/local-shop.js';
import { browserSaw, graphScript, UNREAD_BY_COUNT, withGraph } from '../../helpers/page-graph.js';
import { judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { ctx } from '../page/fixtures.js';

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

describe('approval.device-id with the script graph and the browser', () => {
  const page = (fields: Parameters<typeof pageWith>[0]) => ({ ok: true as const, value: pageWith(fields) });
  it('says error when nothing was found and a same-origin script was left unread', () => {
    assert.equal(judge(deviceId, { page: page(withGraph([UNREAD_BY_COUNT])) }, ctx).status, 'error');
  });
  it('passes on what the browser saw run, where the static scan had to guess', () => {
    const browser = browserSaw({
      requests: [{ url: 'https://www.mercadopago.com/v2/security.js', type: 'Script', frame: 'main', initiator: { type: 'script' }, status: 200 }],
      mercadoPago: { sdkLoaded: false, constructed: false, publicKeys: [], deviceSessionId: true },
    });
    const outcome = judge(deviceId, { page: page(withGraph([UNREAD_BY_COUNT])), browser }, ctx);
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /run time/);
  });
  it('never turns a static fail (every script read, nothing found) into a pass', () => {
    const browser = browserSaw({ mercadoPago: { sdkLoaded: true, constructed: true, publicKeys: [], deviceSessionId: true } });
    assert.equal(judge(deviceId, { page: page(withGraph([graphScript()])), browser }, ctx).status, 'fail');
  });
  it('skips a page that sends the buyer to init_point by script', () => {
    const marker = { kind: 'checkout-pro-script' as const, where: { url: 'https://shop.example/assets/app.js', line: 1, context: 'script' as const } };
    assert.equal(judge(deviceId, { page: page({ markers: [marker] }) }, ctx).status, 'skip');
    assert.equal(judge(sdkV2, { page: page({ markers: [marker] }) }, ctx).status, 'skip');
  });
  it('fails sdk-v2 when the browser saw the v1 SDK load at run time', () => {
    const browser = browserSaw({ requests: [{ url: 'https://secure.mlstatic.com/sdk/javascript/v1/mercadopago.js', type: 'Script', frame: 'main', initiator: { type: 'script' }, status: 200 }] });
    const v2 = { kind: 'sdk-v2' as const, where: { url: 'https://shop.example/checkout', line: 2, context: 'attribute' as const } };
    assert.equal(judge(sdkV2, { page: page({ markers: [v2] }), browser }, ctx).status, 'fail');
  });
});
