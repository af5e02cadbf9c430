import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import type { BrowserEvidence } from '../../src/probes/browser/evidence.js';
import type { ProbeOutcome } from '../../src/probes/outcome.js';
import { FIXTURES } from '../pages/handmade.js';
import { HOSTS, METADATA_ADDRESS } from '../pages/world.js';
import { runNodeInWorld } from '../world/netns.js';

/**
 * The six page checks on pages built with the real tools, served over HTTPS by DNS name in a test
 * world with Mercado Pago stand-ins, judged statically and with a real Chromium (Debian's
 * `chromium`, installed by .ci/run).
 */
type Verdicts = Record<string, { status: string; message: string }>;
interface PageRun {
  static: Verdicts;
  withBrowser: Verdicts;
  browserEvidence: ProbeOutcome<BrowserEvidence>;
  browserMs: number;
}

const PAGES = {
  reactBroken: 'https://react-broken.example/',
  reactHealthy: 'https://react-healthy.example/',
  sdkJs: 'https://sdkjs.example/',
  proScript: 'https://pro-script.example/',
  woo: 'https://woo.example/checkout/',
  proLink: 'https://pro.example/link/',
  wallet: 'https://pro.example/wallet/',
  runtime: 'https://runtime.example/',
  inlineCsp: 'https://inline-csp.example/',
  rules: 'https://rules.example/',
  next: 'https://next.example/',
} as const;

let out: Record<string, PageRun> & { requests: string[]; metadataHits: string[] };
before(async () => {
  const main = path.join(import.meta.dirname, '..', 'pages', 'world-main.js');
  const run = await runNodeInWorld({ hosts: HOSTS, addresses: [METADATA_ADDRESS] }, main, [...Object.values(PAGES), '--browser'], { killAfterMs: 170_000 });
  assert.equal(run.code, 0, run.stderr.slice(0, 2000));
  out = JSON.parse(run.stdout);
});

const statuses = (v: Verdicts): Record<string, string> => Object.fromEntries(Object.entries(v).map(([id, r]) => [id, r.status]));
const browser = (page: string): BrowserEvidence => {
  const b = out[page]!.browserEvidence;
  assert.ok(b.ok, b.ok ? '' : b.error.message);
  return b.value;
};

describe('page checks on real bundler output, static and in a real browser', { timeout: 200_000 }, () => {
  it('Vite + React + sdk-react, broken: the TEST- key and the token in the lazy chunk (and its source map) are blockers', () => {
    const run = out[PAGES.reactBroken]!;
    for (const v of [run.static, run.withBrowser]) {
      assert.equal(v['credentials.public-key']!.status, 'fail');
      assert.equal(v['credentials.secret-exposure']!.status, 'fail');
      assert.match(v['credentials.secret-exposure']!.message, /Checkout-.*\.js:\d+ \(in a script\)/);
      assert.match(v['credentials.secret-exposure']!.message, /\.js\.map → .*notes\.js:1 \(in a public source map\)/);
      assert.equal(v['approval.device-id']!.status, 'pass', 'sdk-react brings MercadoPago.js v2 into the chunk');
      assert.equal(v['approval.sdk-v2']!.status, 'pass');
    }
    assert.deepEqual(browser(PAGES.reactBroken).mercadoPago.publicKeys, [FIXTURES.testPublicKey], 'the browser saw the SDK given the TEST- key');
  });

  it('Vite + React + sdk-react, healthy: all six pass both ways, and the browser saw the SDK and the device id', () => {
    const run = out[PAGES.reactHealthy]!;
    const all = {
      'credentials.public-key': 'pass',
      'credentials.secret-exposure': 'pass',
      'ssl.mixed-content': 'pass',
      'page.security-headers': 'pass',
      'approval.device-id': 'pass',
      'approval.sdk-v2': 'pass',
    };
    assert.deepEqual(statuses(run.static), all);
    assert.deepEqual(statuses(run.withBrowser), all);
    const b = browser(PAGES.reactHealthy);
    assert.deepEqual(b.mercadoPago, { sdkLoaded: true, constructed: true, publicKeys: [FIXTURES.productionPublicKey], deviceSessionId: true });
    assert.equal(b.settled, true);
    assert.ok(
      b.requests.some((r) => r.url === 'https://sdk.mercadopago.com/js/v2' && r.initiator.type === 'script'),
      'the SDK is loaded by code, not by a tag',
    );
  });

  it('@mercadopago/sdk-js with the key from the backend: manual statically, a blocker once the browser sees the TEST- key', () => {
    const run = out[PAGES.sdkJs]!;
    assert.equal(run.static['credentials.public-key']!.status, 'manual');
    assert.equal(run.withBrowser['credentials.public-key']!.status, 'fail');
    assert.match(run.withBrowser['credentials.public-key']!.message, /TEST-98638d24.*run time/);
    assert.equal(run.static['approval.sdk-v2']!.status, 'pass');
  });

  it('Checkout Pro sent by script (location = init_point) skips the SDK checks like a link does', () => {
    for (const page of [PAGES.proScript, PAGES.proLink]) {
      const run = out[page]!;
      assert.equal(run.static['approval.device-id']!.status, 'skip', page);
      assert.equal(run.static['approval.sdk-v2']!.status, 'skip', page);
      assert.equal(run.static['credentials.public-key']!.status, 'skip', page);
    }
    assert.equal(out[PAGES.wallet]!.static['approval.device-id']!.status, 'pass', 'the Wallet Brick runs MercadoPago.js v2');
  });

  it('WooCommerce with 20 scripts: the token in the 20th script is a blocker', () => {
    const run = out[PAGES.woo]!;
    assert.equal(run.static['credentials.secret-exposure']!.status, 'fail');
    assert.match(run.static['credentials.secret-exposure']!.message, /mp-custom-checkout\.min\.js/);
    assert.equal(run.static['approval.device-id']!.status, 'pass');
  });

  it('runtime http: script and a CSP that stops it: only the browser sees them, and they fail', () => {
    const run = out[PAGES.runtime]!;
    assert.equal(run.static['ssl.mixed-content']!.status, 'pass');
    assert.equal(run.withBrowser['ssl.mixed-content']!.status, 'fail');
    assert.match(run.withBrowser['ssl.mixed-content']!.message, /http:\/\/cdn\.runtime\.example\/late\.js \(run time, from https:\/\/runtime\.example\/app\.js, blocked: csp\)/);
    assert.equal(run.withBrowser['page.security-headers']!.status, 'fail');
    assert.equal(run.static['credentials.public-key']!.status, 'manual');
    assert.equal(run.withBrowser['credentials.public-key']!.status, 'pass', 'the browser saw the production key given at run time');
  });

  it("a CSP that blocks the page's own inline scripts (a Next export without nonces) is a finding, and the browser confirms it", () => {
    const run = out[PAGES.inlineCsp]!;
    assert.equal(run.static['page.security-headers']!.status, 'fail');
    assert.match(run.static['page.security-headers']!.message, /blocks the page's own scripts/);
    assert.ok(browser(PAGES.inlineCsp).cspViolations.some((v) => v.blockedUrl === 'inline' && v.directive === 'script-src-elem'));
    assert.equal(browser(PAGES.inlineCsp).mercadoPago.constructed, false, 'the blocked inline script never created the SDK');
  });

  it('Next.js static export: the TEST- key in the next/dynamic chunk is found, and a CSP without nonces stops the app (the browser agrees)', () => {
    const run = out[PAGES.next]!;
    assert.equal(run.static['credentials.public-key']!.status, 'fail');
    assert.equal(run.static['approval.sdk-v2']!.status, 'pass');
    assert.equal(run.static['page.security-headers']!.status, 'fail');
    assert.match(run.static['page.security-headers']!.message, /blocks the page's own scripts/);
    const b = browser(PAGES.next);
    assert.ok(b.cspViolations.some((v) => v.blockedUrl === 'inline'));
    assert.equal(b.mercadoPago.constructed, false, 'the app never hydrated, so the SDK never started');
  });

  it('never lets the browser reach a private address from a public site, nor the metadata address at all', () => {
    const b = browser(PAGES.rules);
    const intranet = b.requests.filter((r) => r.url.startsWith('https://intranet.example/'));
    assert.ok(intranet.length >= 2, JSON.stringify(b.requests));
    for (const r of intranet) assert.match(r.blocked ?? '', /network-rule: intranet\.example is a private address/);
    assert.ok(b.requests.some((r) => r.url.startsWith(`http://${METADATA_ADDRESS}/`) && /network-rule: .*link-local/.test(r.blocked ?? '')));
    assert.deepEqual(out.metadataHits, []);
    assert.ok(!out.requests.some((r) => r.startsWith('intranet.example')), 'the intranet host saw no request');
  });

  it('gives nothing of a token to the browser evidence, and finishes each page within its bound', () => {
    for (const page of Object.values(PAGES)) {
      const json = JSON.stringify(out[page]!.browserEvidence);
      assert.ok(!json.includes(FIXTURES.leakedToken.slice(20, 40)), page);
      assert.ok(out[page]!.browserMs < 25_000, `${page}: ${out[page]!.browserMs} ms`);
    }
  });
});
