import { evaluateDeclared } from '../../helpers/declared.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed } from '../../../src/probes/outcome.js';
import { reachable } from '../../../src/checks/notifications/reachable.js';
import { signature } from '../../../src/checks/notifications/signature.js';
import { SUBJECT, TARGET, context, delivery, evidence, sent } from './fixtures.js';

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
  it("fails when no answer came within Mercado Pago's 22 s", () => {
    const outcome = evaluateDeclared(reachable, sent(delivery('none', undefined, { latencyMs: 22_003 })), context(false));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /No answer within 22\.0 s \(Mercado Pago's limit\)/);
  });
  it("is an error when the run's own budget cut the wait short", () => {
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

describe('notifications.reachable on the real receivers (reference §11 F2, F8)', () => {
  const synthetic = { dataId: '123456', synthetic: true, liveMode: true, userId: 1160535239, basis: 'synthetic' as const };
  const onSynthetic = (status: number, signatureKind: 'valid' | 'none' = 'valid') =>
    evidence({ target: TARGET, subject: synthetic, notification: delivery(signatureKind, { status, bodyStart: 'payment 123456 is not an order of this shop' }) });

  it('is an error, not a blocker, when a receiver refuses the synthetic id with a 4xx: it may re-read the payment', () => {
    for (const status of [400, 404, 422]) {
      const outcome = evaluateDeclared(reachable, onSynthetic(status), context(true));
      assert.equal(outcome.status, 'error', String(status));
      assert.match(outcome.message.en, new RegExp(`answered ${status} .* synthetic payment id 123456.* says nothing about real notifications`));
      assert.match(outcome.remediation!.en, /Make one real payment that Mercado Pago notifies at this URL/);
      assert.equal(outcome.evidence?.['subjectBasis'], 'synthetic');
    }
  });

  it('still fails a 5xx, a 429, or a signed notification refused 401, on the synthetic id', () => {
    assert.equal(evaluateDeclared(reachable, onSynthetic(500), context(true)).status, 'fail');
    assert.equal(evaluateDeclared(reachable, onSynthetic(401), context(true)).status, 'fail');
    assert.equal(evaluateDeclared(reachable, onSynthetic(429), context(true)).status, 'fail', 'rate limiting is no verdict on the payment');
  });

  it('fails a 422 to a real payment sent to its own notification_url: Mercado Pago would send that one', () => {
    const real = evidence({ target: TARGET, subject: { ...SUBJECT, basis: 'notification_url' }, notification: delivery('valid', { status: 422 }) });
    const outcome = evaluateDeclared(reachable, real, context(true));
    assert.equal(outcome.status, 'fail');
    assert.equal(outcome.evidence?.['subjectBasis'], 'notification_url');
  });

  it("is manual for the Magento plugin's relay endpoint, where no test notification is sent", () => {
    const relay = { ...TARGET, url: 'https://loja.example/mp/notification/checkoutcustom' };
    const outcome = evaluateDeclared(reachable, evidence({ target: relay, subject: SUBJECT }), context(true));
    assert.equal(outcome.status, 'manual');
    assert.match(outcome.message.en, /Magento 2 plugin endpoint/);
    assert.equal(evaluateDeclared(signature, evidence({ target: relay, subject: SUBJECT }), context(true)).status, 'skip');
  });
});
