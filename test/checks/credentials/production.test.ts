import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/probes/outcome.js';
import { context, evidenceWith, MLB_ACCOUNT, refusedEvidence, run } from '../api-fixtures.js';
import { production } from '../../../src/checks/credentials/production.js';

describe('credentials.production', () => {
  it('fails a TEST- token even when the API refused it', () => {
    const outcome = run(production, refusedEvidence(), context({ tokenPrefix: 'TEST' }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /starts with TEST-/);
  });
  it('fails an APP_USR- token of an account tagged test_user', () => {
    const outcome = run(production, evidenceWith({ account: ok({ ...MLB_ACCOUNT, tags: ['normal', 'test_user'] }) }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /tags include test_user/);
    assert.match(outcome.message['pt-BR'], /suas tags incluem test_user/);
  });
  it('fails an APP_USR- token whose account has a @testuser.com e-mail, even without the tag', () => {
    const outcome = run(production, evidenceWith({ account: ok({ ...MLB_ACCOUNT, tags: ['normal'], email: 'test_user_123@testuser.com' }) }));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.es, /@testuser\.com/);
    assert.equal((outcome.evidence as { testUserEmail: boolean }).testUserEmail, true);
  });
  it('passes an APP_USR- token only once the account shows a real seller', () => {
    const outcome = run(production, evidenceWith());
    assert.equal(outcome.status, 'pass');
    assert.deepEqual(outcome.evidence, { tokenPrefix: 'APP_USR-', tags: ['normal', 'messages_as_seller'], testUserEmail: false, userId: 1160535239 });
  });
  it('skips an APP_USR- token that was refused: the prefix alone proves nothing', () => {
    const outcome = run(production, refusedEvidence());
    assert.equal(outcome.status, 'skip');
    assert.match(outcome.message.en, /token was refused/);
  });
  it('is an error when the account could not be read', () => {
    assert.equal(run(production, evidenceWith({ account: failed('network', 'GET /users/me: connection refused') })).status, 'error');
  });
});
