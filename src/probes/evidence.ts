import type { Account } from './mercadopago/account.js';
import type { LiveHistory } from './mercadopago/live-payment.js';
import type { PaymentMethodSummary } from './mercadopago/payment-methods.js';
import type { Payment, PaymentSample } from './mercadopago/payments.js';
import type { PreferenceSample } from './mercadopago/preferences.js';
import type { ReportsEvidence } from './mercadopago/reports.js';
import type { HttpRedirectEvidence } from './http/redirect.js';
import type { PageEvidence } from './http/page.js';
import type { BrowserEvidence } from './browser/evidence.js';
import type { ProbeOutcome } from './outcome.js';
import type { TlsEvidence } from './tls/probe.js';
import type { WebhookEvidence } from './webhook/probe.js';

/**
 * Everything the probes gathered, for the checks to judge. Each field is a probe's outcome:
 * the evidence, or why it could not be had. A new probe adds one field here.
 */
export interface Evidence {
  /** `GET /users/me`; an error of kind `refused` means the token was refused. */
  readonly account: ProbeOutcome<Account>;
  /** Recent payments (last 30 days, bounded); same `refused` rule as `account`. */
  readonly payments: ProbeOutcome<PaymentSample>;
  /** Recent Checkout Pro preferences. */
  readonly preferences: ProbeOutcome<PreferenceSample>;
  /** `GET /v1/payments/{payment-id}`; undefined when the `payment-id` input was not given. */
  readonly paymentById?: ProbeOutcome<Payment> | undefined;
  /**
   * One search of the last 12 months for the latest live payments; undefined when the 30-day
   * sample already had what the checks need (or could not be read).
   */
  readonly liveHistory?: ProbeOutcome<LiveHistory> | undefined;
  /** `GET /v1/payment_methods`; undefined when the account is not Brazilian (only Pix needs it). */
  readonly paymentMethods?: ProbeOutcome<readonly PaymentMethodSummary[]> | undefined;
  /** Release and settlement report config (and list when needed). */
  readonly reports?: ProbeOutcome<ReportsEvidence> | undefined;
  /** The site's TLS handshake; undefined when `site-url` is not https. */
  readonly tls: ProbeOutcome<TlsEvidence> | undefined;
  /** The notification endpoint and its answers to test notifications (never a secret). */
  readonly webhook: WebhookEvidence;
  /** The checkout page at `site-url`: answer, headers, cookies, resources and scan findings. */
  readonly page: ProbeOutcome<PageEvidence>;
  /**
   * The page opened in headless Chrome/Chromium (`browser: auto | on`); undefined with `browser: off`.
   * An error of kind `unavailable` means `auto` found no browser. Checks only add findings from it.
   */
  readonly browser?: ProbeOutcome<BrowserEvidence> | undefined;
  /** `http://host/path` on port 80; undefined when `site-url` is not https. */
  readonly httpRedirect: ProbeOutcome<HttpRedirectEvidence> | undefined;
}
