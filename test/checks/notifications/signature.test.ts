import { evaluateDeclared } from '../../helpers/declared.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed } from '../../../src/probes/outcome.js';
import { signature } from '../../../src/checks/notifications/signature.js';
import { context, delivery, sent } from './fixtures.js';

describe('notifications.signature', () => {
  it('skips without webhook-secret', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('none', { status: 200 })), context(false)).status, 'skip');
  });
  it('passes when the signed one is accepted and the forged one refused with any 4xx', () => {
    for (const refused of [400, 401, 403]) {
      const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: refused })), context(true));
      assert.equal(outcome.status, 'pass', String(refused));
    }
  });
  it('fails when the forged signature is accepted too', () => {
    const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 200 })), context(true));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /forged x-signature/);
  });
  it('fails when the forged signature gets a 5xx instead of a refusal', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 500 })), context(true)).status, 'fail');
  });
  it('fails when the correctly signed one is refused, showing the manifest that was signed', () => {
    const signed = delivery('valid', { status: 401 }, { manifest: 'id:1319247892;request-id:req-valid;ts:1795860000;' });
    const outcome = evaluateDeclared(signature, sent(signed, delivery('forged', { status: 401 })), context(true));
    assert.equal(outcome.status, 'fail');
    assert.equal((outcome.evidence!['signed'] as Record<string, unknown>)['signedManifest'], 'id:1319247892;request-id:req-valid;ts:1795860000;');
  });
  it('is an error when the endpoint answers 500 to everything or does not answer', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 500 }), delivery('forged', { status: 500 })), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', undefined), delivery('forged', undefined)), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', undefined)), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(failed('network', 'connection refused'), failed('network', 'connection refused')), context(true)).status, 'error');
  });
});

describe("notifications.signature and Mercado Pago's WooCommerce plugin (reference §11 F5)", () => {
  const woo = { url: 'https://loja.example/?wc-api=WC_WooMercadoPago_Custom_Gateway&source_news=webhooks', source: 'payment' as const, sourceId: '1319247892', othersSeen: [] };

  it('is manual, not a failure, when the plugin accepts a forged signature naming a real payment: it re-reads the payment', () => {
    const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 200 }), woo), context(true));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /WooCommerce plugin, which does not read x-signature: it re-reads the payment from the API/);
    assert.equal(outcome.evidence?.['receiver'], 'woocommerce-plugin');
  });

  it('still fails any other endpoint that accepts a forged signature', () => {
    const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 200 })), context(true));
    assert.equal(outcome.status, 'fail');
  });
});
