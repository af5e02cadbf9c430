import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secretExposure } from '../../../src/checks/credentials/secret-exposure.js';
import { GIVEN, OTHER, useLocalShop } from '../../helpers/local-shop.js';
import { graphScript, UNREAD_BY_COUNT, withGraph } from '../../helpers/page-graph.js';
import { judge, pageWith } from '../../helpers/tls-page-evidence.js';
import { ctx } from '../page/fixtures.js';

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

describe('credentials.secret-exposure and the script graph', () => {
  const judgeGraph = (scripts: Parameters<typeof withGraph>[0], extra: Parameters<typeof pageWith>[0] = {}) =>
    judge(secretExposure, { page: { ok: true, value: pageWith({ ...withGraph(scripts), ...extra }) } }, ctx);
  it('says error, never pass, when a same-origin script was left unread', () => {
    const outcome = judgeGraph([graphScript(), UNREAD_BY_COUNT]);
    assert.equal(outcome.status, 'error');
    assert.match(outcome.message.en, /1 same-origin script\(s\) were not read in full \(https:\/\/shop\.example\/assets\/chunk-61\.js: more than 60/);
  });
  it('passes when what was not read is another origin, a 404 or an HTML fallback (no code a browser runs)', () => {
    const outcome = judgeGraph([
      graphScript(),
      graphScript({ url: 'https://cdn.example/lib.js', sameOrigin: false, read: undefined, unread: { reason: 'cross-origin', detail: 'another origin' } }),
      graphScript({ url: 'https://shop.example/gone.js', foundBy: 'import', unread: { reason: 'status', detail: 'answered HTTP 404' } }),
    ]);
    assert.equal(outcome.status, 'pass');
  });
  it('fails on a token found only in a public source map', () => {
    const secret = {
      redacted: 'APP_USR-7391…5239',
      prefix: 'APP_USR' as const,
      isGivenToken: false,
      where: { url: 'https://shop.example/assets/app.js.map → src/config.ts', line: 2, context: 'source-map' as const },
    };
    const outcome = judgeGraph([graphScript()], { secrets: [secret] });
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /in a public source map/);
  });
  it('keeps the first 100 of 20,000 findings in its evidence, with the count, and still names the given token', () => {
    const secrets = Array.from({ length: 20_000 }, (_, i) => ({
      redacted: `APP_USR-${1000 + i}…5239`,
      prefix: 'APP_USR' as const,
      isGivenToken: i === 19_999,
      where: { url: 'https://shop.example/checkout', line: i + 1, context: 'inline-script' as const },
    }));
    const outcome = judgeGraph([graphScript()], { secrets });
    assert.equal(outcome.status, 'fail');
    const evidence = outcome.evidence as { findings: unknown[]; findingsTotal: number };
    assert.equal(evidence.findings.length, 100);
    assert.equal(evidence.findingsTotal, 20_000);
    assert.match(outcome.message.en, /including the one given to this action/);
  });
});
