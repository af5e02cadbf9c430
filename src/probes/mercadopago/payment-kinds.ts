import type { Payment } from './payments.js';

/**
 * What kind of payment a search result is, as far as its own fields tell. An account's
 * payments search holds every payment it received, not only its checkout's (reference §11 F7):
 * in-person sales (Point, QR), transfers, loan instalments. Those carry no items, notification_url
 * or external_reference by nature, so judging the integration on them gives false failures.
 */

/** `point_of_interaction.type` of a sale taken in person (Point readers, in-store QR). UNSURE: no recording of one was found. */
const IN_PERSON_TYPES = new Set(['POINT', 'INSTORE', 'QR', 'PINPAD', 'POS', 'TAP_TO_PAY', 'CHECKOUT_POINT']);

/**
 * A payment made through an online checkout: `operation_type` regular_payment (or not given) and
 * not taken in person. Transfers (money_transfer), point-of-sale payments (pos_payment),
 * subscriptions' recurring_payment, account_fund, payment_addition, cellphone_recharge are not.
 */
export function isOnlineCheckout(p: Payment): boolean {
  const operation = p.operation_type;
  if (typeof operation === 'string' && operation !== '' && operation !== 'regular_payment') return false;
  const place = p.point_of_interaction?.type;
  return !(typeof place === 'string' && IN_PERSON_TYPES.has(place.toUpperCase()));
}

/**
 * Statuses on which the API returns `payer.email` and `payer.identification` at all: the payments
 * reference says they are returned "only when status=approved, status=refunded, or
 * status=charged_back" (reference §11 F1). On any other payment their absence says nothing.
 */
export const PAYER_DATA_STATUSES: ReadonlySet<string> = new Set(['approved', 'refunded', 'charged_back']);

/** Whether the API returns the buyer's e-mail and identification on this payment. */
export function returnsPayerData(p: Payment): boolean {
  return PAYER_DATA_STATUSES.has(p.status ?? '');
}
