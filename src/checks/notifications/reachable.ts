import { type Text, texts } from '../../i18n/text.js';
import type { WebhookEvidence } from '../../probes/webhook/probe.js';
import { isIpnOnly, isPluginRelayEndpoint } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { notAnswered, sentFacts, statusFacts } from '../support/notifications-text.js';
import { fail, manual, pass } from '../support/outcomes.js';
import { noTarget, withDelivery } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

const T = texts({
  failureTitle: {
    en: 'Notification endpoint does not answer 200/201 in time',
    es: 'El endpoint de notificaciones no responde 200/201 a tiempo',
    'pt-BR': 'O endpoint de notificações não responde 200/201 a tempo',
  },
  title: {
    en: 'Notification endpoint answers 200/201 in time',
    es: 'El endpoint de notificaciones responde 200/201 a tiempo',
    'pt-BR': 'O endpoint de notificações responde 200/201 a tempo',
  },
  notificationUrlAsksIpn: {
    en: `The notification URL asks for IPN only (source_news=ipn): no test notification was sent, since IPN's format is not the Webhooks one this action sends.`,
    es: `La URL de notificación pide solo IPN (source_news=ipn): no se envió notificación de prueba, porque el formato IPN no es el de Webhooks que envía esta action.`,
    'pt-BR': `A URL de notificação pede apenas IPN (source_news=ipn): nenhuma notificação de teste foi enviada, pois o formato IPN não é o de Webhooks que esta action envia.`,
  },
  ipnBeingDiscontinuedMove: {
    en: 'IPN is being discontinued: move to Webhooks (source_news=webhooks, with a secret signature) and run again. Until then, confirm with the dashboard\'s "Simular" that the endpoint answers 200 or 201 within 22 s.',
    es: 'IPN se está discontinuando: pasa a Webhooks (source_news=webhooks, con clave secreta) y vuelve a ejecutar. Mientras tanto, confirma con "Simular" del panel que el endpoint responde 200 o 201 en menos de 22 s.',
    'pt-BR':
      'O IPN está sendo descontinuado: migre para Webhooks (source_news=webhooks, com assinatura secreta) e execute novamente. Até lá, confirme com o "Simular" do painel que o endpoint responde 200 ou 201 em até 22 s.',
  },
  endpointAnsweredMs: (status: number, latencyMs: number) => ({
    en: `The endpoint answered ${status} in ${latencyMs} ms.`,
    es: `El endpoint respondió ${status} en ${latencyMs} ms.`,
    'pt-BR': `O endpoint respondeu ${status} em ${latencyMs} ms.`,
  }),
  endpointRedirectsRedirectWas: (status: number, to: string) => ({
    en: `The endpoint redirects (${status} to ${to}); the redirect was not followed: Mercado Pago needs 200 or 201 from the URL itself.`,
    es: `El endpoint redirige (${status} a ${to}); no se siguió: Mercado Pago necesita 200 o 201 de la propia URL.`,
    'pt-BR': `O endpoint redireciona (${status} para ${to}); o redirecionamento não foi seguido: o Mercado Pago precisa de 200 ou 201 da própria URL.`,
  }),
  configureFinalUrlAfter: {
    en: 'Configure the final URL (after the redirect) as the notification URL.',
    es: 'Configura la URL final (después de la redirección) como URL de notificación.',
    'pt-BR': 'Configure a URL final (após o redirecionamento) como URL de notificação.',
  },
  endpointRefusedUnsignedTest: (status: number, seconds: string) => ({
    en: `The endpoint refused the unsigned test notification (${status}) in ${seconds} s: it may be verifying signatures, which only a signed notification can get past.`,
    es: `El endpoint rechazó la notificación de prueba sin firma (${status}) en ${seconds} s: puede que verifique firmas, y solo una notificación firmada pasa.`,
    'pt-BR': `O endpoint recusou a notificação de teste sem assinatura (${status}) em ${seconds} s: ele pode estar verificando assinaturas, e só uma notificação assinada passa.`,
  }),
  passApplicationSSecret: {
    en: "Pass the application's secret signature as webhook-secret so the test notification is signed.",
    es: 'Pasa la clave secreta de la aplicación en webhook-secret para que la notificación de prueba vaya firmada.',
    'pt-BR': 'Informe a assinatura secreta da aplicação em webhook-secret para que a notificação de teste seja assinada.',
  },
  notificationNamedSyntheticPayment: (webhook: WebhookEvidence) => ({
    en: ` The notification named the synthetic payment id ${webhook.subject?.dataId ?? '?'}: no recent payment of the account is one Mercado Pago would send to this URL.`,
    es: ` La notificación nombraba el id de pago sintético ${webhook.subject?.dataId ?? '?'}: ningún pago reciente de la cuenta es uno que Mercado Pago enviaría a esta URL.`,
    'pt-BR': ` A notificação citava o id de pagamento sintético ${webhook.subject?.dataId ?? '?'}: nenhum pagamento recente da conta é um que o Mercado Pago enviaria a esta URL.`,
  }),
  syntheticRefused: (status: number, id: string, seconds: string) => ({
    en: `Could not be judged: the endpoint answered ${status} in ${seconds} s to a test notification naming the synthetic payment id ${id}, since no recent payment of the account is one Mercado Pago would send to this URL. A receiver that re-reads the payment from the API (as Mercado Pago's own plugins do) refuses an id that does not exist, so this answer says nothing about real notifications.`,
    es: `No se pudo juzgar: el endpoint respondió ${status} en ${seconds} s a una notificación de prueba con el id de pago sintético ${id}, porque ningún pago reciente de la cuenta es uno que Mercado Pago enviaría a esta URL. Un receptor que vuelve a leer el pago en la API (como los plugins de Mercado Pago) rechaza un id que no existe, así que esta respuesta no dice nada de las notificaciones reales.`,
    'pt-BR': `Não foi possível avaliar: o endpoint respondeu ${status} em ${seconds} s a uma notificação de teste com o id de pagamento sintético ${id}, pois nenhum pagamento recente da conta é um que o Mercado Pago enviaria a esta URL. Um receptor que consulta o pagamento na API (como os plugins do Mercado Pago) recusa um id que não existe, então esta resposta não diz nada sobre as notificações reais.`,
  }),
  makeRealPayment: {
    en: 'Make one real payment that Mercado Pago notifies at this URL (notification_url set to it, or none when this is the dashboard\'s URL), then run again; or send the dashboard\'s "Simular" with a real payment id and check the endpoint answers 200 or 201.',
    es: 'Haz un pago real que Mercado Pago notifique en esta URL (con notification_url igual a ella, o sin él si es la URL del panel) y vuelve a ejecutar; o envía "Simular" desde el panel con un id de pago real y confirma que el endpoint responde 200 o 201.',
    'pt-BR':
      'Faça um pagamento real que o Mercado Pago notifique nesta URL (com notification_url igual a ela, ou sem ele quando for a URL do painel) e execute novamente; ou envie o "Simular" do painel com um id de pagamento real e confirme que o endpoint responde 200 ou 201.',
  },
  pluginRelay: {
    en: "The notification URL is Mercado Pago's Magento 2 plugin endpoint (…/mp/notification/…). It takes the plugin relay's notifications (a notification_id it fetches), not the Webhooks body this action sends, so no test notification was sent: a Webhooks body would fail there and tell nothing.",
    es: 'La URL de notificación es el endpoint del plugin de Magento 2 de Mercado Pago (…/mp/notification/…). Recibe las notificaciones del relay del plugin (un notification_id que consulta), no el cuerpo de Webhooks que envía esta action, así que no se envió notificación de prueba: un cuerpo de Webhooks fallaría ahí sin decir nada.',
    'pt-BR':
      'A URL de notificação é o endpoint do plugin de Magento 2 do Mercado Pago (…/mp/notification/…). Ele recebe as notificações do relay do plugin (um notification_id que consulta), não o corpo de Webhooks que esta action envia, então nenhuma notificação de teste foi enviada: um corpo de Webhooks falharia ali sem dizer nada.',
  },
  confirmPluginRelay: {
    en: "Confirm in Magento that payment notifications arrive (the plugin's log under var/log, or an order's status following a real payment), and keep the plugin up to date.",
    es: 'Confirma en Magento que llegan las notificaciones de pago (el log del plugin en var/log, o el estado de un pedido tras un pago real) y mantén el plugin actualizado.',
    'pt-BR': 'Confirme no Magento que as notificações de pagamento chegam (o log do plugin em var/log, ou o status de um pedido após um pagamento real) e mantenha o plugin atualizado.',
  },
  nothing: {
    en: '',
    es: '',
    'pt-BR': '',
  },
  checkThatWebhookSecret: {
    en: " Check that webhook-secret is the application's current secret signature (see notifications.signature).",
    es: ' Revisa que webhook-secret sea la clave secreta actual de la aplicación (ver notifications.signature).',
    'pt-BR': ' Verifique se webhook-secret é a assinatura secreta atual da aplicação (veja notifications.signature).',
  },
  endpointAnsweredSMercado: (status: number, seconds: string, synthetic: Text) => ({
    en: `The endpoint answered ${status} in ${seconds} s; Mercado Pago needs 200 or 201 and will retry every 15 minutes.${synthetic.en}`,
    es: `El endpoint respondió ${status} en ${seconds} s; Mercado Pago necesita 200 o 201 y reintentará cada 15 minutos.${synthetic.es}`,
    'pt-BR': `O endpoint respondeu ${status} em ${seconds} s; o Mercado Pago precisa de 200 ou 201 e tentará novamente a cada 15 minutos.${synthetic['pt-BR']}`,
  }),
  answer200201As: (signedHint: Text) => ({
    en: `Answer 200 or 201 as soon as the notification arrives and process it afterwards (fetch the payment by its id; handle repeats idempotently).${signedHint.en}`,
    es: `Responde 200 o 201 apenas llega la notificación y procésala después (consulta el pago por su id; maneja repeticiones de forma idempotente).${signedHint.es}`,
    'pt-BR': `Responda 200 ou 201 assim que a notificação chegar e processe-a depois (consulte o pagamento pelo id; trate repetições de forma idempotente).${signedHint['pt-BR']}`,
  }),
});

/** What a receiver answers when the notified payment does not exist for it (the plugins: 422 after a 404 from the API). */
const UNKNOWN_RESOURCE: ReadonlySet<number> = new Set([400, 404, 409, 410, 422]);

export const reachable: CheckDefinition = {
  id: 'notifications.reachable',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: T.title,
  failureTitle: T.failureTitle,
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return manual(T.notificationUrlAsksIpn, T.ipnBeingDiscontinuedMove, { url: webhook.target.url });
    }
    if (isPluginRelayEndpoint(webhook.target.url)) {
      return manual(T.pluginRelay, T.confirmPluginRelay, { url: webhook.target.url, receiver: 'magento-plugin' });
    }
    return withDelivery(webhook.notification, 'fail', (delivery) => {
      const facts = { ...sentFacts(webhook, delivery), ...statusFacts(delivery) };
      const answer = delivery.answer;
      if (!answer) return notAnswered(delivery, facts, context.thresholds.webhookTimeoutMs);
      const seconds = (delivery.latencyMs / 1000).toFixed(2);
      if (answer.status === 200 || answer.status === 201) {
        return pass(T.endpointAnsweredMs(answer.status, delivery.latencyMs), facts);
      }
      if (answer.status >= 300 && answer.status < 400) {
        const to = answer.location ?? '?';
        return fail(T.endpointRedirectsRedirectWas(answer.status, to), T.configureFinalUrlAfter, facts);
      }
      if (delivery.signature === 'none' && [400, 401, 403].includes(answer.status)) {
        return {
          status: 'error',
          message: T.endpointRefusedUnsignedTest(answer.status, seconds),
          remediation: T.passApplicationSSecret,
          evidence: facts,
        };
      }
      // A receiver that re-reads the payment refuses the synthetic id (reference §11 F2): no verdict on
      // the statuses it answers an unknown resource with. 401/403, 405, 429… say something else.
      if (webhook.subject?.synthetic && UNKNOWN_RESOURCE.has(answer.status)) {
        return { status: 'error', message: T.syntheticRefused(answer.status, webhook.subject.dataId, seconds), remediation: T.makeRealPayment, evidence: facts };
      }
      const synthetic = webhook.subject?.synthetic ? T.notificationNamedSyntheticPayment(webhook) : T.nothing;
      const signedHint = delivery.signature === 'valid' && [400, 401, 403].includes(answer.status) ? T.checkThatWebhookSecret : T.nothing;
      return fail(T.endpointAnsweredSMercado(answer.status, seconds, synthetic), T.answer200201As(signedHint), facts);
    });
  },
};
