import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runReadiness } from '../../src/engine.js';
import { createBudget } from '../../src/probes/budget.js';
import { ACCOUNT_DATA_CHECKS } from '../helpers/invariants.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import type { MercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { clientFor, settingsFor, startTrustedStandIn } from './mp-api-harness.js';

let api: MercadoPagoStandIn;
before(async () => {
  api = await startTrustedStandIn();
});
after(async () => {
  assert.deepEqual(
    api.requests.filter((r) => r.method !== 'GET'),
    [],
  );
  await api.close();
});

/** Checks whose verdict needs an API answer beyond /users/me. */
const NEEDS_API = ACCOUNT_DATA_CHECKS;

async function statuses(token: string, timeoutSeconds = '10', extra: Record<string, string> = {}) {
  const settings = settingsFor(api, token, { 'timeout-seconds': timeoutSeconds, ...extra });
  const { client } = clientFor(api, token, { budget: createBudget(settings.timeoutMs - 300) });
  const { report } = await runReadiness(settings, { client });
  return { report, byId: Object.fromEntries(report.checks.map((c) => [c.id, c])) };
}

// A 429 then success, with every call retried, is tested once, through dist/index.js: test/e2e/faults.test.ts (api retry-after).
describe('account checks when the API misbehaves (engine against the stand-in)', () => {
  for (const [name, token] of [
    ['answers 500 after every retry', TOKENS.fault500],
    ['answers malformed JSON', TOKENS.faultMalformed],
  ] as const) {
    it(`makes every API check an error, never a pass, when the API ${name}`, async () => {
      const { report, byId } = await statuses(token, '10', { 'payment-id': '1319000110' });
      assert.equal(byId['credentials.token-valid']!.status, 'pass');
      assert.notEqual(report.account, null);
      for (const id of NEEDS_API) assert.equal(byId[id]!.status, 'error', `${id}: ${byId[id]!.message}`);
      assert.match(byId['approval.rejection-rate']!.message, name.startsWith('answers 500') ? /answered 500 after 3 retries: internal_error/ : /not JSON/);
      assert.ok(report.counts.error >= NEEDS_API.length);
    });
  }

  it('makes the API checks errors, on time, when the API hangs', async () => {
    const started = performance.now();
    const { byId } = await statuses(TOKENS.faultHang, '1');
    assert.ok(performance.now() - started < 1500);
    for (const id of NEEDS_API) assert.equal(byId[id]!.status, 'error', id);
    assert.match(byId['quality.live-payment']!.message, /no answer within the time budget|not finished within timeout-seconds/);
  });
});
