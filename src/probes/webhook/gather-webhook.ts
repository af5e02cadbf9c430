import { raceSignal, type Budget } from '../budget.js';
import type { Account } from '../mercadopago/account.js';
import type { PaymentSample } from '../mercadopago/payments.js';
import type { PreferenceSample } from '../mercadopago/preferences.js';
import { failed, toProbeError, type ProbeOutcome } from '../outcome.js';
import { probeWebhook, type WebhookEvidence } from './probe.js';
import { chooseSubject, chooseTarget, pointsAtMercadoPago, userIdFromToken } from './target.js';

/** What the webhook probe needs of the run's settings, and nothing more. */
export interface WebhookProbeOptions {
  readonly webhookUrl?: URL | undefined;
  readonly webhookSecret?: string | undefined;
  /** Only its user id part is read (the collector's id in `APP_USR-…-<user id>`). */
  readonly accessToken: string;
  readonly apiBaseUrl: URL;
  /** Mercado Pago's answer limit for a notification (the `webhookTimeoutMs` threshold). */
  readonly webhookTimeoutMs: number;
}

/** The API probes the webhook probe reads from, still running. */
export interface WebhookInputs {
  readonly account: Promise<ProbeOutcome<Account>>;
  readonly payments: Promise<ProbeOutcome<PaymentSample>>;
  readonly preferences: Promise<ProbeOutcome<PreferenceSample>>;
}

/**
 * Waits for the notification URL, then sends. Without `webhook-url` the URL comes from the
 * payments (then the preferences), so they are awaited. Anything merely nice to have (the
 * latest payment's id when `webhook-url` is given, other URLs seen) is awaited only as long as
 * the webhook still gets its full threshold afterwards, or a quarter of a short budget.
 */
export async function gatherWebhook(settings: WebhookProbeOptions, budget: Budget, inputs: WebhookInputs): Promise<WebhookEvidence> {
  try {
    return await gather(settings, budget, inputs);
  } catch (error) {
    // A bug of ours must not stop the run: the notification checks then read `error`.
    const target = settings.webhookUrl ? { url: settings.webhookUrl.href, source: 'input' as const, othersSeen: [] } : undefined;
    return { target, notification: { ok: false, error: toProbeError(error, 'test notification') } };
  }
}

async function gather(settings: WebhookProbeOptions, budget: Budget, inputs: WebhookInputs): Promise<WebhookEvidence> {
  const thresholdMs = settings.webhookTimeoutMs;
  const leavingThreshold = <T>(work: Promise<T>): Promise<T | undefined> => {
    const left = budget.remainingMs();
    const waitMs = Math.round(Math.max(left - thresholdMs - 500, Math.min(2000, left / 4)));
    return waitMs > 0 ? raceSignal(work, budget.signalWithin(waitMs), () => undefined) : Promise.resolve(undefined);
  };
  let account: ProbeOutcome<Account> | undefined;
  let payments: ProbeOutcome<PaymentSample> | undefined;
  let preferences: ProbeOutcome<PreferenceSample> | undefined;
  if (settings.webhookUrl) {
    [account, payments, preferences] = (await leavingThreshold(Promise.all([inputs.account, inputs.payments, inputs.preferences]))) ?? [];
  } else {
    [account, payments] = await Promise.all([inputs.account, inputs.payments]);
    // Preferences only add other URLs seen once the payments named one: not worth the webhook's time.
    preferences = chooseTarget(undefined, payments, undefined) ? await leavingThreshold(inputs.preferences) : await inputs.preferences;
  }
  const target = chooseTarget(settings.webhookUrl, payments, preferences);
  const subject = chooseSubject(payments, account, userIdFromToken(settings.accessToken));
  if (target && pointsAtMercadoPago(target.url, settings.apiBaseUrl)) {
    return { target, subject, notification: failed('internal', `the notification URL ${new URL(target.url).host} is Mercado Pago's own: the action never writes there`) };
  }
  return probeWebhook({ target, subject, budget, thresholdMs, ...(settings.webhookSecret !== undefined ? { secret: settings.webhookSecret } : {}) });
}
