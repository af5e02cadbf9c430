import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/probes/outcome.js';
import { evidenceWith, MLA_ACCOUNT, pay, refusedEvidence, run, sample } from '../api-fixtures.js';
import { pixKey } from '../../../src/checks/pix/key.js';
import { methods } from './fixtures.js';

/** pix.key weighs Pix in the payment methods as Mercado Pago's WooCommerce plugin does (reference §11 F17), always labelled an inference. */
describe('pix.key', () => {
  const approvedPix = sample([pay({ method: 'pix' }), pay({ method: 'pix', status: 'pending' }), pay()]);

  it('passes, as an inference, when Pix is active and live Pix payments were approved', () => {
    const outcome = run(pixKey, evidenceWith({ payments: approvedPix, paymentMethods: methods('active') }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /^Inferred, not read: Pix is an active payment method .* 1 live Pix payment was approved .* No API reads the keys/);
    assert.match(outcome.message['pt-BR'], /^Inferido, não lido/);
    assert.deepEqual(outcome.evidence, { pixKeysUrl: 'https://www.mercadopago.com.br/admin-pix-keys/my-keys', approvedLivePixPayments: 1, pixListed: true, pixStatus: 'active', inferred: true });
  });

  it('stays manual, saying "probably", when Pix is active but no Pix payment backs it', () => {
    const outcome = run(pixKey, evidenceWith({ payments: sample([pay(), pay({ method: 'pix', status: 'rejected' })]), paymentMethods: methods('active') }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /^Probably registered \(an inference\)/);
    assert.match(outcome.remediation!.en, /admin-pix-keys/);
  });

  it('fails, as an inference, when Pix is absent: Mercado Pago offers Pix only with a key', () => {
    const absent = run(pixKey, evidenceWith({ payments: approvedPix, paymentMethods: methods('absent') }));
    assert.equal(absent.status, 'fail');
    assert.match(absent.message.en, /^Probably not registered \(an inference\): Pix is not among the account's payment methods/);
  });

  it('stays manual when Pix is listed but not active: the plugin would call that a key, the status says something else', () => {
    for (const status of ['deactivated', 'temporally_deactivated'] as const) {
      const off = run(pixKey, evidenceWith({ payments: approvedPix, paymentMethods: methods(status) }));
      assert.equal(off.status, 'manual', status);
      assert.match(off.message.en, new RegExp(`^Cannot be inferred: Pix is listed with status "${status}"`));
    }
  });

  it('is manual, never a pass, when the payment methods could not be read', () => {
    const outcome = run(pixKey, evidenceWith({ payments: approvedPix, paymentMethods: failed('http', 'GET /v1/payment_methods answered 500') }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /could not be read \(GET \/v1\/payment_methods answered 500\)/);
    assert.equal(run(pixKey, evidenceWith({ payments: approvedPix })).status, 'manual', 'not asked at all');
  });

  it('skips outside Brazil and when the token was refused', () => {
    assert.equal(run(pixKey, evidenceWith({ account: ok(MLA_ACCOUNT) })).status, 'skip');
    assert.equal(run(pixKey, refusedEvidence()).status, 'skip');
  });
});
