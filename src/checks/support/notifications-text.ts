import { text, type Text } from '../../i18n/text.js';
import type { Delivery } from '../../probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../probes/webhook/probe.js';
import type { WebhookTarget } from '../../probes/webhook/target.js';
import { fail } from './outcomes.js';
import type { CheckOutcome } from '../types.js';

/** Where the notification URL came from, in words. */
export function describeTarget(target: WebhookTarget): Text {
  const url = target.url;
  if (target.source === 'input') return text(`webhook-url: ${url}`, `webhook-url: ${url}`, `webhook-url: ${url}`);
  const id = target.sourceId ?? '?';
  if (target.source === 'payment') {
    return text(`notification_url of payment ${id}: ${url}`, `notification_url del pago ${id}: ${url}`, `notification_url do pagamento ${id}: ${url}`);
  }
  return text(`notification_url of preference ${id}: ${url}`, `notification_url de la preferencia ${id}: ${url}`, `notification_url da preferência ${id}: ${url}`);
}

/** What was sent: enough for the merchant to find it in their logs. Never the secret. */
export function sentFacts(webhook: WebhookEvidence, delivery: Delivery): Record<string, unknown> {
  return {
    url: webhook.target?.url ?? null,
    dataId: webhook.subject?.dataId ?? null,
    syntheticDataId: webhook.subject?.synthetic ?? null,
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
      message: text(
        `Could not be checked: the run's timeout-seconds ran out after ${waited} s, before the endpoint answered.`,
        `No se pudo verificar: timeout-seconds de la ejecución se agotó a los ${waited} s, antes de que el endpoint respondiera.`,
        `Não foi possível verificar: o timeout-seconds da execução se esgotou após ${waited} s, antes de o endpoint responder.`,
      ),
      remediation: text(
        `Raise timeout-seconds so the endpoint gets its ${(thresholdMs / 1000).toFixed(0)} s, or make it answer faster.`,
        `Sube timeout-seconds para que el endpoint tenga sus ${(thresholdMs / 1000).toFixed(0)} s, o haz que responda más rápido.`,
        `Aumente timeout-seconds para que o endpoint tenha seus ${(thresholdMs / 1000).toFixed(0)} s, ou faça-o responder mais rápido.`,
      ),
      evidence: facts,
    };
  }
  const limit = thresholdMs === 22_000
    ? text("Mercado Pago's limit", 'el límite de Mercado Pago', 'o limite do Mercado Pago')
    : text('the configured webhook-timeout-ms', 'el webhook-timeout-ms configurado', 'o webhook-timeout-ms configurado');
  return fail(
    text(`No answer within ${waited} s (${limit.en}).`, `Sin respuesta en ${waited} s (${limit.es}).`, `Sem resposta em ${waited} s (${limit['pt-BR']}).`),
    text(
      'Answer 200 or 201 right away and do the work afterwards (a queue or background job): Mercado Pago gives up after 22 s and retries every 15 minutes.',
      'Responde 200 o 201 de inmediato y haz el trabajo después (una cola o tarea en segundo plano): Mercado Pago desiste a los 22 s y reintenta cada 15 minutos.',
      'Responda 200 ou 201 imediatamente e faça o trabalho depois (uma fila ou tarefa em segundo plano): o Mercado Pago desiste após 22 s e tenta novamente a cada 15 minutos.',
    ),
    facts,
  );
}
