import { evaluateDeclared } from '../../helpers/declared.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed } from '../../../src/probes/outcome.js';
import type { WebhookTarget } from '../../../src/probes/webhook/target.js';
import { configured } from '../../../src/checks/notifications/configured.js';
import { URL_HTTPS, context, delivery, evidence, sent } from './fixtures.js';

describe('notifications.configured', () => {
  it('passes with webhook-url and says where the URL came from', () => {
    const outcome = evaluateDeclared(configured, sent(delivery('none', { status: 200 })), context(false));
    assert.equal(outcome.status, 'pass');
    assert.equal(outcome.evidence?.['source'], 'webhook-url');
    assert.equal(outcome.evidence?.['url'], URL_HTTPS);
  });
  it('passes with the notification_url of a recent payment, naming the payment', () => {
    const target: WebhookTarget = { url: URL_HTTPS, source: 'payment', sourceId: '42', othersSeen: ['https://old.example/ipn'] };
    const outcome = evaluateDeclared(configured, sent(delivery('none', { status: 200 }), undefined, target), context(false));
    assert.equal(outcome.status, 'pass');
    assert.match(outcome.message.en, /notification_url of payment 42/);
    assert.deepEqual(outcome.evidence?.['othersSeen'], ['https://old.example/ipn']);
  });
  it('asks a person when no URL is known: dashboard webhooks cannot be read by API', () => {
    const outcome = evaluateDeclared(configured, evidence({ target: undefined }), context(false));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /cannot be read by API/);
    assert.match(outcome.remediation?.en ?? '', /webhook-url/);
    assert.match(outcome.remediation?.['pt-BR'] ?? '', /Suas integrações/);
  });
  it('is an error, not manual, when the payments could not be read', () => {
    const outcome = evaluateDeclared(configured, evidence({ target: undefined }, { payments: failed('timeout', 'GET /v1/payments/search: no answer within the time budget') }), context(false));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /payments\/search/);
  });
  it('skips when the token was refused', () => {
    const refused = failed('refused', 'GET /users/me answered 401');
    assert.equal(evaluateDeclared(configured, evidence({ target: undefined }, { payments: refused, preferences: refused }), context(false)).status, 'skip');
  });
});

describe('notifications.configured and the preference search (reference §11 F4)', () => {
  it('stays manual when the preference search failed: it never lists a notification_url anyway', async () => {
    const { configured } = await import('../../../src/checks/notifications/configured.js');
    const { evidence: ev, payments } = await import('./fixtures.js');
    const { evaluateDeclared: judge } = await import('../../helpers/declared.js');
    const { failed: broken } = await import('../../../src/probes/outcome.js');
    const outcome = judge(
      configured,
      ev({ target: undefined }, { payments: payments(4), preferences: broken('http', 'GET /checkout/preferences/search answered 500') }),
      (await import('./fixtures.js')).context(false),
    );
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /the preference search, 0 read, does not list one/);
  });
});
