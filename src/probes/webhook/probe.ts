import type { Dispatcher } from 'undici';
import type { Budget } from '../budget.js';
import { raceSignal } from '../budget.js';
import { failed, type ProbeOutcome } from '../outcome.js';
import { deliver, type Delivery } from './deliver.js';
import { buildNotification, type NotificationSubject } from './notification.js';
import { isIpnOnly, isPluginRelayEndpoint, type WebhookTarget } from './target.js';

/** What the webhook probe found: the endpoint, and how it answered the test notifications. */
export interface WebhookEvidence {
  /** Undefined when no notification URL is known. */
  readonly target: WebhookTarget | undefined;
  /** What the notifications were about (the latest payment, or a synthetic id). */
  readonly subject?: NotificationSubject;
  /** The test notification: signed with the secret when one was given. Undefined without target, or for an IPN-only or plugin-relay URL. */
  readonly notification?: ProbeOutcome<Delivery>;
  /** The same notification with a forged `x-signature`. Undefined without secret or target. */
  readonly forged?: ProbeOutcome<Delivery>;
}

export interface WebhookProbeOptions {
  readonly target: WebhookTarget | undefined;
  readonly subject: NotificationSubject;
  readonly secret?: string;
  readonly budget: Budget;
  /** Mercado Pago's limit (22 s) or the configured `webhook-timeout-ms`. */
  readonly thresholdMs: number;
  readonly dispatcher?: Dispatcher;
  /** Other secrets to scrub from what the endpoint sends back (the access token), besides `secret`. */
  readonly scrub?: readonly string[];
}

/** Kept back from the budget so a send ends, and is recorded, before the run's deadline. */
const MARGIN_MS = 150;

/**
 * Sends the test notification and, with a secret, a forged one at the same time: this POST
 * to the merchant's own endpoint is the only write the action makes. Each waits at most the
 * threshold, cut to what is left of the run's budget.
 */
export async function probeWebhook(options: WebhookProbeOptions): Promise<WebhookEvidence> {
  const { target, subject, secret, budget } = options;
  if (!target) return { target };
  // Neither takes the Webhooks body this action sends: a test there would tell nothing.
  if (isIpnOnly(target.url) || isPluginRelayEndpoint(target.url)) return { target, subject };
  const left = budget.remainingMs() - MARGIN_MS;
  const limitedBy = options.thresholdMs <= left ? 'threshold' : 'budget';
  const limitMs = Math.max(1, Math.round(Math.min(options.thresholdMs, left)));
  const send = (signature: 'valid' | 'forged' | 'none'): Promise<ProbeOutcome<Delivery>> => {
    let built;
    try {
      built = buildNotification(target.url, subject, signature, secret);
    } catch (error) {
      return Promise.resolve(failed('internal', `could not build the test notification: ${(error as Error).message}`));
    }
    const work = deliver(built, signature, {
      limitMs,
      limitedBy,
      signal: budget.signal,
      scrub: [...(secret ? [secret] : []), ...(options.scrub ?? [])],
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    return raceSignal(work, budget.signal, () => failed('timeout', `POST to the notification URL: not finished within timeout-seconds`));
  };
  if (secret === undefined) return { target, subject, notification: await send('none') };
  const [notification, forged] = await Promise.all([send('valid'), send('forged')]);
  return { target, subject, notification, forged };
}
