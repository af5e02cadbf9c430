import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runAction, statusOf } from '../helpers/run-action.js';
import { checkIds } from '../helpers/invariants.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

function inputs(site: string, token: string, extra: Record<string, string> = {}): Record<string, string> {
  // The stand-in's payments carry the sandbox receiver as notification_url; it verifies signatures.
  return { 'site-url': site, 'access-token': token, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', 'webhook-secret': sandbox.webhookSecret, ...extra };
}

describe('dist/index.js as the runner runs it', () => {
  it('passes a healthy shop with a production MLB account and writes summary, outputs and report', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['result'], 'pass');
    assert.equal(run.outputs['blockers'], '0');
    assert.equal(run.outputs['report-file'], `${run.workspace}/mercadopago-readiness.json`);
    assert.equal(run.report.schemaVersion, 1);
    assert.equal(run.report.result, 'pass');
    assert.equal(run.report.language, 'pt-BR');
    assert.deepEqual(run.report.account, { userId: 1160535239, siteId: 'MLB', testUser: false });
    for (const id of checkIds('credentials.token-valid', 'credentials.production', 'ssl.https', 'ssl.certificate-trust', 'ssl.hostname', 'ssl.validity')) {
      assert.equal(statusOf(run.report, id), 'pass', id);
    }
    assert.match(run.summary, /está pronto para produção com o Mercado Pago/);
    assert.match(run.summary, /Certificado SSL e HTTPS/);
  });

  it('fails a shop with an expired certificate served without its intermediate', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.broken.url('/checkout'), sandbox.tokens.productionMlb) });
    assert.equal(run.code, 1);
    assert.equal(run.outputs['result'], 'fail');
    assert.equal(statusOf(run.report, 'ssl.validity'), 'fail');
    assert.equal(statusOf(run.report, 'ssl.certificate-trust'), 'fail');
    assert.equal(run.report.checks.find((c: { id: string }) => c.id === 'ssl.certificate-trust').evidence.verdict, 'incomplete-chain');
    assert.equal(statusOf(run.report, 'ssl.hostname'), 'pass');
    assert.match(run.stdout, /::error::Prontidão para o Mercado Pago: Ainda não está pronto para produção: \d+ bloqueantes? e \d+ alertas? \(fail-on: blocker\)/);
    assert.match(run.summary, /Corrija isto primeiro/);
  });

  it('fails an APP_USR- token that belongs to a test user', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.testUser, { language: 'en' }) });
    assert.equal(run.code, 1);
    assert.equal(statusOf(run.report, 'credentials.token-valid'), 'pass');
    assert.equal(statusOf(run.report, 'credentials.production'), 'fail');
    assert.equal(run.report.account.testUser, true);
    assert.match(run.summary, /test user/);
  });

  it('reports a refused token with account null and the API checks skipped', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.refused) });
    assert.equal(run.code, 1);
    assert.equal(run.report.account, null);
    assert.equal(run.report.language, 'en');
    assert.equal(statusOf(run.report, 'credentials.token-valid'), 'fail');
    assert.match(run.report.checks[0].message, /answered 401/);
    const nonGet = sandbox.api.requests.filter((r) => r.method !== 'GET');
    assert.deepEqual(nonGet, []);
  });

  it('fails the step with one clear line when report-file cannot be written, and still writes the summary', async () => {
    const run = await runAction({
      caFile: sandbox.caFile,
      inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb, { 'report-file': 'taken' }),
      files: { 'taken/keep': '' },
    });
    assert.equal(run.code, 1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0]!, /Could not write report-file '.*\/taken': EISDIR/);
    assert.equal(run.outputs['result'], 'pass');
    assert.match(run.summary, /is ready for Mercado Pago production|está pronto para produção com o Mercado Pago/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
  });

  it('follows fail-on: never keeps a failing result from failing the step', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.broken.url('/checkout'), sandbox.tokens.legacyTest, { 'fail-on': 'never' }) });
    assert.equal(run.code, 0);
    assert.equal(run.outputs['result'], 'fail');
    assert.equal(statusOf(run.report, 'credentials.production'), 'fail');
  });
});

describe('bad input fails at once with one line naming the input', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['missing site-url', { 'access-token': 'APP_USR-1' }, /Input 'site-url' is required/],
    ['site-url that is not a URL', { 'site-url': 'shop example', 'access-token': 'APP_USR-1' }, /Invalid 'site-url': 'shop example' is not a URL/],
    ['empty access-token', { 'site-url': 'https://127.0.0.1/', 'access-token': '  ' }, /Input 'access-token' is required/],
    ['unknown fail-on', { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1', 'fail-on': 'always' }, /Invalid 'fail-on': 'always'. Expected one of: blocker, warning, never/],
    ['unknown language', { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1', language: 'fr' }, /Invalid 'language': 'fr'/],
    ['non-numeric timeout', { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1', 'timeout-seconds': 'soon' }, /Invalid 'timeout-seconds': 'soon'/],
    ['non-positive timeout', { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1', 'timeout-seconds': '0' }, /Invalid 'timeout-seconds': '0'/],
    ['missing named config', { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1', config: 'ci/readiness.yml' }, /Invalid 'config': file 'ci\/readiness.yml' does not exist/],
  ];
  for (const [name, given, expected] of cases) {
    it(`rejects ${name}`, async () => {
      const run = await runAction({ inputs: given, killAfterMs: 10_000 });
      assert.equal(run.code, 1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, expected);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(run.report, undefined, 'no report for bad input');
    });
  }

  it('names the line of an unknown check id in the config file', async () => {
    const run = await runAction({
      inputs: { 'site-url': 'https://127.0.0.1/', 'access-token': 'APP_USR-1' },
      files: { '.github/mercadopago-readiness.yml': 'checks:\n  ssl.hsts: blocker\n  ssl.nope: off\n' },
      killAfterMs: 10_000,
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::Invalid config file '.github\/mercadopago-readiness.yml' at line 3: unknown check id 'checks.ssl.nope'/);
  });
});
