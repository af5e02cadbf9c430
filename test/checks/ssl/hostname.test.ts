import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostname } from '../../../src/checks/ssl/hostname.js';
import { failed } from '../../../src/probes/outcome.js';
import { contextFor, judge } from '../../helpers/tls-page-evidence.js';
import { cert, ctx, tls } from './fixtures.js';

describe('ssl.hostname', () => {
  it('passes when the handshake found the host among the names', () => {
    assert.equal(judge(hostname, tls(), ctx).status, 'pass');
  });

  it('fails naming what the certificate names instead', () => {
    const outcome = judge(hostname, tls({ hostnameMatches: false, chain: [cert({ subjectAltNames: ['DNS:other.example'] })] }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /does not name shop\.example; it names: DNS:other\.example/);
  });

  it('fails a certificate that names the host only in its subject CN (no SAN, or an IP SAN only), as browsers do', () => {
    const noSan = judge(hostname, tls({ hostnameMatches: false, hostname: { matches: false, commonNameOnly: true, noSubjectAltName: true }, chain: [cert({ subjectAltNames: [] })] }), ctx);
    assert.equal(noSan.status, 'fail');
    assert.match(noSan.message.en, /only in its subject CN and has no subjectAltName/);
    const ipOnly = judge(
      hostname,
      tls({ hostnameMatches: false, hostname: { matches: false, commonNameOnly: true, noSubjectAltName: false }, chain: [cert({ subjectAltNames: ['IP Address:203.0.113.9'] })] }),
      ctx,
    );
    assert.equal(ipOnly.status, 'fail');
    assert.match(ipOnly.message.en, /IP Address:203\.0\.113\.9/);
  });

  it('skips on an http site-url and is an error when the handshake failed', () => {
    assert.equal(judge(hostname, { tls: undefined }, contextFor('http://shop.example/')).status, 'skip');
    assert.equal(judge(hostname, { tls: failed('network', 'connect ECONNREFUSED') }, ctx).status, 'error');
  });
});
