import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SiteAnswer } from './site.js';

/** The keys and tokens the built pages carry (test/pages/fixtures.json, shared with the rebuild script). */
export const FIXTURES = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test/pages/fixtures.json'), 'utf8')) as {
  readonly productionPublicKey: string;
  readonly testPublicKey: string;
  readonly leakedToken: string;
  readonly mapOnlyToken: string;
};

/** The repository root, from lib/test/pages/ or test/pages/. */
export function repoRoot(): string {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** The folder of one built page (test/pages/built/<name>). */
export function builtDir(name: string): string {
  return path.join(repoRoot(), 'test/pages/built', name);
}

const js = (body: string): SiteAnswer => ({ headers: { 'content-type': 'application/javascript' }, body });
const WP_SCRIPTS = [
  '/wp-includes/js/jquery/jquery.min.js?ver=3.7.1',
  '/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1',
  '/wp-content/plugins/woocommerce/assets/js/jquery-blockui/jquery.blockUI.min.js?ver=2.7.0-wc.9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/js-cookie/js.cookie.min.js?ver=2.1.4-wc.9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/selectWoo/selectWoo.full.min.js?ver=1.0.9-wc.9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/country-select.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/address-i18n.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/checkout.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/sourcebuster/sourcebuster.min.js?ver=9.4.2',
  '/wp-content/plugins/woocommerce/assets/js/frontend/order-attribution.min.js?ver=9.4.2',
  '/wp-includes/js/dist/hooks.min.js?ver=4d63a3d491d11ffd8ac6',
  '/wp-includes/js/dist/i18n.min.js?ver=5e580eb46a90c2b997e6',
  '/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.6.0',
  '/wp-content/themes/storefront/assets/js/storefront-header-cart.min.js?ver=4.6.0',
  '/wp-content/plugins/woocommerce-mercadopago/assets/js/checkouts/mp-plugins-components.min.js?ver=7.8.2',
  '/wp-content/plugins/woocommerce-mercadopago/assets/js/checkouts/custom/mp-custom-page.min.js?ver=7.8.2',
  '/wp-content/plugins/woocommerce-mercadopago/assets/js/checkouts/custom/mp-custom-elements.min.js?ver=7.8.2',
  '/wp-content/plugins/woocommerce-mercadopago/assets/js/checkouts/custom/mp-custom-checkout.min.js?ver=7.8.2',
];

export interface WooOptions {
  /** Leak an access token in the 20th script (the plugin's checkout script), as a misconfigured plugin does. */
  readonly leakInLastScript?: boolean;
  readonly publicKey?: string;
}

/**
 * A WooCommerce + Mercado Pago plugin checkout as WordPress renders it: 20 scripts (jQuery,
 * WooCommerce, the theme, the plugin), localized params inline, SDK v2 from Mercado Pago's host.
 */
export function wooCommerceSite(options: WooOptions = {}): Record<string, SiteAnswer> {
  const key = options.publicKey ?? FIXTURES.productionPublicKey;
  const filler = (i: number): string =>
    `/*! ${i} */\n(function($){"use strict";var n${i}={init:function(){$(document.body).on("updated_checkout",function(){return ${i}})}};$(function(){n${i}.init()})})(window.jQuery);\n${'/* padding */'.repeat(200)}\n`;
  const routes: Record<string, SiteAnswer> = {};
  WP_SCRIPTS.forEach((src, i) => {
    const p = src.split('?')[0]!;
    routes[p] = js(
      i === WP_SCRIPTS.length - 1
        ? `${filler(i)}var mp_custom_checkout={init:function(){var mp=new MercadoPago(wc_mercadopago_custom_checkout_params.public_key);${options.leakInLastScript ? `var debug_access_token="${FIXTURES.leakedToken}";` : ''}mp.cardForm({amount:String(wc_mercadopago_custom_checkout_params.amount),iframe:true})}};\n`
        : filler(i),
    );
  });
  const tags = WP_SCRIPTS.map((src, i) => `<script src="${src}" id="wp-script-${i}-js"></script>`);
  routes['/checkout/'] = {
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'set-cookie': 'woocommerce_session=1; Secure; HttpOnly; SameSite=Lax',
    },
    body: `<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="UTF-8">
<title>Finalizar compra &#8211; Loja Woo</title>
<link rel='stylesheet' id='woocommerce-general-css' href='/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.4.2' media='all' />
${tags.slice(0, 2).join('\n')}
<script id="wc-add-to-cart-js-extra">
var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"Ver carrinho","cart_url":"\\/carrinho\\/"};
</script>
${tags.slice(2, 16).join('\n')}
<script src="https://sdk.mercadopago.com/js/v2?ver=7.8.2" id="wc_mercadopago_sdk-js"></script>
<script src="https://www.mercadopago.com/v2/security.js" view="checkout" id="mp-security-js"></script>
</head>
<body class="woocommerce-checkout woocommerce-page">
<form name="checkout" method="post" class="checkout woocommerce-checkout" action="/checkout/" enctype="multipart/form-data">
<div id="mp-custom-checkout-fields"></div>
<button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order">Finalizar pedido</button>
</form>
<script id="wc_mercadopago_custom_checkout-js-extra">
var wc_mercadopago_custom_checkout_params = {"public_key":"${key}","amount":"129.90","locale":"pt-BR"};
</script>
${tags.slice(16).join('\n')}
</body>
</html>
`,
  };
  return routes;
}

/** Checkout Pro pages: a link to the init_point, and a Wallet Brick. */
export function checkoutProSite(): Record<string, SiteAnswer> {
  return {
    '/link/': {
      body: '<!doctype html><html><head><title>Pagar</title></head><body><a class="mp-button" href="https://www.mercadopago.com.br/checkout/v1/redirect?pref_id=123456789-0a1b2c3d-aaaa-bbbb-cccc-0123456789ab">Pagar com Mercado Pago</a></body></html>',
    },
    '/wallet/': {
      body: `<!doctype html><html><head><title>Pagar</title><script src="https://sdk.mercadopago.com/js/v2"></script></head><body><div id="walletBrick_container"></div>
<script>
const mp = new MercadoPago('${FIXTURES.productionPublicKey}', { locale: 'pt-BR' });
mp.bricks().create('wallet', 'walletBrick_container', { initialization: { preferenceId: '123456789-0a1b2c3d-aaaa-bbbb-cccc-0123456789ab' } });
</script></body></html>`,
    },
  };
}
