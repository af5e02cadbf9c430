/** Checkout pages served by the sandbox shops. */

/** A production public key in the documented shape (reference §1, §9). */
export const PRODUCTION_PUBLIC_KEY = 'APP_USR-2dfd505a-4b30-4403-878b-f8fb618e58b3';
export const TEST_PUBLIC_KEY = 'TEST-98638d24-eb00-4dd5-82d8-4e573fac6a80';

/** A Checkout Bricks page done right: SDK v2, production key, device id via the SDK. */
export function healthyCheckoutPage(): string {
  return `<!doctype html>
<html lang="pt-BR">
<head>
  <meta charset="utf-8">
  <title>Finalizar compra — Loja Exemplo</title>
  <link rel="stylesheet" href="/static/checkout.css">
  <script src="https://sdk.mercadopago.com/js/v2"></script>
</head>
<body>
  <h1>Pagamento</h1>
  <div id="paymentBrick_container"></div>
  <script src="/static/checkout.js"></script>
</body>
</html>
`;
}

export function healthyCheckoutScript(): string {
  return `const mp = new MercadoPago('${PRODUCTION_PUBLIC_KEY}', { locale: 'pt-BR' });
const bricks = mp.bricks();
bricks.create('payment', 'paymentBrick_container', {
  initialization: { amount: 100 },
  callbacks: { onSubmit: (data) => fetch('/process_payment', { method: 'POST', body: JSON.stringify(data) }) },
});
`;
}

/** A page with the classic go-live mistakes: test key, v1 SDK over http, a leaked token. */
export function brokenCheckoutPage(leakedToken: string): string {
  return `<!doctype html>
<html lang="pt-BR">
<head>
  <meta charset="utf-8">
  <title>Checkout</title>
  <script src="http://secure.mlstatic.com/sdk/javascript/v1/mercadopago.js"></script>
</head>
<body>
  <form action="http://pagamentos.loja.example/processar" method="post">
    <input type="text" name="cardNumber">
  </form>
  <img src="http://cdn.loja.example/banner.png" alt="">
  <script>
    Mercadopago.setPublishableKey("${TEST_PUBLIC_KEY}");
    var accessToken = "${leakedToken}";
  </script>
</body>
</html>
`;
}

/** Security headers a careful shop sends, allowing Mercado Pago's SDK, device script and iframes. */
export const GOOD_HEADERS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy':
    "default-src 'self'; script-src 'self' https://sdk.mercadopago.com https://www.mercadopago.com https://http2.mlstatic.com; frame-src https://www.mercadopago.com https://www.mercadolibre.com https://*.mercadopago.com; connect-src 'self' https://api.mercadopago.com https://api.mercadolibre.com https://events.mercadopago.com; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};
