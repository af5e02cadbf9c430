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
  it('ignores a header received over http (RFC 6797 §8.1): a page that ends on http://, and port 80 alone sending it', () => {
    const overHttp = { page: { ok: true as const, value: pageWith({ finalUrl: 'http://shop.example/checkout', headers: { 'strict-transport-security': 'max-age=31536000' } }) } };
    const outcome = judge(hsts, overHttp, ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /ends on plain http/);
    const port80 = {
      ...withHsts(undefined),
      httpRedirect: {
        ok: true as const,
        value: {
          requestedUrl: 'http://shop.example/checkout',
          hops: [{ url: 'http://shop.example/checkout', status: 301, location: 'https://shop.example/checkout', strictTransportSecurity: 'max-age=31536000' }],
          httpsTarget: 'https://shop.example/checkout',
          closed: false,
        },
      },
    };
    const only80 = judge(hsts, port80, ctx);
    assert.equal(only80.status, 'fail');
    assert.match(only80.message.en, /only on the plain http/);
    assert.equal((only80.evidence as { ignoredOnPort80: string }).ignoredOnPort80, 'max-age=31536000');
  });
});
