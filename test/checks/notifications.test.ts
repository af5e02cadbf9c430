import { evaluateDeclared } from '../helpers/declared.js';
import { blankEvidence } from '../helpers/evidence.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckContext } from '../../src/checks/types.js';
import { DEFAULT_THRESHOLDS } from '../../src/checks/catalog.js';
import type { Evidence } from '../../src/probes/evidence.js';
import type { PaymentSample } from '../../src/probes/mercadopago/payments.js';
import type { PreferenceSample } from '../../src/probes/mercadopago/preferences.js';
import { failed, ok, type ProbeOutcome } from '../../src/probes/outcome.js';
import type { Delivery, DeliveryAnswer } from '../../src/probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../src/probes/webhook/probe.js';
import type { WebhookTarget } from '../../src/probes/webhook/target.js';
import { configured } from '../../src/checks/notifications/configured.js';
import { https as notificationsHttps } from '../../src/checks/notifications/https.js';
import { reachable } from '../../src/checks/notifications/reachable.js';
import { signature } from '../../src/checks/notifications/signature.js';

const URL_HTTPS = 'https://shop.example/webhooks/mp?source_news=webhooks';
const TARGET: WebhookTarget = { url: URL_HTTPS, source: 'input', othersSeen: [] };
const SUBJECT = { dataId: '1319247892', synthetic: false, liveMode: true, userId: 1160535239 };

function context(secretGiven: boolean): CheckContext {
  return { now: new Date('2026-11-28T10:00:00Z'), thresholds: DEFAULT_THRESHOLDS, siteUrl: new URL('https://shop.example/checkout'), tokenPrefix: 'APP_USR', webhookSecretGiven: secretGiven };
}

function payments(n = 3): ProbeOutcome<PaymentSample> {
  return ok({ payments: Array.from({ length: n }, (_, i) => ({ id: i + 1 })), total: n, window: { beginDate: 'NOW-30DAYS', endDate: 'NOW' }, truncated: false });
}
function preferences(n = 2): ProbeOutcome<PreferenceSample> {
  return ok({ preferences: Array.from({ length: n }, (_, i) => ({ id: `p${i}` })), total: n });
}

function evidence(webhook: WebhookEvidence, api: Partial<Pick<Evidence, 'payments' | 'preferences'>> = {}): Evidence {
  return blankEvidence({ account: failed('timeout', 'unused'), payments: payments(), preferences: preferences(), webhook, ...api });
}

function delivery(signatureKind: Delivery['signature'], answer: DeliveryAnswer | undefined, more: Partial<Delivery> = {}): ProbeOutcome<Delivery> {
  return ok({ signature: signatureKind, requestId: `req-${signatureKind}`, limitMs: 22_000, limitedBy: 'threshold', latencyMs: 85, ...(answer ? { answer } : {}), ...more });
}

function sent(notification: ProbeOutcome<Delivery>, forged?: ProbeOutcome<Delivery>, target: WebhookTarget = TARGET): Evidence {
  return evidence({ target, subject: SUBJECT, notification, ...(forged ? { forged } : {}) });
}

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

describe('notifications.https', () => {
  it('passes an https URL and fails a plain http one', () => {
    assert.equal(evaluateDeclared(notificationsHttps, sent(delivery('none', { status: 200 })), context(false)).status, 'pass');
    const plain = evaluateDeclared(notificationsHttps, sent(delivery('none', { status: 200 }), undefined, { ...TARGET, url: 'http://shop.example/hook' }), context(false));
    assert.equal(plain.status, 'fail');
    assert.equal(plain.evidence?.['scheme'], 'http');
  });

  it('skips when no URL is known', () => {
    assert.equal(evaluateDeclared(notificationsHttps, evidence({ target: undefined }), context(false)).status, 'skip');
  });
});

describe('notifications.reachable', () => {
  it('passes on 200 or 201 and reports the latency', () => {
    for (const status of [200, 201]) {
      const outcome = evaluateDeclared(reachable, sent(delivery('valid', { status })), context(true));
      assert.equal(outcome.status, 'pass');
      assert.equal(outcome.evidence?.['latencyMs'], 85);
      assert.equal(outcome.evidence?.['status'], status);
    }
  });

  it('fails on other statuses, with the first bytes of the body', () => {
    for (const status of [202, 204, 404, 500]) {
      const outcome = evaluateDeclared(reachable, sent(delivery('none', { status, bodyStart: 'boom' })), context(false));
      assert.equal(outcome.status, 'fail', String(status));
      assert.equal(outcome.evidence?.['bodyStart'], 'boom');
    }
  });

  it('fails a redirect, naming where it leads', () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('none', { status: 301, location: 'https://shop.example/v2' })), context(false));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /redirects \(301 to https:\/\/shop\.example\/v2\)/);
  });

  it('fails when no answer came within Mercado Pago\'s 22 s', () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('none', undefined, { latencyMs: 22_003 })), context(false));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /No answer within 22\.0 s \(Mercado Pago's limit\)/);
  });

  it('is an error when the run\'s own budget cut the wait short', () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('none', undefined, { limitMs: 2_500, limitedBy: 'budget' })), context(false));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.remediation?.en ?? '', /timeout-seconds/);
  });

  it('fails when the connection is refused or the certificate is not accepted', () => {
    for (const kind of ['network', 'tls'] as const) {
      assert.equal(evaluateDeclared(reachable, sent(failed(kind, 'POST https://shop.example/hook: connection refused')), context(false)).status, 'fail');
    }
  });

  it('is an error when an unsigned notification is refused: the endpoint may verify signatures', () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('none', { status: 401 })), context(false));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.remediation?.en ?? '', /webhook-secret/);
  });

  it('fails when a signed notification is refused, pointing at the secret', () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('valid', { status: 401 })), context(true));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.remediation?.en ?? '', /webhook-secret/);
  });

  it('asks a person, without sending, when the URL asks for IPN only', () => {
    const e = evidence({ target: { ...TARGET, url: 'https://shop.example/ipn?source_news=ipn' }, subject: SUBJECT });
    const outcome = evaluateDeclared(reachable, e, context(true));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.remediation?.en ?? '', /source_news=webhooks/);
    assert.equal(evaluateDeclared(signature, e, context(true)).status, 'skip');
  });

  it('says when the notification named a synthetic payment id', () => {
    const e = evidence({ target: TARGET, subject: { ...SUBJECT, dataId: '123456', synthetic: true }, notification: delivery('none', { status: 404 }) });
    assert.match(evaluateDeclared(reachable, e, context(false)).message.en, /synthetic payment id 123456/);
  });
});

describe('notifications.signature', () => {
  it('skips without webhook-secret', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('none', { status: 200 })), context(false)).status, 'skip');
  });

  it('passes when the signed one is accepted and the forged one refused with any 4xx', () => {
    for (const refused of [400, 401, 403]) {
      const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: refused })), context(true));
      assert.equal(outcome.status, 'pass', String(refused));
    }
  });

  it('fails when the forged signature is accepted too', () => {
    const outcome = evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 200 })), context(true));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /forged x-signature/);
  });

  it('fails when the forged signature gets a 5xx instead of a refusal', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', { status: 500 })), context(true)).status, 'fail');
  });

  it('fails when the correctly signed one is refused, showing the manifest that was signed', () => {
    const signed = delivery('valid', { status: 401 }, { manifest: 'id:1319247892;request-id:req-valid;ts:1795860000;' });
    const outcome = evaluateDeclared(signature, sent(signed, delivery('forged', { status: 401 })), context(true));
    assert.equal(outcome.status, 'fail');
    assert.equal((outcome.evidence?.['signed'] as Record<string, unknown>)['signedManifest'], 'id:1319247892;request-id:req-valid;ts:1795860000;');
  });

  it('is an error when the endpoint answers 500 to everything or does not answer', () => {
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 500 }), delivery('forged', { status: 500 })), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', undefined), delivery('forged', undefined)), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(delivery('valid', { status: 200 }), delivery('forged', undefined)), context(true)).status, 'error');
    assert.equal(evaluateDeclared(signature, sent(failed('network', 'connection refused'), failed('network', 'connection refused')), context(true)).status, 'error');
  });
});
