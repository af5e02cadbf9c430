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
  it('fails Ed25519, P-521, DSA and RSA-PSS leaves (no browser connects) and passes RSA 2048 and P-384', () => {
    for (const leaf of [
      cert({ keyType: 'ed25519', keyBits: 256, curve: undefined }),
      cert({ keyBits: 521, curve: 'secp521r1' }),
      cert({ keyType: 'dsa', keyBits: 2048, curve: undefined }),
      cert({ keyType: 'rsa-pss', keyBits: 2048, curve: undefined }),
    ]) {
      assert.equal(judge(keyAndSignature, tls({ chain: [leaf] }), ctx).status, 'fail', leaf.keyType + (leaf.curve ?? ''));
    }
    assert.equal(judge(keyAndSignature, tls({ chain: [cert({ keyBits: 384, curve: 'secp384r1', signatureAlgorithm: 'ecdsa-with-SHA384' })] }), ctx).status, 'pass');
    assert.equal(judge(keyAndSignature, tls({ chain: [cert({ keyType: 'rsa', keyBits: 2048, curve: undefined, signatureAlgorithm: 'sha256WithRSAEncryption' })] }), ctx).status, 'pass');
    assert.match(judge(keyAndSignature, tls({ chain: [cert({ keyType: 'ed25519', keyBits: 256, curve: undefined })] }), ctx).message.en, /Ed25519 key/);
  });

  it('judges the verified path only: a SHA-1 cross-certificate sent off it does not count', () => {
    const outcome = judge(
      keyAndSignature,
      tls({
        chain: [cert()],
        served: [cert(), cert({ subject: 'CN=Root X1', isCA: true, keyType: 'rsa', keyBits: 2048, signatureAlgorithm: 'sha1WithRSAEncryption' })],
        trust: { verdict: 'trusted', path: ['CN=shop.example'], offPath: ['CN=Root X1'], verifiedByOpenssl: true },
      }),
      ctx,
    );
    assert.equal(outcome.status, 'pass');
  });

  it("ignores a self-signed root's SHA-1 signature and a trust-store root's key", () => {
    const root = cert({ subject: 'CN=Root', issuer: 'CN=Root', isCA: true, selfIssued: true, inTrustStore: true, keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha1WithRSAEncryption' });
    assert.equal(judge(keyAndSignature, tls({ chain: [cert(), root] }), ctx).status, 'pass');
  });
});
