import { texts } from '../../i18n/text.js';

const T = texts({
  skippedCheckoutProRedirect: {
    en: "Skipped: a Checkout Pro redirect page (Mercado Pago's own checkout collects the device id and runs the SDK).",
    es: 'Omitido: una página de redirección de Checkout Pro (el checkout de Mercado Pago recoge el device id y usa el SDK).',
    'pt-BR': 'Ignorado: uma página de redirecionamento do Checkout Pro (o checkout do Mercado Pago coleta o device id e usa o SDK).',
  },
});

export const CHECKOUT_PRO_SKIP = T.skippedCheckoutProRedirect;
