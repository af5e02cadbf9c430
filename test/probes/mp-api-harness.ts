import * as tls from 'node:tls';
import { buildSettings, type Settings } from '../../src/config/settings.js';
import { createBudget, type Budget } from '../../src/probes/budget.js';
import { createMercadoPagoClient, type ClientOptions, type MercadoPagoClient } from '../../src/probes/mercadopago/client.js';
import { startMercadoPagoStandIn, type MercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { createLocalCa } from '../sandbox/pki.js';

/** A stand-in API trusted by this process (Node 24's default CA list plus the sandbox root). */
export async function startTrustedStandIn(): Promise<MercadoPagoStandIn> {
  const ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  return startMercadoPagoStandIn(ca);
}

/** A client of the stand-in with short waits, so fault tests stay fast. */
export function clientFor(api: MercadoPagoStandIn, token: string, options: Partial<ClientOptions> & { budgetMs?: number } = {}): { client: MercadoPagoClient; budget: Budget } {
  const budget = options.budget ?? createBudget(options.budgetMs ?? 10_000);
  return { budget, client: createMercadoPagoClient({ baseUrl: new URL(api.baseUrl), token, budget, retryBaseMs: 10, ...options }) };
}

/** Settings for an in-process run against the stand-in (http site: no TLS probe). */
export function settingsFor(api: MercadoPagoStandIn, token: string, extra: Record<string, string> = {}): Settings {
  const inputs: Record<string, string> = { 'site-url': 'http://127.0.0.1/checkout', 'access-token': token, 'api-base-url': api.baseUrl, 'timeout-seconds': '10', ...extra };
  return buildSettings((name) => inputs[name] ?? '', { workspace: '/tmp', readFile: () => undefined });
}
