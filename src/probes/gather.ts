import { raceSignal, type Budget } from './budget.js';
import type { BrowserEvidence } from './browser/evidence.js';
import type { Evidence } from './evidence.js';
import { probeAccount } from './mercadopago/account.js';
import { createMercadoPagoClient, type MercadoPagoClient } from './mercadopago/client.js';
import { needsHistory, probeLiveHistory, probePaymentById } from './mercadopago/live-payment.js';
import { probePaymentMethods } from './mercadopago/payment-methods.js';
import { probePayments } from './mercadopago/payments.js';
import { probePreferences } from './mercadopago/preferences.js';
import { probeReports } from './mercadopago/reports.js';
import { createGuard } from './net/guard.js';
import { createWarmAgent } from './net/warm-agent.js';
import { failed, toProbeError, type ProbeOutcome } from './outcome.js';
import { probeHttpRedirect } from './http/redirect.js';
import { probePage } from './http/page.js';
import { probeTls } from './tls/probe.js';
import { gatherWebhook, staticApiGuard, webhookGuardFor, type WebhookProbeOptions } from './webhook/gather-webhook.js';

/** What the probes need of the run's settings: no report paths, no GitHub token. */
export interface ProbeOptions extends WebhookProbeOptions {
  readonly siteUrl: URL;
  /** Sent to the API, and looked for (never printed) in the page. */
  readonly accessToken: string;
  readonly paymentId?: string | undefined;
  /** The browser pass: off, or the executable to run (or why none was found, for `auto`). */
  readonly browser?: { readonly mode: 'off' | 'auto' | 'on'; readonly executable?: string; readonly missing?: string };
}

export interface GatherResult {
  readonly evidence: Evidence;
  /** Requests sent to the Mercado Pago API, retries included. */
  readonly apiRequests: number;
}

/** Connections opened to the API while /users/me is answered: one per request of the fan-out after it, the first connection aside. */
const API_FAN_OUT = 4;

/**
 * Runs every probe concurrently under the run budget. A probe that has not finished when the
 * budget ends becomes a timeout error, so the report is always written on time.
 *
 * On a real network a connection costs two round trips before its first request, so the API
 * connections the fan-out needs are opened while /users/me is answered, the payments search
 * (on the critical path to the webhook) goes first to take the connection /users/me used, and
 * the webhook's connection is opened while the API answers (gather-webhook.ts).
 */
export async function gatherEvidence(settings: ProbeOptions, budget: Budget, client?: MercadoPagoClient): Promise<GatherResult> {
  // Every connection goes through a guard (net/guard.ts). The API guard also tells the webhook
  // probe whether the account's data comes from a private world (the sandbox, a staging proxy).
  const apiGuard = createGuard({ named: [settings.apiBaseUrl.hostname] });
  const apiAgent = client ? undefined : createWarmAgent({ guard: apiGuard });
  const webhookAgent = createWarmAgent({ guard: webhookGuardFor(settings.webhookUrl, client ? staticApiGuard(settings.apiBaseUrl) : apiGuard) });
  try {
    return await gatherWith(
      settings,
      budget,
      client ?? createMercadoPagoClient({ baseUrl: settings.apiBaseUrl, token: settings.accessToken, budget, dispatcher: apiAgent!.dispatcher }),
      apiAgent?.warm,
      webhookAgent,
    );
  } finally {
    // Connections opened ahead and never used must not outlive the run.
    void apiAgent?.close();
    void webhookAgent.close();
  }
}

async function gatherWith(
  settings: ProbeOptions,
  budget: Budget,
  api: MercadoPagoClient,
  warmApi: ((url: URL, count: number) => void) | undefined,
  webhookAgent: ReturnType<typeof createWarmAgent>,
): Promise<GatherResult> {
  const bounded = <T>(what: string, work: () => Promise<ProbeOutcome<T>>): Promise<ProbeOutcome<T>> =>
    raceSignal(
      work().catch((error: unknown) => ({ ok: false as const, error: toProbeError(error, what) })),
      budget.signal,
      () => failed('timeout', `${what}: not finished within timeout-seconds`),
    );

  const accountPromise = bounded('GET /users/me', () => probeAccount(api));
  warmApi?.(settings.apiBaseUrl, API_FAN_OUT);
  // One macrotask after /users/me, so its connection is back in the pool for the payments search.
  const accountSettled = accountPromise.then((account) => new Promise<typeof account>((resolve) => setImmediate(() => resolve(account))));
  // The account read comes first: when the token is refused, nothing else is asked of the API.
  // A 401/403 on a later call (e.g. a token without the reports scope) is that call's error, not
  // a refused token: only /users/me decides that, so those checks say `error`, never `skip`.
  const afterAccount = <T>(what: string, work: () => Promise<ProbeOutcome<T>>): Promise<ProbeOutcome<T>> =>
    accountSettled.then((account) => (account.ok ? bounded(what, work).then(notRefused) : { ok: false as const, error: account.error }));
  const paymentsPromise = afterAccount('GET /v1/payments/search', () => probePayments(api));
  const preferencesPromise = afterAccount('GET /checkout/preferences/search', () => probePreferences(api));
  const paymentId = settings.paymentId;
  const https = settings.siteUrl.protocol === 'https:';
  const [account, payments, preferences, paymentById, liveHistory, paymentMethods, reports, tls, page, httpRedirect, webhook, browser] = await Promise.all([
    accountPromise,
    paymentsPromise,
    preferencesPromise,
    paymentId === undefined ? undefined : afterAccount(`GET /v1/payments/${paymentId}`, () => probePaymentById(api, paymentId)),
    paymentsPromise.then((sample) => (needsHistory(sample, paymentId !== undefined) ? bounded('GET /v1/payments/search (12 months)', () => probeLiveHistory(api)).then(notRefused) : undefined)),
    // Only Pix reads the payment methods, and Pix is Brazil only: other sites save the request.
    accountPromise.then((account) => (account.ok && account.value.siteId !== 'MLB' ? undefined : afterAccount('GET /v1/payment_methods', () => probePaymentMethods(api)))),
    afterAccount('GET /v1/account/*_report', () => probeReports(api)),
    https ? bounded('TLS handshake', () => probeTls(settings.siteUrl, budget)) : Promise.resolve(undefined),
    // The token goes to the page scanner only to be recognised in what the page serves; it is never sent.
    bounded(`GET ${settings.siteUrl.href}`, () => probePage(settings.siteUrl, budget, settings.accessToken)),
    https ? bounded('GET http:// (port 80)', () => probeHttpRedirect(settings.siteUrl, budget)) : Promise.resolve(undefined),
    gatherWebhook(settings, budget, { account: accountPromise, payments: paymentsPromise, preferences: preferencesPromise, dispatcher: webhookAgent.dispatcher, warm: webhookAgent.warm }),
    browserPass(settings, budget, bounded),
  ]);
  return { evidence: { account, payments, preferences, paymentById, liveHistory, paymentMethods, reports, tls, page, httpRedirect, webhook, browser }, apiRequests: api.requestCount };
}

/** The browser pass, loaded only when asked for; `auto` without a browser says so as an `unavailable` outcome. */
function browserPass(
  settings: ProbeOptions,
  budget: Budget,
  bounded: <T>(what: string, work: () => Promise<ProbeOutcome<T>>) => Promise<ProbeOutcome<T>>,
): Promise<ProbeOutcome<BrowserEvidence> | undefined> {
  const browser = settings.browser;
  if (browser === undefined || browser.mode === 'off') return Promise.resolve(undefined);
  const executable = browser.executable;
  if (executable === undefined) return Promise.resolve(failed('unavailable', browser.missing ?? 'no Chrome/Chromium found'));
  return bounded('browser pass', async () => (await import('./browser/run.js')).runBrowserPass(settings.siteUrl, budget, executable));
}

function notRefused<T>(outcome: ProbeOutcome<T>): ProbeOutcome<T> {
  return outcome.ok || outcome.error.kind !== 'refused' ? outcome : { ok: false, error: { ...outcome.error, kind: 'http' } };
}
