import type { Account } from '../mercadopago/account.js';
import { isOnlineCheckout } from '../mercadopago/payment-kinds.js';
import type { Payment, PaymentSample } from '../mercadopago/payments.js';
import type { PreferenceSample } from '../mercadopago/preferences.js';
import type { ProbeOutcome } from '../outcome.js';
import { SYNTHETIC_DATA_ID, type NotificationSubject, type SubjectBasis } from './notification.js';

/** The notification endpoint to probe, and where its URL came from. */
export interface WebhookTarget {
  /** The URL as configured: query parameters such as `source_news=webhooks` kept. */
  readonly url: string;
  readonly source: 'input' | 'payment' | 'preference';
  /** The payment or preference the URL was read from. */
  readonly sourceId?: string;
  /** Other notification URLs seen on recent payments/preferences (at most five). */
  readonly othersSeen: readonly string[];
}

const MAX_OTHERS = 5;

/**
 * Which URL to notify: `webhook-url` when given; else the newest `notification_url` on recent
 * payments (live ones first: they are what production notifies), then on preferences.
 * Undefined when none is known: the dashboard's webhook URL cannot be read by API.
 */
export function chooseTarget(input: URL | undefined, payments: ProbeOutcome<PaymentSample> | undefined, preferences: ProbeOutcome<PreferenceSample> | undefined): WebhookTarget | undefined {
  const fromPayments = payments?.ok ? liveFirst(payments.value.payments).map((p) => ({ url: usable(p.notification_url), id: String(p.id), source: 'payment' as const })) : [];
  const fromPreferences = preferences?.ok ? liveFirst(preferences.value.preferences).map((p) => ({ url: usable(p.notification_url), id: p.id, source: 'preference' as const })) : [];
  const seen = [...fromPayments, ...fromPreferences].filter((c): c is { url: string; id: string; source: 'payment' | 'preference' } => c.url !== undefined);
  const chosen = input ? { url: input.href, source: 'input' as const } : seen[0] ? { url: seen[0].url, source: seen[0].source, sourceId: seen[0].id } : undefined;
  if (!chosen) return undefined;
  const others = [...new Set(seen.map((c) => c.url))].filter((u) => u !== chosen.url).slice(0, MAX_OTHERS);
  return { ...chosen, othersSeen: others };
}

/**
 * The notification's subject: a payment Mercado Pago would really notify at the target URL
 * (reference §11 F2). A receiver that re-reads the payment and checks it is one of its orders,
 * as Mercado Pago's WooCommerce plugin does, answers 422 to a payment of another channel (a
 * payment link, Point, QR, another integration), which Mercado Pago would never send there.
 * See SubjectBasis for the order of preference; live payments come before test ones.
 */
export function chooseSubject(
  target: WebhookTarget | undefined,
  payments: ProbeOutcome<PaymentSample> | undefined,
  account: ProbeOutcome<Account> | undefined,
  tokenUserId: number | null,
  preferences?: ProbeOutcome<PreferenceSample>,
): NotificationSubject {
  const userId = account?.ok ? account.value.userId : tokenUserId;
  const named = (p: Payment, basis: SubjectBasis): NotificationSubject => ({ dataId: String(p.id), synthetic: false, liveMode: p.live_mode !== false, userId, basis });
  const all: Payment[] = payments?.ok ? liveFirst(payments.value.payments) : [];
  if (target?.source === 'payment') {
    const source = all.find((p) => String(p.id) === target.sourceId);
    if (source) return named(source, 'notification_url');
  }
  if (target?.source === 'input') {
    const same = all.find((p) => sameEndpoint(usable(p.notification_url), target.url));
    if (same) return named(same, 'notification_url');
    // Payments without a notification_url are notified at the dashboard's URL; the shop's own
    // checkout orders (an external_reference) first, since those are what its receiver knows.
    const unrouted = all.filter((p) => usable(p.notification_url) === undefined);
    const ordered = (p: Payment): boolean => typeof p.external_reference === 'string' && p.external_reference.trim() !== '';
    // A payment that is nobody's order (a payment link, a Point sale) would be refused by a
    // receiver that checks its orders: no verdict could be read from that, so none is named.
    const dashboard = unrouted.find((p) => ordered(p) && isOnlineCheckout(p)) ?? unrouted.find(ordered);
    if (dashboard) return named(dashboard, 'dashboard');
  }
  if (target?.source === 'preference' && preferences?.ok) {
    const reference = preferences.value.preferences.find((p) => p.id === target.sourceId)?.external_reference;
    const paid = typeof reference === 'string' && reference !== '' ? all.find((p) => p.external_reference === reference) : undefined;
    if (paid) return named(paid, 'preference');
  }
  return { dataId: SYNTHETIC_DATA_ID, synthetic: true, liveMode: true, userId, basis: 'synthetic' };
}

/** Same scheme, host, port and path (a trailing slash aside): the query may carry per-payment values. */
export function sameEndpoint(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const path = (u: URL): string => u.pathname.replace(/\/+$/, '');
    return x.origin === y.origin && path(x) === path(y);
  } catch {
    return false;
  }
}

/**
 * The notification endpoint of Mercado Pago's Magento 2 plugin (adb-payment:
 * `…/mp/notification/<checkout>`). It takes the plugin relay's body (`notification_id`, …), not
 * the Webhooks one, and fails on a Webhooks body (reference §11 F8): a test notification there
 * would tell nothing, so none is sent.
 */
export function isPluginRelayEndpoint(url: string): boolean {
  try {
    return /\/mp\/notification\/[a-z]+\/?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The notification endpoint of Mercado Pago's WooCommerce plugin (`wc-api=WC_WooMercadoPago_…`
 * or `/wc-api/WC_WooMercadoPago_…`). It does not read `x-signature`: it re-reads the payment from
 * the API with the seller's token before it touches an order (reference §11 F5).
 */
export function isWooCommercePluginEndpoint(url: string): boolean {
  try {
    const u = new URL(url);
    return /^wc_woomercadopago/i.test(u.searchParams.get('wc-api') ?? '') || /\/wc-api\/wc_woomercadopago/i.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * The user id at the end of an access token (`…-<user_id>`, reference §1), used only when
 * `/users/me` could not be read. Only the number leaves this function.
 */
export function userIdFromToken(token: string): number | null {
  const match = /^(?:APP_USR|TEST)-\d+-\d+-[0-9a-f]+-(\d{1,15})$/.exec(token);
  return match ? Number(match[1]) : null;
}

/**
 * `source_news=ipn` asks Mercado Pago for IPN only (`?topic=payment&id=…`, unsigned in any
 * checkable way), so a Webhooks-shaped test notification would not be what that endpoint gets.
 */
export function isIpnOnly(url: string): boolean {
  try {
    return new URL(url).searchParams.get('source_news')?.toLowerCase() === 'ipn';
  } catch {
    return false;
  }
}

/**
 * Whether a URL points at Mercado Pago itself (its sites, or the API base in use): the action
 * promises never to write there, so no notification is sent to such a URL.
 */
export function pointsAtMercadoPago(url: string, apiBaseUrl: URL): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === apiBaseUrl.hostname.toLowerCase() || /(^|\.)mercado(pago|libre|livre)\.com(\.[a-z]{2})?$/.test(host) || /(^|\.)mercadopago\.cl$/.test(host);
  } catch {
    return false;
  }
}

/** Newest first is kept; live-mode items move ahead of test ones. */
function liveFirst<T extends { readonly live_mode?: boolean }>(items: readonly T[]): T[] {
  return [...items.filter((i) => i.live_mode !== false), ...items.filter((i) => i.live_mode === false)];
}

/**
 * An http(s) URL, or undefined for an empty or unusable value. A URL with a user name or
 * password is left out, as webhook-url refuses one: its credentials would end up in the report.
 */
function usable(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.username !== '' || url.password !== '') return undefined;
    return url.protocol === 'https:' || url.protocol === 'http:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
