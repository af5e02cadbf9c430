import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startMercadoPagoStandIn, type MercadoPagoStandIn } from './mp-api/server.js';
import { TOKENS } from './mp-api/accounts.js';
import { randomLoopback } from './net.js';
import { brokenCheckoutPage, GOOD_HEADERS, healthyCheckoutPage, healthyCheckoutScript } from './pages.js';
import { createLocalCa, type LocalCa } from './pki.js';
import { startShop, type Shop } from './shop.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook.js';

const DAY = 86_400_000;

export interface Sandbox {
  readonly ca: LocalCa;
  /** PEM file of the sandbox root CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  readonly api: MercadoPagoStandIn;
  /** A shop that meets the go-live requirements. */
  readonly healthy: Shop;
  /** A shop with an expired certificate served without its intermediate, and a page full of mistakes. */
  readonly broken: Shop;
  readonly tokens: typeof TOKENS;
  /** The healthy shop's notification endpoint: verifies signatures with `webhookSecret`. */
  readonly webhook: WebhookReceiver;
  /** The application's secret signature (pass as webhook-secret). */
  readonly webhookSecret: string;
  /** A scratch folder (the runner's workspace), removed on stop. */
  readonly dir: string;
  stop(): Promise<void>;
}

/** Round-trip times a latency proxy adds in front of each kind of host (the bench's "real network"). */
export interface SandboxLatency {
  readonly apiMs: number;
  readonly siteMs: number;
  readonly webhookMs: number;
}

/**
 * Starts the whole sandbox on loopback: CA, Mercado Pago API stand-in, a healthy and a broken
 * shop. With `latency`, each host sits behind a latency proxy, as far away as a real one.
 */
export async function startSandbox(latency?: SandboxLatency): Promise<Sandbox> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-'));
  const ca = createLocalCa();
  const caFile = path.join(dir, 'sandbox-ca.pem');
  fs.writeFileSync(caFile, ca.root.certPem);
  // The receiver starts first: the stand-in's payments and preferences carry its URL as their
  // notification_url, as a real integration's do.
  // It verifies signatures and, like Mercado Pago's WooCommerce plugin, re-reads the notified
  // payment and refuses one that is not the shop's order (reference §11 F2).
  const webhookSecret = randomBytes(32).toString('hex');
  let api: MercadoPagoStandIn | undefined;
  const webhook = await startWebhookReceiver(ca, {
    mode: 'verify',
    secret: webhookSecret,
    reread: () => (api ? (id) => api!.findPayment(undefined, id) : undefined),
    ...(latency ? { latencyMs: latency.webhookMs } : {}),
  });
  api = await startMercadoPagoStandIn(ca, { notificationUrl: webhook.url, ...(latency ? { latencyMs: latency.apiMs } : {}) });

  const healthyHost = randomLoopback();
  const healthyCert = ca.server({ commonName: healthyHost, hosts: [healthyHost] });
  const healthy = await startShop({
    host: healthyHost,
    ...(latency ? { latencyMs: latency.siteMs } : {}),
    certChain: healthyCert.chain,
    key: healthyCert.key,
    routes: {
      '/checkout': { headers: { ...GOOD_HEADERS, 'set-cookie': 'session=abc; Secure; HttpOnly; SameSite=Lax; Path=/' }, body: healthyCheckoutPage() },
      '/static/checkout.js': { headers: { 'content-type': 'text/javascript' }, body: healthyCheckoutScript() },
      '/static/checkout.css': { headers: { 'content-type': 'text/css' }, body: 'body { font-family: sans-serif; }' },
    },
  });

  const brokenHost = randomLoopback();
  const expired = ca.server({ commonName: brokenHost, hosts: [brokenHost], notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 5 * DAY) });
  const broken = await startShop({
    host: brokenHost,
    certChain: expired.leafOnly,
    key: expired.key,
    http: 'serve',
    routes: { '/checkout': { headers: { 'set-cookie': 'session=abc; Path=/' }, body: brokenCheckoutPage(TOKENS.legacyTest) } },
  });

  return {
    ca,
    caFile,
    api,
    healthy,
    broken,
    tokens: TOKENS,
    webhook,
    webhookSecret,
    dir,
    async stop() {
      if (!api) return;
      await Promise.all([api.close(), healthy.close(), broken.close(), webhook.close()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
