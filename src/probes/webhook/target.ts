import type { Account } from '../mercadopago/account.js';
import type { Payment, PaymentSample } from '../mercadopago/payments.js';
import type { PreferenceSample } from '../mercadopago/preferences.js';
import type { ProbeOutcome } from '../outcome.js';
import { SYNTHETIC_DATA_ID, type NotificationSubject } from './notification.js';

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

/** The notification's subject: the latest (live first) payment, else a synthetic id. */
export function chooseSubject(payments: ProbeOutcome<PaymentSample> | undefined, account: ProbeOutcome<Account> | undefined, tokenUserId: number | null): NotificationSubject {
  const latest: Payment | undefined = payments?.ok ? liveFirst(payments.value.payments)[0] : undefined;
  const userId = account?.ok ? account.value.userId : tokenUserId;
  if (latest) return { dataId: String(latest.id), synthetic: false, liveMode: latest.live_mode !== false, userId };
  return { dataId: SYNTHETIC_DATA_ID, synthetic: true, liveMode: true, userId };
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
