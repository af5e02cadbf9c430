import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceWith, many, refusedEvidence, run, SERVER_ERROR } from '../api-fixtures.js';
import { itemData } from '../../../src/checks/approval/item-data.js';
import { payerData } from '../../../src/checks/approval/payer-data.js';
import { shippingData } from '../../../src/checks/approval/shipping-data.js';
import { withSample } from '../approval/fixtures.js';

describe('approval.item-data, payer-data, shipping-data (the coverage rule they share)', () => {
  it('pass when at least 90% of live payments carry the data', () => {
    const payments = [...many(18), ...many(2, { data: 'poor' }), ...many(5, { data: 'poor', live: false })];
    for (const check of [itemData, payerData, shippingData]) {
      const outcome = run(check, withSample(payments));
      assert.equal(outcome.status, 'pass', check.id);
      assert.match(outcome.message.en, /^90% of 20 live checkout payments/);
    }
  });
  it('skip without live payments, skip on a refused token, and error when payments could not be read', () => {
    assert.equal(run(itemData, withSample(many(5, { live: false }))).status, 'skip');
    assert.equal(run(payerData, refusedEvidence()).status, 'skip');
    assert.equal(run(shippingData, evidenceWith({ payments: SERVER_ERROR })).status, 'error');
  });
});
