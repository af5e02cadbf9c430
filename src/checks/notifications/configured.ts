import { text } from '../../i18n/text.js';
import { type WebhookTarget } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { describeTarget } from '../support/notifications-text.js';
import { manual, pass, probeFailed, skip } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const passWebhookUrl = text(
  'Pass your production notification URL as webhook-url (and the application\'s secret signature as webhook-secret) so the endpoint is tested.',
  'Pasa tu URL de notificación de producción en webhook-url (y la clave secreta de la aplicación en webhook-secret) para probar el endpoint.',
  'Informe sua URL de notificação de produção em webhook-url (e a assinatura secreta da aplicação em webhook-secret) para testar o endpoint.',
);

export const configured: CheckDefinition = {
  id: 'notifications.configured',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: text('A notification URL is configured', 'Hay una URL de notificación configurada', 'Há uma URL de notificação configurada'),
  docs: WEBHOOKS_DOCS,
  reads: ['payments', 'preferences', 'webhook'],
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (target) return pass(describeTarget(target), { url: target.url, source: sourceName(target), ...(target.sourceId ? { sourceId: target.sourceId } : {}), othersSeen: [...target.othersSeen] });
    const lookups = [evidence.payments, evidence.preferences];
    const refused = lookups.find((o) => !o.ok && o.error.kind === 'refused');
    if (refused) {
      return skip(text('Skipped: the access token was refused, so recent payments cannot show a notification URL; pass webhook-url to test the endpoint anyway.', 'Omitido: el access token fue rechazado y los pagos recientes no pueden mostrar una URL de notificación; pasa webhook-url para probar el endpoint igualmente.', 'Ignorado: o access token foi recusado, então os pagamentos recentes não podem mostrar uma URL de notificação; informe webhook-url para testar o endpoint mesmo assim.'));
    }
    const broken = lookups.find((o) => !o.ok);
    if (broken && !broken.ok) return probeFailed(broken.error, passWebhookUrl);
    const payments = evidence.payments.ok ? evidence.payments.value.payments.length : 0;
    const preferences = evidence.preferences.ok ? evidence.preferences.value.preferences.length : 0;
    return manual(
      text(
        `No notification_url on the ${payments} recent payments and ${preferences} preferences read. Webhooks configured in the dashboard cannot be read by API, so this needs a person.`,
        `Ningún notification_url en los ${payments} pagos y ${preferences} preferencias recientes leídos. Los Webhooks configurados en el panel no se pueden leer por API, así que esto requiere una persona.`,
        `Nenhuma notification_url nos ${payments} pagamentos e ${preferences} preferências recentes lidos. Webhooks configurados no painel não podem ser lidos por API, então isto requer uma pessoa.`,
      ),
      text(
        'In Your integrations > your application > Webhooks > Configure notifications, confirm a production URL with the payment topic. Then pass that URL as webhook-url (and webhook-secret) so this action can send it a test notification.',
        'En Tus integraciones > tu aplicación > Webhooks > Configurar notificaciones, confirma una URL de producción con el tópico de pagos. Luego pasa esa URL en webhook-url (y webhook-secret) para que esta action le envíe una notificación de prueba.',
        'Em Suas integrações > sua aplicação > Webhooks > Configurar notificações, confirme uma URL de produção com o tópico de pagamentos. Depois informe essa URL em webhook-url (e webhook-secret) para que esta action envie a ela uma notificação de teste.',
      ),
      { sampledPayments: payments, sampledPreferences: preferences },
    );
  },
};

function sourceName(target: WebhookTarget): string {
  return target.source === 'input' ? 'webhook-url' : target.source === 'payment' ? 'payment.notification_url' : 'preference.notification_url';
}
