import { FIXTURES, builtDir, checkoutProSite, wooCommerceSite } from './handmade.js';
import { routesFromDir, type SiteAnswer, type SiteRoutes } from './site.js';

/**
 * The test world of the page tests: checkout sites by DNS name on "public" addresses, stand-ins
 * for Mercado Pago's hosts (the SDK and security.js set what the real ones set), an intranet
 * host on a private address and a cloud-metadata host on a link-local one, which the browser must
 * never reach from a public site.
 */
export const HOSTS = {
  'react-broken.example': '198.51.100.10',
  'react-healthy.example': '198.51.100.11',
  'sdkjs.example': '198.51.100.12',
  'pro-script.example': '198.51.100.13',
  'woo.example': '198.51.100.14',
  'pro.example': '198.51.100.15',
  'runtime.example': '198.51.100.16',
  'inline-csp.example': '198.51.100.17',
  'rules.example': '198.51.100.18',
  'next.example': '198.51.100.19',
  'sdk.mercadopago.com': '203.0.113.50',
  'www.mercadopago.com': '203.0.113.51',
  'intranet.example': '10.1.2.3',
} as const;
export const METADATA_ADDRESS = '169.254.169.254';

/** CSP that allows Mercado Pago and the page's own files (no inline script). */
export const GOOD_CSP =
  "default-src 'self'; script-src 'self' https://sdk.mercadopago.com https://www.mercadopago.com; frame-src https://*.mercadopago.com; connect-src 'self' https://api.mercadopago.com https://www.mercadopago.com; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
const GOOD_HEADERS = {
  'content-security-policy': GOOD_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'strict-transport-security': 'max-age=31536000',
};

const js = (body: string): SiteAnswer => ({ headers: { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' }, body });
const json = (value: unknown): SiteAnswer => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** MercadoPago.js v2 stand-in: a constructor, Bricks that mount nothing, and the device id the real SDK sets. */
const SDK_V2 = `(function () {
  window.MP_DEVICE_SESSION_ID = 'armor.' + Math.random().toString(16).slice(2);
  function MercadoPago(publicKey, options) { if (!(this instanceof MercadoPago)) throw new Error('use new'); this.publicKey = publicKey; this.options = options || {}; }
  MercadoPago.prototype.bricks = function () { return { create: function () { return Promise.resolve({ unmount: function () {} }); } }; };
  MercadoPago.prototype.cardForm = function () { return { mount: function () {} }; };
  window.MercadoPago = MercadoPago;
})();`;
const SECURITY_JS = "window.MP_DEVICE_SESSION_ID = 'armor.' + Math.random().toString(16).slice(2);";

/** Routes per host. */
export function worldRoutes(): Record<string, SiteRoutes> {
  const woo = wooCommerceSite({ leakInLastScript: true });
  return {
    'react-broken.example': routesFromDir(builtDir('vite-react-broken'), '/'),
    'react-healthy.example': routesFromDir(builtDir('vite-react-healthy'), '/', GOOD_HEADERS),
    // The card form's key comes from the backend at run time: a TEST- key only the browser sees.
    'sdkjs.example': { ...routesFromDir(builtDir('vite-sdk-js'), '/', GOOD_HEADERS), '/api/config': json({ publicKey: FIXTURES.testPublicKey }) },
    'pro-script.example': {
      ...routesFromDir(builtDir('vite-checkout-pro-script'), '/', GOOD_HEADERS),
      '/api/preference': json({ init_point: 'https://www.mercadopago.com/checkout/v1/redirect?pref_id=1' }),
    },
    'woo.example': woo,
    'pro.example': checkoutProSite(),
    // Looks clean to the static scan; at run time it loads a script over http, probes the
    // intranet and the metadata address, and hands the SDK a key fetched from the backend.
    'runtime.example': {
      '/': {
        headers: GOOD_HEADERS,
        body: '<!doctype html><html><head><title>Pagar</title><script src="https://sdk.mercadopago.com/js/v2"></script></head><body><div id="form"></div><script src="/app.js"></script></body></html>',
      },
      '/app.js': js(`const u = ['http:', '//cdn.runtime.example/late.js'].join('');
const s = document.createElement('script'); s.src = u; document.head.appendChild(s);
fetch('https://intranet.example/secret').catch(() => {});
fetch('http://${METADATA_ADDRESS}/latest/meta-data/').catch(() => {});
fetch('/api/key').then((r) => r.json()).then((k) => new MercadoPago(k.publicKey));`),
      '/api/key': json({ publicKey: FIXTURES.productionPublicKey }),
    },
    // A Next.js-style export: inline bootstrap scripts under a CSP without 'unsafe-inline', nonces or hashes.
    'inline-csp.example': {
      '/': {
        headers: GOOD_HEADERS,
        body: `<!doctype html><html><head><script src="https://sdk.mercadopago.com/js/v2"></script></head><body><div id="__next"></div><script>self.__next_f = self.__next_f || []; self.__next_f.push([0]);</script><script>new MercadoPago('${FIXTURES.productionPublicKey}');</script></body></html>`,
      },
    },
    // No CSP: only the browser pass's own network rules stand between this public page and the intranet.
    'rules.example': {
      '/': {
        body: `<!doctype html><html><head><script src="https://sdk.mercadopago.com/js/v2"></script></head><body><iframe src="https://intranet.example/frame"></iframe><script>
fetch('https://intranet.example/secret').catch(() => {});
fetch('http://${METADATA_ADDRESS}/latest/meta-data/').catch(() => {});
new MercadoPago('${FIXTURES.productionPublicKey}');
</script></body></html>`,
      },
    },
    // The Next.js export under the careful shop's CSP: its inline bootstrap scripts are blocked.
    'next.example': routesFromDir(builtDir('next-export'), '/', GOOD_HEADERS),
    'sdk.mercadopago.com': { '/js/v2': js(SDK_V2) },
    'www.mercadopago.com': { '/v2/security.js': js(SECURITY_JS) },
    'intranet.example': { '/secret': { body: 'intranet' }, '/frame': { body: 'intranet frame' } },
  };
}
