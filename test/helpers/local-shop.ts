import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { CheckDefinition, CheckOutcome } from '../../src/checks/types.js';
import { createBudget } from '../../src/probes/budget.js';
import { probePage, type PageEvidence } from '../../src/probes/http/page.js';
import type { ProbeOutcome } from '../../src/probes/outcome.js';
import { contextFor, judge } from './tls-page-evidence.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import { randomLoopback } from '../sandbox/net.js';
import { GOOD_HEADERS, PRODUCTION_PUBLIC_KEY, TEST_PUBLIC_KEY } from '../sandbox/pages.js';
import { createLocalCa } from '../sandbox/pki.js';
import { startShop, type Route, type Shop } from '../sandbox/shop.js';

export const GIVEN = TOKENS.productionMlb;
export const OTHER = TOKENS.legacyTest;
export const html = (head: string, body: string): string => `<!doctype html>\n<html>\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
export const V2 = '<script src="https://sdk.mercadopago.com/js/v2"></script>';

/** The CSP hash source of an inline script's text. */
function inlineHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

export const routes: Record<string, Route> = {
  '/mixed': {
    body: html(
      '<link rel="stylesheet" href="/ok.css">\n<script src="http://cdn.shop.example/lib.js"></script>',
      '<iframe src="http://frames.shop.example/pay"></iframe>\n<form action="http://pay.shop.example/process" method="post"></form>\n<img src="http://img.shop.example/logo.png">',
    ),
  },
  '/passive-only': { body: html(V2, '<img src="http://img.shop.example/logo.png">\n<video src="http://img.shop.example/intro.mp4"></video>') },
  '/leak-inline': { body: html(V2, `<div data-token="${OTHER}"></div>\n<script>\n  const mp = new MercadoPago('${PRODUCTION_PUBLIC_KEY}');\n  const token = '${GIVEN}';\n</script>`) },
  '/leak-script': { body: html(V2, '<script src="/static/app.js"></script>') },
  '/static/app.js': {
    headers: { 'content-type': 'text/javascript' },
    body: `// app\nconst mp = new MercadoPago('${PRODUCTION_PUBLIC_KEY}');\nfetch('/pay', { headers: { Authorization: 'Bearer ${GIVEN}' } });\n`,
  },
  '/test-key': { body: html(V2, `<script>new MercadoPago("${TEST_PUBLIC_KEY}");</script>`) },
  '/no-device': { body: html('', '<form action="/pay" method="post"><input name="card"></form>') },
  '/v1': { body: html('<script src="https://secure.mlstatic.com/sdk/javascript/v1/mercadopago.js"></script>', `<script>Mercadopago.setPublishableKey("${PRODUCTION_PUBLIC_KEY}");</script>`) },
  '/device-only': { body: html('<script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script>', '<form action="/pay"></form>') },
  '/checkout-pro': { body: html('', '<a href="https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=123-abc">Pagar</a>') },
  '/good-headers': { headers: { ...GOOD_HEADERS, 'set-cookie': 'sid=1; Secure; HttpOnly; SameSite=Lax' }, body: html(V2, `<script>new MercadoPago('${PRODUCTION_PUBLIC_KEY}')</script>`) },
  // The same page with its inline script allowed by hash, and by nonce with 'strict-dynamic'.
  '/good-headers-hashed': {
    headers: {
      ...GOOD_HEADERS,
      'content-security-policy': GOOD_HEADERS['content-security-policy']!.replace("script-src 'self'", `script-src 'self' '${inlineHash(`new MercadoPago('${PRODUCTION_PUBLIC_KEY}')`)}'`),
    },
    body: html(V2, `<script>new MercadoPago('${PRODUCTION_PUBLIC_KEY}')</script>`),
  },
  '/good-headers-nonce': {
    headers: { ...GOOD_HEADERS, 'content-security-policy': GOOD_HEADERS['content-security-policy']!.replace("script-src 'self'", "script-src 'nonce-r4nd0m' 'strict-dynamic'") },
    body: html(V2.replace('<script ', '<script nonce="r4nd0m" '), `<script nonce="r4nd0m">new MercadoPago('${PRODUCTION_PUBLIC_KEY}')</script>`),
  },
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

/** The checkout page probe's test shop, on https with three port-80 behaviours; registers before/after hooks. */
export function useLocalShop(): LocalShop {
  let shop!: Shop;
  let plainShop!: Shop;
  let closedShop!: Shop;
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
  return {
    get shop() {
      return shop;
    },
    get plainShop() {
      return plainShop;
    },
    get closedShop() {
      return closedShop;
    },
    read,
    check,
    value,
  };
}

export interface LocalShop {
  readonly shop: Shop;
  readonly plainShop: Shop;
  readonly closedShop: Shop;
  read(path: string): Promise<ProbeOutcome<PageEvidence>>;
  check(path: string, definition: CheckDefinition): Promise<CheckOutcome>;
  value(path: string): Promise<PageEvidence>;
}
