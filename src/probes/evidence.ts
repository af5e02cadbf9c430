import type { Account } from './mercadopago/account.js';
import type { PaymentSample } from './mercadopago/payments.js';
import type { PreferenceSample } from './mercadopago/preferences.js';
import type { HttpRedirectEvidence } from './http/redirect.js';
import type { PageEvidence } from './http/page.js';
import type { ProbeOutcome } from './outcome.js';
import type { TlsEvidence } from './tls/probe.js';

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
  /** The site's TLS handshake; undefined when `site-url` is not https. */
  readonly tls: ProbeOutcome<TlsEvidence> | undefined;
  /** The checkout page at `site-url`: answer, headers, cookies, resources and scan findings. */
  readonly page: ProbeOutcome<PageEvidence>;
  /** `http://host/path` on port 80; undefined when `site-url` is not https. */
  readonly httpRedirect: ProbeOutcome<HttpRedirectEvidence> | undefined;
}
