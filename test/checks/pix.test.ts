import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../src/probes/outcome.js';
import { brazilianMethods } from '../sandbox/mp-api/account-data.js';
import { evidenceWith, MLA_ACCOUNT, pay, refusedEvidence, run, sample, SERVER_ERROR } from './api-fixtures.js';
import { pixEnabled } from '../../src/checks/pix/enabled.js';
import { pixKey } from '../../src/checks/pix/key.js';

const methods = (pix: Parameters<typeof brazilianMethods>[0]) => ok(brazilianMethods(pix) as unknown as Array<{ id: string; status: string }>);

describe('pix.enabled', () => {
  it('passes when pix is listed active', () => {
    const outcome = run(pixEnabled, evidenceWith({ paymentMethods: methods('active') }));
    assert.equal(outcome.status, 'pass');
    assert.deepEqual((outcome.evidence as { pix: unknown }).pix, { id: 'pix', status: 'active', payment_type_id: 'bank_transfer' });
  });

  for (const status of ['deactivated', 'temporally_deactivated'] as const) {
    it(`fails when pix is listed ${status}`, () => {
      const outcome = run(pixEnabled, evidenceWith({ paymentMethods: methods(status) }));
      assert.equal(outcome.status, 'fail');
      assert.match(outcome.message.en, new RegExp(`status "${status}"`));
      assert.match(outcome.remediation!['pt-BR'], /admin-pix-keys/);
    });
  }

  it('fails when pix is not among the payment methods', () => {
    assert.equal(run(pixEnabled, evidenceWith({ paymentMethods: methods('absent') })).status, 'fail');
  });

  it('skips outside Brazil', () => {
    const outcome = run(pixEnabled, evidenceWith({ account: ok(MLA_ACCOUNT) }));
    assert.equal(outcome.status, 'skip');
    assert.match(outcome.message.es, /MLA/);
  });

  it('is an error when the payment methods could not be read, or were not asked', () => {
    assert.equal(run(pixEnabled, evidenceWith({ paymentMethods: SERVER_ERROR })).status, 'error');
    assert.equal(run(pixEnabled, evidenceWith()).status, 'error');
  });

  it('skips when the token was refused', () => {
    assert.equal(run(pixEnabled, refusedEvidence()).status, 'skip');
  });
});

describe('pix.key', () => {
  it('is manual in Brazil, linking the Pix keys page, with approved Pix payments as a hint', () => {
    const outcome = run(pixKey, evidenceWith({ payments: sample([pay({ method: 'pix' }), pay({ method: 'pix', status: 'pending' }), pay()]) }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message['pt-BR'], /Os pagamentos Pix aprovados nos últimos 30 dias \(1\) indicam que sim/);
    assert.deepEqual(outcome.evidence, { pixKeysUrl: 'https://www.mercadopago.com.br/admin-pix-keys/my-keys', approvedLivePixPayments: 1 });
  });

  it('skips outside Brazil and when the token was refused', () => {
    assert.equal(run(pixKey, evidenceWith({ account: ok(MLA_ACCOUNT) })).status, 'skip');
    assert.equal(run(pixKey, refusedEvidence()).status, 'skip');
  });
});
