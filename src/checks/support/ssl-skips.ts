import { texts } from '../../i18n/text.js';

const T = texts({
  skippedSiteUrlNot: {
    en: 'Skipped: site-url is not https (see ssl.https).',
    es: 'Omitido: site-url no es https (ver ssl.https).',
    'pt-BR': 'Ignorado: site-url não é https (veja ssl.https).',
  },
});

export const NOT_HTTPS = T.skippedSiteUrlNot;
