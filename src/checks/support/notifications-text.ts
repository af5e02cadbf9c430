import { type Text, texts } from '../../i18n/text.js';
import type { Delivery } from '../../probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../probes/webhook/probe.js';
import type { WebhookTarget } from '../../probes/webhook/target.js';
import { fail } from './outcomes.js';
import type { CheckOutcome } from '../types.js';

const T = texts({
  webhookUrl: (url: string) => ({
    en: `webhook-url: ${url}`,
    es: `webhook-url: ${url}`,
    'pt-BR': `webhook-url: ${url}`,
  }),
  notificationUrlPayment: (id: string, url: string) => ({
    en: `notification_url of payment ${id}: ${url}`,
    es: `notification_url del pago ${id}: ${url}`,
    'pt-BR': `notification_url do pagamento ${id}: ${url}`,
  }),
  notificationUrlPreference: (id: string, url: string) => ({
    en: `notification_url of preference ${id}: ${url}`,
    es: `notification_url de la preferencia ${id}: ${url}`,
    'pt-BR': `notification_url da preferência ${id}: ${url}`,
  }),
  couldNotCheckedRun: (waited: string) => ({
    en: `Could not be checked: the run's timeout-seconds ran out after ${waited} s, before the endpoint answered.`,
    es: `No se pudo verificar: timeout-seconds de la ejecución se agotó a los ${waited} s, antes de que el endpoint respondiera.`,
    'pt-BR': `Não foi possível verificar: o timeout-seconds da execução se esgotou após ${waited} s, antes de o endpoint responder.`,
  }),
  raiseTimeoutSecondsSo: (value: string) => ({
    en: `Raise timeout-seconds so the endpoint gets its ${value} s, or make it answer faster.`,
    es: `Aumenta timeout-seconds para que el endpoint tenga sus ${value} s, o haz que responda más rápido.`,
    'pt-BR': `Aumente timeout-seconds para que o endpoint tenha seus ${value} s, ou faça-o responder mais rápido.`,
  }),
  mercadoPagoSLimit: {
    en: "Mercado Pago's limit",
    es: 'el límite de Mercado Pago',
    'pt-BR': 'o limite do Mercado Pago',
  },
  configuredWebhookTimeoutMs: {
    en: 'the configured webhook-timeout-ms',
    es: 'el webhook-timeout-ms configurado',
    'pt-BR': 'o webhook-timeout-ms configurado',
  },
  noAnswerWithinS: (waited: string, limit: Text) => ({
    en: `No answer within ${waited} s (${limit.en}).`,
    es: `Sin respuesta en ${waited} s (${limit.es}).`,
    'pt-BR': `Sem resposta em ${waited} s (${limit['pt-BR']}).`,
  }),
  answer200201Right: {
    en: 'Answer 200 or 201 right away and do the work afterwards (a queue or background job): Mercado Pago gives up after 22 s and retries every 15 minutes.',
    es: 'Responde 200 o 201 de inmediato y haz el trabajo después (una cola o tarea en segundo plano): Mercado Pago desiste a los 22 s y reintenta cada 15 minutos.',
    'pt-BR': 'Responda 200 ou 201 imediatamente e faça o trabalho depois (uma fila ou tarefa em segundo plano): o Mercado Pago desiste após 22 s e tenta novamente a cada 15 minutos.',
  },
});

/** Where the notification URL came from, in words. */
export function describeTarget(target: WebhookTarget): Text {
  const url = target.url;
  if (target.source === 'input') return T.webhookUrl(url);
  const id = target.sourceId ?? '?';
  if (target.source === 'payment') {
    return T.notificationUrlPayment(id, url);
  }
  return T.notificationUrlPreference(id, url);
}

/** What was sent: enough for the merchant to find it in their logs. Never the secret. */
export function sentFacts(webhook: WebhookEvidence, delivery: Delivery): Record<string, unknown> {
  return {
    url: webhook.target?.url ?? null,
    dataId: webhook.subject?.dataId ?? null,
    syntheticDataId: webhook.subject?.synthetic ?? null,
    // Why that payment: its notification_url is this URL, it is notified at the dashboard's URL, … (reference §11 F2).
    subjectBasis: webhook.subject?.basis ?? null,
    requestId: delivery.requestId,
    signature: delivery.signature,
    ...(delivery.manifest ? { signedManifest: delivery.manifest } : {}),
  };
}

/** How the endpoint answered: status, latency, the limit, and what a failed answer said. */
export function statusFacts(delivery: Delivery): Record<string, unknown> {
  const answer = delivery.answer;
  return {
    status: answer?.status ?? null,
    latencyMs: delivery.latencyMs,
    limitMs: delivery.limitMs,
    limitedBy: delivery.limitedBy,
    ...(answer?.location ? { location: answer.location } : {}),
    ...(answer?.bodyStart !== undefined ? { bodyStart: answer.bodyStart } : {}),
  };
}

/**
 * No answer in time. Past the threshold it is a finding (`fail`); cut short by the run's own
 * budget it could not be checked (`error`): the endpoint might have answered within 22 s.
 */
export function notAnswered(delivery: Delivery, facts: Record<string, unknown>, thresholdMs: number): CheckOutcome {
  const waited = (delivery.limitMs / 1000).toFixed(1);
  if (delivery.limitedBy === 'budget') {
    return {
      status: 'error',
      message: T.couldNotCheckedRun(waited),
      remediation: T.raiseTimeoutSecondsSo((thresholdMs / 1000).toFixed(0)),
      evidence: facts,
    };
  }
  const limit = thresholdMs === 22_000 ? T.mercadoPagoSLimit : T.configuredWebhookTimeoutMs;
  return fail(T.noAnswerWithinS(waited, limit), T.answer200201Right, facts);
}
