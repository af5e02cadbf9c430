import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageEvidence } from '../../src/probes/http/page.js';
import type { Marker } from '../../src/probes/http/scan.js';
import { contextFor, judge, pageWith } from '../helpers/tls-page-evidence.js';
import { hsts } from '../../src/checks/ssl/hsts.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { publicKey } from '../../src/checks/credentials/public-key.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';

const ctx = contextFor('https://shop.example/checkout');
const SDK: Marker = { kind: 'sdk-v2', where: { url: 'https://shop.example/checkout', line: 4, context: 'attribute' } };
const CSP = "default-src 'self'; script-src 'self' https://sdk.mercadopago.com; connect-src https://api.mercadopago.com; frame-src https://*.mercadopago.com";
const good = { 'content-security-policy': `${CSP}; frame-ancestors 'self'`, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
const status = (fields: Partial<PageEvidence>, check = securityHeaders): string => judge(check, { page: { ok: true, value: pageWith(fields) } }, ctx).status;

describe('page.security-headers', () => {
  it('accepts frame-ancestors from the header as clickjacking protection', () => {
    assert.equal(status({ headers: good, markers: [SDK] }), 'pass');
  });
  it("does not accept frame-ancestors '*' nor frame-ancestors from a <meta> CSP", () => {
    assert.equal(status({ headers: { ...good, 'content-security-policy': `${CSP}; frame-ancestors *` }, markers: [SDK] }), 'fail');
    const { 'content-security-policy': _, ...withoutHeader } = good;
    assert.equal(status({ headers: withoutHeader, metaCsp: [`${CSP}; frame-ancestors 'none'`], markers: [SDK] }), 'fail');
    assert.equal(status({ headers: { ...withoutHeader, 'x-frame-options': 'DENY' }, metaCsp: [CSP], markers: [SDK] }), 'pass');
  });
  it('does not count a report-only CSP as a policy', () => {
    const { 'content-security-policy': _, ...rest } = good;
    assert.equal(status({ headers: { ...rest, 'x-frame-options': 'DENY', 'content-security-policy-report-only': CSP } }), 'fail');
  });
  it('fails Referrer-Policy unsafe-url and cookies without SameSite', () => {
    assert.equal(status({ headers: { ...good, 'referrer-policy': 'unsafe-url' } }), 'fail');
    assert.equal(status({ headers: good, cookies: [{ name: 'sid', setBy: 'https://shop.example/', secure: true, httpOnly: true, sameSite: null }] }), 'fail');
  });
  it('fails a CSP that allows the SDK script but not its API calls', () => {
    const outcome = judge(securityHeaders, { page: { ok: true, value: pageWith({ headers: { ...good, 'content-security-policy': "script-src https://sdk.mercadopago.com; connect-src 'self'; frame-ancestors 'none'" }, markers: [SDK] }) } }, ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /blocks Mercado Pago API/);
  });
});

describe('page checks on unusual pages', () => {
  it('gives manual, not pass, when the SDK is loaded but no key is visible', () => {
    assert.equal(status({ markers: [SDK] }, publicKey), 'manual');
  });
  it('ignores Mercado Pago traces inside HTML comments', () => {
    const commented: Marker = { kind: 'sdk-v2', where: { url: 'https://shop.example/checkout', line: 3, context: 'comment' } };
    assert.equal(status({ markers: [commented] }, sdkV2), 'fail');
  });
  it('fails mixed content when site-url redirects to plain http', () => {
    assert.equal(status({ finalUrl: 'http://shop.example/checkout', hops: [{ url: 'https://shop.example/checkout', status: 302, location: 'http://shop.example/checkout' }] }, mixedContent), 'fail');
  });
  it('skips mixed content and HSTS on an http site-url', () => {
    const http = contextFor('http://shop.example/checkout');
    assert.equal(judge(mixedContent, { page: { ok: true, value: pageWith() } }, http).status, 'skip');
    assert.equal(judge(hsts, { page: { ok: true, value: pageWith() } }, http).status, 'skip');
  });
});
