import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { securityHeaders } from '../../../src/checks/page/security-headers.js';
import { CSP, SDK, ctx, good, status } from './fixtures.js';
import { hsts } from '../../../src/checks/ssl/hsts.js';
import { useLocalShop } from '../../helpers/local-shop.js';

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
    const outcome = judge(
      securityHeaders,
      {
        page: { ok: true, value: pageWith({ headers: { ...good, 'content-security-policy': "script-src https://sdk.mercadopago.com; connect-src 'self'; frame-ancestors 'none'" }, markers: [SDK] }) },
      },
      ctx,
    );
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /blocks Mercado Pago API/);
  });
});

const local = useLocalShop();

describe('page.security-headers on a real local shop', () => {
  const { check } = local;
  it('passes security headers and HSTS with a CSP that allows Mercado Pago', async () => {
    assert.equal((await check('/good-headers', securityHeaders)).status, 'pass');
    assert.equal((await check('/good-headers', hsts)).status, 'pass');
  });
  it('fails weak headers: a CSP that blocks the device script, API and iframes, no nosniff, weak cookies', async () => {
    const outcome = await check('/weak-headers', securityHeaders);
    assert.equal(outcome.status, 'fail');
    const csp = (outcome.evidence as { contentSecurityPolicy: { blocked: string[] } }).contentSecurityPolicy;
    assert.deepEqual(
      csp.blocked.map((b) => b.replace(/ \([^()]*\)$/, '')),
      ['Mercado Pago API (card tokens)', 'Mercado Pago iframes (Bricks, Secure Fields)', 'device script security.js'],
    );
    assert.match(outcome.message.en, /X-Content-Type-Options/);
    assert.match(outcome.message.en, /cookie sid without Secure, HttpOnly, SameSite/);
    assert.doesNotMatch(outcome.message.en, /cookie pref/);
    assert.equal((await check('/weak-headers', hsts)).status, 'fail');
  });
});
