import { text } from '../../i18n/text.js';
import { isIpnOnly } from '../../probes/webhook/target.js';
import { WEBHOOKS_DOCS } from '../support/docs-paths.js';
import { notAnswered, sentFacts, statusFacts } from '../support/notifications-text.js';
import { fail, manual, pass } from '../support/outcomes.js';
import { noTarget, withDelivery } from '../support/webhook-delivery.js';
import type { CheckDefinition } from '../types.js';

export const reachable: CheckDefinition = {
  id: 'notifications.reachable',
  section: 'notifications',
  defaultSeverity: 'blocker',
  title: text('Notification endpoint answers 200/201 in time', 'El endpoint de notificaciones responde 200/201 a tiempo', 'O endpoint de notificações responde 200/201 a tempo'),
  docs: WEBHOOKS_DOCS,
  reads: ['webhook'],
  defaults: { webhookTimeoutMs: 22_000 },
  evaluate(evidence, context) {
    const webhook = evidence.webhook;
    if (!webhook.target) return noTarget();
    if (isIpnOnly(webhook.target.url)) {
      return manual(
        text(`The notification URL asks for IPN only (source_news=ipn): no test notification was sent, since IPN's format is not the Webhooks one this action sends.`, `La URL de notificación pide solo IPN (source_news=ipn): no se envió notificación de prueba, porque el formato IPN no es el de Webhooks que envía esta action.`, `A URL de notificação pede apenas IPN (source_news=ipn): nenhuma notificação de teste foi enviada, pois o formato IPN não é o de Webhooks que esta action envia.`),
        text('IPN is being discontinued: move to Webhooks (source_news=webhooks, with a secret signature) and run again. Until then, confirm with the dashboard\'s "Simular" that the endpoint answers 200 or 201 within 22 s.', 'IPN se está discontinuando: pasa a Webhooks (source_news=webhooks, con clave secreta) y vuelve a ejecutar. Mientras tanto, confirma con "Simular" del panel que el endpoint responde 200 o 201 en menos de 22 s.', 'O IPN está sendo descontinuado: migre para Webhooks (source_news=webhooks, com assinatura secreta) e execute novamente. Até lá, confirme com o "Simular" do painel que o endpoint responde 200 ou 201 em até 22 s.'),
        { url: webhook.target.url },
      );
    }
    return withDelivery(webhook.notification, 'fail', (delivery) => {
      const facts = { ...sentFacts(webhook, delivery), ...statusFacts(delivery) };
      const answer = delivery.answer;
      if (!answer) return notAnswered(delivery, facts, context.thresholds.webhookTimeoutMs);
      const seconds = (delivery.latencyMs / 1000).toFixed(2);
      if (answer.status === 200 || answer.status === 201) {
        return pass(text(`The endpoint answered ${answer.status} in ${delivery.latencyMs} ms.`, `El endpoint respondió ${answer.status} en ${delivery.latencyMs} ms.`, `O endpoint respondeu ${answer.status} em ${delivery.latencyMs} ms.`), facts);
      }
      if (answer.status >= 300 && answer.status < 400) {
        const to = answer.location ?? '?';
        return fail(
          text(`The endpoint redirects (${answer.status} to ${to}); the redirect was not followed: Mercado Pago needs 200 or 201 from the URL itself.`, `El endpoint redirige (${answer.status} a ${to}); no se siguió: Mercado Pago necesita 200 o 201 de la propia URL.`, `O endpoint redireciona (${answer.status} para ${to}); o redirecionamento não foi seguido: o Mercado Pago precisa de 200 ou 201 da própria URL.`),
          text('Configure the final URL (after the redirect) as the notification URL.', 'Configura la URL final (después de la redirección) como URL de notificación.', 'Configure a URL final (após o redirecionamento) como URL de notificação.'),
          facts,
        );
      }
      if (delivery.signature === 'none' && [400, 401, 403].includes(answer.status)) {
        return {
          status: 'error',
          message: text(`The endpoint refused the unsigned test notification (${answer.status}) in ${seconds} s: it may be verifying signatures, which only a signed notification can get past.`, `El endpoint rechazó la notificación de prueba sin firma (${answer.status}) en ${seconds} s: puede que verifique firmas, y solo una notificación firmada pasa.`, `O endpoint recusou a notificação de teste sem assinatura (${answer.status}) em ${seconds} s: ele pode estar verificando assinaturas, e só uma notificação assinada passa.`),
          remediation: text('Pass the application\'s secret signature as webhook-secret so the test notification is signed.', 'Pasa la clave secreta de la aplicación en webhook-secret para que la notificación de prueba vaya firmada.', 'Informe a assinatura secreta da aplicação em webhook-secret para que a notificação de teste seja assinada.'),
          evidence: facts,
        };
      }
      const synthetic = webhook.subject?.synthetic
        ? text(` The notification named the synthetic payment id ${webhook.subject?.dataId ?? '?'}: the account has no recent payment.`, ` La notificación nombraba el id de pago sintético ${webhook.subject?.dataId ?? '?'}: la cuenta no tiene pagos recientes.`, ` A notificação citava o id de pagamento sintético ${webhook.subject?.dataId ?? '?'}: a conta não tem pagamentos recentes.`)
        : text('', '', '');
      const signedHint = delivery.signature === 'valid' && [400, 401, 403].includes(answer.status)
        ? text(' Check that webhook-secret is the application\'s current secret signature (see notifications.signature).', ' Revisa que webhook-secret sea la clave secreta actual de la aplicación (ver notifications.signature).', ' Verifique se webhook-secret é a assinatura secreta atual da aplicação (veja notifications.signature).')
        : text('', '', '');
      return fail(
        text(`The endpoint answered ${answer.status} in ${seconds} s; Mercado Pago needs 200 or 201 and will retry every 15 minutes.${synthetic.en}`, `El endpoint respondió ${answer.status} en ${seconds} s; Mercado Pago necesita 200 o 201 y reintentará cada 15 minutos.${synthetic.es}`, `O endpoint respondeu ${answer.status} em ${seconds} s; o Mercado Pago precisa de 200 ou 201 e tentará novamente a cada 15 minutos.${synthetic['pt-BR']}`),
        text(`Answer 200 or 201 as soon as the notification arrives and process it afterwards (fetch the payment by its id; handle repeats idempotently).${signedHint.en}`, `Responde 200 o 201 apenas llega la notificación y procésala después (consulta el pago por su id; maneja repeticiones de forma idempotente).${signedHint.es}`, `Responda 200 ou 201 assim que a notificação chegar e processe-a depois (consulte o pagamento pelo id; trate repetições de forma idempotente).${signedHint['pt-BR']}`),
        facts,
      );
    });
  },
};
