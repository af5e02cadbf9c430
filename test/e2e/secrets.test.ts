import assert from 'node:assert/strict';
import * as https from 'node:https';
import { after, before, describe, it } from 'node:test';
import type { ActionRun } from '../helpers/run-action.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { startSecretWitness, type SecretWitness } from './secret-hygiene.js';

/*
 * Secret hygiene of the runs that are not faults. Every fault of the matrix is a hygiene run too,
 * with the same assertions (test/e2e/faults.test.ts), so the matrix runs once.
 */

let sandbox: Sandbox;
let witness: SecretWitness;
/** API stand-ins that echo the token back, as a careless proxy or error page does. */
const echoes: https.Server[] = [];

before(async () => {
  sandbox = await startSandbox();
  witness = await startSecretWitness(sandbox);
});
after(async () => {
  await Promise.all([...echoes.map((s) => close(s)), witness.close()]);
  await sandbox.stop();
});

/** An API that writes the caller's bearer token into its answers: as a 401 message, or as account data. */
async function startEchoApi(mode: '401' | '200'): Promise<string> {
  const host = `127.${20 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const issued = sandbox.ca.server({ commonName: host, hosts: [host] });
  const server = https.createServer({ cert: issued.chain, key: issued.key }, (req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const body =
      mode === '401'
        ? { message: `invalid access token ${token}`, error: `unauthorized: ${req.headers.authorization}`, status: 401, cause: [{ code: 2, description: `token ${token} not found` }] }
        : { id: 1160535239, nickname: token, site_id: token, country_id: token, email: `${token}@loja.example`, tags: ['normal', token] };
    res.writeHead(mode === '401' ? 401 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  echoes.push(server);
  const bound = await listenOnLoopback(server, 0, host);
  return `https://${bound.host}:${bound.port}`;
}

describe('secret hygiene: no scenario shows the access token, webhook-secret or github-token', () => {
  type Setup = { inputs: Record<string, string>; token: string; expect?: (run: ActionRun) => void };
  const scenarios: Array<[string, () => Promise<Setup>]> = [
    [
      // The application's real secret: the stand-in's payments name the sandbox receiver, which verifies the signature.
      'a healthy shop whose receiver verifies the signed notification',
      async () => ({
        token: sandbox.tokens.productionMlb,
        inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': sandbox.api.baseUrl, 'webhook-secret': sandbox.webhookSecret },
        expect: (run) => assert.equal(run.report.checks.find((c: { id: string }) => c.id === 'notifications.signature')?.status, 'pass', 'the secret was used to sign'),
      }),
    ],
    [
      'a broken shop whose page embeds the very token given',
      async () => ({ token: sandbox.tokens.legacyTest, inputs: { 'site-url': sandbox.broken.url('/checkout'), 'access-token': sandbox.tokens.legacyTest, 'api-base-url': sandbox.api.baseUrl } }),
    ],
    [
      'a test user, Spanish-speaking site and fail-on warning',
      async () => ({
        token: sandbox.tokens.testUser,
        inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.testUser, 'api-base-url': sandbox.api.baseUrl, language: 'es', 'fail-on': 'warning' },
      }),
    ],
    [
      'a refused token',
      async () => ({ token: sandbox.tokens.refused, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.refused, 'api-base-url': sandbox.api.baseUrl } }),
    ],
    [
      'a token pasted with spaces and a newline',
      async () => ({
        token: sandbox.tokens.productionMla,
        inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': `  ${sandbox.tokens.productionMla}\n`, 'api-base-url': sandbox.api.baseUrl, 'webhook-secret': sandbox.webhookSecret },
        expect: (run) => {
          assert.equal(run.report.checks.find((c: { id: string }) => c.id === 'credentials.token-valid')?.status, 'pass', 'the trimmed token was used');
          assert.equal(run.report.account?.siteId, 'MLA', 'the account was read with it');
          assert.equal(run.code, 0, `the MLA shop only warns: ${run.stdout}`);
        },
      }),
    ],
    [
      'bad input (an unknown fail-on)',
      async () => ({ token: sandbox.tokens.productionMlb, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'fail-on': 'always' } }),
    ],
    [
      'an API that echoes the token in its 401 error',
      async () => ({
        token: sandbox.tokens.productionMlb,
        inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': await startEchoApi('401') },
      }),
    ],
    [
      'an API that echoes the token as account data',
      async () => ({
        token: sandbox.tokens.productionMlb,
        inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': await startEchoApi('200') },
      }),
    ],
  ];
  for (const [name, setup] of scenarios) {
    it(`with ${name}`, async () => {
      const { inputs, token, expect } = await setup();
      const run = await witness.run({ caFile: sandbox.caFile, inputs: { 'timeout-seconds': '10', ...inputs }, killAfterMs: 30_000 });
      witness.assertNoLeak(run, token);
      expect?.(run);
    });
  }

  it('had real surfaces to search: SARIF files were written and PR comments were posted', () => {
    // Every scenario but the bad input gets as far as a report.
    assert.equal(witness.sarifFilesRead, scenarios.length - 1, 'runs that wrote a SARIF file');
    assert.ok(witness.comments.filter((body) => body.includes('mercadopago-readiness')).length >= scenarios.length - 1, `only ${witness.comments.length} bodies reached the GitHub API`);
  });

  it('sent nothing but GET to the Mercado Pago API in all those runs (read-only)', () => {
    assert.ok(sandbox.api.requests.length > 20, `the stand-in saw ${sandbox.api.requests.length} requests`);
    assert.deepEqual([...new Set(sandbox.api.requests.map((r) => r.method))], ['GET']);
  });
});
