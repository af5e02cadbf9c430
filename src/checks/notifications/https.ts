import { texts } from '../../i18n/text.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { fail, pass } from '../support/outcomes.js';
import { noTarget } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Notification URL does not use HTTPS', es: 'La URL de notificación no usa HTTPS', 'pt-BR': 'A URL de notificação não usa HTTPS' },
  title: {
    en: 'Notification URL uses HTTPS',
    es: 'La URL de notificación usa HTTPS',
    'pt-BR': 'A URL de notificação usa HTTPS',
  },
  notificationUrlUsesHttps: {
    en: 'The notification URL uses https.',
    es: 'La URL de notificación usa https.',
    'pt-BR': 'A URL de notificação usa https.',
  },
  notificationUrlUsesPlain: {
    en: 'The notification URL uses plain http: payment updates would travel unencrypted.',
    es: 'La URL de notificación usa http sin cifrar: las actualizaciones de pago viajarían sin cifrado.',
    'pt-BR': 'A URL de notificação usa http sem criptografia: as atualizações de pagamento trafegariam sem criptografia.',
  },
  serveNotificationEndpointOver: {
    en: 'Serve the notification endpoint over https:// with a valid certificate and configure that URL in Mercado Pago (and in notification_url).',
    es: 'Sirve el endpoint de notificaciones por https:// con un certificado válido y configura esa URL en Mercado Pago (y en notification_url).',
    'pt-BR': 'Sirva o endpoint de notificações via https:// com um certificado válido e configure essa URL no Mercado Pago (e em notification_url).',
  },
});

export const https: CheckDefinition = {
  id: 'notifications.https',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (!target) return noTarget();
    const scheme = new URL(target.url).protocol.replace(':', '');
    if (scheme === 'https') return pass(T.notificationUrlUsesHttps, { url: target.url, scheme });
    return fail(T.notificationUrlUsesPlain, T.serveNotificationEndpointOver, { url: target.url, scheme });
  },
};
