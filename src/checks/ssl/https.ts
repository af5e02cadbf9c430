import { text } from '../../i18n/text.js';
import { GO_LIVE_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

export const https: CheckDefinition = {
  id: 'ssl.https',
  section: 'ssl',
  defaultSeverity: 'blocker',
  title: text('Payment page served over HTTPS', 'Página de pago servida por HTTPS', 'Página de pagamento servida via HTTPS'),
  docs: GO_LIVE_DOCS,
  reads: [],
  evaluate(_evidence, { siteUrl }) {
    if (siteUrl.protocol === 'https:') {
      return pass(text('site-url uses https.', 'site-url usa https.', 'site-url usa https.'), { scheme: 'https' });
    }
    return fail(
      text('site-url uses plain http: Mercado Pago requires the payment form on an HTTPS page in production.', 'site-url usa http sin cifrar: Mercado Pago exige el formulario de pago en una página HTTPS en producción.', 'site-url usa http sem criptografia: o Mercado Pago exige o formulário de pagamento em uma página HTTPS em produção.'),
      text('Install a TLS certificate on the site, serve the checkout over https:// and pass that URL as site-url.', 'Instala un certificado TLS en el sitio, sirve el checkout por https:// y pasa esa URL en site-url.', 'Instale um certificado TLS no site, sirva o checkout via https:// e informe essa URL em site-url.'),
      { scheme: siteUrl.protocol.replace(':', '') },
    );
  },
};
