import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { context, many, pay, run } from '../api-fixtures.js';
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

describe('approval.item-data on the real shapes (reference §11 F6, F12)', () => {
  it("judges product lines: a platform's discount and shipping lines do not sink the coverage", () => {
    const outcome = run(itemData, withSample(many(20, { pluginLines: true })));
    assert.equal(outcome.status, 'pass', outcome.message.en);
    assert.match(outcome.message.en, /^100% of 20 live checkout payments carry complete item data/);
  });

  it('sets aside a line with a non-positive price, or one named discount/shipping/tax without a category; never a product with one', () => {
    const payment = pay();
    const product = payment.additional_info!.items![0]!;
    const lines = [
      product,
      { id: 'Descuento', title: 'Descuento', category_id: null, quantity: '1', unit_price: '-680' },
      { id: 'discount-1', title: 'Store discount coupon', unit_price: -5 },
      { id: 'ship', title: 'Shipment cost', category_id: null, quantity: '1', unit_price: '25.0' },
      { id: 'tx', title: 'Store taxes', quantity: '1', unit_price: '3.1' },
    ];
    const withLines = { ...payment, additional_info: { ...payment.additional_info, items: lines } };
    assert.equal(run(itemData, withSample([withLines])).status, 'pass');
    // A real product that merely says "shipping" in its title but has a category is judged, and its gap counts.
    const box = { id: 'SKU-9', title: 'Shipping box', category_id: 'home', quantity: '1', unit_price: '12.0' };
    const judged = { ...payment, additional_info: { ...payment.additional_info, items: [product, box] } };
    const outcome = run(itemData, withSample([judged]));
    assert.equal(outcome.status, 'fail', 'the box has no description: that gap is real');
    assert.match(outcome.message.en, /items\.(description|picture_url)/);
  });

  it('counts a payment whose every line is a platform line as carrying no items', () => {
    const payment = pay();
    const onlyShipping = { ...payment, additional_info: { ...payment.additional_info, items: [{ id: 'shipping', title: 'Frete', category_id: null, quantity: '1', unit_price: '15.0' }] } };
    assert.equal(run(itemData, withSample([onlyShipping])).status, 'fail');
  });

  it('reads quantity and unit_price given as strings, as the API gives them', () => {
    const payment = pay();
    assert.equal(typeof payment.additional_info!.items![0]!['unit_price'], 'string');
    assert.equal(run(itemData, withSample(many(10))).status, 'pass');
  });

  it('leaves in-person sales and transfers out of the sample (F7), saying how many', () => {
    const outcome = run(itemData, withSample([...many(10), ...many(10, { channel: 'point' }), ...many(5, { channel: 'qr' }), ...many(3, { channel: 'transfer' })]));
    assert.equal(outcome.status, 'pass');
    const facts = outcome.evidence as { livePayments: number; otherChannelsLeftOut: number };
    assert.deepEqual([facts.livePayments, facts.otherChannelsLeftOut], [10, 18]);
  });

  it('skips when the only live payments are in person: nothing of the checkout to measure', () => {
    const outcome = run(itemData, withSample(many(5, { channel: 'point' })));
    assert.equal(outcome.status, 'skip');
    assert.match(outcome.message.en, /no live checkout payment/);
  });
});
