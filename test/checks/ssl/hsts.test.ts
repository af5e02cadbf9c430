import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contextFor, judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { hsts } from '../../../src/checks/ssl/hsts.js';
import { ctx } from './fixtures.js';

describe('ssl.hsts', () => {
  const withHsts = (value: string | undefined) => ({ page: { ok: true as const, value: pageWith({ headers: value === undefined ? {} : { 'strict-transport-security': value } }) } });
  it('passes a one-year max-age', () => {
    assert.equal(judge(hsts, withHsts('max-age=31536000; includeSubDomains; preload'), ctx).status, 'pass');
  });
  it('fails a max-age under the hsts-min-days threshold', () => {
    assert.equal(judge(hsts, withHsts('max-age=86400'), ctx).status, 'fail');
    const lenient = contextFor('https://shop.example/checkout', { thresholds: { ...ctx.thresholds, hstsMinDays: 1 } });
    assert.equal(judge(hsts, withHsts('max-age=86400'), lenient).status, 'pass');
  });
  it('fails a header without a valid max-age, and a missing header', () => {
    assert.equal(judge(hsts, withHsts('includeSubDomains'), ctx).status, 'fail');
    assert.equal(judge(hsts, withHsts(undefined), ctx).status, 'fail');
  });
});
