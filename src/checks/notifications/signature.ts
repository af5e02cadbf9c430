import { text } from '../../i18n/text.js';
import { isIpnOnly } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { skip } from '../support/outcomes.js';
import { judgeSignature, noTarget, withDelivery } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

export const signature: CheckDefinition = {
  id: 'notifications.signature',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: text('Notification signatures are verified', 'Se verifican las firmas de las notificaciones', 'As assinaturas das notificações são verificadas'),
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!context.webhookSecretGiven) {
      return skip(text('Skipped: no webhook-secret given, so no correctly signed notification can be sent.', 'Omitido: no se dio webhook-secret, así que no se puede enviar una notificación bien firmada.', 'Ignorado: nenhum webhook-secret informado, então não é possível enviar uma notificação assinada corretamente.'));
    }
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return skip(text('Skipped: the URL asks for IPN only (source_news=ipn), and IPN notifications cannot be validated by signature.', 'Omitido: la URL pide solo IPN (source_news=ipn), y las notificaciones IPN no se pueden validar por firma.', 'Ignorado: a URL pede apenas IPN (source_news=ipn), e as notificações IPN não podem ser validadas por assinatura.'));
    }
    return withDelivery(webhook.notification, 'error', (signed) =>
      withDelivery(webhook.forged, 'error', (forged) => judgeSignature(webhook, signed, forged, context.thresholds.webhookTimeoutMs)),
    );
  },
};
