import { type Text, texts } from '../../i18n/text.js';
import type { Payment } from '../../probes/mercadopago/payments.js';

const T = texts({
  text: (value: string) => ({
    en: `${value}%`,
    es: `${value.replace('.', ',')}%`,
    'pt-BR': `${value.replace('.', ',')}%`,
  }),
});

/**
 * Where a payment carries the data the quality measurement and the approval engine read
 * (reference §6: on /v1/payments they sit under `additional_info.{items, payer, shipments}`).
 * Pure helpers shared by the quality and approval checks.
 */

type Dict = Readonly<Record<string, unknown>>;

/** A value counts as given when it is a non-empty string, a number, or a boolean. */
export function given(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'number' || typeof value === 'boolean';
}

const dict = (value: unknown): Dict | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Dict) : undefined);

export function itemsOf(p: Payment): Dict[] {
  const items = p.additional_info?.items;
  return Array.isArray(items) ? items.map(dict).filter((i): i is Dict => i !== undefined) : [];
}

/** Item fields, per item: every item must carry the field for the payment to count. */
export function itemsCarry(p: Payment, field: string): boolean {
  const items = itemsOf(p);
  return items.length > 0 && items.every((i) => given(i[field]));
}

/** Payer fields on the payment's `payer` or, as sent at creation, `additional_info.payer`. */
export function payerField(p: Payment, field: 'first_name' | 'last_name' | 'email' | 'phone' | 'address'): boolean {
  const sources = [dict(p.payer), dict(p.additional_info?.payer)];
  if (field === 'phone') return sources.some((s) => given(dict(s?.['phone'])?.['number']));
  if (field === 'address') return sources.some((s) => given(dict(s?.['address'])?.['zip_code']) && given(dict(s?.['address'])?.['street_name']));
  return sources.some((s) => given(s?.[field]));
}

export function payerIdentification(p: Payment): boolean {
  const id = dict(dict(p.payer)?.['identification']);
  return given(id?.['type']) && given(id?.['number']);
}

/** A receiver address Mercado Pago can use: at least zip code and street. */
export function receiverAddress(p: Payment): boolean {
  const address = dict(dict(p.additional_info?.shipments)?.['receiver_address']);
  return given(address?.['zip_code']) && given(address?.['street_name']);
}

/** Share of payments meeting `test`, with the ids of a few that do not. */
export function coverage(payments: readonly Payment[], test: (p: Payment) => boolean): { share: number; missing: number; examples: number[] } {
  const failing = payments.filter((p) => !test(p));
  return { share: payments.length === 0 ? 0 : (payments.length - failing.length) / payments.length, missing: failing.length, examples: failing.slice(0, 5).map((p) => p.id) };
}

/** A share as a percentage, one decimal, with each language's decimal mark. */
export function percent(share: number): Text {
  const value = String(Math.floor(share * 1000) / 10);
  return T.text(value);
}
