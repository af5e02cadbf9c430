import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ciphers } from '../../../src/checks/ssl/ciphers.js';
import { failed } from '../../../src/probes/outcome.js';
import { judge } from '../../helpers/tls-page-evidence.js';
import { cert, cipherEvidence, ctx, suite, tls } from './fixtures.js';

const modern12 = [suite(0xc02b), suite(0xc02f)];
const modern13 = [suite(0x1301)];

describe('ssl.ciphers', () => {
  it('passes a server offering only ECDHE-AEAD and TLS 1.3 suites, listing them per version in IANA names', () => {
    const outcome = judge(ciphers, tls(), ctx);
    assert.equal(outcome.status, 'pass');
    const suites = (outcome.evidence as { suites: Record<string, string[]> }).suites;
    assert.deepEqual(Object.keys(suites), ['TLSv1.2', 'TLSv1.3']);
    assert.ok(suites['TLSv1.2']!.includes('TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'));
  });

  const insecure: Array<[string, number, string]> = [
    ['3DES (SWEET32, a PCI ASV fail)', 0x000a, '3DES, SWEET32'],
    ['RC4', 0x0005, 'RC4'],
    ['single DES', 0x0009, '64-bit block'],
    ['IDEA', 0x0007, '64-bit block'],
    ['EXPORT', 0x0008, 'EXPORT'],
    ['NULL', 0x0002, 'NULL'],
    ['anonymous', 0xc018, 'anonymous'],
  ];
  for (const [what, code, why] of insecure) {
    it(`fails when a ${what} suite is offered beside good ones`, () => {
      const outcome = judge(ciphers, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [...modern12, suite(code)], 'TLSv1.3': modern13 }) }), ctx);
      assert.equal(outcome.status, 'fail');
      assert.match(outcome.message.en, new RegExp(why));
    });
  }

  it('fails a DHE suite on a group under 2048 bits, and passes one of 2048', () => {
    const small = judge(ciphers, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [...modern12, suite(0x009e, { dhBits: 1024 })] }) }), ctx);
    assert.equal(small.status, 'fail');
    assert.match(small.message.en, /DH 1024 bits/);
    assert.equal(judge(ciphers, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [...modern12, suite(0x009e, { dhBits: 2048 })] }) }), ctx).status, 'pass');
  });

  it('finds an insecure suite on a legacy version too', () => {
    const outcome = judge(ciphers, tls({ ciphers: cipherEvidence({ TLSv1: [suite(0x000a)], 'TLSv1.2': modern12 }) }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /TLS 1\.0/);
  });

  it('fails when no browser hello is accepted: DHE-only, CBC-only, or an Ed25519 certificate', () => {
    const none = { tls13: null, tls12: null };
    const dhe = judge(ciphers, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [suite(0x009e, { dhBits: 2048 })] }, none) }), ctx);
    assert.equal(dhe.status, 'fail');
    assert.match(dhe.message.en, /No current browser can connect.*only DHE/);
    const cbc = judge(ciphers, tls({ ciphers: cipherEvidence({ 'TLSv1.2': [suite(0xc013)] }, none) }), ctx);
    assert.match(cbc.message.en, /only CBC/);
    const ed = judge(ciphers, tls({ chain: [cert({ keyType: 'ed25519', curve: undefined })], ciphers: cipherEvidence({ 'TLSv1.2': modern12, 'TLSv1.3': modern13 }, none) }), ctx);
    assert.equal(ed.status, 'fail');
    assert.match(ed.message.es, /Ed25519/);
  });

  it('is an error, never a pass, when the list is incomplete or the probe failed', () => {
    const evidence = cipherEvidence({ 'TLSv1.2': modern12 });
    const incomplete = { ...evidence, versions: evidence.versions.map((v) => (v.version === 'TLSv1.2' ? { ...v, complete: false } : v)) };
    assert.equal(judge(ciphers, tls({ ciphers: incomplete }), ctx).status, 'error');
    const unknown = { ...evidence, versions: evidence.versions.map((v) => (v.version === 'TLSv1' ? { ...v, accepted: null, detail: 'no answer in time' } : v)) };
    assert.equal(judge(ciphers, tls({ ciphers: unknown }), ctx).status, 'error');
    assert.equal(judge(ciphers, { tls: failed('timeout', 'TLS handshake: no answer') }, ctx).status, 'error');
  });
});
