import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { CheckDefinition, CheckOutcome } from '../../src/checks/types.js';
import { createBudget } from '../../src/probes/budget.js';
import { probeHttpRedirect } from '../../src/probes/http/redirect.js';
import { DEFAULT_PAGE_LIMITS, probePage, type PageEvidence } from '../../src/probes/http/page.js';
import type { ProbeOutcome } from '../../src/probes/outcome.js';
import { contextFor, judge } from '../helpers/tls-page-evidence.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import { close, listenOnLoopback, randomLoopback } from '../sandbox/net.js';
import { GOOD_HEADERS, PRODUCTION_PUBLIC_KEY, TEST_PUBLIC_KEY } from '../sandbox/pages.js';
import { createLocalCa } from '../sandbox/pki.js';
import { startShop, type Route, type Shop } from '../sandbox/shop.js';
import { deviceId } from '../../src/checks/approval/device-id.js';
import { hsts } from '../../src/checks/ssl/hsts.js';
import { httpRedirect } from '../../src/checks/ssl/http-redirect.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { publicKey } from '../../src/checks/credentials/public-key.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { secretExposure } from '../../src/checks/credentials/secret-exposure.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';

const GIVEN = TOKENS.productionMlb;
const OTHER = TOKENS.legacyTest;
const html = (head: string, body: string): string => `<!doctype html>\n<html>\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const V2 = '<script src="https://sdk.mercadopago.com/js/v2"></script>';

const routes: Record<string, Route> = {
  '/mixed': {
    body: html(
      '<link rel="stylesheet" href="/ok.css">\n<script src="http://cdn.shop.example/lib.js"></script>',
      '<iframe src="http://frames.shop.example/pay"></iframe>\n<form action="http://pay.shop.example/process" method="post"></form>\n<img src="http://img.shop.example/logo.png">',
    ),
  },
  '/passive-only': { body: html(V2, '<img src="http://img.shop.example/logo.png">\n<video src="http://img.shop.example/intro.mp4"></video>') },
  '/leak-inline': { body: html(V2, `<div data-token="${OTHER}"></div>\n<script>\n  const mp = new MercadoPago('${PRODUCTION_PUBLIC_KEY}');\n  const token = '${GIVEN}';\n</script>`) },
  '/leak-script': { body: html(V2, '<script src="/static/app.js"></script>') },
  '/static/app.js': { headers: { 'content-type': 'text/javascript' }, body: `// app\nconst mp = new MercadoPago('${PRODUCTION_PUBLIC_KEY}');\nfetch('/pay', { headers: { Authorization: 'Bearer ${GIVEN}' } });\n` },
  '/test-key': { body: html(V2, `<script>new MercadoPago("${TEST_PUBLIC_KEY}");</script>`) },
  '/no-device': { body: html('', '<form action="/pay" method="post"><input name="card"></form>') },
  '/v1': { body: html('<script src="https://secure.mlstatic.com/sdk/javascript/v1/mercadopago.js"></script>', `<script>Mercadopago.setPublishableKey("${PRODUCTION_PUBLIC_KEY}");</script>`) },
  '/device-only': { body: html('<script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script>', '<form action="/pay"></form>') },
  '/checkout-pro': { body: html('', '<a href="https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=123-abc">Pagar</a>') },
  '/good-headers': { headers: { ...GOOD_HEADERS, 'set-cookie': 'sid=1; Secure; HttpOnly; SameSite=Lax' }, body: html(V2, `<script>new MercadoPago('${PRODUCTION_PUBLIC_KEY}')</script>`) },
  '/weak-headers': {
    headers: { 'content-security-policy': "default-src 'self'; script-src 'self' https://sdk.mercadopago.com", 'set-cookie': ['sid=1; Path=/', 'pref=a; Secure; HttpOnly; SameSite=None'] },
    body: html(V2 + '\n<script src="https://www.mercadopago.com/v2/security.js"></script>', ''),
  },
  '/loop-a': { status: 302, headers: { location: '/loop-b' } },
  '/loop-b': { status: 302, headers: { location: '/loop-a' } },
  '/hop': { status: 301, headers: { location: '/good-headers' } },
  '/huge': { body: Buffer.concat([Buffer.from(html(V2, '')), Buffer.alloc(10 * 1024 * 1024, 0x20), Buffer.from(`<script>var t='${GIVEN}'</script>`)]) },
  '/json': { headers: { 'content-type': 'application/json' }, body: '{"ok":true}' },
  '/many-scripts': { body: html('', Array.from({ length: 20 }, (_, i) => `<script src="/s/${i}.js"></script>`).join('\n')) },
};
for (let i = 0; i < 20; i++) routes[`/s/${i}.js`] = { headers: { 'content-type': 'text/javascript' }, body: `var n = ${i};` };

let shop: Shop;
let plainShop: Shop;
let closedShop: Shop;
before(async () => {
  const ca = createLocalCa();
  const host = randomLoopback();
  const cert = ca.server({ commonName: host, hosts: [host] });
  shop = await startShop({ host, certChain: cert.chain, key: cert.key, routes, http: 'redirect' });
  const plainHost = randomLoopback();
  const plainCert = ca.server({ commonName: plainHost, hosts: [plainHost] });
  plainShop = await startShop({ host: plainHost, certChain: plainCert.chain, key: plainCert.key, routes, http: 'serve' });
  const closedHost = randomLoopback();
  const closedCert = ca.server({ commonName: closedHost, hosts: [closedHost] });
  closedShop = await startShop({ host: closedHost, certChain: closedCert.chain, key: closedCert.key, routes, http: 'none' });
});
after(async () => {
  await Promise.all([shop.close(), plainShop.close(), closedShop.close()]);
});

const probed = new Map<string, ProbeOutcome<PageEvidence>>();
async function read(path: string): Promise<ProbeOutcome<PageEvidence>> {
  if (!probed.has(path)) probed.set(path, await probePage(new URL(shop.url(path)), createBudget(15_000), GIVEN));
  return probed.get(path)!;
}
async function check(path: string, definition: CheckDefinition): Promise<CheckOutcome> {
  return judge(definition, { page: await read(path) }, contextFor(shop.url(path)));
}
async function value(path: string): Promise<PageEvidence> {
  const outcome = await read(path);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
  return outcome.value;
}

describe('page probe and page checks against a real local shop', () => {
  it('fails mixed content for a script, an iframe and a form action over http, and lists the image as passive', async () => {
    const outcome = await check('/mixed', mixedContent);
    assert.equal(outcome.status, 'fail');
    const evidence = outcome.evidence as { active: Array<{ kind: string; line: number }>; passive: Array<{ kind: string }> };
    assert.deepEqual(evidence.active.map((r) => r.kind).sort(), ['form', 'iframe', 'script']);
    assert.equal(evidence.active.find((r) => r.kind === 'script')!.line, 5);
    assert.deepEqual(evidence.passive.map((r) => r.kind), ['image']);
  });

  it('passes mixed content with passive http images, listing them in evidence', async () => {
    const outcome = await check('/passive-only', mixedContent);
    assert.equal(outcome.status, 'pass');
    assert.equal((outcome.evidence as { passive: unknown[] }).passive.length, 2);
  });

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
    assert.equal(finding.url, shop.url('/static/app.js'));
    assert.equal(finding.line, 3);
    assert.equal(finding.context, 'script');
    assert.match(outcome.message.en, /app\.js:3/);
  });

  it('passes secret exposure and the public key on a clean page with the production key', async () => {
    assert.equal((await check('/good-headers', secretExposure)).status, 'pass');
    assert.equal((await check('/good-headers', publicKey)).status, 'pass');
  });

  it('fails the public key check for a TEST- key', async () => {
    const outcome = await check('/test-key', publicKey);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /TEST-98638d24/);
  });

  it('fails the public key check when the page key differs from the public-key input', async () => {
    const outcome = judge(publicKey, { page: await read('/good-headers') }, contextFor(shop.url('/good-headers'), { publicKey: 'APP_USR-00000000-0000-0000-0000-000000000000' }));
    assert.equal(outcome.status, 'fail');
  });

  it('fails device id and SDK v2 on a form page without any Mercado Pago script', async () => {
    assert.equal((await check('/no-device', deviceId)).status, 'fail');
    assert.equal((await check('/no-device', sdkV2)).status, 'fail');
  });

  it('fails SDK v2 and device id for the v1 SDK', async () => {
    const outcome = await check('/v1', sdkV2);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /v1 SDK/);
    assert.equal((await check('/v1', deviceId)).status, 'fail');
  });

  it('passes device id with security.js alone', async () => {
    assert.equal((await check('/device-only', deviceId)).status, 'pass');
  });

  it('skips device id, SDK v2 and public key on a Checkout Pro redirect page', async () => {
    for (const definition of [deviceId, sdkV2, publicKey]) {
      assert.equal((await check('/checkout-pro', definition)).status, 'skip', definition.id);
    }
  });

  it('passes security headers and HSTS with a CSP that allows Mercado Pago', async () => {
    assert.equal((await check('/good-headers', securityHeaders)).status, 'pass');
    assert.equal((await check('/good-headers', hsts)).status, 'pass');
  });

  it('fails weak headers: a CSP that blocks the device script, API and iframes, no nosniff, weak cookies', async () => {
    const outcome = await check('/weak-headers', securityHeaders);
    assert.equal(outcome.status, 'fail');
    const csp = (outcome.evidence as { contentSecurityPolicy: { blocked: string[] } }).contentSecurityPolicy;
    assert.deepEqual(
      csp.blocked.map((b) => b.replace(/ \([^()]*\)$/, '')),
      ['Mercado Pago API (card tokens)', 'Mercado Pago iframes (Bricks, Secure Fields)', 'device script security.js'],
    );
    assert.match(outcome.message.en, /X-Content-Type-Options/);
    assert.match(outcome.message.en, /cookie sid without Secure, HttpOnly, SameSite/);
    assert.doesNotMatch(outcome.message.en, /cookie pref/);
    assert.equal((await check('/weak-headers', hsts)).status, 'fail');
  });

  it('follows a redirect and records the hop', async () => {
    const v = await value('/hop');
    assert.equal(v.finalUrl, shop.url('/good-headers'));
    assert.deepEqual(v.hops.map((h) => h.status), [301]);
  });

  it('stops a redirect loop with an error, and the page checks say error', async () => {
    const outcome = await read('/loop-a');
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.error.message, /redirects in a loop/);
    assert.equal((await check('/loop-a', mixedContent)).status, 'error');
  });

  it('cuts a 10 MB body at 5 MB and never passes what it could not read', async () => {
    const v = await value('/huge');
    assert.equal(v.truncated, true);
    assert.equal(v.bytes, DEFAULT_PAGE_LIMITS.maxPageBytes);
    assert.equal((await check('/huge', secretExposure)).status, 'error');
    assert.equal((await check('/huge', sdkV2)).status, 'pass', 'what was read still counts');
  });

  it('says error for content checks on a non-HTML answer', async () => {
    assert.equal((await value('/json')).html, false);
    for (const definition of [mixedContent, secretExposure, deviceId]) {
      assert.equal((await check('/json', definition)).status, 'error', definition.id);
    }
  });

  it('reads a bounded number of same-origin scripts', async () => {
    const v = await value('/many-scripts');
    assert.equal(v.scripts.length, DEFAULT_PAGE_LIMITS.maxScripts);
    assert.equal(v.scriptsSkipped, 20 - DEFAULT_PAGE_LIMITS.maxScripts);
  });

  it('says error when site-url answers 404', async () => {
    assert.equal((await check('/missing', securityHeaders)).status, 'error');
  });
});

describe('http:// on port 80', () => {
  const redirect = async (s: Shop): Promise<CheckOutcome> => {
    const outcome = await probeHttpRedirect(new URL(s.url('/good-headers')), createBudget(10_000));
    return judge(httpRedirect, { httpRedirect: outcome }, contextFor(s.url('/good-headers')));
  };

  it('passes when port 80 redirects to https on the same host', async () => {
    assert.equal((await redirect(shop)).status, 'pass');
  });

  it('fails when port 80 serves the page over plain http', async () => {
    const outcome = await redirect(plainShop);
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /answers 200 over plain http/);
  });

  it('fails when nothing listens on port 80', async () => {
    const outcome = await redirect(closedShop);
    assert.equal(outcome.status, 'fail');
    assert.equal((outcome.evidence as { port80Closed: boolean }).port80Closed, true);
  });
});

describe('what the page probe sends', () => {
  it('never sends the access token: not in a URL, a header or a cookie', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}\n${req.rawHeaders.join('\n')}`);
      if (req.url === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('var a = 1;');
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sid=1' }).end(html(V2, '<script src="/app.js"></script>'));
    });
    const { host, port } = await listenOnLoopback(server);
    try {
      const outcome = await probePage(new URL(`http://${host}:${port}/checkout`), createBudget(10_000), GIVEN);
      assert.ok(outcome.ok);
      assert.equal(seen.length, 2, 'the page and its same-origin script');
      for (const request of seen) {
        assert.ok(!request.includes(GIVEN.split('-')[3]!), request);
        assert.doesNotMatch(request, /authorization|cookie/i);
        assert.ok(request.startsWith('GET '));
      }
    } finally {
      await close(server);
    }
  });
});
