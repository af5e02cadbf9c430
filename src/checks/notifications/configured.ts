import { texts } from '../../i18n/text.js';
import type { WebhookTarget } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { describeTarget } from '../support/notifications-text.js';
import { manual, pass, probeFailed, skip } from '../support/outcomes.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: { en: 'No notification URL configured', es: 'No hay una URL de notificación configurada', 'pt-BR': 'Nenhuma URL de notificação configurada' },
  passYourProductionNotification: {
    en: "Pass your production notification URL as webhook-url (and the application's secret signature as webhook-secret) so the endpoint is tested.",
    es: 'Pasa tu URL de notificación de producción en webhook-url (y la clave secreta de la aplicación en webhook-secret) para probar el endpoint.',
    'pt-BR': 'Informe sua URL de notificação de produção em webhook-url (e a assinatura secreta da aplicação em webhook-secret) para testar o endpoint.',
  },
  title: {
    en: 'A notification URL is configured',
    es: 'Hay una URL de notificación configurada',
    'pt-BR': 'Há uma URL de notificação configurada',
  },
  skippedAccessTokenWas: {
    en: 'Skipped: the access token was refused, so recent payments cannot show a notification URL; pass webhook-url to test the endpoint anyway.',
    es: 'Omitido: el access token fue rechazado y los pagos recientes no pueden mostrar una URL de notificación; pasa webhook-url para probar el endpoint igualmente.',
    'pt-BR': 'Ignorado: o access token foi recusado, então os pagamentos recentes não podem mostrar uma URL de notificação; informe webhook-url para testar o endpoint mesmo assim.',
  },
  noNotificationUrlRecent: (payments: number, preferences: number) => ({
    en: `No notification_url on the ${payments} recent payments read (the preference search, ${preferences} read, does not list one). Webhooks configured in the dashboard cannot be read by API, so this needs a person.`,
    es: `Ningún notification_url en los ${payments} pagos recientes leídos (la búsqueda de preferencias, ${preferences} leídas, no lo lista). Los Webhooks configurados en el panel no se pueden leer por API, así que esto requiere una persona.`,
    'pt-BR': `Nenhuma notification_url nos ${payments} pagamentos recentes lidos (a busca de preferências, ${preferences} lidas, não a lista). Webhooks configurados no painel não podem ser lidos por API, então isto requer uma pessoa.`,
  }),
  yourIntegrationsYourApplication: {
    en: 'In Your integrations > your application > Webhooks > Configure notifications, confirm a production URL with the payment topic. Then pass that URL as webhook-url (and webhook-secret) so this action can send it a test notification.',
    es: 'En Tus integraciones > tu aplicación > Webhooks > Configurar notificaciones, confirma una URL de producción con el tópico de pagos. Luego pasa esa URL en webhook-url (y webhook-secret) para que esta action le envíe una notificación de prueba.',
    'pt-BR':
      'Em Suas integrações > sua aplicação > Webhooks > Configurar notificações, confirme uma URL de produção com o tópico de pagamentos. Depois informe essa URL em webhook-url (e webhook-secret) para que esta action envie a ela uma notificação de teste.',
  },
});

const passWebhookUrl = T.passYourProductionNotification;

export const configured: CheckDefinition = {
  id: 'notifications.configured',
  section: 'notifications',
  defaultSeverity: 'warning',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: WEBHOOKS_DOCS,
  reads: ['payments', 'preferences', 'webhook'],
  evaluate(evidence) {
    const { target } = evidence.webhook;
    if (target) return pass(describeTarget(target), { url: target.url, source: sourceName(target), ...(target.sourceId ? { sourceId: target.sourceId } : {}), othersSeen: [...target.othersSeen] });
    const lookups = [evidence.payments, evidence.preferences];
    const refused = lookups.find((o) => !o.ok && o.error.kind === 'refused');
    if (refused) {
      return skip(T.skippedAccessTokenWas);
    }
    // The preference search never lists a notification_url (reference §11 F4): only the payments could have shown one.
    if (!evidence.payments.ok) return probeFailed(evidence.payments.error, passWebhookUrl);
    const payments = evidence.payments.ok ? evidence.payments.value.payments.length : 0;
    const preferences = evidence.preferences.ok ? evidence.preferences.value.preferences.length : 0;
    return manual(T.noNotificationUrlRecent(payments, preferences), T.yourIntegrationsYourApplication, { sampledPayments: payments, sampledPreferences: preferences });
  },
};

function sourceName(target: WebhookTarget): string {
  return target.source === 'input' ? 'webhook-url' : target.source === 'payment' ? 'payment.notification_url' : 'preference.notification_url';
}
