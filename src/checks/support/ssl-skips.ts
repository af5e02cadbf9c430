import { text } from '../../i18n/text.js';

export const NOT_HTTPS = text('Skipped: site-url is not https (see ssl.https).', 'Omitido: site-url no es https (ver ssl.https).', 'Ignorado: site-url não é https (veja ssl.https).');
