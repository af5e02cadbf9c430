import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judge } from '../../helpers/tls-page-evidence.js';
import { validity } from '../../../src/checks/ssl/validity.js';
import { DAY, NOW, cert, ctx, tls } from './fixtures.js';

describe('ssl.validity', () => {
  it('fails when a served intermediate has expired, though the leaf is valid', () => {
    const intermediate = cert({ subject: 'CN=Old Issuing CA', isCA: true, notAfter: new Date(NOW.getTime() - DAY).toISOString() });
    const outcome = judge(validity, tls({ chain: [cert(), intermediate] }), ctx);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /Old Issuing CA/);
  });
  it("ignores the dates of the trust store's own root", () => {
    const root = cert({ subject: 'CN=Root', issuer: 'CN=Root', isCA: true, selfIssued: true, inTrustStore: true, notAfter: new Date(NOW.getTime() - DAY).toISOString() });
    assert.equal(judge(validity, tls({ chain: [cert(), root] }), ctx).status, 'pass');
  });
});
