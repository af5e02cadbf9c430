import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Payment, PaymentSample } from '../../../src/probes/mercadopago/payments.js';
import type { PreferenceSample } from '../../../src/probes/mercadopago/preferences.js';
import { failed, ok } from '../../../src/probes/outcome.js';
import { chooseSubject, isPluginRelayEndpoint, isWooCommercePluginEndpoint, chooseTarget, pointsAtMercadoPago, userIdFromToken } from '../../../src/probes/webhook/target.js';

const sample = (payments: Payment[]): ReturnType<typeof ok<PaymentSample>> => ok({ payments, total: payments.length, window: { beginDate: 'NOW-30DAYS', endDate: 'NOW' }, truncated: false });
const prefs = (urls: Array<string | null>): ReturnType<typeof ok<PreferenceSample>> =>
  ok({ preferences: urls.map((u, i) => ({ id: `pref-${i}`, live_mode: true, notification_url: u })), total: urls.length });

describe('which notification URL is probed', () => {
  it('prefers webhook-url and lists other URLs seen on payments', () => {
    const target = chooseTarget(new URL('https://shop.example/hook?source_news=webhooks'), sample([{ id: 1, notification_url: 'https://old.example/ipn' }]), prefs([]));
    assert.deepEqual(target, { url: 'https://shop.example/hook?source_news=webhooks', source: 'input', othersSeen: ['https://old.example/ipn'] });
  });

  it("takes the newest live payment's notification_url, query kept as written", () => {
    const target = chooseTarget(
      undefined,
      sample([
        { id: 3, live_mode: false, notification_url: 'https://test.example/hook' },
        { id: 2, live_mode: true, notification_url: 'https://shop.example/mp?source_news=webhooks&k=a%20b' },
        { id: 1, live_mode: true, notification_url: 'https://shop.example/old' },
      ]),
      prefs([]),
    );
    assert.equal(target?.url, 'https://shop.example/mp?source_news=webhooks&k=a%20b');
    assert.equal(target?.source, 'payment');
    assert.equal(target?.sourceId, '2');
    assert.deepEqual(target?.othersSeen, ['https://shop.example/old', 'https://test.example/hook']);
  });

  it('falls back to preferences, skipping empty, non-http and credential-carrying values', () => {
    const target = chooseTarget(
      undefined,
      sample([
        { id: 1, notification_url: null },
        { id: 2, notification_url: 'ftp://x' },
        { id: 3, notification_url: 'https://user:pw@shop.example/h' },
      ]),
      prefs(['', 'https://shop.example/pro']),
    );
    assert.deepEqual(target, { url: 'https://shop.example/pro', source: 'preference', sourceId: 'pref-1', othersSeen: [] });
  });

  it('knows none when neither payments nor preferences carry one, or they failed', () => {
    assert.equal(chooseTarget(undefined, sample([{ id: 1 }]), prefs([null])), undefined);
    assert.equal(chooseTarget(undefined, failed('timeout', 'x'), failed('http', 'y')), undefined);
    assert.equal(chooseTarget(undefined, undefined, undefined), undefined);
  });
});

describe('what the notification is about (reference §11 F2: a payment Mercado Pago would send to that URL)', () => {
  const account = ok({ userId: 77, siteId: 'MLB', countryId: 'BR', tags: [], email: undefined, nickname: undefined });
  const shop = 'https://shop.example/mp?source_news=webhooks';
  // Newest first: a Point sale without a URL, a payment link of another integration, then the shop's checkout payment.
  const list: Payment[] = [
    { id: 30, live_mode: true, status: 'approved', notification_url: null, external_reference: null },
    { id: 20, live_mode: true, status: 'approved', notification_url: 'https://links.example/hook', external_reference: null },
    { id: 10, live_mode: true, status: 'approved', notification_url: shop, external_reference: 'ORDER-10' },
  ];
  const payments = sample(list);

  it('names the payment whose notification_url is tested, not the newest live payment', () => {
    const target = chooseTarget(undefined, sample([{ id: 10, live_mode: true, notification_url: shop }]), undefined);
    assert.deepEqual(chooseSubject(target, payments, account, 5), { dataId: '10', synthetic: false, liveMode: true, userId: 77, basis: 'notification_url' });
  });

  it('with webhook-url, names a payment that carries that URL (query aside), else one notified at the dashboard URL', () => {
    const input = chooseTarget(new URL('https://shop.example/mp/'), payments, undefined);
    assert.equal(chooseSubject(input, payments, account, 5).dataId, '10');
    const dashboard = chooseTarget(new URL('https://dash.example/hook'), payments, undefined);
    assert.equal(chooseSubject(dashboard, payments, account, 5).synthetic, true, "the only payment without a URL is nobody's order");
    const withOrder = sample([{ id: 31, live_mode: true, status: 'approved', notification_url: null, external_reference: 'ORDER-31' }, ...list]);
    assert.deepEqual(chooseSubject(dashboard, withOrder, account, 5), { dataId: '31', synthetic: false, liveMode: true, userId: 77, basis: 'dashboard' });
  });

  it("prefers the shop's own orders among payments without a URL, and live ones over test ones", () => {
    const mixed = sample([
      { id: 3, live_mode: false, notification_url: null, external_reference: 'ORDER-3' },
      { id: 2, live_mode: true, notification_url: null, external_reference: null },
      { id: 1, live_mode: true, notification_url: null, external_reference: 'ORDER-1' },
    ]);
    const input = chooseTarget(new URL('https://dash.example/hook'), mixed, undefined);
    assert.equal(chooseSubject(input, mixed, account, 5).dataId, '1');
  });

  it('names a payment of the preference whose URL is tested, matched by external_reference', () => {
    const preferences = ok({ preferences: [{ id: 'p-1', live_mode: true, notification_url: shop, external_reference: 'ORDER-10' }], total: 1 });
    const none = sample([
      { id: 10, live_mode: true, external_reference: 'ORDER-10' },
      { id: 11, live_mode: true, external_reference: 'ORDER-11' },
    ]);
    const target = chooseTarget(undefined, none, preferences);
    assert.equal(target?.source, 'preference');
    assert.deepEqual(chooseSubject(target, none, account, 5, preferences), { dataId: '10', synthetic: false, liveMode: true, userId: 77, basis: 'preference' });
  });

  it("uses the synthetic id when no payment fits, and the token's user id without an account", () => {
    const target = chooseTarget(new URL('https://dash.example/hook'), sample([]), undefined);
    assert.deepEqual(chooseSubject(target, sample([]), failed('refused', 'x'), 5), { dataId: '123456', synthetic: true, liveMode: true, userId: 5, basis: 'synthetic' });
    assert.equal(chooseSubject(undefined, payments, account, 5).synthetic, true);
  });

  it("recognises the endpoints of Mercado Pago's Magento and WooCommerce plugins (F5, F8)", () => {
    assert.equal(isPluginRelayEndpoint('https://loja.example/mp/notification/checkoutcustom'), true);
    assert.equal(isPluginRelayEndpoint('https://loja.example/mp/notification/checkoutpro/'), true);
    assert.equal(isPluginRelayEndpoint('https://loja.example/webhooks/mp/notification'), false);
    assert.equal(isWooCommercePluginEndpoint('https://loja.example/?wc-api=WC_WooMercadoPago_Custom_Gateway&source_news=webhooks'), true);
    assert.equal(isWooCommercePluginEndpoint('https://loja.example/wc-api/WC_WooMercadoPago_Basic_Gateway/'), true);
    assert.equal(isWooCommercePluginEndpoint('https://loja.example/wc-api/other/'), false);
  });

  it('reads the user id at the end of a documented token shape only', () => {
    assert.equal(userIdFromToken('APP_USR-367604750109681-091211-fbad3ab32ad4f89bf1c385141ba5626a-1160535239'), 1160535239);
    assert.equal(userIdFromToken('not-a-token'), null);
  });
});

describe('Mercado Pago is never written to', () => {
  it("recognises Mercado Pago's hosts and the API base in use", () => {
    const api = new URL('https://127.9.9.9:8443/');
    for (const url of ['https://api.mercadopago.com/v1/payments', 'https://www.mercadopago.com.br/x', 'https://api.mercadolibre.com/y', 'https://www.mercadopago.cl/', 'https://127.9.9.9/hook']) {
      assert.equal(pointsAtMercadoPago(url, api), true, url);
    }
    for (const url of ['https://shop.example/mercadopago/webhook', 'https://mercadopago.com.shop.example/', 'https://notmercadopago.com/']) {
      assert.equal(pointsAtMercadoPago(url, api), false, url);
    }
  });
});
