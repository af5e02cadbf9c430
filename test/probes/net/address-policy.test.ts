import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyAddress, isLoopbackHost, judgeAddress } from '../../../src/probes/net/address-policy.js';
import { createGuard } from '../../../src/probes/net/guard.js';

/** The address a URL's parser hands the connector, as the WHATWG parser spells it. */
const hostOf = (url: string): string => new URL(url).hostname.replace(/^\[|\]$/g, '');

describe('the address policy', () => {
  it('sees cloud metadata in every spelling a URL allows', () => {
    for (const url of [
      'http://169.254.169.254/',
      'http://2852039166/',
      'http://0xA9FEA9FE/',
      'http://0251.0376.0251.0376/',
      'http://[::ffff:169.254.169.254]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://[64:ff9b::169.254.169.254]/',
      'http://[fe80::1]/',
    ]) {
      assert.equal(classifyAddress(hostOf(url)), 'link-local', url);
    }
  });

  it('tells loopback, private, public and unspecified apart', () => {
    assert.equal(classifyAddress('127.8.9.10'), 'loopback');
    assert.equal(classifyAddress('::1'), 'loopback');
    assert.equal(classifyAddress('::ffff:127.0.0.1'), 'loopback');
    for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', 'fd00::5', 'fc00::1']) assert.equal(classifyAddress(a), 'private', a);
    for (const a of ['192.0.2.10', '198.51.100.7', '203.0.113.5', '8.8.8.8', '172.32.0.1', '2001:db8::1']) assert.equal(classifyAddress(a), 'public', a);
    assert.equal(classifyAddress('0.0.0.0'), 'unspecified');
    assert.equal(classifyAddress('::'), 'unspecified');
    assert.equal(classifyAddress('shop.example'), 'invalid');
  });

  it('never allows link-local, even when the user named it', () => {
    assert.ok(judgeAddress('169.254.169.254', { named: true, privateWorld: true }));
    assert.ok(judgeAddress('fe80::1', { named: true, privateWorld: true }));
  });

  it('allows loopback and private only when named or in a private world', () => {
    assert.ok(judgeAddress('10.0.0.7', { named: false, privateWorld: false }));
    assert.ok(judgeAddress('127.0.0.1', { named: false, privateWorld: false }));
    assert.equal(judgeAddress('10.0.0.7', { named: true, privateWorld: false }), undefined);
    assert.equal(judgeAddress('10.0.0.7', { named: false, privateWorld: true }), undefined);
    assert.equal(judgeAddress('203.0.113.5', { named: false, privateWorld: false }), undefined);
  });

  it('knows which hosts are loopback for plain http', () => {
    for (const h of ['localhost', '127.0.0.1', '127.44.3.2', '[::1]', 'api.localhost']) assert.ok(isLoopbackHost(h), h);
    for (const h of ['10.0.0.1', 'proxy.internal', '192.0.2.1', '[::ffff:10.0.0.1]']) assert.ok(!isLoopbackHost(h), h);
  });
});

describe('the connection guard', () => {
  it('lets a public site lead nowhere private, and a private site lead into its own world', () => {
    const publicSite = createGuard({ named: ['shop.example'] });
    assert.equal(publicSite.judge('shop.example', '203.0.113.5'), undefined);
    assert.ok(publicSite.judge('cdn.example', '10.0.0.5'), 'a redirect from a public site into a private address is refused');
    const staging = createGuard({ named: ['staging.internal'] });
    assert.equal(staging.judge('staging.internal', '10.0.0.4'), undefined);
    assert.equal(staging.judge('assets.internal', '10.0.0.5'), undefined, 'a private staging site may lead to its own network');
    assert.ok(staging.judge('meta', '169.254.169.254'), 'but never to link-local');
  });

  it('refuses a named host that first resolved public and then into the runner (DNS rebinding)', () => {
    const guard = createGuard({ named: ['shop.example'] });
    assert.equal(guard.judge('shop.example', '203.0.113.5'), undefined);
    assert.ok(guard.judge('shop.example', '127.0.0.1'));
  });

  it("extends an origin's private world to what was found there", () => {
    const api = createGuard({ named: ['127.0.0.1'] });
    const fromData = createGuard({ origin: api });
    assert.ok(fromData.judge('hook', '127.0.0.2'), 'before the API was reached, nothing is known: refused');
    api.judge('127.0.0.1', '127.0.0.1');
    assert.equal(fromData.judge('hook', '127.0.0.2'), undefined);
  });
});
