import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { many, run } from '../api-fixtures.js';
import { itemData } from '../../../src/checks/approval/item-data.js';
import { payerData } from '../../../src/checks/approval/payer-data.js';
import { withSample } from './fixtures.js';

describe('approval.payer-data', () => {
  it('fail under the threshold and name the field missing most', () => {
    const payments = [...many(10), ...many(10, { data: 'no-identification' })];
    const outcome = run(payerData, withSample(payments));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /Only 50% of 20 live payments carry complete buyer data \(at least 90% expected\); the most often missing is payer.identification/);
    const facts = outcome.evidence as { perField: Record<string, number>; missingExamples: number[] };
    assert.equal(facts.perField['payer.email'], 1);
    assert.equal(facts.missingExamples.length, 5);
    assert.equal(run(itemData, withSample(payments)).status, 'pass', 'items are complete in both halves');
  });
});
