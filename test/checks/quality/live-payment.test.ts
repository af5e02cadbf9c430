import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceWith, history, pay, refusedEvidence, run, sample, SERVER_ERROR } from '../api-fixtures.js';
import { livePayment } from '../../../src/checks/quality/live-payment.js';

describe('quality.live-payment', () => {
  it('passes with live payments in the 30-day sample', () => {
    const latest = pay({ id: 1319000100 });
    const outcome = run(livePayment, evidenceWith({ payments: sample([latest, pay({ live: false }), pay()]) }));
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { liveInSample: number }).liveInSample, 2);
    assert.match(outcome.message.en, /latest is 1319000100/);
  });
  it('passes on an older live payment found by the 12-month search', () => {
    const old = pay({ id: 1323000002, daysAgo: 90 });
    const outcome = run(livePayment, evidenceWith({ payments: sample([pay({ live: false })]), liveHistory: history([pay({ live: false }), old]) }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /No live checkout payment in the last 30 days, but payment 1323000002/);
    assert.equal((outcome.evidence as { latestLive: { source: string } }).latestLive.source, 'history');
  });
  it('fails when neither the sample nor the 12-month search holds a live payment', () => {
    const outcome = run(livePayment, evidenceWith({ payments: sample([pay({ live: false })]), liveHistory: history([pay({ live: false }), pay({ live: false })]) }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /No live-mode checkout payment among the latest 2 payments/);
  });
  it('is an error when the 12-month search failed', () => {
    assert.equal(run(livePayment, evidenceWith({ payments: sample([]), liveHistory: SERVER_ERROR })).status, 'error');
  });
  it('is an error when the payments could not be read', () => {
    const outcome = run(livePayment, evidenceWith({ payments: SERVER_ERROR }));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /answered 500 after 3 retries/);
  });
  it('skips when the token was refused', () => {
    assert.equal(run(livePayment, refusedEvidence()).status, 'skip');
  });
});

describe('quality.live-payment leaves other channels out (reference §11 F7)', () => {
  it("does not count in-person sales and transfers as the integration's live payment", () => {
    const outcome = run(livePayment, evidenceWith({ payments: sample([pay({ channel: 'point' }), pay({ channel: 'transfer' })]), liveHistory: history([pay({ channel: 'qr', daysAgo: 50 })]) }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /No live-mode checkout payment .* \(in-person sales and transfers do not count\)/);
    assert.equal((outcome.evidence as { liveInSample: number }).liveInSample, 0);
  });

  it('names the newest checkout payment, not a newer Point sale', () => {
    const outcome = run(livePayment, evidenceWith({ payments: sample([pay({ id: 11, channel: 'point', daysAgo: 0.1 }), pay({ id: 12, daysAgo: 1 })]) }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /^1 live checkout payments in the last 30 days; the latest is 12/);
  });
});
