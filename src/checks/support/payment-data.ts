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

/** Ids and titles platforms give the lines they add to an order: discounts, coupons, shipping, taxes, fees (es, pt, en). */
const PLATFORM_LINE = /\b(discount|descuento|desconto|coupon|cup[oó]n|cupom|shipping|shipment|env[ií]o|frete|flete|tax|taxes|impuestos?|impostos?|taxa|fee|surcharge|recargo|acr[eé]scimo)\b/i;

/**
 * A line a platform plugin added to the products: a discount (non-positive unit_price), or a
 * shipping, tax or fee line named so and without a category. The Magento plugin sends
 * `{"id":"Descuento","category_id":null,"unit_price":"-680"}`; a production Checkout Pro record
 * has "Store discount coupon", "Store taxes" and "Shipment cost" lines (reference §11 F6). Lines
 * with a category are always judged as products: only category-less lines are set aside.
 */
export function isPlatformLine(item: Readonly<Record<string, unknown>>): boolean {
  const price = typeof item['unit_price'] === 'number' ? item['unit_price'] : typeof item['unit_price'] === 'string' && item['unit_price'].trim() !== '' ? Number(item['unit_price']) : Number.NaN;
  if (Number.isFinite(price) && price <= 0) return true;
  if (given(item['category_id'])) return false;
  return [item['id'], item['title']].some((v) => typeof v === 'string' && PLATFORM_LINE.test(v));
}

/** The product lines of a payment: its items without the lines platforms add (isPlatformLine). */
export function productItems(p: Payment): Dict[] {
  return itemsOf(p).filter((i) => !isPlatformLine(i));
}

/** Item fields, per product line: every product line must carry the field for the payment to count. */
export function itemsCarry(p: Payment, field: string): boolean {
  const items = productItems(p);
  return items.length > 0 && items.every((i) => given(i[field]));
}

/**
 * A statement_descriptor Mercado Pago filled in itself: Checkout Pro writes `MERPAGO*<name>`
 * padded with blanks, or a generated `TEST…` code in test mode (reference §11 F10). Such a value
 * says nothing about whether the integration sends one.
 */
export function isMercadoPagoDescriptor(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && (/^MERPAGO\*/i.test(value.trim()) || /\s$/.test(value));
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
