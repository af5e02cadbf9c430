import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allows, matchesSource, parsePolicies, parsePolicy, type LoadRequest } from '../../../src/checks/support/csp.js';

const self = new URL('https://shop.example/checkout');
const sdk = (extra: Partial<LoadRequest> = {}): LoadRequest => ({ kind: 'script', url: new URL('https://sdk.mercadopago.com/js/v2'), self, ...extra });
const allowed = (policy: string, load: LoadRequest): boolean => allows(parsePolicy(policy), load);

describe('CSP source matching', () => {
  it('matches hosts, wildcards, schemes and paths as CSP3 says', () => {
    const url = new URL('https://sdk.mercadopago.com/js/v2');
    assert.equal(matchesSource('https://sdk.mercadopago.com', url, self), true);
    assert.equal(matchesSource('sdk.mercadopago.com', url, self), true);
    assert.equal(matchesSource('*.mercadopago.com', url, self), true);
    assert.equal(matchesSource('*.mercadopago.com', new URL('https://mercadopago.com/'), self), false, 'a wildcard needs a subdomain');
    assert.equal(matchesSource('https:', url, self), true);
    assert.equal(matchesSource('http:', url, self), true, 'http: upgrades to https');
    assert.equal(matchesSource('http://sdk.mercadopago.com', url, self), true);
    assert.equal(matchesSource('https://sdk.mercadopago.com/js/', url, self), true);
    assert.equal(matchesSource('https://sdk.mercadopago.com/js/v1', url, self), false);
    assert.equal(matchesSource('https://sdk.mercadopago.com:8443', url, self), false);
    assert.equal(matchesSource('https://sdk.mercadopago.com:*', url, self), true);
    assert.equal(matchesSource("'self'", url, self), false);
    assert.equal(matchesSource("'self'", new URL('https://shop.example/app.js'), self), true);
    assert.equal(matchesSource('*', url, self), true);
    assert.equal(matchesSource("'none'", url, self), false);
  });
});

describe('CSP policies', () => {
  it('falls back from script-src-elem to script-src to default-src', () => {
    assert.equal(allowed("default-src 'self'", sdk()), false);
    assert.equal(allowed("default-src 'self'; script-src https://sdk.mercadopago.com", sdk()), true);
    assert.equal(allowed("script-src https://sdk.mercadopago.com; script-src-elem 'self'", sdk()), false);
    assert.equal(allowed("img-src 'self'", sdk()), true, 'no governing directive: allowed');
  });

  it('falls back from frame-src to child-src for iframes', () => {
    const frame: LoadRequest = { kind: 'frame', url: new URL('https://www.mercadopago.com/'), self };
    assert.equal(allowed("default-src 'self'; child-src https://*.mercadopago.com", frame), true);
    assert.equal(allowed("default-src 'self'; frame-src 'none'; child-src https:", frame), false);
  });

  it("honours nonces and 'strict-dynamic'", () => {
    const policy = "script-src 'nonce-abc' 'strict-dynamic' https://sdk.mercadopago.com";
    assert.equal(allowed(policy, sdk()), false, 'host lists are ignored under strict-dynamic');
    assert.equal(allowed(policy, sdk({ nonce: 'abc' })), true);
    assert.equal(allowed(policy, sdk({ loadedByScript: true })), true, 'trust propagates to scripts loaded by trusted scripts');
    assert.equal(allowed("script-src 'self' 'nonce-abc'", sdk({ nonce: 'abc' })), true);
  });

  it('enforces every policy of a comma-joined header', () => {
    const policies = parsePolicies("script-src https:, script-src 'self'");
    assert.equal(policies.length, 2);
    assert.equal(
      policies.every((p) => allows(p, sdk())),
      false,
    );
  });

  it('keeps the first of a repeated directive, as browsers do', () => {
    assert.equal(allowed("script-src 'self'; script-src https:", sdk()), false);
  });
});
