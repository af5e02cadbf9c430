import { text, type Text } from '../../i18n/text.js';
import type { ProbeOutcome } from '../../probes/outcome.js';
import type { Delivery } from '../../probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../probes/webhook/probe.js';
import type { CheckOutcome } from '../types.js';
import { notAnswered, sentFacts, statusFacts } from './notifications-text.js';
import { fail, pass, probeFailed, skip } from './outcomes.js';

export const noTarget = (): CheckOutcome =>
  skip(text('Skipped: no notification URL is known (see notifications.configured).', 'Omitido: no se conoce ninguna URL de notificación (ver notifications.configured).', 'Ignorado: nenhuma URL de notificação é conhecida (veja notifications.configured).'));

export function judgeSignature(webhook: WebhookEvidence, signed: Delivery, forged: Delivery, thresholdMs: number): CheckOutcome {
  const facts = {
    signed: { ...sentFacts(webhook, signed), ...statusFacts(signed) },
    forged: { requestId: forged.requestId, ...statusFacts(forged) },
  };
  const s = signed.answer?.status;
  const f = forged.answer?.status;
  const cannotJudge = (why: Text): CheckOutcome => ({
    status: 'error',
    message: why,
    remediation: text('Make the endpoint answer 200/201 (see notifications.reachable), then run again.', 'Haz que el endpoint responda 200/201 (ver notifications.reachable) y vuelve a ejecutar.', 'Faça o endpoint responder 200/201 (veja notifications.reachable) e execute novamente.'),
    evidence: facts,
  });
  if (s === undefined) return cannotJudge(notAnswered(signed, facts, thresholdMs).message);
  if (s === 400 || s === 401 || s === 403) {
    return fail(
      text(`The endpoint refused a correctly signed notification (${s}).`, `El endpoint rechazó una notificación firmada correctamente (${s}).`, `O endpoint recusou uma notificação assinada corretamente (${s}).`),
      text(
        'Check that webhook-secret is the application\'s current secret signature, and that the endpoint signs the manifest id:<data.id from the URL>;request-id:<x-request-id>;ts:<ts>; with HMAC-SHA256 (hex), data.id in its original casing (the manifest sent is in the evidence).',
        'Revisa que webhook-secret sea la clave secreta actual de la aplicación y que el endpoint firme el manifiesto id:<data.id de la URL>;request-id:<x-request-id>;ts:<ts>; con HMAC-SHA256 (hex), data.id con sus mayúsculas originales (el manifiesto enviado está en la evidencia).',
        'Verifique se webhook-secret é a assinatura secreta atual da aplicação e se o endpoint assina o manifesto id:<data.id da URL>;request-id:<x-request-id>;ts:<ts>; com HMAC-SHA256 (hex), data.id com a capitalização original (o manifesto enviado está na evidência).',
      ),
      facts,
    );
  }
  if (s < 200 || s >= 300) {
    return cannotJudge(text(`Cannot judge: the endpoint answered ${s} even to a correctly signed notification.`, `No se puede juzgar: el endpoint respondió ${s} incluso a una notificación bien firmada.`, `Não é possível avaliar: o endpoint respondeu ${s} até a uma notificação assinada corretamente.`));
  }
  if (f === undefined) return cannotJudge(notAnswered(forged, facts, thresholdMs).message);
  if (f >= 400 && f < 500) {
    return pass(text(`A correctly signed notification was accepted (${s}) and a forged x-signature refused (${f}).`, `Una notificación bien firmada fue aceptada (${s}) y una x-signature falsificada rechazada (${f}).`, `Uma notificação assinada corretamente foi aceita (${s}) e uma x-signature forjada foi recusada (${f}).`), facts);
  }
  const refuse = text(
    'Verify x-signature before acting on a notification: recompute the HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the secret signature, compare in constant time, and answer 401 when it differs.',
    'Verifica x-signature antes de actuar sobre una notificación: recalcula el HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; con la clave secreta, compara en tiempo constante y responde 401 si difiere.',
    'Verifique a x-signature antes de agir sobre uma notificação: recalcule o HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; com a assinatura secreta, compare em tempo constante e responda 401 quando for diferente.',
  );
  if (f >= 200 && f < 300) {
    return fail(text(`The endpoint accepted a notification with a forged x-signature (${f}): anyone could fake payment updates.`, `El endpoint aceptó una notificación con una x-signature falsificada (${f}): cualquiera podría falsificar actualizaciones de pago.`, `O endpoint aceitou uma notificação com x-signature forjada (${f}): qualquer pessoa poderia falsificar atualizações de pagamento.`), refuse, facts);
  }
  return fail(text(`The endpoint did not clearly refuse a forged x-signature: it answered ${f}, not a 4xx.`, `El endpoint no rechazó claramente una x-signature falsificada: respondió ${f}, no un 4xx.`, `O endpoint não recusou claramente uma x-signature forjada: respondeu ${f}, não um 4xx.`), refuse, facts);
}

/**
 * The delivery, or why there is none. For reachability a refused connection or a bad
 * certificate is the endpoint's finding (`fail`); for the signature it only means no verdict.
 */
export function withDelivery(outcome: ProbeOutcome<Delivery> | undefined, unreachable: 'fail' | 'error', evaluate: (delivery: Delivery) => CheckOutcome): CheckOutcome {
  if (outcome === undefined) return probeFailed({ kind: 'internal', message: 'no test notification was sent' });
  if (outcome.ok) return evaluate(outcome.value);
  if (unreachable === 'fail' && (outcome.error.kind === 'network' || outcome.error.kind === 'tls')) {
    return fail(
      text(`The test notification could not be delivered: ${outcome.error.message}.`, `La notificación de prueba no se pudo entregar: ${outcome.error.message}.`, `A notificação de teste não pôde ser entregue: ${outcome.error.message}.`),
      text('Make the endpoint reachable from the internet over https with a certificate from a public authority.', 'Haz que el endpoint sea accesible desde internet por https con un certificado de una autoridad pública.', 'Torne o endpoint acessível pela internet via https com um certificado de uma autoridade pública.'),
      { errorKind: outcome.error.kind },
    );
  }
  return probeFailed(outcome.error);
}
