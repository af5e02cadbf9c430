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
    assert.match(outcome.message.en, /Only 50% of 20 live checkout payments carry complete buyer data \(at least 90% expected\); the most often missing is payer.identification/);
    const facts = outcome.evidence as { perField: Record<string, number>; missingExamples: number[] };
    assert.equal(facts.perField['payer.email'], 1);
    assert.equal(facts.missingExamples.length, 5);
    assert.equal(run(itemData, withSample(payments)).status, 'pass', 'items are complete in both halves');
  });
});

describe('approval.payer-data on the real shapes (reference §11 F1, F13)', () => {
  it('judges e-mail and identification only on approved, refunded and charged-back payments, where the API returns them', () => {
    // 12 approved with full buyer data; 8 rejected or pending, whose e-mail and document the API withholds.
    const payments = [
      ...many(12),
      ...many(4, { status: 'rejected', statusDetail: 'cc_rejected_other_reason' }),
      ...many(4, { status: 'pending' }),
      ...many(2, { status: 'refunded' }),
      ...many(1, { status: 'charged_back' }),
    ];
    assert.equal(payments.find((p) => p.status === 'rejected')!.payer!['email'], null, 'the stand-in withholds it, as the API does');
    const outcome = run(payerData, withSample(payments));
    assert.equal(outcome.status, 'pass', outcome.message.en);
    const facts = outcome.evidence as { perField: Record<string, number | null>; livePayments: number };
    assert.equal(facts.livePayments, 23);
    assert.equal(facts.perField['payer.email'], 1);
    assert.equal(facts.perField['payer.first_name'], 1, 'names are judged on every payment: additional_info.payer has them');
  });

  it('still fails a shop that sends no e-mail on its approved payments', () => {
    const noEmail = many(10).map((p) => ({ ...p, payer: { ...p.payer, email: null } }));
    const outcome = run(payerData, withSample([...noEmail, ...many(10, { status: 'rejected', statusDetail: 'cc_rejected_other_reason' })]));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /most often missing is payer\.email/);
  });

  it('reads the names from additional_info.payer when the top-level payer has them null', () => {
    const p = many(10)[0]!;
    assert.equal(p.payer!['first_name'], null);
    assert.equal(run(payerData, withSample(many(10))).status, 'pass');
  });

  it('with only non-approved payments, judges the names and says e-mail could not be measured', () => {
    const outcome = run(payerData, withSample(many(10, { status: 'rejected', statusDetail: 'cc_rejected_other_reason' })));
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { perField: Record<string, number | null> }).perField['payer.email'], null);
  });
});

describe('approval.shipping-data on an empty receiver_address (F13)', () => {
  it('counts an empty object as missing', async () => {
    const { shippingData } = await import('../../../src/checks/approval/shipping-data.js');
    assert.equal(run(shippingData, withSample(many(10, { data: 'digital' }))).status, 'fail');
  });
});
