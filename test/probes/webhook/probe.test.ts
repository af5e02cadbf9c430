import assert from 'node:assert/strict';
import * as https from 'node:https';
import * as tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { createBudget } from '../../../src/probes/budget.js';
import type { ProbeOutcome } from '../../../src/probes/outcome.js';
import type { Delivery } from '../../../src/probes/webhook/deliver.js';
import { probeWebhook, type WebhookEvidence } from '../../../src/probes/webhook/probe.js';
import { close, listenOnLoopback, randomLoopback } from '../../sandbox/net.js';
import { createLocalCa, issue, type LocalCa } from '../../sandbox/pki.js';
import { startWebhookReceiver, type ReceiverOptions, type WebhookReceiver } from '../../sandbox/webhook.js';

const SECRET = '6c3e2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29181716151413121110';
const SUBJECT = { dataId: '1319247892', synthetic: false, liveMode: true, userId: 1160535239 };

let ca: LocalCa;
const receivers: WebhookReceiver[] = [];
before(() => {
  ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
});
after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(options: ReceiverOptions): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver(ca, options);
  receivers.push(r);
  return r;
}

function probe(url: string, secret: string | undefined, thresholdMs = 22_000, budgetMs = 10_000): Promise<WebhookEvidence> {
  return probeWebhook({
    target: { url, source: 'input', othersSeen: [] },
    subject: SUBJECT,
    budget: createBudget(budgetMs),
    thresholdMs,
    ...(secret ? { secret } : {}),
  });
}

function delivered(outcome: ProbeOutcome<Delivery> | undefined): Delivery {
  assert.ok(outcome?.ok, `expected a delivery, got ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe('the webhook probe against real endpoints', () => {
  it('gets 200 for the signed notification and 401 for the forged one from a verifying receiver', async () => {
    const r = await receiver({ mode: 'verify', secret: SECRET });
    const evidence = await probe(r.url, SECRET);
    assert.equal(delivered(evidence.notification).answer?.status, 200);
    assert.equal(delivered(evidence.forged).answer?.status, 401);
    assert.deepEqual(r.received.map((n) => n.verdict).sort(), ['mismatch', 'valid']);
    const sent = r.received.find((n) => n.verdict === 'valid')!;
    assert.equal(sent.method, 'POST');
    assert.equal(sent.url, '/webhooks/mercadopago?source_news=webhooks&data.id=1319247892&type=payment');
    assert.equal(JSON.parse(sent.body).action, 'payment.updated');
    assert.equal(sent.headers['x-request-id'], delivered(evidence.notification).requestId);
  });

  it('sends one unsigned notification when no secret is given', async () => {
    const r = await receiver({ mode: 'accept-any' });
    const evidence = await probe(r.url, undefined);
    assert.equal(delivered(evidence.notification).signature, 'none');
    assert.equal(evidence.forged, undefined);
    assert.equal(r.received.length, 1);
    assert.equal(r.received[0]!.headers['x-signature'], undefined);
  });

  it('records status and the first bytes of the body when the endpoint answers 500', async () => {
    const r = await receiver({ mode: 'error' });
    const answer = delivered((await probe(r.url, undefined)).notification).answer;
    assert.equal(answer?.status, 500);
    assert.match(answer?.bodyStart ?? '', /^Internal Server Error at handleWebhook/);
  });

  it('reports a redirect without following it', async () => {
    const r = await receiver({ mode: 'redirect' });
    const answer = delivered((await probe(r.url, undefined)).notification).answer;
    assert.equal(answer?.status, 301);
    assert.equal(answer?.location, '/webhooks/v2');
    assert.equal(r.received.length, 1, 'the redirect target was not requested');
  });

  it('stops waiting at the threshold and says so', async () => {
    const r = await receiver({ mode: 'slow', secret: SECRET, delayMs: 1500 });
    const started = performance.now();
    const d = delivered((await probe(r.url, SECRET, 300)).notification);
    assert.ok(performance.now() - started < 1200);
    assert.equal(d.answer, undefined);
    assert.equal(d.limitedBy, 'threshold');
    assert.equal(d.limitMs, 300);
  });

  it('measures the latency of a slow answer within the threshold', async () => {
    const r = await receiver({ mode: 'slow', secret: SECRET, delayMs: 300 });
    const d = delivered((await probe(r.url, SECRET, 5000)).notification);
    assert.equal(d.answer?.status, 200);
    assert.ok(d.latencyMs >= 290 && d.latencyMs < 2000, String(d.latencyMs));
  });

  it('ends a hanging request when the run budget ends first, naming the budget', async () => {
    const r = await receiver({ mode: 'hang' });
    const started = performance.now();
    const evidence = await probe(r.url, SECRET, 22_000, 800);
    assert.ok(performance.now() - started < 1000, 'within the budget');
    for (const d of [delivered(evidence.notification), delivered(evidence.forged)]) {
      assert.equal(d.answer, undefined);
      assert.equal(d.limitedBy, 'budget');
    }
  });

  it('reaches a plain http:// endpoint', async () => {
    const r = await receiver({ mode: 'verify', secret: SECRET, plainHttp: true });
    assert.match(r.url, /^http:\/\//);
    assert.equal(delivered((await probe(r.url, SECRET)).notification).answer?.status, 200);
  });

  it('calls a refused connection a network failure', async () => {
    const evidence = await probe(`https://${randomLoopback()}/hook`, undefined);
    assert.equal(evidence.notification?.ok, false);
    assert.deepEqual(!evidence.notification?.ok && evidence.notification?.error.kind, 'network');
  });

  it('calls a self-signed certificate a TLS failure', async () => {
    const host = randomLoopback();
    const self = issue({ commonName: host, hosts: [host] });
    const server = https.createServer({ cert: self.certPem, key: self.keyPem }, (_req, res) => res.end('ok'));
    await listenOnLoopback(server, 443, host);
    try {
      const outcome = (await probe(`https://${host}/hook`, undefined)).notification;
      assert.ok(outcome && !outcome.ok);
      assert.equal(outcome.error.kind, 'tls');
      assert.match(outcome.error.message, /DEPTH_ZERO_SELF_SIGNED_CERT/);
    } finally {
      await close(server);
    }
  });

  it('reads a large error body only up to the cap and scrubs the secret if the endpoint echoes it', async () => {
    const host = randomLoopback();
    const issued = ca.server({ commonName: host, hosts: [host] });
    let sentBytes = 0;
    const server = https.createServer({ cert: issued.chain, key: issued.key }, (_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.write(`bad secret ${SECRET}\n`);
      const chunk = 'x'.repeat(64 * 1024);
      const pump = (): void => {
        while (sentBytes < 50 * 1024 * 1024) {
          sentBytes += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    await listenOnLoopback(server, 443, host);
    try {
      const evidence = await probe(`https://${host}/hook`, SECRET);
      const answer = delivered(evidence.notification).answer;
      assert.equal(answer?.status, 400);
      assert.match(answer?.bodyStart ?? '', /^bad secret \*\*\* x+$/);
      assert.ok((answer?.bodyStart ?? '').length <= 200);
      assert.ok(!JSON.stringify(evidence).includes(SECRET), 'no secret in the evidence');
      assert.ok(sentBytes < 50 * 1024 * 1024, 'stopped reading long before the end of the body');
    } finally {
      await close(server);
    }
  });

  it('sends nothing to a URL that asks for IPN only', async () => {
    const r = await receiver({ mode: 'accept-any', path: '/ipn?source_news=ipn' });
    const evidence = await probe(r.url, SECRET);
    assert.equal(evidence.notification, undefined);
    assert.equal(r.received.length, 0);
  });

  it('sends nothing when no notification URL is known', async () => {
    const evidence = await probeWebhook({ target: undefined, subject: SUBJECT, budget: createBudget(1000), thresholdMs: 22_000, secret: SECRET });
    assert.deepEqual(evidence, { target: undefined });
  });
});
