import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../../src/probes/outcome.js';
import { evidenceWith, MLA_ACCOUNT, pay, refusedEvidence, run, sample } from '../api-fixtures.js';
import { pixKey } from '../../../src/checks/pix/key.js';

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
