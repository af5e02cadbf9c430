import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runAction, statusOf, type ActionRun } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { startWebhookReceiver, type ReceiverOptions, type WebhookReceiver } from '../sandbox/webhook.js';

let sandbox: Sandbox;
const receivers: WebhookReceiver[] = [];
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await sandbox.stop();
});

async function receiver(options: ReceiverOptions): Promise<WebhookReceiver> {
  const r = await startWebhookReceiver(sandbox.ca, options);
  receivers.push(r);
  return r;
}

function run(webhookUrl: string | undefined, extra: Record<string, string> = {}, files: Record<string, string> = {}, token = sandbox.tokens.productionMlb): Promise<ActionRun> {
  return runAction({
    caFile: sandbox.caFile,
    inputs: {
      'site-url': sandbox.healthy.url('/checkout'),
      'access-token': token,
      'api-base-url': sandbox.api.baseUrl,
      'timeout-seconds': '20',
      language: 'en',
      ...(webhookUrl ? { 'webhook-url': webhookUrl } : {}),
      ...extra,
    },
    files,
  });
}

const check = (r: ActionRun, id: string): any => r.report.checks.find((c: { id: string }) => c.id === id);

describe('notifications, end to end through dist/index.js', () => {
  it('passes every notification check against a receiver that verifies signatures', async () => {
    const r = await run(sandbox.webhook.url, { 'webhook-secret': sandbox.webhookSecret });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['result'], 'pass');
    for (const id of ['notifications.configured', 'notifications.https', 'notifications.reachable', 'notifications.signature']) {
      assert.equal(statusOf(r.report, id), 'pass', `${id}: ${check(r, id)?.message}`);
    }
    const reach = check(r, 'notifications.reachable').evidence;
    assert.equal(reach.status, 200);
    assert.equal(typeof reach.latencyMs, 'number');
    const seen = sandbox.webhook.received.filter((n) => n.headers['x-request-id'] === reach.requestId);
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.verdict, 'valid');
    assert.match(seen[0]!.url, /\?source_news=webhooks&data\.id=\d+&type=payment$/);
    assert.deepEqual(
      sandbox.api.requests.filter((q) => q.method !== 'GET'),
      [],
      'nothing but GET reached the Mercado Pago API',
    );
  });

  it('fails the signature check when the receiver accepts anything', async () => {
    const rx = await receiver({ mode: 'accept-any' });
    const r = await run(rx.url, { 'webhook-secret': sandbox.webhookSecret });
    assert.equal(statusOf(r.report, 'notifications.reachable'), 'pass');
    assert.equal(statusOf(r.report, 'notifications.signature'), 'fail');
    assert.equal(check(r, 'notifications.signature').evidence.forged.status, 200);
    assert.equal(r.outputs['result'], 'warn');
    assert.equal(r.code, 0, 'a warning does not fail the step with fail-on: blocker');
  });

  it("fails reachability when the receiver answers 500, showing the body's first bytes", async () => {
    const rx = await receiver({ mode: 'error' });
    const r = await run(rx.url);
    assert.equal(r.code, 1);
    assert.equal(statusOf(r.report, 'notifications.reachable'), 'fail');
    const facts = check(r, 'notifications.reachable').evidence;
    assert.equal(facts.status, 500);
    assert.match(facts.bodyStart, /^Internal Server Error/);
    assert.equal(statusOf(r.report, 'notifications.signature'), 'skip');
  });

  it('fails reachability when the answer comes after the configured threshold', async () => {
    const rx = await receiver({ mode: 'slow', secret: sandbox.webhookSecret, delayMs: 3000 });
    const r = await run(rx.url, { 'webhook-secret': sandbox.webhookSecret }, { '.github/mercadopago-readiness.yml': 'thresholds:\n  webhook-timeout-ms: 600\n' });
    assert.equal(statusOf(r.report, 'notifications.reachable'), 'fail');
    const facts = check(r, 'notifications.reachable').evidence;
    assert.equal(facts.limitedBy, 'threshold');
    assert.equal(facts.limitMs, 600);
    assert.ok(r.report.durationMs < 3000, `run took ${r.report.durationMs} ms`);
  });

  it('ends on time against an endpoint that hangs, with reachable failed or errored', async () => {
    const rx = await receiver({ mode: 'hang' });
    const r = await runAction({
      caFile: sandbox.caFile,
      killAfterMs: 15_000,
      inputs: {
        'site-url': sandbox.healthy.url('/checkout'),
        'access-token': sandbox.tokens.productionMlb,
        'api-base-url': sandbox.api.baseUrl,
        'timeout-seconds': '3',
        'webhook-url': rx.url,
        'webhook-secret': sandbox.webhookSecret,
      },
    });
    assert.ok(r.report, r.stdout + r.stderr);
    assert.ok(r.report.durationMs <= 3000, `report says ${r.report.durationMs} ms`);
    assert.ok(r.wallMs < 5000, `process ran ${Math.round(r.wallMs)} ms`);
    assert.ok(['fail', 'error'].includes(statusOf(r.report, 'notifications.reachable')!));
    assert.equal(r.outputs['result'], 'fail');
    assert.ok(rx.received.length >= 1, 'the notification did reach the endpoint');
  });

  it('fails notifications.https for a plain http:// endpoint that otherwise works', async () => {
    const rx = await receiver({ mode: 'verify', secret: sandbox.webhookSecret, plainHttp: true });
    const r = await run(rx.url, { 'webhook-secret': sandbox.webhookSecret });
    assert.equal(statusOf(r.report, 'notifications.https'), 'fail');
    assert.equal(statusOf(r.report, 'notifications.reachable'), 'pass');
    assert.equal(statusOf(r.report, 'notifications.signature'), 'pass');
    assert.equal(r.outputs['result'], 'fail');
  });

  it('reports a redirect instead of following it', async () => {
    const rx = await receiver({ mode: 'redirect' });
    const r = await run(rx.url);
    assert.equal(statusOf(r.report, 'notifications.reachable'), 'fail');
    assert.equal(check(r, 'notifications.reachable').evidence.location, '/webhooks/v2');
    assert.equal(rx.received.length, 1);
  });

  it('asks for a manual check when no notification URL is known', async () => {
    const r = await run(undefined, {}, {}, sandbox.tokens.noWebhookMlb);
    assert.equal(statusOf(r.report, 'notifications.configured'), 'manual');
    assert.match(check(r, 'notifications.configured').message, /cannot be read by API/);
    for (const id of ['notifications.https', 'notifications.reachable', 'notifications.signature']) assert.equal(statusOf(r.report, id), 'skip', id);
  });
});
