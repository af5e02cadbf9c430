import { failed, ok, type ProbeOutcome } from '../outcome.js';
import type { MercadoPagoClient } from './client.js';
import { isOnlineCheckout } from './payment-kinds.js';
import { asPayment, readPage, searchQuery, type Payment, type PaymentSample } from './payments.js';

/** A payment made with production credentials (`live_mode: true`). */
export const isLive = (p: Payment): boolean => p.live_mode === true;
/** A live payment Mercado Pago approved. */
export const isApprovedLive = (p: Payment): boolean => p.live_mode === true && p.status === 'approved';
/** A live payment of an online checkout: what the integration made (reference §11 F7). */
export const isOnlineLive = (p: Payment): boolean => isLive(p) && isOnlineCheckout(p);
/** An approved live payment of an online checkout: what the quality measurement audits by default. */
export const isApprovedOnlineLive = (p: Payment): boolean => isApprovedLive(p) && isOnlineCheckout(p);

/** How far back the one extra search looks when the 30-day sample has no live payment. */
export const HISTORY_DAYS = 365;
const HISTORY_LIMIT = 100;

/** The latest live checkout payments found beyond the 30-day sample (one page of the last 12 months). */
export interface LiveHistory {
  readonly window: { readonly beginDate: string; readonly endDate: string };
  /** How many payments the one page held. */
  readonly searched: number;
  /** The latest live payment of an online checkout (in-person sales and transfers left out). */
  readonly latestLive: Payment | null;
  /** The latest approved one of those. */
  readonly latestApprovedLive: Payment | null;
}

/**
 * Whether the extra history search is worth its request: only when the 30-day sample cannot
 * show a live checkout payment, or (without `payment-id`) an approved one to audit.
 */
export function needsHistory(sample: ProbeOutcome<PaymentSample>, paymentIdGiven: boolean): boolean {
  if (!sample.ok) return false;
  const payments = sample.value.payments;
  return !payments.some(isOnlineLive) || (!paymentIdGiven && !payments.some(isApprovedOnlineLive));
}

/** One page of payments of the last 12 months, newest first: the latest live ones, if any. */
export async function probeLiveHistory(client: MercadoPagoClient): Promise<ProbeOutcome<LiveHistory>> {
  const beginDate = `NOW-${HISTORY_DAYS}DAYS`;
  const answer = await client.get('/v1/payments/search', searchQuery(beginDate, 0, HISTORY_LIMIT));
  if (!answer.ok) return { ok: false, error: answer.error };
  const page = readPage(answer.data as Parameters<typeof readPage>[0]);
  if (!page) return failed('parse', 'GET /v1/payments/search answered without a results array');
  return ok({
    window: { beginDate, endDate: 'NOW' },
    searched: page.results.length,
    latestLive: page.results.find(isOnlineLive) ?? null,
    latestApprovedLive: page.results.find(isApprovedOnlineLive) ?? null,
  });
}

/** `GET /v1/payments/{id}`: the payment named by the `payment-id` input. */
export async function probePaymentById(client: MercadoPagoClient, id: string): Promise<ProbeOutcome<Payment>> {
  if (!/^\d{1,20}$/.test(id)) return failed('internal', `payment-id '${id}' is not numeric`);
  const answer = await client.get(`/v1/payments/${id}`);
  if (!answer.ok) return { ok: false, error: answer.error };
  const payment = asPayment(answer.data);
  if (!payment) return failed('parse', `GET /v1/payments/${id} answered without a numeric payment id`);
  return ok(payment);
}
