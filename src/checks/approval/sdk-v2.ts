import { texts } from '../../i18n/text.js';
import { CHECKOUT_PRO_SKIP } from '../support/checkout-pro.js';
import { fail, pass, skip } from '../support/outcomes.js';
import { at, browserLoaded, browserNote, isCheckoutProRedirect, runtimeOf, truncatedError, usageOf, withHtml } from '../support/page-facts.js';
import { missedScripts, missedScriptsError } from '../support/script-coverage.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'The page does not use MercadoPago.js v2', es: 'La página no usa MercadoPago.js v2', 'pt-BR': 'A página não usa o MercadoPago.js v2' },
  title: {
    en: 'The page uses MercadoPago.js v2',
    es: 'La página usa MercadoPago.js v2',
    'pt-BR': 'A página usa o MercadoPago.js v2',
  },
  replaceV1ScriptSecure: {
    en: 'Replace the v1 script (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) with MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> and new MercadoPago(publicKey), or the @mercadopago/sdk-js package.',
    es: 'Reemplaza el script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) por MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> y new MercadoPago(publicKey), o el paquete @mercadopago/sdk-js.',
    'pt-BR':
      'Substitua o script v1 (secure.mlstatic.com/sdk/javascript/v1/mercadopago.js, Mercadopago.setPublishableKey) pelo MercadoPago.js v2: <script src="https://sdk.mercadopago.com/js/v2"></script> e new MercadoPago(publicKey), ou o pacote @mercadopago/sdk-js.',
  },
  pageStillLoadsV1: (where: string) => ({
    en: `The page still loads the v1 SDK (${where}).`,
    es: `La página todavía carga el SDK v1 (${where}).`,
    'pt-BR': `A página ainda carrega o SDK v1 (${where}).`,
  }),
  pageLoadsMercadopagoJs: (v2: string) => ({
    en: `The page loads MercadoPago.js v2 (${v2}).`,
    es: `La página carga MercadoPago.js v2 (${v2}).`,
    'pt-BR': `A página carrega o MercadoPago.js v2 (${v2}).`,
  }),
  noMercadopagoJsWas: {
    en: 'No MercadoPago.js was found in the page or its same-origin scripts. If the payment form is on another page, pass that page as site-url.',
    es: 'No se encontró MercadoPago.js en la página ni en sus scripts del mismo origen. Si el formulario de pago está en otra página, pásala en site-url.',
    'pt-BR': 'Nenhum MercadoPago.js foi encontrado na página nem nos scripts de mesma origem. Se o formulário de pagamento está em outra página, informe-a em site-url.',
  },
});

export const sdkV2: CheckDefinition = {
  id: 'approval.sdk-v2',
  section: 'approval',
  defaultSeverity: 'info',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: '/docs/sdks-library/client-side/mp-js-v2',
  reads: ['page', 'browser'],
  evaluate(evidence) {
    return withHtml(evidence.page, (page) => {
      const usage = usageOf(page);
      const browser = runtimeOf(evidence.browser);
      const runtimeV2 = browserLoaded(browser, 'https://sdk.mercadopago.com/js/v2');
      const runtimeV1 = browserLoaded(browser, 'https://secure.mlstatic.com/sdk/javascript/v1');
      const facts = {
        v2: usage.sdkV2.map(at),
        npm: usage.npmSdk.map(at),
        v1: usage.sdkV1.map(at),
        checkoutProRedirect: usage.checkoutProRedirect.map(at),
        walletBrick: usage.walletBrick.map(at),
        browser: browserNote(evidence.browser),
        ...(browser ? { runtime: { v2: runtimeV2 ?? null, v1: runtimeV1 ?? null, sdkLoaded: browser.mercadoPago.sdkLoaded } } : {}),
      };
      const fix = T.replaceV1ScriptSecure;
      if (usage.sdkV1.length > 0 || runtimeV1) {
        const where = usage.sdkV1[0] ? at(usage.sdkV1[0]) : `${runtimeV1} (run time)`;
        return fail(T.pageStillLoadsV1(where), fix, facts);
      }
      const v2 = usage.sdkV2[0] ?? usage.npmSdk[0];
      if (v2) return pass(T.pageLoadsMercadopagoJs(at(v2)), facts);
      if (isCheckoutProRedirect(usage)) return skip(CHECKOUT_PRO_SKIP, facts);
      if (page.truncated) return truncatedError(page);
      // What the static scan could not read, the browser may have seen running.
      if (missedScripts(page).length > 0) return runtimeV2 ? pass(T.pageLoadsMercadopagoJs(`${runtimeV2} (run time)`), facts) : { ...missedScriptsError(page), evidence: facts };
      return fail(T.noMercadopagoJsWas, fix, facts);
    });
  },
};
