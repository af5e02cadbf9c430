import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forwardSecrecy } from '../../../src/checks/ssl/forward-secrecy.js';
import { failed } from '../../../src/probes/outcome.js';
import { judge } from '../../helpers/tls-page-evidence.js';
import { cipherEvidence, ctx, suite, tls } from './fixtures.js';

describe('ssl.forward-secrecy', () => {
  it('passes when every TLS 1.2 suite is ECDHE/DHE and some are AEAD', () => {
    assert.equal(judge(forwardSecrecy, tls(), ctx).status, 'pass');
    assert.equal(judge(forwardSecrecy, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [suite(0xc02f), suite(0xc013), suite(0x009e, { dhBits: 2048 })] }) }), ctx).status, 'pass');
  });

  it('fails when a TLS 1.2 suite with plain RSA key exchange is offered (SSL Labs caps at B)', () => {
    const outcome = judge(forwardSecrecy, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [suite(0xc02f), suite(0x002f), suite(0x009d)] }) }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_GCM_SHA384/);
    assert.deepEqual((outcome.evidence as { withoutForwardSecrecy: string[] }).withoutForwardSecrecy, ['TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_AES_256_GCM_SHA384']);
  });

  it('fails when no TLS 1.2 suite is AEAD', () => {
    const outcome = judge(forwardSecrecy, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [suite(0xc013), suite(0xc014)] }) }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /No TLS 1\.2 suite offered is AEAD/);
  });

  it('passes a TLS 1.3-only server', () => {
    const outcome = judge(forwardSecrecy, tls({ ciphers: cipherEvidence({ 'TLSv1.3': [suite(0x1301)] }) }), ctx);
    assert.equal(outcome.status, 'pass');
  });

  it('is an error when nothing could be listed or the probe failed', () => {
    assert.equal(judge(forwardSecrecy, tls({ ciphers: cipherEvidence({}) }), ctx).status, 'error');
    assert.equal(judge(forwardSecrecy, { tls: failed('network', 'refused') }, ctx).status, 'error');
  });
});
