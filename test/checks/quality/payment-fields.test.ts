import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/probes/outcome.js';
import { evidenceWith, history, pay, run, sample } from '../api-fixtures.js';
import { fieldGaps } from '../../../src/checks/quality/payment-fields.js';
import { paymentFields } from '../../../src/checks/quality/payment-fields.js';

describe('quality.payment-fields', () => {
  it('passes the latest approved live payment that carries every field', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ status: 'rejected' }), pay({ id: 1319000101 })]) }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /Payment 1319000101 carries every required and recommended field/);
    assert.deepEqual((outcome.evidence as { requiredGaps: string[] }).requiredGaps, []);
  });
  it('fails a payment lacking required fields and lists required and recommended gaps apart', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ id: 77, data: 'poor' })]) }));
    assert.equal(outcome.status, 'fail');
    const facts = outcome.evidence as { requiredGaps: string[]; recommendedGaps: string[] };
    assert.deepEqual(facts.requiredGaps, ['external_reference', 'notification_url', 'statement_descriptor', 'additional_info.items.id', 'payer.email']);
    assert.ok(facts.recommendedGaps.includes('additional_info.shipments.receiver_address'));
    assert.ok(facts.recommendedGaps.includes('payer.identification'));
  });
  it('passes with recommended gaps only, and names them', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ data: 'no-identification' })]) }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /recommended ones are missing: payer.identification/);
  });
  it('audits the payment-id payment rather than the sample', () => {
    const given = pay({ id: 555, data: 'poor' });
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay()]), paymentById: ok(given) }));
    assert.equal(outcome.status, 'fail');
    assert.equal((outcome.evidence as { payment: { id: number; source: string } }).payment.source, 'payment-id');
  });
  it('fails a payment-id made in test mode', () => {
    const outcome = run(paymentFields, evidenceWith({ paymentById: ok(pay({ id: 556, live: false })) }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /test mode/);
  });
  it('is an error when payment-id cannot be read', () => {
    const outcome = run(paymentFields, evidenceWith({ paymentById: failed('http', 'GET /v1/payments/42 answered 404: not_found: Payment not found') }));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /Payment not found/);
  });
  it('falls back to the 12-month search and skips when there is no approved live payment at all', () => {
    assert.equal(run(paymentFields, evidenceWith({ payments: sample([]), liveHistory: history([pay({ daysAgo: 80 })]) })).status, 'pass');
    assert.equal(run(paymentFields, evidenceWith({ payments: sample([]), liveHistory: history([pay({ status: 'rejected' })]) })).status, 'skip');
  });
  it('reads quantity and unit_price given as numbers as well as strings', () => {
    const p = pay();
    const items = p.additional_info!.items!.map((i) => ({ ...i, quantity: 2, unit_price: 10.5 }));
    assert.deepEqual(fieldGaps({ ...p, additional_info: { ...p.additional_info, items } }).required, []);
  });
});

describe('quality.payment-fields on the real shapes (reference §11 F1, F6, F7, F10)', () => {
  it('audits the newest approved checkout payment, not a newer Point sale, QR sale or transfer (F7)', () => {
    const payments = sample([
      pay({ id: 901, channel: 'point', daysAgo: 0.1 }),
      pay({ id: 902, channel: 'qr', daysAgo: 0.2 }),
      pay({ id: 903, channel: 'transfer', daysAgo: 0.3 }),
      pay({ id: 904, daysAgo: 0.5 }),
    ]);
    const outcome = run(paymentFields, evidenceWith({ payments }));
    assert.equal(outcome.status, 'pass', outcome.message.en);
    assert.equal((outcome.evidence as { payment: { id: number } }).payment.id, 904);
  });

  it('searches twelve months when the sample holds in-person sales only', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ channel: 'point' })]), liveHistory: history([pay({ id: 905, daysAgo: 60 })]) }));
    assert.equal((outcome.evidence as { payment: { id: number; source: string } }).payment.source, 'history');
  });

  it('is manual when the only required field left is a statement_descriptor Mercado Pago filled in itself (F10)', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ id: 906, autoDescriptor: 'MERPAGO*LOJAEXEMPLO    ' })]) }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /statement_descriptor \("MERPAGO\*LOJAEXEMPLO", Mercado Pago's own\)/);
    assert.deepEqual((outcome.evidence as { unknowable: string[] }).unknowable, ['statement_descriptor']);
  });

  it('still fails on real gaps beside an automatic descriptor', () => {
    const poor = pay({ id: 907, data: 'poor', autoDescriptor: 'MERPAGO*LOJA' });
    const outcome = run(paymentFields, evidenceWith({ payments: sample([poor]) }));
    assert.equal(outcome.status, 'fail');
    assert.ok(!(outcome.evidence as { requiredGaps: string[] }).requiredGaps.includes('statement_descriptor'));
  });

  it('takes a descriptor the shop sent as proof', () => {
    assert.deepEqual(fieldGaps(pay({ autoDescriptor: 'LOJAEXEMPLO' })).unknowable, []);
  });

  it('does not fail a payment-id whose status withholds the buyer e-mail (F1): it cannot tell', () => {
    const rejected = pay({ id: 908, status: 'rejected', statusDetail: 'cc_rejected_other_reason' });
    const outcome = run(paymentFields, evidenceWith({ paymentById: ok(rejected) }));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /payer\.email \(not returned on a rejected payment\)/);
  });

  it('judges the product lines only: plugin lines without id or category are no gap (F6)', () => {
    const outcome = run(paymentFields, evidenceWith({ payments: sample([pay({ pluginLines: true })]) }));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /every required and recommended field/);
  });
});
