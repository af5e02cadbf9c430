import { texts } from '../../i18n/text.js';
import { CHECKOUT_PRO_SKIP } from '../support/checkout-pro.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { at, isCheckoutProRedirect, truncatedError, usageOf, withHtml } from '../support/page-facts.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  title: {
    en: 'The page collects the device id',
    es: 'La página recoge el device id',
    'pt-BR': 'A página coleta o device id',
  },
  securityJsLoaded: (deviceScript: string) => ({
    en: `security.js is loaded (${deviceScript}).`,
    es: `security.js se carga (${deviceScript}).`,
    'pt-BR': `security.js é carregado (${deviceScript}).`,
  }),
  mercadopagoJsV2Loaded: (v2: string) => ({
    en: `MercadoPago.js v2 is loaded (${v2}); it collects the device id itself.`,
    es: `MercadoPago.js v2 se carga (${v2}); recoge el device id por sí mismo.`,
    'pt-BR': `O MercadoPago.js v2 é carregado (${v2}); ele coleta o device id sozinho.`,
  }),
  neitherMercadopagoJsV2: {
    en: 'Neither MercadoPago.js v2 nor the device script security.js is loaded: payments go without a device id, and more are rejected for fraud risk.',
    es: 'No se carga MercadoPago.js v2 ni el script de dispositivo security.js: los pagos van sin device id y se rechazan más por riesgo de fraude.',
    'pt-BR': 'Nem o MercadoPago.js v2 nem o script de dispositivo security.js são carregados: os pagamentos vão sem device id e mais são recusados por risco de fraude.',
  },
  loadMercadopagoJsV2: {
    en: 'Load MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), or add <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> and send MP_DEVICE_SESSION_ID as the X-meli-session-id header when creating the payment.',
    es: 'Carga MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), o agrega <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> y envía MP_DEVICE_SESSION_ID en el encabezado X-meli-session-id al crear el pago.',
    'pt-BR':
      'Carregue o MercadoPago.js v2 (https://sdk.mercadopago.com/js/v2), ou adicione <script src="https://www.mercadopago.com/v2/security.js" view="checkout"></script> e envie MP_DEVICE_SESSION_ID no cabeçalho X-meli-session-id ao criar o pagamento.',
  },
});

export const deviceId: CheckDefinition = {
  id: 'approval.device-id',
  section: 'approval',
  defaultSeverity: 'warning',
  title: T.title,
  docs: '/docs/checkout-api/how-tos/improve-payment-approval',
  reads: ['page'],
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      const usage = usageOf(page);
      const facts = { deviceScript: usage.deviceScript.map(at), sdkV2: [...usage.sdkV2, ...usage.npmSdk].map(at), checkoutProRedirect: usage.checkoutProRedirect.map(at) };
      if (usage.deviceScript.length > 0) return pass(T.securityJsLoaded(at(usage.deviceScript[0]!)), facts);
      const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
      if (v2) return pass(T.mercadopagoJsV2Loaded(at(v2)), facts);
      if (isCheckoutProRedirect(usage)) return skip(CHECKOUT_PRO_SKIP, facts);
      if (page.truncated) return truncatedError(page);
      return fail(T.neitherMercadopagoJsV2, T.loadMercadopagoJsV2, facts);
    });
  },
};
