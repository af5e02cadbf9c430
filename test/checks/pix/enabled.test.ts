import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../../src/probes/outcome.js';
import { evidenceWith, MLA_ACCOUNT, refusedEvidence, run, SERVER_ERROR } from '../api-fixtures.js';
import { pixEnabled } from '../../../src/checks/pix/enabled.js';
import { methods } from './fixtures.js';

describe('pix.enabled', () => {
  it('passes when pix is listed active', () => {
    const outcome = run(pixEnabled, evidenceWith({ paymentMethods: methods('active') }));
    assert.equal(outcome.status, 'pass');
    assert.deepEqual((outcome.evidence as { pix: unknown }).pix, { id: 'pix', status: 'active', payment_type_id: 'bank_transfer' });
  });
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
