import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Payment, PaymentSample } from '../../../src/probes/mercadopago/payments.js';
import type { PreferenceSample } from '../../../src/probes/mercadopago/preferences.js';
import { failed, ok } from '../../../src/probes/outcome.js';
import { chooseSubject, chooseTarget, pointsAtMercadoPago, userIdFromToken } from '../../../src/probes/webhook/target.js';

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

describe('what the notification is about', () => {
  it('names the latest live payment and the account', () => {
    const subject = chooseSubject(
      sample([
        { id: 9, live_mode: false },
        { id: 8, live_mode: true },
      ]),
      ok({ userId: 77, siteId: 'MLB', countryId: 'BR', tags: [], email: undefined, nickname: undefined }),
      5,
    );
    assert.deepEqual(subject, { dataId: '8', synthetic: false, liveMode: true, userId: 77 });
  });

  it("uses a synthetic id without payments, and the token's user id without an account", () => {
    assert.deepEqual(chooseSubject(sample([]), failed('refused', 'x'), 5), { dataId: '123456', synthetic: true, liveMode: true, userId: 5 });
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
