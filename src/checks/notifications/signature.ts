import { texts } from '../../i18n/text.js';
import { isIpnOnly, isPluginRelayEndpoint } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { skip } from '../support/outcomes.js';
import { judgeSignature, noTarget, withDelivery } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'Notification signatures are not verified', es: 'No se verifican las firmas de las notificaciones', 'pt-BR': 'As assinaturas das notificações não são verificadas' },
  skippedPluginRelay: {
    en: "Skipped: the URL is Mercado Pago's Magento 2 plugin endpoint, which takes the plugin relay's notifications, not signed Webhooks ones (see notifications.reachable).",
    es: 'Omitido: la URL es el endpoint del plugin de Magento 2 de Mercado Pago, que recibe las notificaciones del relay del plugin, no las de Webhooks firmadas (ver notifications.reachable).',
    'pt-BR': 'Ignorado: a URL é o endpoint do plugin de Magento 2 do Mercado Pago, que recebe as notificações do relay do plugin, não as de Webhooks assinadas (veja notifications.reachable).',
  },
  title: {
    en: 'Notification signatures are verified',
    es: 'Se verifican las firmas de las notificaciones',
    'pt-BR': 'As assinaturas das notificações são verificadas',
  },
  skippedNoWebhookSecret: {
    en: 'Skipped: no webhook-secret given, so no correctly signed notification can be sent.',
    es: 'Omitido: no se dio webhook-secret, así que no se puede enviar una notificación bien firmada.',
    'pt-BR': 'Ignorado: nenhum webhook-secret informado, então não é possível enviar uma notificação assinada corretamente.',
  },
  skippedUrlAsksIpn: {
    en: 'Skipped: the URL asks for IPN only (source_news=ipn), and IPN notifications cannot be validated by signature.',
    es: 'Omitido: la URL pide solo IPN (source_news=ipn), y las notificaciones IPN no se pueden validar por firma.',
    'pt-BR': 'Ignorado: a URL pede apenas IPN (source_news=ipn), e as notificações IPN não podem ser validadas por assinatura.',
  },
});

export const signature: CheckDefinition = {
  id: 'notifications.signature',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!context.webhookSecretGiven) {
      return skip(T.skippedNoWebhookSecret);
    }
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return skip(T.skippedUrlAsksIpn);
    }
    if (isPluginRelayEndpoint(webhook.target.url)) {
      return skip(T.skippedPluginRelay);
    }
    return withDelivery(webhook.notification, 'error', (signed) => withDelivery(webhook.forged, 'error', (forged) => judgeSignature(webhook, signed, forged, context.thresholds.webhookTimeoutMs)));
  },
};
