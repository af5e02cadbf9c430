import assert from 'node:assert/strict';
import * as tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { buildSettings } from '../../../src/config/settings.js';
import { createBudget } from '../../../src/probes/budget.js';
import type { ApiResult, MercadoPagoClient } from '../../../src/probes/mercadopago/client.js';
import { probeOptionsOf } from '../../../src/engine.js';
import { gatherEvidence } from '../../../src/probes/gather.js';
import { createLocalCa } from '../../sandbox/pki.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../sandbox/webhook.js';

const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
const TOKEN = 'APP_USR-4862191752735213-112817-0123456789abcdef0123456789abcdef-1160535239';

let rx: WebhookReceiver;
before(async () => {
  const ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  rx = await startWebhookReceiver(ca, { mode: 'verify', secret: SECRET, path: '/mp/notify?source_news=webhooks&shop=loja%20exemplo' });
});
after(async () => {
  await rx.close();
});

/** An API that answers from fixtures: the payments carry the receiver as notification_url. */
function fakeApi(delays: { payments?: number; preferences?: number } = {}, newest: Array<Record<string, unknown>> = []): MercadoPagoClient {
  const bodies: Record<string, unknown> = {
    '/users/me': { id: 1160535239, site_id: 'MLB', tags: ['normal'] },
    '/v1/payments/search': {
      paging: { total: 2 + newest.length, limit: 300, offset: 0 },
      results: [
        ...newest,
        { id: 1319247892, live_mode: true, status: 'approved', notification_url: rx.url },
        { id: 1319240001, live_mode: true, status: 'approved', notification_url: 'https://old.shop.example/ipn' },
      ],
    },
    '/checkout/preferences/search': { elements: [], total: 0 },
  };
  return {
    requestCount: 0,
    async get<T>(path: string): Promise<ApiResult<T>> {
      const delay = path === '/v1/payments/search' ? delays.payments : path === '/checkout/preferences/search' ? delays.preferences : undefined;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      return { ok: true, status: 200, data: bodies[path] as T };
    },
  };
}

function settings(inputs: Record<string, string>): ReturnType<typeof buildSettings> {
  // The fake API stands on loopback, as the sandbox's does: the notification_url its data names
  // (a loopback receiver) is then in the same private world and may be notified.
  const all: Record<string, string> = { 'site-url': 'http://127.0.0.1:9/checkout', 'access-token': TOKEN, 'api-base-url': 'http://127.0.0.1:9/', ...inputs };
  return buildSettings((name) => all[name] ?? '', { workspace: '/nonexistent', readFile: () => undefined });
}

describe('the webhook probe inside gatherEvidence', () => {
  it("notifies the latest payment's notification_url with its query kept and that payment's id", async () => {
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'webhook-secret': SECRET })), createBudget(10_000), fakeApi());
    assert.equal(evidence.webhook.target?.source, 'payment');
    assert.equal(evidence.webhook.target?.sourceId, '1319247892');
    assert.deepEqual(evidence.webhook.target?.othersSeen, ['https://old.shop.example/ipn']);
    const valid = rx.received.find((n) => n.verdict === 'valid');
    assert.ok(valid, 'the signed notification verified at the receiver');
    assert.equal(valid.url, '/mp/notify?source_news=webhooks&shop=loja%20exemplo&data.id=1319247892&type=payment');
    assert.equal(JSON.parse(valid.body).user_id, 1160535239);
  });

  it("with webhook-url, does not let slow payments eat the webhook's time: it sends with a synthetic id", async () => {
    const before = rx.received.length;
    const started = performance.now();
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'webhook-url': rx.url })), createBudget(2_000), fakeApi({ payments: 5_000 }));
    assert.ok(performance.now() - started < 2_100);
    assert.equal(evidence.webhook.subject?.synthetic, true);
    assert.ok(evidence.webhook.notification?.ok && evidence.webhook.notification.value.answer !== undefined, 'the notification was answered');
    assert.equal(rx.received.length, before + 1);
  });

  it('does not wait for slow preferences once the payments named a URL', async () => {
    const before = rx.received.length;
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({})), createBudget(2_000), fakeApi({ preferences: 5_000 }));
    assert.equal(evidence.webhook.target?.source, 'payment');
    const sent = evidence.webhook.notification;
    assert.ok(sent?.ok && sent.value.answer?.status === 401, 'the unsigned notification was answered (and refused by the verifying receiver)');
    assert.equal(rx.received.length, before + 1);
  });

  it('names the payment whose notification_url it tests, not a newer in-person sale or payment link (reference §11 F2)', async () => {
    const before = rx.received.length;
    const newest = [
      { id: 1319900001, live_mode: true, status: 'approved', operation_type: 'regular_payment', point_of_interaction: { type: 'POINT' }, notification_url: null },
      { id: 1319900004, live_mode: true, status: 'approved', notification_url: null, external_reference: null },
    ];
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({})), createBudget(5_000), fakeApi({}, newest));
    assert.equal(evidence.webhook.subject?.dataId, '1319247892');
    assert.equal(evidence.webhook.subject?.basis, 'notification_url');
    const sent = rx.received.slice(before);
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.url, /data\.id=1319247892&type=payment$/);
    assert.equal(JSON.parse(sent[0]!.body).data.id, '1319247892');
  });

  it("speaks Mercado Pago's user agent, with our name in a comment (reference §11 F9)", async () => {
    const before = rx.received.length;
    await gatherEvidence(probeOptionsOf(settings({ 'webhook-url': rx.url })), createBudget(5_000), fakeApi());
    assert.equal(rx.received[before]?.headers['user-agent'], 'MercadoPago WebHook v1.0 payment (mercadopago-readiness test notification)');
  });

  it('with webhook-url, connects to it while the API is still answering', async () => {
    const from = rx.connectedAt.length;
    const started = performance.now();
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'webhook-url': rx.url })), createBudget(10_000), fakeApi({ payments: 600 }));
    assert.ok(evidence.webhook.notification?.ok);
    const first = rx.connectedAt[from];
    assert.ok(first !== undefined && first - started < 500, `connected ${first === undefined ? 'never' : Math.round(first - started)} ms in, before the payments answered at 600 ms`);
    assert.equal(rx.connectedAt.length - from, 1, 'the send used that connection');
  });

  it("sends nothing to the Magento plugin's relay endpoint, whose body is not the Webhooks one (reference §11 F8)", async () => {
    const relay = 'https://127.0.0.2:9/mp/notification/checkoutcustom';
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'webhook-url': relay })), createBudget(2_000), fakeApi());
    assert.equal(evidence.webhook.target?.url, relay);
    assert.equal(evidence.webhook.notification, undefined);
  });

  it('sends nothing to a notification URL on the Mercado Pago API host', async () => {
    const api = 'https://127.0.0.9:1/';
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'webhook-url': `${api}v1/payments`, 'api-base-url': api })), createBudget(2_000), fakeApi());
    const sent = evidence.webhook.notification;
    assert.ok(sent && !sent.ok);
    assert.match(sent.error.message, /Mercado Pago's own: the action never writes there/);
  });
  it("never notifies a loopback notification_url found in a public API's data", async () => {
    const before = rx.received.length;
    const { evidence } = await gatherEvidence(probeOptionsOf(settings({ 'api-base-url': 'https://api.mercadopago.com' })), createBudget(2_000), fakeApi());
    const sent = evidence.webhook.notification;
    assert.equal(evidence.webhook.target?.source, 'payment');
    assert.ok(sent && !sent.ok, 'the notification is an error, never a pass');
    assert.match(sent.error.message, /refused to connect to .*loopback address inside the runner's network/);
    assert.equal(rx.received.length, before, 'the receiver got nothing');
  });
});
