import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { context, many, run } from '../api-fixtures.js';
import { itemData } from '../../../src/checks/approval/item-data.js';
import { withSample } from './fixtures.js';

describe('approval.item-data', () => {
  it('follow the configured coverage threshold', () => {
    const payments = [...many(15), ...many(5, { data: 'poor' })];
    const thresholds = { ...context().thresholds, fieldCoverage: 0.7 };
    assert.equal(run(itemData, withSample(payments)).status, 'fail');
    assert.equal(run(itemData, withSample(payments), context({ thresholds })).status, 'pass');
  });
});
