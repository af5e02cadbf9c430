import { raceSignal, type Budget } from '../budget.js';
import type { Account } from '../mercadopago/account.js';
import type { PaymentSample } from '../mercadopago/payments.js';
import type { PreferenceSample } from '../mercadopago/preferences.js';
import { isLoopbackHost, classifyAddress, isNonPublic } from '../net/address-policy.js';
import { ACCESS_TOKEN_SHAPE, createRedactor } from '../../secrets/redact.js';
import { createGuard, createGuardedAgent, type ConnectionGuard } from '../net/guard.js';
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
export async function gatherWebhook(settings: WebhookProbeOptions, budget: Budget, inputs: WebhookInputs, apiGuard?: ConnectionGuard): Promise<WebhookEvidence> {
  try {
    return await gather(settings, budget, inputs, apiGuard ?? staticApiGuard(settings.apiBaseUrl));
  } catch (error) {
    // A bug of ours must not stop the run: the notification checks then read `error`.
    const target = settings.webhookUrl ? { url: settings.webhookUrl.href, source: 'input' as const, othersSeen: [] } : undefined;
    return { target, notification: { ok: false, error: toProbeError(error, 'test notification') } };
  }
}

function carriesToken(url: string, token: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // kept as it is
  }
  return ACCESS_TOKEN_SHAPE.test(decoded) || createRedactor([token])(url) !== url;
}

/** Without the API client's own guard: the API's world is private when its host is a loopback or private literal. */
function staticApiGuard(apiBaseUrl: URL): ConnectionGuard {
  const host = apiBaseUrl.hostname.replace(/^\[|\]$/g, '');
  return createGuard({ privateWorld: isLoopbackHost(host) || isNonPublic(classifyAddress(host)) });
}

/**
 * The guard for the notification: a `webhook-url` the user named may be on any address but
 * link-local; a `notification_url` found in the account's data reaches loopback or private
 * addresses only when the API that gave it is itself in such a world (the sandbox, a staging proxy).
 */
function webhookGuard(target: { source: string; url: string }, apiGuard: ConnectionGuard): ConnectionGuard {
  return target.source === 'input' ? createGuard({ named: [new URL(target.url).hostname] }) : createGuard({ origin: apiGuard });
}

async function gather(settings: WebhookProbeOptions, budget: Budget, inputs: WebhookInputs, apiGuard: ConnectionGuard): Promise<WebhookEvidence> {
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
  // The token goes to one place: a notification URL that carries it (a misconfigured integration) is not sent to.
  if (target && carriesToken(target.url, settings.accessToken)) {
    return { target, subject, notification: failed('internal', 'the notification URL carries the access token: no notification is sent to it (the token would travel in a URL)') };
  }
  if (target && pointsAtMercadoPago(target.url, settings.apiBaseUrl)) {
    return { target, subject, notification: failed('internal', `the notification URL ${new URL(target.url).host} is Mercado Pago's own: the action never writes there`) };
  }
  const dispatcher = target ? createGuardedAgent(webhookGuard(target, apiGuard)) : undefined;
  return probeWebhook({
    target,
    subject,
    budget,
    thresholdMs,
    scrub: [settings.accessToken],
    ...(dispatcher ? { dispatcher } : {}),
    ...(settings.webhookSecret !== undefined ? { secret: settings.webhookSecret } : {}),
  });
}
