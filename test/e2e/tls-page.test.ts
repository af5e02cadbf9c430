import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runAction, statusOf } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

const MINE = [
  'credentials.public-key',
  'credentials.secret-exposure',
  'ssl.https',
  'ssl.certificate-trust',
  'ssl.hostname',
  'ssl.validity',
  'ssl.expiry-window',
  'ssl.protocols',
  'ssl.key-and-signature',
  'ssl.http-redirect',
  'ssl.hsts',
  'ssl.mixed-content',
  'page.security-headers',
  'approval.device-id',
  'approval.sdk-v2',
];

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

const inputs = (site: string, token: string): Record<string, string> => ({ 'site-url': site, 'access-token': token, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': '20', language: 'en' });

describe('SSL and checkout-page checks through dist/index.js', () => {
  it('passes every SSL and page check on the healthy shop', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb) });
    for (const id of MINE) assert.equal(statusOf(run.report, id), 'pass', `${id}: ${JSON.stringify(run.report.checks.find((c: { id: string }) => c.id === id))}`);
  });

  it('fails the broken shop on its page mistakes and shows the leaked token only redacted', async () => {
    const token = sandbox.tokens.legacyTest;
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.broken.url('/checkout'), token) });
    for (const id of [
      'credentials.public-key',
      'credentials.secret-exposure',
      'ssl.http-redirect',
      'ssl.hsts',
      'ssl.mixed-content',
      'page.security-headers',
      'approval.device-id',
      'approval.sdk-v2',
    ]) {
      assert.equal(statusOf(run.report, id), 'fail', id);
    }
    const exposure = run.report.checks.find((c: { id: string }) => c.id === 'credentials.secret-exposure');
    assert.equal(exposure.evidence.findings[0].token, 'TEST-4862…0055');
    assert.equal(exposure.evidence.findings[0].isGivenToken, true);
    const secretPart = token.split('-')[3]!;
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const [where, content] of Object.entries({ stdout, summary: run.summary, report: run.reportText })) {
      assert.ok(!content.includes(secretPart), `token secret part found in ${where}`);
    }
  });
});
