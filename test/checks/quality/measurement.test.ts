import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ok } from '../../../src/probes/outcome.js';
import { evidenceWith, MLA_ACCOUNT, pay, refusedEvidence, run, sample } from '../api-fixtures.js';
import { measurement } from '../../../src/checks/quality/measurement.js';

describe('quality.measurement', () => {
  it("is manual and names the payment to enter in the quality tool of the account's site", () => {
    const outcome = run(measurement, evidenceWith({ account: ok(MLA_ACCOUNT), payments: sample([pay({ id: 1320000100 })]) }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.es, /1320000100/);
    assert.deepEqual(outcome.evidence, { paymentId: 1320000100, source: 'sample', qualityToolUrl: 'https://www.mercadopago.com.ar/developers/panel/app' });
  });
  it('is manual and says to make a live payment first when none is known', () => {
    const outcome = run(measurement, refusedEvidence());
    assert.equal(outcome.status, 'manual');
    assert.equal((outcome.evidence as { paymentId: null }).paymentId, null);
  });
});
