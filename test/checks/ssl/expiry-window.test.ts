import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';
import { expiryWindow } from '../../../src/checks/ssl/expiry-window.js';
import { DAY, NOW, cert, ctx, tls } from './fixtures.js';

describe('ssl.expiry-window', () => {
  it('passes a 90-day certificate with 60 days left', () => {
    assert.equal(judge(expiryWindow, tls(), ctx).status, 'pass');
  });
  it('fails a 90-day certificate with 20 days left (threshold 30)', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 70 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 20 * DAY).toISOString() });
    assert.equal(judge(expiryWindow, tls({ chain: [leaf] }), ctx).status, 'fail');
  });
  it('passes a 6-day certificate with 3 days left: a third of its lifetime is the margin', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 3 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 3 * DAY).toISOString() });
    const outcome = judge(expiryWindow, tls({ chain: [leaf] }), ctx);
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { minDays: number }).minDays, 2);
  });
  it('follows the expiry-min-days threshold', () => {
    const leaf = cert({ notBefore: new Date(NOW.getTime() - 300 * DAY).toISOString(), notAfter: new Date(NOW.getTime() + 50 * DAY).toISOString() });
    const strict = contextFor('https://shop.example/checkout', { now: NOW, thresholds: { ...ctx.thresholds, expiryMinDays: 60 } });
    assert.equal(judge(expiryWindow, tls({ chain: [leaf] }), strict).status, 'fail');
  });
});
