import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adviceFor } from '../../../src/checks/support/rejection-advice.js';
import { context, evidenceWith, many, run, SERVER_ERROR } from '../api-fixtures.js';
import { rejectionRate } from '../../../src/checks/approval/rejection-rate.js';
import { withSample } from './fixtures.js';

describe('approval.rejection-rate', () => {
  it('skips under 20 decided live payments; pending ones do not count', () => {
    const outcome = run(rejectionRate, withSample([...many(19), ...many(10, { status: 'pending', method: 'pix' })]));
    assert.equal(outcome.status, 'skip');
    assert.match(outcome.message.en, /19 decided live payments/);
  });
  it('passes at or under 25% rejected', () => {
    const outcome = run(rejectionRate, withSample([...many(15), ...many(5, { status: 'rejected', statusDetail: 'cc_rejected_insufficient_amount' })]));
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { rate: number }).rate, 0.25);
  });
  it('fails over the limit with the top status_detail values and what each means', () => {
    const payments = [
      ...many(20),
      ...many(6, { status: 'rejected', statusDetail: 'cc_rejected_bad_filled_security_code' }),
      ...many(3, { status: 'rejected', statusDetail: 'cc_rejected_high_risk' }),
      ...many(1, { status: 'rejected', statusDetail: 'cc_rejected_something_new' }),
      ...many(4, { status: 'rejected', live: false }),
    ];
    const outcome = run(rejectionRate, withSample(payments));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /33.3% of 30 decided live payments were rejected \(at most 25% expected\); the most frequent reason is cc_rejected_bad_filled_security_code \(6\)/);
    assert.match(outcome.remediation!.en, /payment form/);
    const top = (outcome.evidence as { topStatusDetails: Array<{ statusDetail: string; count: number; cause: string; advice: Record<string, string> }> }).topStatusDetails;
    assert.deepEqual(
      top.map((t) => [t.statusDetail, t.count, t.cause]),
      [
        ['cc_rejected_bad_filled_security_code', 6, 'form'],
        ['cc_rejected_high_risk', 3, 'fraud'],
        ['cc_rejected_something_new', 1, 'other'],
      ],
    );
    assert.deepEqual(Object.keys(top[0]!.advice).sort(), ['en', 'es', 'pt-BR']);
  });
  it('follows the configured maximum rate', () => {
    const payments = [...many(17), ...many(3, { status: 'rejected' })];
    assert.equal(run(rejectionRate, withSample(payments), context({ thresholds: { ...context().thresholds, rejectionRateMax: 0.1 } })).status, 'fail');
  });
  it('is an error when payments could not be read', () => {
    assert.equal(run(rejectionRate, evidenceWith({ payments: SERVER_ERROR })).status, 'error');
  });
  it('points every bad_filled code at the payment form', () => {
    for (const code of ['card_number', 'date', 'other', 'security_code']) assert.equal(adviceFor(`cc_rejected_bad_filled_${code}`).cause, 'form');
    assert.equal(adviceFor('cc_rejected_call_for_authorize').cause, 'issuer');
  });
});
