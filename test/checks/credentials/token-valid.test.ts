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
