import { texts } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Payment page not served over HTTPS', es: 'Página de pago no servida por HTTPS', 'pt-BR': 'Página de pagamento não servida via HTTPS' },
  title: {
    en: 'Payment page served over HTTPS',
    es: 'Página de pago servida por HTTPS',
    'pt-BR': 'Página de pagamento servida via HTTPS',
  },
  siteUrlUsesHttps: {
    en: 'site-url uses https.',
    es: 'site-url usa https.',
    'pt-BR': 'site-url usa https.',
  },
  siteUrlUsesPlain: {
    en: 'site-url uses plain http: Mercado Pago requires the payment form on an HTTPS page in production.',
    es: 'site-url usa http sin cifrar: Mercado Pago exige el formulario de pago en una página HTTPS en producción.',
    'pt-BR': 'site-url usa http sem criptografia: o Mercado Pago exige o formulário de pagamento em uma página HTTPS em produção.',
  },
  installTlsCertificateSite: {
    en: 'Install a TLS certificate on the site, serve the checkout over https:// and pass that URL as site-url.',
    es: 'Instala un certificado TLS en el sitio, sirve el checkout por https:// y pasa esa URL en site-url.',
    'pt-BR': 'Instale um certificado TLS no site, sirva o checkout via https:// e informe essa URL em site-url.',
  },
});

export const https: CheckDefinition = {
  id: 'ssl.https',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: GO_LIVE_DOCS,
  reads: [],
  evaluate(_evidence, { siteUrl }) {
    if (siteUrl.protocol === 'https:') {
      return pass(T.siteUrlUsesHttps, { scheme: 'https' });
    }
    return fail(T.siteUrlUsesPlain, T.installTlsCertificateSite, { scheme: siteUrl.protocol.replace(':', '') });
  },
};
