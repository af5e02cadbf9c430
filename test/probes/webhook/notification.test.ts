import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildNotification, notificationUrl, SYNTHETIC_DATA_ID } from '../../../src/probes/webhook/notification.js';
import { parseSignatureHeader, signatureV1 } from '../../../src/probes/webhook/signature.js';

const SECRET = 'a3f9c1d2e4b5a6978877665544332211ffeeddccbbaa00998877665544332211';
const SUBJECT = { dataId: '1319247892', synthetic: false, liveMode: true, userId: 1160535239 };
const NOW = new Date('2026-11-28T10:00:00.000Z');

describe('the test notification URL', () => {
  it('appends data.id and type=payment and keeps source_news', () => {
    const url = notificationUrl('https://shop.example/webhooks/mp?source_news=webhooks', '42');
    assert.equal(url.href, 'https://shop.example/webhooks/mp?source_news=webhooks&data.id=42&type=payment');
  });

  it("keeps the merchant's own query parameters byte for byte", () => {
    const url = notificationUrl('https://shop.example/ipn?token=a%20b+c&source_news=webhooks', '42');
    assert.equal(url.search, '?token=a%20b+c&source_news=webhooks&data.id=42&type=payment');
  });

  it('replaces a data.id or type already in the URL instead of sending two', () => {
    const url = notificationUrl('https://shop.example/hook?type=merchant_order&data.id=1&x=y#frag', '42');
    assert.equal(url.href, 'https://shop.example/hook?x=y&data.id=42&type=payment');
  });
});

describe('the test notification', () => {
  it('carries the documented payment.updated body', () => {
    const built = buildNotification('https://shop.example/hook', SUBJECT, 'none', undefined, NOW);
    const body = JSON.parse(built.body);
    assert.deepEqual(
      { ...body, id: typeof body.id },
      { action: 'payment.updated', api_version: 'v1', data: { id: '1319247892' }, date_created: '2026-11-28T10:00:00.000Z', id: 'number', live_mode: true, type: 'payment', user_id: 1160535239 },
    );
    assert.equal(built.headers['content-type'], 'application/json');
    assert.match(built.headers['x-request-id']!, /^[0-9a-f-]{36}$/);
    assert.equal(built.headers['x-signature'], undefined, 'unsigned without a secret');
  });

  it("signs with ts in seconds over the manifest of the URL's data.id and its own x-request-id", () => {
    const built = buildNotification('https://shop.example/hook?source_news=webhooks', SUBJECT, 'valid', SECRET, NOW);
    const signature = parseSignatureHeader(built.headers['x-signature']!)!;
    assert.equal(signature.ts, String(NOW.getTime() / 1000));
    const requestId = built.headers['x-request-id']!;
    assert.equal(built.url.searchParams.get('data.id'), '1319247892');
    assert.equal(signature.v1, signatureV1(SECRET, { dataId: '1319247892', requestId, ts: Number(signature.ts) }));
    assert.equal(built.manifest, `id:1319247892;request-id:${requestId};ts:${signature.ts};`);
  });

  it('forges a well-formed signature that does not verify with the secret', () => {
    const built = buildNotification('https://shop.example/hook', SUBJECT, 'forged', SECRET, NOW);
    const signature = parseSignatureHeader(built.headers['x-signature']!)!;
    assert.match(signature.v1, /^[0-9a-f]{64}$/);
    assert.notEqual(signature.v1, signatureV1(SECRET, { dataId: SUBJECT.dataId, requestId: built.requestId, ts: Number(signature.ts) }));
  });

  it('gives every notification its own x-request-id and never carries the secret', () => {
    const a = buildNotification('https://shop.example/hook', SUBJECT, 'valid', SECRET, NOW);
    const b = buildNotification('https://shop.example/hook', SUBJECT, 'valid', SECRET, NOW);
    assert.notEqual(a.requestId, b.requestId);
    assert.ok(!JSON.stringify(a).includes(SECRET));
  });

  it('names the synthetic id when the account has no payment', () => {
    const built = buildNotification('https://shop.example/hook', { dataId: SYNTHETIC_DATA_ID, synthetic: true, liveMode: true, userId: null }, 'none', undefined, NOW);
    assert.equal(built.url.searchParams.get('data.id'), SYNTHETIC_DATA_ID);
    assert.equal(JSON.parse(built.body).user_id, null);
  });
});
