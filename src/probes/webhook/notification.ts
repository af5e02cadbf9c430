import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { signatureHeader, signatureManifest, type SignatureParts } from './signature.js';

/**
 * Why the notification names the payment it names. Mercado Pago notifies each payment at its
 * own `notification_url`, else at the dashboard's URL (reference §4, §11 F2), so the subject is
 * a payment Mercado Pago would really send to the URL being tested:
 * - `notification_url`: the payment whose notification_url is the URL tested;
 * - `dashboard`: `webhook-url` is on no payment; a payment without notification_url (notified
 *   at the dashboard's URL, which webhook-url is taken to be);
 * - `preference`: a payment of the preference whose notification_url is tested (same external_reference);
 * - `synthetic`: no such payment: Mercado Pago's own "Simular" id.
 */
export type SubjectBasis = 'notification_url' | 'dashboard' | 'preference' | 'synthetic';

/** What the test notification is about: the payment it names and the account it is for. */
export interface NotificationSubject {
  /** The named payment's id, or a synthetic one when no payment fits. */
  readonly dataId: string;
  readonly synthetic: boolean;
  readonly liveMode: boolean;
  readonly userId: number | null;
  /** Why this payment (absent in evidence written before it existed). */
  readonly basis?: SubjectBasis;
}

/**
 * The test notification's user agent: Mercado Pago's own (`MercadoPago WebHook v1.0 payment`,
 * reference §11 F9), so a receiver that branches on it treats the test as a real notification,
 * with our name in a comment so the merchant's logs still tell it apart.
 */
export const NOTIFICATION_USER_AGENT = 'MercadoPago WebHook v1.0 payment (mercadopago-readiness test notification)';

/** How the notification is signed: with the merchant's secret, with a wrong key, or not at all. */
export type SignatureKind = 'valid' | 'forged' | 'none';

/** One ready-to-send notification. Holds no secret: only the header derived from it. */
export interface BuiltNotification {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly requestId: string;
  /** The manifest that was signed, for a merchant to compare with what their code computes. */
  readonly manifest?: string;
}

/** The id Mercado Pago's own "Simular" button uses when no real payment is at hand. */
export const SYNTHETIC_DATA_ID = '123456';

/**
 * The notification URL Mercado Pago calls: the configured URL with `data.id` and `type`
 * appended. Existing query parameters (`source_news=webhooks`, a merchant's own token) are
 * kept byte for byte; only earlier `data.id`/`type` parameters are replaced.
 */
export function notificationUrl(configured: URL | string, dataId: string): URL {
  const url = new URL(configured);
  url.hash = '';
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !['data.id', 'type'].includes(decodeKey(pair)));
  url.search = [...kept, `data.id=${encodeURIComponent(dataId)}`, 'type=payment'].join('&');
  return url;
}

function decodeKey(pair: string): string {
  const key = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * Builds the documented `payment.updated` notification (DESIGN §5, reference §4). Each call
 * has its own `x-request-id` and `ts`. A forged signature is well-formed but made with a random
 * key, so only a receiver that really verifies the HMAC can tell it apart.
 */
export function buildNotification(configured: URL | string, subject: NotificationSubject, signature: SignatureKind, secret: string | undefined, now: Date = new Date()): BuiltNotification {
  const requestId = randomUUID();
  const body = {
    action: 'payment.updated',
    api_version: 'v1',
    data: { id: subject.dataId },
    date_created: now.toISOString(),
    id: randomInt(1_000_000_000, 281_474_976_710_655),
    live_mode: subject.liveMode,
    type: 'payment',
    user_id: subject.userId,
  };
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: '*/*',
    'user-agent': NOTIFICATION_USER_AGENT,
    'x-request-id': requestId,
  };
  const parts: SignatureParts = { dataId: subject.dataId, requestId, ts: Math.floor(now.getTime() / 1000) };
  let manifest: string | undefined;
  if (signature === 'valid') {
    if (secret === undefined) throw new Error('a valid signature needs the webhook secret');
    headers['x-signature'] = signatureHeader(secret, parts);
    manifest = signatureManifest(parts);
  } else if (signature === 'forged') {
    headers['x-signature'] = signatureHeader(randomBytes(32).toString('hex'), parts);
    manifest = signatureManifest(parts);
  }
  return { url: notificationUrl(configured, subject.dataId), headers, body: JSON.stringify(body), requestId, ...(manifest ? { manifest } : {}) };
}
