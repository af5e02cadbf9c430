import { type Text, texts } from '../../i18n/text.js';
import type { ProbeOutcome } from '../../probes/outcome.js';
import type { Delivery } from '../../probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../probes/webhook/probe.js';
import type { CheckOutcome } from '../types.js';
import { notAnswered, sentFacts, statusFacts } from './notifications-text.js';
import { fail, manual, pass, probeFailed, skip } from './outcomes.js';
import { isWooCommercePluginEndpoint } from '../../probes/webhook/target.js';

const T = texts({
  skippedNoNotificationUrl: {
    en: 'Skipped: no notification URL is known (see notifications.configured).',
    es: 'Omitido: no se conoce ninguna URL de notificación (ver notifications.configured).',
    'pt-BR': 'Ignorado: nenhuma URL de notificação é conhecida (veja notifications.configured).',
  },
  makeEndpointAnswer200: {
    en: 'Make the endpoint answer 200/201 (see notifications.reachable), then run again.',
    es: 'Haz que el endpoint responda 200/201 (ver notifications.reachable) y vuelve a ejecutar.',
    'pt-BR': 'Faça o endpoint responder 200/201 (veja notifications.reachable) e execute novamente.',
  },
  endpointRefusedCorrectlySigned: (s: number) => ({
    en: `The endpoint refused a correctly signed notification (${s}).`,
    es: `El endpoint rechazó una notificación firmada correctamente (${s}).`,
    'pt-BR': `O endpoint recusou uma notificação assinada corretamente (${s}).`,
  }),
  checkThatWebhookSecret: {
    en: "Check that webhook-secret is the application's current secret signature, and that the endpoint signs the manifest id:<data.id from the URL>;request-id:<x-request-id>;ts:<ts>; with HMAC-SHA256 (hex), data.id in its original casing (the manifest sent is in the evidence).",
    es: 'Revisa que webhook-secret sea la clave secreta actual de la aplicación y que el endpoint firme el manifiesto id:<data.id de la URL>;request-id:<x-request-id>;ts:<ts>; con HMAC-SHA256 (hex), data.id con sus mayúsculas originales (el manifiesto enviado está en la evidencia).',
    'pt-BR':
      'Verifique se webhook-secret é a assinatura secreta atual da aplicação e se o endpoint assina o manifesto id:<data.id da URL>;request-id:<x-request-id>;ts:<ts>; com HMAC-SHA256 (hex), data.id com a capitalização original (o manifesto enviado está na evidência).',
  },
  cannotJudgeEndpointAnswered: (s: number) => ({
    en: `Cannot judge: the endpoint answered ${s} even to a correctly signed notification.`,
    es: `No se puede juzgar: el endpoint respondió ${s} incluso a una notificación bien firmada.`,
    'pt-BR': `Não é possível avaliar: o endpoint respondeu ${s} até a uma notificação assinada corretamente.`,
  }),
  correctlySignedNotificationWas: (s: number, f: number) => ({
    en: `A correctly signed notification was accepted (${s}) and a forged x-signature refused (${f}).`,
    es: `Una notificación bien firmada fue aceptada (${s}) y una x-signature falsificada rechazada (${f}).`,
    'pt-BR': `Uma notificação assinada corretamente foi aceita (${s}) e uma x-signature forjada foi recusada (${f}).`,
  }),
  verifyXSignatureBefore: {
    en: 'Verify x-signature before acting on a notification: recompute the HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the secret signature, compare in constant time, and answer 401 when it differs.',
    es: 'Verifica x-signature antes de actuar sobre una notificación: recalcula el HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; con la clave secreta, compara en tiempo constante y responde 401 si difiere.',
    'pt-BR':
      'Verifique a x-signature antes de agir sobre uma notificação: recalcule o HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; com a assinatura secreta, compare em tempo constante e responda 401 quando for diferente.',
  },
  endpointAcceptedNotificationWith: (f: number) => ({
    en: `The endpoint accepted a notification with a forged x-signature (${f}): anyone could fake payment updates.`,
    es: `El endpoint aceptó una notificación con una x-signature falsificada (${f}): cualquiera podría falsificar actualizaciones de pago.`,
    'pt-BR': `O endpoint aceitou uma notificação com x-signature forjada (${f}): qualquer pessoa poderia falsificar atualizações de pagamento.`,
  }),
  endpointDidNotClearly: (f: number) => ({
    en: `The endpoint did not clearly refuse a forged x-signature: it answered ${f}, not a 4xx.`,
    es: `El endpoint no rechazó claramente una x-signature falsificada: respondió ${f}, no un 4xx.`,
    'pt-BR': `O endpoint não recusou claramente uma x-signature forjada: respondeu ${f}, não um 4xx.`,
  }),
  testNotificationCouldNot: (message: string) => ({
    en: `The test notification could not be delivered: ${message}.`,
    es: `La notificación de prueba no se pudo entregar: ${message}.`,
    'pt-BR': `A notificação de teste não pôde ser entregue: ${message}.`,
  }),
  wooCommerceAcceptsForged: (f: number) => ({
    en: `The endpoint accepted a notification with a forged x-signature (${f}). It is Mercado Pago's WooCommerce plugin, which does not read x-signature: it re-reads the payment from the API with your token before it touches an order, so a forged notification cannot change one. Whether that is enough for you is a person's call.`,
    es: `El endpoint aceptó una notificación con una x-signature falsificada (${f}). Es el plugin de WooCommerce de Mercado Pago, que no lee x-signature: vuelve a leer el pago en la API con tu token antes de tocar un pedido, así que una notificación falsificada no puede cambiarlo. Si eso te basta lo decide una persona.`,
    'pt-BR': `O endpoint aceitou uma notificação com x-signature forjada (${f}). É o plugin de WooCommerce do Mercado Pago, que não lê a x-signature: ele consulta o pagamento na API com o seu token antes de mexer em um pedido, então uma notificação forjada não consegue alterá-lo. Se isso basta para você é decisão de uma pessoa.`,
  }),
  confirmWooCommerce: {
    en: 'Keep the plugin up to date; if your own code acts on the notification body, verify x-signature there (HMAC-SHA256 of id:<data.id>;request-id:<x-request-id>;ts:<ts>; with the secret signature).',
    es: 'Mantén el plugin actualizado; si tu propio código actúa sobre el cuerpo de la notificación, verifica ahí la x-signature (HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; con la clave secreta).',
    'pt-BR':
      'Mantenha o plugin atualizado; se o seu próprio código age sobre o corpo da notificação, verifique ali a x-signature (HMAC-SHA256 de id:<data.id>;request-id:<x-request-id>;ts:<ts>; com a assinatura secreta).',
  },
  makeEndpointReachableFrom: {
    en: 'Make the endpoint reachable from the internet over https with a certificate from a public authority.',
    es: 'Haz que el endpoint sea accesible desde internet por https con un certificado de una autoridad pública.',
    'pt-BR': 'Torne o endpoint acessível pela internet via https com um certificado de uma autoridade pública.',
  },
});

export const noTarget = (): CheckOutcome => skip(T.skippedNoNotificationUrl);

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
    remediation: T.makeEndpointAnswer200,
    evidence: facts,
  });
  if (s === undefined) return cannotJudge(notAnswered(signed, facts, thresholdMs).message);
  if (s === 400 || s === 401 || s === 403) {
    return fail(T.endpointRefusedCorrectlySigned(s), T.checkThatWebhookSecret, facts);
  }
  if (s < 200 || s >= 300) {
    return cannotJudge(T.cannotJudgeEndpointAnswered(s));
  }
  if (f === undefined) return cannotJudge(notAnswered(forged, facts, thresholdMs).message);
  if (f >= 400 && f < 500) {
    return pass(T.correctlySignedNotificationWas(s, f), facts);
  }
  const refuse = T.verifyXSignatureBefore;
  if (f >= 200 && f < 300) {
    // Mercado Pago's WooCommerce plugin re-reads a real payment instead of verifying (reference §11 F5).
    if (webhook.target && isWooCommercePluginEndpoint(webhook.target.url) && webhook.subject?.synthetic === false) {
      return manual(T.wooCommerceAcceptsForged(f), T.confirmWooCommerce, { ...facts, receiver: 'woocommerce-plugin' });
    }
    return fail(T.endpointAcceptedNotificationWith(f), refuse, facts);
  }
  return fail(T.endpointDidNotClearly(f), refuse, facts);
}

/**
 * The delivery, or why there is none. For reachability a refused connection or a bad
 * certificate is the endpoint's finding (`fail`); for the signature it only means no verdict.
 */
export function withDelivery(outcome: ProbeOutcome<Delivery> | undefined, unreachable: 'fail' | 'error', evaluate: (delivery: Delivery) => CheckOutcome): CheckOutcome {
  if (outcome === undefined) return probeFailed({ kind: 'internal', message: 'no test notification was sent' });
  if (outcome.ok) return evaluate(outcome.value);
  if (unreachable === 'fail' && (outcome.error.kind === 'network' || outcome.error.kind === 'tls')) {
    return fail(T.testNotificationCouldNot(outcome.error.message), T.makeEndpointReachableFrom, { errorKind: outcome.error.kind });
  }
  return probeFailed(outcome.error);
}
