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
      const outcome = judge(certificateTrust, tls({ trust: { verdict, path: [] } }), ctx);
      assert.equal(outcome.status, 'fail', verdict);
      assert.equal((outcome.evidence as { verdict: string }).verdict, verdict);
    }
    const incomplete = judge(certificateTrust, tls({ trust: { verdict: 'incomplete-chain', path: [] } }), ctx);
    assert.match(incomplete.remediation?.en ?? '', /full chain/);
  });

  it('is an error, never a pass, when the handshake failed', () => {
    assert.equal(judge(certificateTrust, { tls: failed('timeout', 'TLS handshake: no answer') }, ctx).status, 'error');
  });
});
