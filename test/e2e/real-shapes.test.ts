import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { startMercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { startWebhookReceiver, type WebhookReceiver } from '../sandbox/webhook.js';

/**
 * dist/index.js against the stand-in serving the real API's shapes (reference §11): each F-item's
 * verdict, end to end. The healthy account holds what real accounts hold: in-person sales and a
 * transfer newer than its checkout payments, plugin discount and shipping lines, buyer data
 * withheld on rejected and pending payments, empty address objects.
 */
let sandbox: Sandbox;
const receivers: WebhookReceiver[] = [];
const closers: Array<() => Promise<void>> = [];
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await Promise.all([...receivers.map((r) => r.close()), ...closers.map((c) => c())]);
  assert.deepEqual(
    sandbox.api.requests.filter((r) => r.method !== 'GET'),
    [],
    'nothing but GET reached the API',
  );
  await sandbox.stop();
});

function run(token: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    caFile: sandbox.caFile,
    inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': token, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', language: 'en', ...extra },
  });
}

const check = (r: ActionRun, id: string): any => r.report.checks.find((c: { id: string }) => c.id === id);
const status = (r: ActionRun, id: string): string => `${check(r, id)?.status}: ${check(r, id)?.message}`;

describe("verdicts on the real API's shapes, end to end", () => {
  let healthy: ActionRun;
  before(async () => {
    healthy = await run(sandbox.tokens.productionMlb, { 'webhook-secret': sandbox.webhookSecret });
  });

  it('passes the healthy shop whole: its real-shaped data is no blocker and no warning', () => {
    assert.equal(healthy.outputs['result'], 'pass', healthy.stdout);
    assert.equal(healthy.code, 0);
  });

  it('F7: audits the newest approved checkout payment, not the newer Point, QR or transfer payments', () => {
    assert.match(status(healthy, 'quality.payment-fields'), /^pass/);
    assert.equal(check(healthy, 'quality.payment-fields').evidence.payment.id, 1319000100);
    assert.equal(check(healthy, 'quality.live-payment').evidence.latestLive.id, 1319000100);
    assert.equal(check(healthy, 'quality.measurement').evidence.paymentId, 1319000100);
    // The approval samples leave the in-person sales and the transfer out.
    assert.equal(check(healthy, 'approval.item-data').evidence.livePayments, 41);
  });

  it('F1: judges buyer e-mail and identification only where the API returns them', () => {
    assert.match(status(healthy, 'approval.payer-data'), /^pass/);
  });

  it('F6: plugin discount and shipping lines do not sink item coverage', () => {
    assert.match(status(healthy, 'approval.item-data'), /^pass/);
  });

  it('F2: the test notification names the payment whose notification_url it went to, and the re-reading receiver accepts it', () => {
    assert.match(status(healthy, 'notifications.reachable'), /^pass/);
    const evidence = check(healthy, 'notifications.reachable').evidence;
    assert.equal(evidence.dataId, String(check(healthy, 'notifications.configured').evidence.sourceId));
    assert.match(status(healthy, 'notifications.signature'), /^pass/);
  });

  it("F9: the receiver saw Mercado Pago's user agent with our name in a comment", () => {
    const requestId = check(healthy, 'notifications.reachable').evidence.requestId;
    const seen = sandbox.webhook.received.find((n) => n.headers['x-request-id'] === requestId);
    assert.equal(seen?.headers['user-agent'], 'MercadoPago WebHook v1.0 payment (mercadopago-readiness test notification)');
  });

  it('F17: pix.key weighs Pix in the payment methods and the approved Pix payments, labelled as an inference', () => {
    const key = check(healthy, 'pix.key');
    assert.equal(key.status, 'pass');
    assert.match(key.message, /^Inferred, not read/);
    assert.equal(key.evidence.pixListed, true);
    assert.equal(key.evidence.inferred, true);
  });

  it('F4, F12, F13: URLs come from payments (the preference search lists none), string amounts are read, empty address objects count as missing', () => {
    assert.equal(check(healthy, 'notifications.configured').evidence.source, 'payment.notification_url');
    assert.deepEqual(check(healthy, 'notifications.configured').evidence.othersSeen, []);
    assert.equal(check(healthy, 'approval.item-data').evidence.perField['items.unit_price'], 1);
    const shipping = check(healthy, 'approval.shipping-data').evidence;
    assert.ok(shipping.coverage < 1 && shipping.missingExamples.includes(1319000106), 'the digital order with receiver_address {} lacks an address');
  });

  it("F16: the gateway's text/plain 429 without Retry-After is retried after our own backoff, and the checks pass", async () => {
    const r = await run(sandbox.tokens.fault429);
    for (const id of ['quality.payment-fields', 'approval.item-data', 'approval.payer-data', 'reports.release', 'pix.enabled']) assert.match(status(r, id), /^pass/, id);
    const limited = sandbox.api.requests.filter((q) => q.path === '/v1/payment_methods');
    assert.ok(limited.length >= 2, 'asked again after the 429');
  });

  it('F18: asks limit=300 first and pages by the 100 the API grants', async () => {
    const from = sandbox.api.requests.length;
    const r = await run(sandbox.tokens.busyMlb);
    const searches = sandbox.api.requests
      .slice(from)
      .filter((q) => q.path === '/v1/payments/search')
      .map((q) => new URLSearchParams(q.search).get('limit'));
    assert.deepEqual(searches, ['300', '100', '100']);
    assert.equal(check(r, 'approval.rejection-rate').evidence.sampleTruncated, true);
  });

  it('F3: a report that is only pending is not a generated one', async () => {
    const r = await run(sandbox.tokens.testUser);
    assert.match(status(r, 'reports.release'), /^fail/);
    assert.match(check(r, 'reports.release').message, /pending/);
    assert.equal(check(r, 'reports.release').evidence.list.unfinished, 1);
  });

  it('F14: an untagged test user (2023 and later) is still a test user', async () => {
    const r = await run(sandbox.tokens.testUserUntagged);
    assert.match(status(r, 'credentials.production'), /^fail/);
    assert.equal(r.report.account.testUser, true);
  });

  it("F15: PolicyAgent's 403 on payments and reports says the endpoint is blocked, with the token accepted", async () => {
    const r = await run(sandbox.tokens.policyBlocked);
    assert.match(status(r, 'credentials.token-valid'), /^pass/);
    for (const id of ['quality.payment-fields', 'approval.item-data', 'approval.payer-data', 'reports.release', 'reports.settlement']) {
      assert.equal(check(r, id).status, 'error', id);
      assert.match(check(r, id).message, /PolicyAgent/, id);
      assert.doesNotMatch(check(r, id).message, /token was refused/, id);
    }
  });

  it('F10 and F11: Mercado Pago\'s own statement_descriptor is no proof, and the real "no config" 404 is "not configured"', async () => {
    const r = await run(sandbox.tokens.productionMla);
    assert.match(status(r, 'quality.payment-fields'), /^manual/);
    assert.match(check(r, 'quality.payment-fields').message, /MERPAGO\*/);
    assert.match(status(r, 'reports.settlement'), /^fail/);
    assert.equal(check(r, 'reports.settlement').evidence.config.httpStatus, 404);
  });

  it('F2: with webhook-url and no payment to name, a 4xx to the synthetic id is not read as a blocker', async () => {
    const r = await run(sandbox.tokens.quietMlb, { 'webhook-url': sandbox.webhook.url, 'webhook-secret': sandbox.webhookSecret });
    const reach = check(r, 'notifications.reachable');
    assert.equal(reach.evidence.syntheticDataId, true);
    assert.equal(reach.evidence.status, 422);
    assert.equal(reach.status, 'error', reach.message);
    assert.match(reach.message, /synthetic/);
  });

  it("F8: the Magento plugin's relay endpoint gets no Webhooks-format test, and the check says what to confirm", async () => {
    const relay = await startWebhookReceiver(sandbox.ca, { mode: 'accept-any', path: '/mp/notification/checkoutcustom' });
    receivers.push(relay);
    const r = await run(sandbox.tokens.productionMlb, { 'webhook-url': relay.url, 'webhook-secret': sandbox.webhookSecret });
    assert.equal(relay.received.length, 0, 'nothing was sent there');
    assert.match(status(r, 'notifications.reachable'), /^manual/);
    assert.match(status(r, 'notifications.signature'), /^skip/);
  });

  it("F5: the WooCommerce plugin's endpoint accepting a forged signature is for a person to weigh, not a failure", async () => {
    const woo = await startWebhookReceiver(sandbox.ca, { mode: 'accept-any', path: '/?wc-api=WC_WooMercadoPago_Custom_Gateway&source_news=webhooks' });
    receivers.push(woo);
    // The shop's payments carry the plugin's URL as their notification_url, as the plugin sets it.
    const api = await startMercadoPagoStandIn(sandbox.ca, { notificationUrl: woo.url });
    closers.push(() => api.close());
    const r = await run(sandbox.tokens.productionMlb, { 'api-base-url': api.baseUrl, 'webhook-secret': sandbox.webhookSecret });
    assert.equal(check(r, 'notifications.configured').evidence.url, woo.url);
    assert.match(status(r, 'notifications.reachable'), /^pass/);
    assert.match(status(r, 'notifications.signature'), /^manual/);
    assert.match(check(r, 'notifications.signature').message, /re-reads the payment/);
  });
});
