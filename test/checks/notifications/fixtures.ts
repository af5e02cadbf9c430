import { blankEvidence } from '../../helpers/evidence.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { DEFAULT_THRESHOLDS } from '../../../src/checks/catalog.js';
import type { Evidence } from '../../../src/probes/evidence.js';
import type { PaymentSample } from '../../../src/probes/mercadopago/payments.js';
import type { PreferenceSample } from '../../../src/probes/mercadopago/preferences.js';
import { failed, ok, type ProbeOutcome } from '../../../src/probes/outcome.js';
import type { Delivery, DeliveryAnswer } from '../../../src/probes/webhook/deliver.js';
import type { WebhookEvidence } from '../../../src/probes/webhook/probe.js';
import type { WebhookTarget } from '../../../src/probes/webhook/target.js';

export const URL_HTTPS = 'https://shop.example/webhooks/mp?source_news=webhooks';
export const TARGET: WebhookTarget = { url: URL_HTTPS, source: 'input', othersSeen: [] };
export const SUBJECT = { dataId: '1319247892', synthetic: false, liveMode: true, userId: 1160535239 };

export function context(secretGiven: boolean): CheckContext {
  return { now: new Date('2026-11-28T10:00:00Z'), thresholds: DEFAULT_THRESHOLDS, siteUrl: new URL('https://shop.example/checkout'), tokenPrefix: 'APP_USR', webhookSecretGiven: secretGiven };
}

export function payments(n = 3): ProbeOutcome<PaymentSample> {
  return ok({ payments: Array.from({ length: n }, (_, i) => ({ id: i + 1 })), total: n, window: { beginDate: 'NOW-30DAYS', endDate: 'NOW' }, truncated: false });
}
export function preferences(n = 2): ProbeOutcome<PreferenceSample> {
  return ok({ preferences: Array.from({ length: n }, (_, i) => ({ id: `p${i}` })), total: n });
}

export function evidence(webhook: WebhookEvidence, api: Partial<Pick<Evidence, 'payments' | 'preferences'>> = {}): Evidence {
  return blankEvidence({ account: failed('timeout', 'unused'), payments: payments(), preferences: preferences(), webhook, ...api });
}

export function delivery(signatureKind: Delivery['signature'], answer: DeliveryAnswer | undefined, more: Partial<Delivery> = {}): ProbeOutcome<Delivery> {
  return ok({ signature: signatureKind, requestId: `req-${signatureKind}`, limitMs: 22_000, limitedBy: 'threshold', latencyMs: 85, ...(answer ? { answer } : {}), ...more });
}

export function sent(notification: ProbeOutcome<Delivery>, forged?: ProbeOutcome<Delivery>, target: WebhookTarget = TARGET): Evidence {
  return evidence({ target, subject: SUBJECT, notification, ...(forged ? { forged } : {}) });
}
