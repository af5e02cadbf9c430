import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed } from '../../../src/probes/outcome.js';
import { evidenceWith, refusedEvidence, run } from '../api-fixtures.js';
import { tokenValid } from '../../../src/checks/credentials/token-valid.js';

describe('credentials.token-valid', () => {
  it('passes when /users/me answered 200', () => {
    const outcome = run(tokenValid, evidenceWith());
    assert.equal(outcome.status, 'pass');
    assert.deepEqual(outcome.evidence, { userId: 1160535239, siteId: 'MLB' });
  });
  it("fails with Mercado Pago's message when the token is refused", () => {
    const outcome = run(tokenValid, refusedEvidence());
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /answered 401: unauthorized: invalid access token/);
  });
  it('is an error, never a pass, when /users/me could not be read', () => {
    const outcome = run(tokenValid, evidenceWith({ account: failed('timeout', 'GET /users/me: no answer within the time budget') }));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /no answer within the time budget/);
  });
});

describe('credentials.token-valid and PolicyAgent (reference §11 F15)', () => {
  const policy = {
    ok: false as const,
    error: {
      kind: 'refused' as const,
      status: 403,
      policyBlocked: true,
      message:
        "GET /users/me answered 403: Mercado Pago's PolicyAgent blocked this call (PA_UNAUTHORIZED_RESULT_FROM_POLICIES): the token lacks the scope for this endpoint, or the application is blocked for it",
    },
  };

  it('says PolicyAgent blocked /users/me, not that the token was refused', () => {
    const outcome = run(tokenValid, evidenceWith({ account: policy }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /^Mercado Pago's PolicyAgent blocked GET \/users\/me for this token/);
    assert.doesNotMatch(outcome.message.en, /refused the access token/);
    assert.match(outcome.remediation!.en, /application is active and not blocked/);
    assert.deepEqual(outcome.evidence, { httpStatus: 403, policyBlocked: true });
  });

  it('skips the account checks with the PolicyAgent reason, and names it when a later endpoint is blocked', async () => {
    const { payerData } = await import('../../../src/checks/approval/payer-data.js');
    const skipped = run(payerData, evidenceWith({ account: policy, payments: policy }));
    assert.equal(skipped.status, 'skip');
    assert.match(skipped.message.en, /PolicyAgent blocked GET \/users\/me/);
    const endpoint = { ok: false as const, error: { ...policy.error, kind: 'http' as const, message: policy.error.message.replace('/users/me', '/v1/payments/search') } };
    const blocked = run(payerData, evidenceWith({ payments: endpoint }));
    assert.equal(blocked.status, 'error');
    assert.match(blocked.message.en, /PolicyAgent blocked this call/);
    assert.match(blocked.remediation!.en, /permissions \(scopes\) this endpoint needs/);
    assert.equal(blocked.evidence?.['policyBlocked'], true);
  });
});
