import { texts } from '../../i18n/text.js';
import { CHECKOUT_PRO_SKIP } from '../support/checkout-pro.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { at, browserLoaded, browserNote, isCheckoutProRedirect, runtimeOf, truncatedError, usageOf, withHtml } from '../support/page-facts.js';
import { missedScripts, missedScriptsError } from '../support/script-coverage.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'The page does not collect the device id', es: 'La página no recopila el device id', 'pt-BR': 'A página não coleta o device id' },
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
  failureTitle: T.failureTitle,
  docs: '/docs/checkout-api/how-tos/improve-payment-approval',
  reads: ['page', 'browser'],
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      const usage = usageOf(page);
      const browser = runtimeOf(evidence.browser);
      const runtimeDevice = browserLoaded(browser, 'https://www.mercadopago.com/v2/security.js');
      const runtimeV2 = browserLoaded(browser, 'https://sdk.mercadopago.com/js/v2');
      const facts = {
        deviceScript: usage.deviceScript.map(at),
        sdkV2: [...usage.sdkV2, ...usage.npmSdk].map(at),
        checkoutProRedirect: usage.checkoutProRedirect.map(at),
        browser: browserNote(evidence.browser),
        ...(browser ? { runtime: { securityJs: runtimeDevice ?? null, sdkV2: runtimeV2 ?? null, deviceSessionId: browser.mercadoPago.deviceSessionId } } : {}),
      };
      if (usage.deviceScript.length > 0) return pass(T.securityJsLoaded(at(usage.deviceScript[0]!)), facts);
      const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
      if (v2) return pass(T.mercadopagoJsV2Loaded(at(v2)), facts);
      if (isCheckoutProRedirect(usage)) return skip(CHECKOUT_PRO_SKIP, facts);
      if (page.truncated) return truncatedError(page);
      if (missedScripts(page).length > 0) {
        // The static scan had to guess; the browser saw what ran.
        if (runtimeDevice || browser?.mercadoPago.deviceSessionId) return pass(T.securityJsLoaded(`${runtimeDevice ?? 'MP_DEVICE_SESSION_ID'} (run time)`), facts);
        if (runtimeV2) return pass(T.mercadopagoJsV2Loaded(`${runtimeV2} (run time)`), facts);
        return { ...missedScriptsError(page), evidence: facts };
      }
      return fail(T.neitherMercadopagoJsV2, T.loadMercadopagoJsV2, facts);
    });
  },
};
