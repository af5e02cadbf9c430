import { text } from '../../i18n/text.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import { noTarget } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

export const https: CheckDefinition = {
  id: 'notifications.https',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: text('Notification URL uses HTTPS', 'La URL de notificación usa HTTPS', 'A URL de notificação usa HTTPS'),
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (!target) return noTarget();
    const scheme = new URL(target.url).protocol.replace(':', '');
    if (scheme === 'https') return pass(text('The notification URL uses https.', 'La URL de notificación usa https.', 'A URL de notificação usa https.'), { url: target.url, scheme });
    return fail(
      text('The notification URL uses plain http: payment updates would travel unencrypted.', 'La URL de notificación usa http sin cifrar: las actualizaciones de pago viajarían sin cifrado.', 'A URL de notificação usa http sem criptografia: as atualizações de pagamento trafegariam sem criptografia.'),
      text('Serve the notification endpoint over https:// with a valid certificate and configure that URL in Mercado Pago (and in notification_url).', 'Sirve el endpoint de notificaciones por https:// con un certificado válido y configura esa URL en Mercado Pago (y en notification_url).', 'Sirva o endpoint de notificações via https:// com um certificado válido e configure essa URL no Mercado Pago (e em notification_url).'),
      { url: target.url, scheme },
    );
  },
};
