import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TOKENS } from '../sandbox/mp-api/accounts.js';
import { startMercadoPagoStandIn, type MercadoPagoStandIn } from '../sandbox/mp-api/server.js';
import { randomLoopback } from '../sandbox/net.js';
import { GOOD_HEADERS, healthyCheckoutPage, healthyCheckoutScript } from '../sandbox/pages.js';
import { createLocalCa, type LocalCa } from '../sandbox/pki.js';
import { startShop, type Shop } from '../sandbox/shop.js';
import { startWebhookReceiver, type WebhookReceiver } from '../sandbox/webhook.js';

/** Many storefronts at once: the fleet's tests and bench. Hosts are random loopback addresses. */
export interface Storefronts {
  readonly ca: LocalCa;
  readonly caFile: string;
  readonly api: MercadoPagoStandIn;
  readonly webhook: WebhookReceiver;
  readonly webhookSecret: string;
  readonly shops: readonly Shop[];
  /** A scratch folder, removed on stop. */
  readonly dir: string;
  stop(): Promise<void>;
}

/** Addresses per certificate: a multi-SAN certificate as CDNs serve, so a thousand shops need ~30 signatures, not a thousand. */
const HOSTS_PER_CERT = 32;

/**
 * Starts `count` healthy checkout sites (each on its own loopback address, HTTPS on 443 with the
 * intermediate sent, HTTP on 80 redirecting), one Mercado Pago API stand-in and one webhook
 * receiver that verifies signatures with `webhookSecret`.
 */
export async function startStorefronts(count: number): Promise<Storefronts> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-fleet-'));
  const ca = createLocalCa();
  const caFile = path.join(dir, 'sandbox-ca.pem');
  fs.writeFileSync(caFile, ca.root.certPem);
  const webhookSecret = randomBytes(32).toString('hex');
  const webhook = await startWebhookReceiver(ca, { mode: 'verify', secret: webhookSecret });
  const api = await startMercadoPagoStandIn(ca, { notificationUrl: webhook.url });
  const hosts = new Set<string>();
  while (hosts.size < count) hosts.add(randomLoopback());
  const list = [...hosts];
  const shops: Shop[] = [];
  try {
    for (let i = 0; i < list.length; i += HOSTS_PER_CERT) {
      const group = list.slice(i, i + HOSTS_PER_CERT);
      const cert = ca.server({ commonName: group[0]!, hosts: group });
      // One group at a time keeps start-up gentle on a shared machine.
      shops.push(...(await Promise.all(group.map((host) => startHealthyShop(host, cert.chain, cert.key)))));
    }
  } catch (error) {
    await Promise.all([...shops.map((s) => s.close()), api.close(), webhook.close()]);
    throw error;
  }
  return {
    ca,
    caFile,
    api,
    webhook,
    webhookSecret,
    shops,
    dir,
    async stop() {
      await Promise.all([...shops.map((s) => s.close()), api.close(), webhook.close()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The sandbox's healthy shop on a given address. */
export function startHealthyShop(host: string, certChain: string, key: string): Promise<Shop> {
  return startShop({
    host,
    certChain,
    key,
    routes: {
      '/checkout': { headers: { ...GOOD_HEADERS, 'set-cookie': 'session=abc; Secure; HttpOnly; SameSite=Lax; Path=/' }, body: healthyCheckoutPage() },
      '/static/checkout.js': { headers: { 'content-type': 'text/javascript' }, body: healthyCheckoutScript() },
      '/static/checkout.css': { headers: { 'content-type': 'text/css' }, body: 'body { font-family: sans-serif; }' },
    },
  });
}

/** A targets file for `shops`, every site with the healthy production token and the webhook secret. */
export function targetsYaml(storefronts: Storefronts, shops: readonly Shop[] = storefronts.shops, extra = ''): string {
  const lines = [
    'defaults:',
    `  api-base-url: ${storefronts.api.baseUrl}`,
    '  access-token-env: MP_TOKEN_HEALTHY',
    '  webhook-secret-env: MP_WEBHOOK_SECRET',
    '  timeout-seconds: 30',
    '  language: en',
    'sites:',
    ...shops.map((s) => `  - site-url: ${s.url('/checkout')}`),
  ];
  return `${lines.join('\n')}\n${extra}`;
}

/** The environment `targetsYaml` names. */
export function targetsEnv(storefronts: Storefronts): Record<string, string> {
  return { MP_TOKEN_HEALTHY: TOKENS.productionMlb, MP_WEBHOOK_SECRET: storefronts.webhookSecret };
}
