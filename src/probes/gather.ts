import type { Settings } from '../config/settings.js';
import { raceSignal, type Budget } from './budget.js';
import type { Evidence } from './evidence.js';
import { probeAccount } from './mercadopago/account.js';
import { createMercadoPagoClient, type MercadoPagoClient } from './mercadopago/client.js';
import { probePayments } from './mercadopago/payments.js';
import { probePreferences } from './mercadopago/preferences.js';
import { failed, toProbeError, type ProbeOutcome } from './outcome.js';
import { probeHttpRedirect } from './http/redirect.js';
import { probePage } from './http/page.js';
import { probeTls } from './tls/probe.js';

export interface GatherResult {
  readonly evidence: Evidence;
  /** Requests sent to the Mercado Pago API, retries included. */
  readonly apiRequests: number;
}

/**
 * Runs every probe concurrently under the run budget. A probe that has not finished when the
 * budget ends becomes a timeout error, so the report is always written on time.
 */
export async function gatherEvidence(settings: Settings, budget: Budget, client?: MercadoPagoClient): Promise<GatherResult> {
  const api = client ?? createMercadoPagoClient({ baseUrl: settings.apiBaseUrl, token: settings.accessToken, budget });
  const bounded = <T>(what: string, work: () => Promise<ProbeOutcome<T>>): Promise<ProbeOutcome<T>> =>
    raceSignal(
      work().catch((error: unknown) => ({ ok: false as const, error: toProbeError(error, what) })),
      budget.signal,
      () => failed('timeout', `${what}: not finished within timeout-seconds`),
    );

  const accountPromise = bounded('GET /users/me', () => probeAccount(api));
  // The account read comes first: when the token is refused, nothing else is asked of the API.
  const afterAccount = <T>(what: string, work: () => Promise<ProbeOutcome<T>>): Promise<ProbeOutcome<T>> =>
    accountPromise.then((account) => (account.ok ? bounded(what, work) : { ok: false as const, error: account.error }));
  const https = settings.siteUrl.protocol === 'https:';
  const [account, payments, preferences, tls, page, httpRedirect] = await Promise.all([
    accountPromise,
    afterAccount('GET /v1/payments/search', () => probePayments(api)),
    afterAccount('GET /checkout/preferences/search', () => probePreferences(api)),
    https ? bounded('TLS handshake', () => probeTls(settings.siteUrl, budget)) : Promise.resolve(undefined),
    // The token goes to the page scanner only to be recognised in what the page serves; it is never sent.
    bounded(`GET ${settings.siteUrl.href}`, () => probePage(settings.siteUrl, budget, settings.accessToken)),
    https ? bounded('GET http:// (port 80)', () => probeHttpRedirect(settings.siteUrl, budget)) : Promise.resolve(undefined),
  ]);
  return { evidence: { account, payments, preferences, tls, page, httpRedirect }, apiRequests: api.requestCount };
}
