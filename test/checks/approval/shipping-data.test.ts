import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shippingData } from '../../../src/checks/approval/shipping-data.js';
import { many, run } from '../api-fixtures.js';
import { withSample } from './fixtures.js';

describe('approval.shipping-data', () => {
  it('passes when live payments carry a receiver address, and fails naming the field when most lack it', () => {
    assert.equal(run(shippingData, withSample(many(10))).status, 'pass');
    const outcome = run(shippingData, withSample([...many(2), ...many(8, { data: 'poor' })]));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /Only 20% of 10 live checkout payments carry a shipping address .*shipments\.receiver_address/);
  });

  it('is info by default: a missing address never blocks going live', () => {
    assert.equal(shippingData.defaultSeverity, 'info');
  });
});
