import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runAction, statusOf } from '../helpers/run-action.js';
import { ACCOUNT_DATA_CHECKS, checkIds } from '../helpers/invariants.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  assert.deepEqual(
    sandbox.api.requests.filter((r) => r.method !== 'GET'),
    [],
    'the action never sends anything but GET',
  );
  await sandbox.stop();
});

const API_CHECKS = [...ACCOUNT_DATA_CHECKS, ...checkIds('pix.key')];

async function runFor(token: string, extra: Record<string, string> = {}) {
  const run = await runAction({
    caFile: sandbox.caFile,
    inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': token, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', 'webhook-secret': sandbox.webhookSecret, ...extra },
  });
  const statuses = Object.fromEntries(run.report.checks.map((c: { id: string; status: string }) => [c.id, c.status]));
  // The log line is in the report's language (auto: the MLB account's pt-BR).
  const requests = /(\d+) (?:API requests|solicitudes a la API|requisições à API)/.exec(run.stdout)?.[1];
  return { run, statuses, requests: Number(requests) };
}

describe('Mercado Pago account checks through dist/index.js', () => {
  it('passes every account check of the healthy production MLB account, in six API requests', async () => {
    const { run, statuses, requests } = await runFor(sandbox.tokens.productionMlb);
    assert.equal(run.code, 0, run.stdout);
    for (const id of [...checkIds('credentials.token-valid', 'credentials.production'), ...ACCOUNT_DATA_CHECKS]) {
      assert.equal(statuses[id], 'pass', id);
    }
    assert.equal(statuses['quality.measurement'], 'manual');
    // Pix active and Pix payments approved: an inference, labelled so (reference §11 F17).
    assert.equal(statuses['pix.key'], 'pass');
    const measurement = run.report.checks.find((c: { id: string }) => c.id === 'quality.measurement');
    assert.equal(measurement.evidence.paymentId, 1319000100);
    assert.equal(measurement.evidence.qualityToolUrl, 'https://www.mercadopago.com.br/developers/panel/app');
    assert.equal(requests, 6);
  });

  it('audits the payment named by payment-id', async () => {
    const { run, statuses } = await runFor(sandbox.tokens.productionMlb, { 'payment-id': '1319000110' });
    assert.equal(statuses['quality.payment-fields'], 'pass');
    const fields = run.report.checks.find((c: { id: string }) => c.id === 'quality.payment-fields');
    assert.deepEqual([fields.evidence.payment.id, fields.evidence.payment.source], [1319000110, 'payment-id']);
  });

  it('reports an MLA account in Spanish: Pix skipped, poor buyer data, high rejections, settlement report missing', async () => {
    const { run, statuses } = await runFor(sandbox.tokens.productionMla);
    assert.equal(run.report.language, 'es');
    assert.deepEqual(run.report.account, { userId: 1187654321, siteId: 'MLA', testUser: false });
    assert.equal(run.outputs['result'], 'warn');
    assert.deepEqual([statuses['pix.enabled'], statuses['pix.key']], ['skip', 'skip']);
    assert.equal(statuses['approval.payer-data'], 'fail');
    assert.equal(statuses['approval.rejection-rate'], 'fail');
    assert.equal(statuses['reports.release'], 'pass');
    assert.equal(statuses['reports.settlement'], 'fail');
    const rejection = run.report.checks.find((c: { id: string }) => c.id === 'approval.rejection-rate');
    assert.equal(rejection.evidence.topStatusDetails[0].statusDetail, 'cc_rejected_bad_filled_security_code');
    assert.match(rejection.remediation, /formulario de pago/);
    assert.match(rejection.docsUrl, /^https:\/\/www\.mercadopago\.com\.ar\/developers\/es\//);
    assert.match(run.summary, /Reportes/);
  });

  it('fails a test user: no live payment, Pix deactivated, reports missing', async () => {
    const { run, statuses } = await runFor(sandbox.tokens.testUser, { language: 'en' });
    assert.equal(run.code, 1);
    assert.equal(run.report.account.testUser, true);
    assert.equal(statuses['credentials.production'], 'fail');
    assert.equal(statuses['quality.live-payment'], 'fail');
    assert.equal(statuses['quality.payment-fields'], 'skip');
    assert.equal(statuses['pix.enabled'], 'fail');
    assert.deepEqual([statuses['reports.release'], statuses['reports.settlement']], ['fail', 'fail']);
    assert.equal(statuses['approval.rejection-rate'], 'skip');
  });

  it('skips every account check when the token is refused, with account null and one request', async () => {
    const before = sandbox.api.requests.length;
    const { run, statuses, requests } = await runFor(sandbox.tokens.refused);
    assert.equal(run.report.account, null);
    assert.equal(statusOf(run.report, 'credentials.token-valid'), 'fail');
    assert.equal(statuses['credentials.production'], 'skip');
    for (const id of API_CHECKS) assert.equal(statuses[id], 'skip', id);
    for (const id of API_CHECKS) assert.match(run.report.checks.find((c: { id: string }) => c.id === id).message, /token was refused/);
    assert.equal(requests, 1);
    assert.deepEqual(
      sandbox.api.requests.slice(before).map((r) => r.path),
      ['/users/me'],
    );
    assert.ok(!run.reportText.includes(sandbox.tokens.refused));
  });
});
