import { text } from '../i18n/text.js';
import { fail, pass, skip } from './support/outcomes.js';
import { at, isCheckoutProRedirect, truncatedError, usageOf, withHtml } from './support/page-facts.js';
import type { CheckDefinition } from './types.js';

const CHECKOUT_PRO_SKIP = text(
  "Skipped: a Checkout Pro redirect page (Mercado Pago's own checkout collects the device id and runs the SDK).",
  'Omitido: una página de redirección de Checkout Pro (el checkout de Mercado Pago recoge el device id y usa el SDK).',
  'Ignorado: uma página de redirecionamento do Checkout Pro (o checkout do Mercado Pago coleta o device id e usa o SDK).',
);

export const deviceId: CheckDefinition = {
  id: 'approval.device-id',
  section: 'approval',
  defaultSeverity: 'warning',
  title: text('The page collects the device id', 'La página recoge el device id', 'A página coleta o device id'),
  docs: '/docs/checkout-api/how-tos/improve-payment-approval',
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      const usage = usageOf(page);
      const facts = { deviceScript: usage.deviceScript.map(at), sdkV2: [...usage.sdkV2, ...usage.npmSdk].map(at), checkoutProRedirect: usage.checkoutProRedirect.map(at) };
      if (usage.deviceScript.length > 0) return pass(text(`security.js is loaded (${at(usage.deviceScript[0]!)}).`, `security.js se carga (${at(usage.deviceScript[0]!)}).`, `security.js é carregado (${at(usage.deviceScript[0]!)}).`), facts);
      const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
      if (v2) return pass(text(`MercadoPago.js v2 is loaded (${at(v2)}); it collects the device id itself.`, `MercadoPago.js v2 se carga (${at(v2)}); recoge el device id por sí mismo.`, `O MercadoPago.js v2 é carregado (${at(v2)}); ele coleta o device id sozinho.`), facts);
      if (isCheckoutProRedirect(usage)) return skip(CHECKOUT_PRO_SKIP, facts);
      if (page.truncated) return truncatedError(page);
      return fail(
        text('Neither MercadoPago.js v2 nor the device script security.js is loaded: payments go without a device id, and more are rejected for fraud risk.', 'No se carga MercadoPago.js v2 ni el script de dispositivo security.js: los pagos van sin device id y se rechazan más por riesgo de fraude.', 'Nem o MercadoPago.js v2 nem o script de dispositivo security.js são carregados: os pagamentos vão sem device id e mais são recusados por risco de fraude.'),
        text(
          'Load MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), or add <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> and send MP_DEVICE_SESSION_ID as the X-meli-session-id header when creating the payment.',
          'Carga MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), o agrega <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> y envía MP_DEVICE_SESSION_ID en el encabezado X-meli-session-id al crear el pago.',
          'Carregue o MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), ou adicione <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> e envie MP_DEVICE_SESSION_ID no cabeçalho X-meli-session-id ao criar o pagamento.',
        ),
        facts,
      );
    });
  },
};

export const sdkV2: CheckDefinition = {
  id: 'approval.sdk-v2',
  section: 'approval',
  defaultSeverity: 'info',
  title: text('The page uses MercadoPago.js v2', 'La página usa MercadoPago.js v2', 'A página usa o MercadoPago.js v2'),
  docs: '/docs/sdks-library/client-side/mp-js-v2',
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      const usage = usageOf(page);
      const facts = { v2: usage.sdkV2.map(at), npm: usage.npmSdk.map(at), v1: usage.sdkV1.map(at), checkoutProRedirect: usage.checkoutProRedirect.map(at) };
      const fix = text(
        'Replace the v1 script (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) with MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> and new MercadoPago(publicKey), or the @mercadopago/sdk-js package.',
        'Reemplaza el script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) por MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> y new MercadoPago(publicKey), o el paquete @mercadopago/sdk-js.',
        'Substitua o script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) pelo MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> e new MercadoPago(publicKey), ou o pacote @mercadopago/sdk-js.',
      );
      if (usage.sdkV1.length > 0) {
        const where = at(usage.sdkV1[0]!);
        return fail(text(`The page still loads the v1 SDK (${where}).`, `La página todavía carga el SDK v1 (${where}).`, `A página ainda carrega o SDK v1 (${where}).`), fix, facts);
      }
      const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
      if (v2) return pass(text(`The page loads MercadoPago.js v2 (${at(v2)}).`, `La página carga MercadoPago.js v2 (${at(v2)}).`, `A página carrega o MercadoPago.js v2 (${at(v2)}).`), facts);
      if (isCheckoutProRedirect(usage)) return skip(CHECKOUT_PRO_SKIP, facts);
      if (page.truncated) return truncatedError(page);
      return fail(
        text('No MercadoPago.js was found in the page or its same-origin scripts. If the payment form is on another page, pass that page as site-url.', 'No se encontró MercadoPago.js en la página ni en sus scripts del mismo origen. Si el formulario de pago está en otra página, pásala en site-url.', 'Nenhum MercadoPago.js foi encontrado na página nem nos scripts de mesma origem. Se o formulário de pagamento está em outra página, informe-a em site-url.'),
        fix,
        facts,
      );
    });
  },
};
