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
