import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { request } from 'undici';
import { createBudget } from '../../src/probes/budget.js';
import { probeOptionsOf } from '../../src/engine.js';
import { gatherEvidence } from '../../src/probes/gather.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import type { MercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { clientFor, settingsFor, startTrustedStandIn } from './mp-api-harness.js';

let api: MercadoPagoStandIn;
before(async () => {
  api = await startTrustedStandIn();
});
after(async () => {
  await api.close();
});

/** Gathers against the stand-in; returns the evidence and the paths this run asked. */
async function gather(token: string, extra: Record<string, string> = {}, budgetMs = 10_000) {
  const from = api.requests.length;
  // Short backoff so the 5xx retries do not slow the suite; everything else as in a real run.
  const { client, budget } = clientFor(api, token, { budget: createBudget(budgetMs) });
  const result = await gatherEvidence(probeOptionsOf(settingsFor(api, token, extra)), budget, client);
  const asked = api.requests.slice(from);
  assert.deepEqual(
    asked.filter((r) => r.method !== 'GET'),
    [],
    'only GET requests',
  );
  return { ...result, paths: asked.map((r) => r.path) };
}

describe('Mercado Pago evidence gathered from the stand-in', () => {
  it('reads a healthy MLB account in six requests: no list when the report config is scheduled', async () => {
    const { evidence, apiRequests, paths } = await gather(TOKENS.productionMlb);
    assert.equal(apiRequests, 6);
    assert.deepEqual([...paths].sort(), [
      '/checkout/preferences/search',
      '/users/me',
      '/v1/account/release_report/config',
      '/v1/account/settlement_report/config',
      '/v1/payment_methods',
      '/v1/payments/search',
    ]);
    assert.equal(paths[0], '/users/me', 'the account is read first');
    assert.ok(evidence.payments.ok);
    assert.equal(evidence.payments.value.payments.length, 44, '40 checkout payments and 4 of other channels; the two older payments are outside the 30-day window');
    assert.match(api.requests.find((r) => r.path === '/v1/payments/search')!.search ?? '', /limit=300&offset=0/, 'the whole sample asked for at once');
    assert.equal(evidence.liveHistory, undefined, 'no history search when the sample has an approved live payment');
    assert.ok(evidence.paymentMethods?.ok);
    assert.equal(evidence.paymentMethods.value.find((m) => m.id === 'pix')?.status, 'active');
    assert.ok(evidence.reports?.ok);
    assert.deepEqual(evidence.reports.value.release, { config: { state: 'found', scheduled: true, frequency: 'daily' } });
  });

  it('does not ask for payment methods outside Brazil, and reads the list when a report has no config', async () => {
    const { evidence, paths } = await gather(TOKENS.productionMla);
    assert.ok(!paths.includes('/v1/payment_methods'));
    assert.equal(evidence.paymentMethods, undefined);
    assert.ok(evidence.reports?.ok);
    assert.deepEqual(evidence.reports.value.settlement, { config: { state: 'not-found', httpStatus: 404 }, list: { state: 'listed', count: 0, unfinished: 0, latest: null } });
  });

  it("sends the fan-out over connections opened while /users/me was answered, the payments search on /users/me's own", async () => {
    const from = api.requests.length;
    const opened = api.connections;
    // No client given: the engine's own, with its warm agent, as in a real run.
    const { evidence } = await gatherEvidence(probeOptionsOf(settingsFor(api, TOKENS.productionMlb)), createBudget(10_000));
    assert.ok(evidence.payments.ok);
    const asked = api.requests.slice(from);
    assert.equal(asked.length, 6);
    const me = asked.find((r) => r.path === '/users/me')!;
    const search = asked.find((r) => r.path === '/v1/payments/search')!;
    assert.equal(search.connection, me.connection, 'the payments search reused the first connection');
    assert.equal(new Set(asked.map((r) => r.connection)).size, 5, 'one connection per concurrent request of the fan-out');
    assert.equal(api.connections - opened, 5, 'no connection beyond the first and the four warmed ones');
  });

  it('opens the warm connections for a refused token too, but sends them nothing', async () => {
    const from = api.requests.length;
    const { evidence } = await gatherEvidence(probeOptionsOf(settingsFor(api, TOKENS.refused)), createBudget(10_000));
    assert.ok(!evidence.account.ok);
    assert.deepEqual(
      api.requests.slice(from).map((r) => r.path),
      ['/users/me'],
    );
  });

  it('asks again with limit=100 when the API refuses limit=300 (error 1000), and pages by that', async () => {
    const from = api.requests.length;
    const { evidence } = await gather(TOKENS.productionMla);
    const searches = api.requests
      .slice(from)
      .filter((r) => r.path === '/v1/payments/search')
      .map((r) => new URLSearchParams(r.search).get('limit'));
    assert.deepEqual(searches, ['300', '100']);
    assert.ok(evidence.payments.ok);
    assert.equal(evidence.payments.value.payments.length, 30);
  });

  it('counts a pending report with an empty file name as unfinished, never as generated (reference §11 F3)', async () => {
    const { evidence } = await gather(TOKENS.testUser);
    assert.ok(evidence.reports?.ok);
    assert.deepEqual(evidence.reports.value.release.list, { state: 'listed', count: 0, unfinished: 1, latest: null });
  });

  it("keeps PolicyAgent's 403 an endpoint error, the account read (reference §11 F15)", async () => {
    const { evidence } = await gather(TOKENS.policyBlocked);
    assert.ok(evidence.account.ok);
    assert.ok(!evidence.payments.ok);
    assert.equal(evidence.payments.error.kind, 'http', "not the token's refusal: /users/me decides that");
    assert.match(evidence.payments.error.message, /PolicyAgent blocked this call/);
    assert.ok(evidence.reports?.ok);
    assert.equal(evidence.reports.value.release.config.state, 'failed');
  });

  it('searches twelve months once when the 30-day sample has no live payment', async () => {
    const { evidence, paths } = await gather(TOKENS.quietMlb);
    assert.ok(evidence.payments.ok);
    assert.equal(evidence.payments.value.payments.length, 0);
    assert.equal(paths.filter((p) => p === '/v1/payments/search').length, 2);
    const search = api.requests.filter((r) => r.path === '/v1/payments/search').at(-1)!;
    assert.match(search.search ?? '', /begin_date=NOW-365DAYS/);
    assert.ok(evidence.liveHistory?.ok);
    assert.equal(evidence.liveHistory.value.latestApprovedLive?.id, 1323000002);
  });

  it('pages a busy account concurrently and stops at 300 payments', async () => {
    const { evidence, paths } = await gather(TOKENS.busyMlb);
    assert.ok(evidence.payments.ok);
    assert.equal(evidence.payments.value.payments.length, 300);
    assert.equal(evidence.payments.value.total, 350);
    assert.equal(evidence.payments.value.truncated, true);
    // limit=300 asked, 100 granted: two more pages of 100.
    assert.equal(paths.filter((p) => p === '/v1/payments/search').length, 3);
  });

  it('reads the payment named by payment-id', async () => {
    const { evidence, paths } = await gather(TOKENS.productionMlb, { 'payment-id': '1319000110' });
    assert.ok(paths.includes('/v1/payments/1319000110'));
    assert.ok(evidence.paymentById?.ok);
    assert.equal(evidence.paymentById.value.id, 1319000110);
  });

  it('says a payment-id the account does not have was not found', async () => {
    const { evidence } = await gather(TOKENS.productionMlb, { 'payment-id': '42' });
    assert.ok(evidence.paymentById && !evidence.paymentById.ok);
    assert.equal(evidence.paymentById.error.kind, 'http');
    assert.match(evidence.paymentById.error.message, /GET \/v1\/payments\/42 answered 404: not_found: Payment not found/);
  });

  it('asks nothing after /users/me when the token is refused', async () => {
    const { evidence, paths } = await gather(TOKENS.refused, { 'payment-id': '1319000110' });
    assert.deepEqual(paths, ['/users/me']);
    for (const outcome of [evidence.account, evidence.payments, evidence.preferences, evidence.paymentById, evidence.paymentMethods, evidence.reports]) {
      assert.ok(outcome && !outcome.ok);
      assert.equal(outcome.error.kind, 'refused');
    }
  });

  it('turns a failing API into errors for everything after /users/me', async () => {
    const { evidence } = await gather(TOKENS.fault500);
    assert.ok(evidence.account.ok);
    assert.ok(!evidence.payments.ok);
    assert.equal(evidence.payments.error.kind, 'http');
    assert.ok(evidence.reports?.ok);
    assert.equal(evidence.reports.value.release.config.state, 'failed');
    assert.equal(evidence.reports.value.release.list?.state, 'failed');
  });

  it('ends on the run budget when the API hangs', async () => {
    const started = performance.now();
    const { evidence } = await gather(TOKENS.faultHang, {}, 600);
    assert.ok(performance.now() - started < 1500);
    assert.ok(evidence.account.ok);
    assert.ok(!evidence.payments.ok);
    assert.equal(evidence.payments.error.kind, 'timeout');
  });

  it('is served by a stand-in that answers 405 to anything but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const answer = await request(`${api.baseUrl}/v1/account/release_report/config`, { method, headers: { authorization: `Bearer ${TOKENS.productionMlb}` }, body: '{}' });
      assert.equal(answer.statusCode, 405);
      assert.equal(((await answer.body.json()) as { error: string }).error, 'method_not_allowed');
    }
  });
});

describe('which list entries are generated reports (reference §11 F3)', () => {
  it('needs a file name, and a status that is not pending or failed when one is given', async () => {
    const { isGenerated } = await import('../../src/probes/mercadopago/reports.js');
    assert.equal(isGenerated({ file_name: 'r.csv' }), true, 'the documented list entry has no status');
    assert.equal(isGenerated({ file_name: 'r.csv', status: 'processed' }), true);
    assert.equal(isGenerated({ file_name: '', status: 'pending' }), false);
    assert.equal(isGenerated({ file_name: 'r.csv', status: 'PENDING' }), false);
    assert.equal(isGenerated({ file_name: 'r.csv', status: 'failed' }), false);
    assert.equal(isGenerated({ file_name: null }), false);
    assert.equal(isGenerated({ status: 'processed' }), false);
  });
});
