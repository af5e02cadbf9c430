import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSaw, graphScript, withGraph } from '../../helpers/page-graph.js';
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
  it("fails a CSP that allows Mercado Pago but blocks the page's own inline script (the checkout never starts)", async () => {
    const outcome = await check('/good-headers', securityHeaders);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /blocks the page's own scripts, so the checkout cannot run: inline script \(line \d+\) \(script-src\)/);
    assert.equal((await check('/good-headers', hsts)).status, 'pass');
  });

  it('passes when the inline script is allowed by its hash, or by a nonce with strict-dynamic (the SDK tag nonced too)', async () => {
    const hashed = await check('/good-headers-hashed', securityHeaders);
    assert.equal(hashed.status, 'pass', hashed.message.en);
    const nonced = await check('/good-headers-nonce', securityHeaders);
    assert.equal(nonced.status, 'pass', nonced.message.en);
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

describe("page.security-headers and the page's own scripts", () => {
  const csp = (policy: string, scripts: Parameters<typeof withGraph>[0], extra: Parameters<typeof pageWith>[0] = {}) =>
    judge(securityHeaders, { page: { ok: true, value: pageWith({ headers: { ...good, 'content-security-policy': `${policy}; frame-ancestors 'none'` }, ...withGraph(scripts), ...extra }) } }, ctx);
  const inline = graphScript({ url: null, inline: { line: 12, length: 20, excerpt: 'boot()' }, hashes: { sha256: 'sha256-AAA=', sha384: 'sha384-BBB=', sha512: 'sha512-CCC=' }, read: undefined });
  const chunk = graphScript({ url: 'https://shop.example/_next/static/chunks/app.js', foundBy: 'preload-map', via: 'webpack-chunk' });
  it("fails inline bootstrap scripts under a script-src without 'unsafe-inline', nonce or hash", () => {
    const outcome = csp("script-src 'self' https://sdk.mercadopago.com", [inline, chunk]);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /inline script \(line 12\) \(script-src\)/);
  });
  it("ignores 'unsafe-inline' once a nonce or hash is listed (CSP3)", () => {
    assert.equal(csp("script-src 'self' 'unsafe-inline' 'nonce-abc'", [inline]).status, 'fail');
    assert.equal(csp("script-src 'self' 'unsafe-inline'", [inline]).status, 'pass');
  });
  it("allows by hash, by nonce, and chunks loaded by scripts under 'strict-dynamic'", () => {
    assert.equal(csp("script-src 'self' 'sha256-AAA='", [inline, chunk]).status, 'pass');
    assert.equal(csp("script-src 'self' 'sha512-CCC='", [inline, chunk]).status, 'pass');
    assert.equal(csp("script-src 'nonce-n1' 'strict-dynamic'", [{ ...inline, nonce: 'n1' }, chunk]).status, 'pass');
    assert.equal(csp("script-src 'nonce-n1' 'strict-dynamic'", [graphScript({ nonce: null })]).status, 'fail', 'a parser-inserted script without the nonce');
  });
  it('fails inline event handlers without unsafe-inline', () => {
    const outcome = csp("script-src 'self'", [], { inlineHandlers: { count: 3, firstLine: 8 } });
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /3 inline event handler\(s\) \(first at line 8\)/);
  });
  it('adds what the browser saw the CSP block', () => {
    const browser = browserSaw({ cspViolations: [{ directive: 'script-src-elem', blockedUrl: 'https://sdk.mercadopago.com/js/v2', disposition: 'enforce' }] });
    const outcome = judge(securityHeaders, { page: { ok: true, value: pageWith({ headers: { ...good } }) }, browser }, ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /in the browser, the Content-Security-Policy blocked https:\/\/sdk\.mercadopago\.com\/js\/v2 \(script-src-elem\)/);
  });
});
