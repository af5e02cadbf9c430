import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateTrust } from '../../../src/checks/ssl/certificate-trust.js';
import { failed } from '../../../src/probes/outcome.js';
import { judge } from '../../helpers/tls-page-evidence.js';
import { ctx, tls } from './fixtures.js';

describe('ssl.certificate-trust', () => {
  it('passes a chain that validates to a trusted root', () => {
    assert.equal(judge(certificateTrust, tls(), ctx).status, 'pass');
  });

  it('fails each distrust verdict with its own message, and asks for the full chain when it is incomplete', () => {
    for (const verdict of ['self-signed', 'untrusted-root', 'incomplete-chain'] as const) {
      const outcome = judge(certificateTrust, tls({ trust: { verdict, path: [], offPath: [], verifiedByOpenssl: true } }), ctx);
      assert.equal(outcome.status, 'fail', verdict);
      assert.equal((outcome.evidence as { verdict: string }).verdict, verdict);
    }
    const incomplete = judge(certificateTrust, tls({ trust: { verdict: 'incomplete-chain', path: [], offPath: [], verifiedByOpenssl: true } }), ctx);
    assert.match(incomplete.remediation?.en ?? '', /full chain/);
  });

  it('counts every OpenSSL verification error on a trusted path: a leaf for client authentication only, a name-constraints violation', () => {
    for (const code of ['INVALID_PURPOSE', 'UNSPECIFIED', 'PERMITTED_VIOLATION', 'SOME_NEW_CODE']) {
      const outcome = judge(
        certificateTrust,
        tls({ trust: { verdict: 'trusted', path: ['CN=shop.example', 'CN=CA'], opensslError: code, countedError: code, offPath: [], verifiedByOpenssl: true } }),
        ctx,
      );
      assert.equal(outcome.status, 'fail', code);
      assert.match(outcome.message.en, new RegExp(code));
    }
  });

  it('passes a trusted path while certificates sent off it (an expired cross-sign) are only noted', () => {
    const outcome = judge(
      certificateTrust,
      tls({ trust: { verdict: 'trusted', path: ['CN=shop.example', 'CN=R10', 'CN=X1'], offPath: ['CN=X1 (cross-signed by an expired root)'], verifiedByOpenssl: true } }),
      ctx,
    );
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /1 certificate\(s\) off that path/);
  });

  it('is an error, never a pass, when the handshake failed', () => {
    assert.equal(judge(certificateTrust, { tls: failed('timeout', 'TLS handshake: no answer') }, ctx).status, 'error');
  });
});
