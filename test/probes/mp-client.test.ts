import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createBudget } from '../../src/probes/budget.js';
import { createMercadoPagoClient } from '../../src/probes/mercadopago/client.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import type { MercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import { clientFor, startTrustedStandIn } from './mp-api-harness.js';

let api: MercadoPagoStandIn;
before(async () => {
  api = await startTrustedStandIn();
});
after(async () => {
  assert.deepEqual(
    api.requests.filter((r) => r.method !== 'GET'),
    [],
    'the client only ever sends GET',
  );
  await api.close();
});

describe('Mercado Pago API client against the stand-in over real HTTPS', () => {
  it('reads /users/me with one authorized GET', async () => {
    const { client } = clientFor(api, TOKENS.productionMlb);
    const answer = await client.get<{ id: number }>('/users/me');
    assert.ok(answer.ok);
    assert.equal(answer.data.id, 1160535239);
    assert.equal(client.requestCount, 1);
    assert.ok(api.requests.at(-1)!.authorized);
  });

  it('has no method but get: writing is impossible by type', () => {
    const { client } = clientFor(api, TOKENS.productionMlb);
    // @ts-expect-error the client has no post
    assert.equal(client.post, undefined);
    assert.deepEqual(Object.keys(client).sort(), ['get', 'requestCount']);
  });

  it("retries the gateway's 429 (text/plain, no Retry-After) after its own backoff, then succeeds", async () => {
    const { client } = clientFor(api, TOKENS.fault429, { retryBaseMs: 300 });
    const started = performance.now();
    const answer = await client.get('/v1/payment_methods');
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(client.requestCount, 2);
    assert.ok(performance.now() - started >= 280, 'waited the backoff, there being no Retry-After');
  });

  it('does not wait past the run budget for a backoff: the 429 is the answer, its plain-text reason named', async () => {
    const { client } = clientFor(api, TOKENS.fault429, { budgetMs: 400, retryBaseMs: 1000 });
    const started = performance.now();
    const answer = await client.get('/v1/payment_methods', { probe: 'budget' });
    assert.ok(!answer.ok);
    assert.equal(answer.error.status, 429);
    assert.equal(answer.error.kind, 'http');
    assert.equal(answer.error.message, 'GET /v1/payment_methods answered 429: local_rate_limited');
    assert.equal(client.requestCount, 1);
    assert.ok(performance.now() - started < 400);
  });

  it("names PolicyAgent's 403 as a blocked endpoint, not a refused token (reference §11 F15)", async () => {
    const { client } = clientFor(api, TOKENS.policyBlocked);
    const me = await client.get('/users/me');
    assert.ok(me.ok, 'the token itself is fine');
    const answer = await client.get('/v1/payments/search');
    assert.ok(!answer.ok);
    assert.equal(answer.error.status, 403);
    assert.equal(answer.error.policyBlocked, true);
    assert.equal(
      answer.error.message,
      "GET /v1/payments/search answered 403: Mercado Pago's PolicyAgent blocked this call (PA_UNAUTHORIZED_RESULT_FROM_POLICIES): the token lacks the scope for this endpoint, or the application is blocked for it",
    );
    assert.ok(!JSON.stringify(answer).includes(TOKENS.policyBlocked));
  });

  it("gives up on a 500 after three retries with Mercado Pago's error in the message", async () => {
    const { client } = clientFor(api, TOKENS.fault500);
    const answer = await client.get('/v1/payments/search');
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'http');
    assert.equal(answer.error.status, 500);
    assert.equal(answer.error.message, 'GET /v1/payments/search answered 500 after 3 retries: internal_error: Internal server error');
    assert.equal(client.requestCount, 4);
  });

  it('reports a 200 whose body is not JSON as a parse error', async () => {
    const { client } = clientFor(api, TOKENS.faultMalformed);
    const answer = await client.get('/v1/payments/search');
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'parse');
    assert.match(answer.error.message, /answered 200 with a body that is not JSON/);
  });

  it('times out a request that never answers, within its own limit', async () => {
    const { client } = clientFor(api, TOKENS.faultHang, { requestTimeoutMs: 300 });
    const started = performance.now();
    const answer = await client.get('/v1/payments/search');
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'timeout');
    assert.match(answer.error.message, /^GET \/v1\/payments\/search: no answer within the time budget$/);
    assert.ok(performance.now() - started < 2000);
  });

  it('times out a hang at the end of the run budget when that comes first', async () => {
    const { client } = clientFor(api, TOKENS.faultHang, { budgetMs: 250 });
    const answer = await client.get('/v1/account/release_report/config');
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'timeout');
  });

  it('calls a refused token refused, with the cause and without the token', async () => {
    const { client } = clientFor(api, TOKENS.refused);
    const answer = await client.get('/users/me');
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'refused');
    assert.equal(answer.error.status, 401);
    // The real 401 says not_found in `error` (reference §11 F15); the status decides, not the word.
    assert.equal(answer.error.message, 'GET /users/me answered 401: not_found: invalid access token');
    assert.ok(!JSON.stringify(answer).includes(TOKENS.refused));
  });

  it('scrubs the token from an error body that echoes it back', async () => {
    const server = http.createServer((req, res) => {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: `bad header ${req.headers.authorization}`, error: 'bad_request', status: 400, cause: [{ code: 1, description: String(req.headers.authorization) }] }));
    });
    const { host, port } = await listenOnLoopback(server);
    try {
      const token = TOKENS.productionMlb;
      const client = createMercadoPagoClient({ baseUrl: new URL(`http://${host}:${port}`), token, budget: createBudget(5000) });
      const answer = await client.get('/users/me');
      assert.ok(!answer.ok);
      assert.match(answer.error.message, /answered 400: bad_request: bad header Bearer \*\*\*/);
      assert.ok(!JSON.stringify(answer).includes(token), 'no token in the message or the kept body');
    } finally {
      await close(server);
    }
  });

  it('refuses an answer larger than the body cap', async () => {
    const { client } = clientFor(api, TOKENS.busyMlb, { maxBodyBytes: 10_000 });
    const answer = await client.get('/v1/payments/search', { limit: 100 });
    assert.ok(!answer.ok);
    assert.equal(answer.error.kind, 'parse');
    assert.match(answer.error.message, /answer larger than/);
  });
});
