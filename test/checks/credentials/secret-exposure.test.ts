import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secretExposure } from '../../../src/checks/credentials/secret-exposure.js';
import { GIVEN, OTHER, useLocalShop } from '../../helpers/local-shop.js';

const local = useLocalShop();

describe('credentials.secret-exposure on a real local shop', () => {
  const { check, value } = local;
  it('finds a leaked token inline and in an attribute, with line numbers, and shows only a redacted form', async () => {
    const outcome = await check('/leak-inline', secretExposure);
    assert.equal(outcome.status, 'fail');
    const findings = (outcome.evidence as { findings: Array<{ token: string; isGivenToken: boolean; line: number; context: string }> }).findings;
    assert.deepEqual(
      findings.map((f) => [f.context, f.line, f.isGivenToken]),
      [
        ['attribute', 7, false],
        ['inline-script', 10, true],
      ],
    );
    assert.equal(findings[1]!.token, 'APP_USR-4862…5239');
    const everything = JSON.stringify(outcome) + JSON.stringify(await value('/leak-inline'));
    for (const secret of [GIVEN, OTHER]) {
      assert.ok(!everything.includes(secret), 'no whole token anywhere');
      assert.ok(!everything.includes(secret.split('-')[3]!), 'not even its secret part');
    }
  });
  it('finds the given token in a same-origin script and names the script and line', async () => {
    const outcome = await check('/leak-script', secretExposure);
    assert.equal(outcome.status, 'fail');
    const finding = (outcome.evidence as { findings: Array<{ url: string; line: number; context: string }> }).findings[0]!;
    assert.equal(finding.url, local.shop.url('/static/app.js'));
    assert.equal(finding.line, 3);
    assert.equal(finding.context, 'script');
    assert.match(outcome.message.en, /app\.js:3/);
  });
  it('passes on a clean page with the production key', async () => {
    assert.equal((await check('/good-headers', secretExposure)).status, 'pass');
  });
});
