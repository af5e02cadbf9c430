import type { Dispatcher } from 'undici';
import { raceSignal, type Budget } from '../budget.js';
import type { Account } from '../mercadopago/account.js';
import type { PaymentSample } from '../mercadopago/payments.js';
import type { PreferenceSample } from '../mercadopago/preferences.js';
import { classifyAddress, isLoopbackHost, isNonPublic } from '../net/address-policy.js';
import { createGuard, type ConnectionGuard } from '../net/guard.js';
import { createGuardedAgent } from '../net/guarded-agent.js';
import { ACCESS_TOKEN_SHAPE, createRedactor } from '../../secrets/redact.js';
import { failed, toProbeError, type ProbeOutcome } from '../outcome.js';
import { probeWebhook, type WebhookEvidence } from './probe.js';
import { chooseSubject, chooseTarget, isIpnOnly, isPluginRelayEndpoint, pointsAtMercadoPago, userIdFromToken, type WebhookTarget } from './target.js';

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
  /**
   * Sends the notifications: the run's warm agent, made with `webhookGuardFor`'s guard. Without
   * one, a guarded agent is made for the target.
   */
  readonly dispatcher?: Dispatcher;
  /** Opens connections to a URL ahead of the send (see warm-agent.ts). */
  readonly warm?: (url: URL, count: number) => void;
}

/**
 * Waits for what the notification needs, then sends. Without `webhook-url` the URL comes from
 * the payments (the preferences only when no payment names one), and the send goes as soon as
 * the payments are read: it never waits for the preferences, which only add other URLs seen.
 * With `webhook-url` the connection to it is opened at once, while the API answers; the
 * payments (to name one Mercado Pago would send there) are awaited only as long as the webhook
 * still gets its full threshold afterwards, or a quarter of a short budget.
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
export function staticApiGuard(apiBaseUrl: URL): ConnectionGuard {
  const host = apiBaseUrl.hostname.replace(/^\[|\]$/g, '');
  return createGuard({ privateWorld: isLoopbackHost(host) || isNonPublic(classifyAddress(host)) });
}

/**
 * The guard for the notification: a `webhook-url` the user named may be on any address but
 * link-local (with it, the target is always that URL); a `notification_url` found in the
 * account's data reaches loopback or private addresses only when the API that gave it is itself
 * in such a world (the sandbox, a staging proxy).
 */
export function webhookGuardFor(webhookUrl: URL | undefined, apiGuard: ConnectionGuard): ConnectionGuard {
  return webhookUrl ? createGuard({ named: [webhookUrl.hostname] }) : createGuard({ origin: apiGuard });
}

async function gather(settings: WebhookProbeOptions, budget: Budget, inputs: WebhookInputs, apiGuard: ConnectionGuard): Promise<WebhookEvidence> {
  const thresholdMs = settings.webhookTimeoutMs;
  const leavingThreshold = <T>(work: Promise<T>): Promise<T | undefined> => {
    const left = budget.remainingMs();
    const waitMs = Math.round(Math.max(left - thresholdMs - 500, Math.min(2000, left / 4)));
    return waitMs > 0 ? raceSignal(work, budget.signalWithin(waitMs), () => undefined) : Promise.resolve(undefined);
  };
  // What the preferences said, if they have answered by the time it is looked at: never awaited for the send.
  let preferencesSoFar: ProbeOutcome<PreferenceSample> | undefined;
  void inputs.preferences.then(
    (p) => (preferencesSoFar = p),
    () => undefined,
  );
  const sends = settings.webhookSecret !== undefined ? 2 : 1;

  let account: ProbeOutcome<Account> | undefined;
  let payments: ProbeOutcome<PaymentSample> | undefined;
  let target: WebhookTarget | undefined;
  if (settings.webhookUrl) {
    // The user named this endpoint: connecting to it early exposes nothing the send would not.
    if (sendable(settings.webhookUrl.href, settings.apiBaseUrl)) inputs.warm?.(settings.webhookUrl, sends);
    [account, payments] = (await leavingThreshold(Promise.all([inputs.account, inputs.payments]))) ?? [];
    target = chooseTarget(settings.webhookUrl, payments, preferencesSoFar);
  } else {
    [account, payments] = await Promise.all([inputs.account, inputs.payments]);
    target = chooseTarget(undefined, payments, undefined);
    if (!target) {
      preferencesSoFar = await inputs.preferences;
      target = chooseTarget(undefined, payments, preferencesSoFar);
    }
  }
  const subject = chooseSubject(target, payments, account, userIdFromToken(settings.accessToken), preferencesSoFar);
  // The token goes to one place: a notification URL that carries it (a misconfigured integration) is not sent to.
  if (target && carriesToken(target.url, settings.accessToken)) {
    return { target, subject, notification: failed('internal', 'the notification URL carries the access token: no notification is sent to it (the token would travel in a URL)') };
  }
  if (target && pointsAtMercadoPago(target.url, settings.apiBaseUrl)) {
    return { target, subject, notification: failed('internal', `the notification URL ${new URL(target.url).host} is Mercado Pago's own: the action never writes there`) };
  }
  const evidence = await probeWebhook({
    target,
    subject,
    budget,
    thresholdMs,
    ...(settings.webhookSecret !== undefined ? { secret: settings.webhookSecret } : {}),
    scrub: [settings.accessToken],
    dispatcher: inputs.dispatcher ?? createGuardedAgent(webhookGuardFor(settings.webhookUrl, apiGuard)),
  });
  // Other URLs seen on preferences, if they came in meanwhile (the chosen URL cannot change: payments and webhook-url come first).
  const withPreferences = target && target.source !== 'preference' && preferencesSoFar ? chooseTarget(settings.webhookUrl, payments, preferencesSoFar) : undefined;
  return withPreferences && withPreferences.url === target?.url ? { ...evidence, target: withPreferences } : evidence;
}

/** Whether a notification would be sent to this URL at all (not IPN-only, not a plugin relay, not Mercado Pago). */
function sendable(url: string, apiBaseUrl: URL): boolean {
  return !isIpnOnly(url) && !isPluginRelayEndpoint(url) && !pointsAtMercadoPago(url, apiBaseUrl);
}
