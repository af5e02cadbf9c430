import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judge } from '../../helpers/tls-page-evidence.js';
import { keyAndSignature } from '../../../src/checks/ssl/key-and-signature.js';
import { cert, ctx, tls } from './fixtures.js';

describe('ssl.key-and-signature', () => {
  it('passes EC P-256 with ECDSA-SHA256', () => {
    assert.equal(judge(keyAndSignature, tls(), ctx).status, 'pass');
  });
  it('fails an EC P-224 key and an MD5-signed intermediate', () => {
    const outcome = judge(
      keyAndSignature,
      tls({ chain: [cert({ keyBits: 224, curve: 'secp224r1' }), cert({ subject: 'CN=Old CA', isCA: true, keyType: 'rsa', keyBits: 2048, signatureAlgorithm: 'md5WithRSAEncryption' })] }),
      ctx,
    );
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /EC 224 bits/);
    assert.match(outcome.message.en, /Old CA: md5WithRSAEncryption/);
  });
  it("ignores a self-signed root's SHA-1 signature and a trust-store root's key", () => {
    const root = cert({ subject: 'CN=Root', issuer: 'CN=Root', isCA: true, selfIssued: true, inTrustStore: true, keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha1WithRSAEncryption' });
    assert.equal(judge(keyAndSignature, tls({ chain: [cert(), root] }), ctx).status, 'pass');
  });
});
