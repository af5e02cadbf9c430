import type { Evidence } from '../../probes/evidence.js';
import { isApprovedOnlineLive, isOnlineLive } from '../../probes/mercadopago/live-payment.js';
import type { Payment } from '../../probes/mercadopago/payments.js';
import type { ProbeError } from '../../probes/outcome.js';

/** Where the payment a check talks about was found. */
export type PaymentSource = 'payment-id' | 'sample' | 'history';

/**
 * Which payment the quality checks audit: the `payment-id` input, else the latest approved live
 * payment of an online checkout in the 30-day sample, else in the 12-month search. In-person
 * sales and transfers are never picked: they lack the checkout's data by nature (reference §11 F7). `refused` is the token's refusal
 * (the check skips); `error` means the evidence could not be read (the check errors).
 */
export type AuditChoice =
  | { readonly kind: 'found'; readonly payment: Payment; readonly source: PaymentSource }
  | { readonly kind: 'none'; readonly searched: number }
  | { readonly kind: 'refused' }
  | { readonly kind: 'error'; readonly error: ProbeError; readonly source?: PaymentSource };

export function auditedPayment(evidence: Evidence): AuditChoice {
  const byId = evidence.paymentById;
  if (byId !== undefined) {
    if (byId.ok) return { kind: 'found', payment: byId.value, source: 'payment-id' };
    return byId.error.kind === 'refused' && !evidence.account.ok ? { kind: 'refused' } : { kind: 'error', error: byId.error, source: 'payment-id' };
  }
  return fromSampleOrHistory(evidence, isApprovedOnlineLive, (h) => h.latestApprovedLive);
}

/** The latest live checkout payment of any status: the sample, a live `payment-id`, else the 12-month search. */
export function latestLivePayment(evidence: Evidence): AuditChoice {
  const sample = evidence.payments;
  if (sample.ok) {
    const inSample = sample.value.payments.find(isOnlineLive);
    if (inSample) return { kind: 'found', payment: inSample, source: 'sample' };
    if (evidence.paymentById?.ok && evidence.paymentById.value.live_mode === true) return { kind: 'found', payment: evidence.paymentById.value, source: 'payment-id' };
  }
  return fromSampleOrHistory(evidence, isOnlineLive, (h) => h.latestLive);
}

function fromSampleOrHistory(evidence: Evidence, test: (p: Payment) => boolean, fromHistory: (h: { latestLive: Payment | null; latestApprovedLive: Payment | null }) => Payment | null): AuditChoice {
  const sample = evidence.payments;
  if (!sample.ok) return sample.error.kind === 'refused' ? { kind: 'refused' } : { kind: 'error', error: sample.error };
  const inSample = sample.value.payments.find(test);
  if (inSample) return { kind: 'found', payment: inSample, source: 'sample' };
  const history = evidence.liveHistory;
  if (history === undefined) return { kind: 'error', error: { kind: 'internal', message: 'the 12-month payment search was not run' } };
  if (!history.ok) return { kind: 'error', error: history.error, source: 'history' };
  const found = fromHistory(history.value);
  return found ? { kind: 'found', payment: found, source: 'history' } : { kind: 'none', searched: Math.max(history.value.searched, sample.value.payments.length) };
}

/** A payment as evidence: identifiers and dates only (no payer data in the report). */
export function paymentRef(p: Payment, source: PaymentSource): Record<string, unknown> {
  return { id: p.id, source, status: p.status ?? null, liveMode: p.live_mode ?? null, dateCreated: p.date_created ?? null };
}
