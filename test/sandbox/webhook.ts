import { createHmac, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { close, listenOnLoopback, randomLoopback } from './net.js';
import type { LocalCa } from './pki.js';

/**
 * How the receiver behaves:
 * - `verify`: a careful merchant — checks `x-signature` (HMAC, constant-time, 5-minute ts
 *   window) and answers 401 to anything that does not verify, 200 otherwise;
 * - `accept-any`: answers 200 to everything, signed or not;
 * - `error`: answers 500 with a stack-trace-like body;
 * - `slow`: verifies, but answers only after `delayMs`;
 * - `hang`: reads the request and never answers;
 * - `redirect`: answers 301 to another path.
 */
export type ReceiverMode = 'verify' | 'accept-any' | 'error' | 'slow' | 'hang' | 'redirect';

export interface ReceiverOptions {
  readonly mode: ReceiverMode;
  /** The application's secret signature the receiver verifies with (verify, slow). */
  readonly secret?: string;
  readonly delayMs?: number;
  /** Plain http:// instead of HTTPS with a certificate from the sandbox CA. */
  readonly plainHttp?: boolean;
  /** Path and query of the endpoint; default `/webhooks/mercadopago?source_news=webhooks`. */
  readonly path?: string;
  /**
   * Re-reads the notified payment before answering, as Mercado Pago's WooCommerce plugin does
   * (reference §11 F2): 422 unless the payment exists and its external_reference is one of the
   * shop's orders (`ORDER-…`). Resolved when the notification arrives, so the API may start later.
   */
  /** Round-trip time a latency proxy adds in front of the receiver (bench only). */
  readonly latencyMs?: number;
  readonly reread?: () => ((id: string) => Readonly<Record<string, unknown>> | undefined) | undefined;
}

/** One notification as the receiver saw it. */
export interface ReceivedNotification {
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** The receiver's own verdict on the signature (verify/slow modes; `unchecked` otherwise). */
  readonly verdict: 'valid' | 'missing' | 'malformed' | 'stale' | 'mismatch' | 'unchecked';
  readonly status: number | null;
}

export interface WebhookReceiver {
  /** The notification URL to configure: `https://<host>/webhooks/mercadopago?source_news=webhooks`. */
  readonly url: string;
  readonly received: ReceivedNotification[];
  /** When each connection was accepted (performance.now()), to tell when the client connected. */
  readonly connectedAt: number[];
  close(): Promise<void>;
}

/** Starts a webhook receiver on its own loopback address (port 443, or 80 for plain http). */
export async function startWebhookReceiver(ca: LocalCa, options: ReceiverOptions): Promise<WebhookReceiver> {
  const host = randomLoopback();
  const received: ReceivedNotification[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verifies = options.mode === 'verify' || options.mode === 'slow';
      const verdict = verifies ? verifySignature(req, options.secret ?? '') : 'unchecked';
      const answer = (status: number, payload: string): void => {
        received.push({ method: req.method ?? '?', url: req.url ?? '/', headers: req.headers, body, verdict, status });
        const send = (): void => void res.writeHead(status, { 'content-type': 'text/plain' }).end(payload);
        if (options.mode === 'slow') setTimeout(send, options.delayMs ?? 1000);
        else send();
      };
      if (options.mode === 'hang') {
        received.push({ method: req.method ?? '?', url: req.url ?? '/', headers: req.headers, body, verdict, status: null });
        return;
      }
      if (options.mode === 'error') return answer(500, 'Internal Server Error\n    at handleWebhook (/srv/app/webhooks.js:42:13)');
      if (options.mode === 'redirect') {
        received.push({ method: req.method ?? '?', url: req.url ?? '/', headers: req.headers, body, verdict, status: 301 });
        res.writeHead(301, { location: '/webhooks/v2' }).end();
        return;
      }
      if (req.method !== 'POST') return answer(405, 'method not allowed');
      if (verdict !== 'valid' && verdict !== 'unchecked') return answer(401, `signature ${verdict}`);
      const lookup = options.reread?.();
      if (lookup) {
        const id = new URL(req.url ?? '/', 'https://receiver.local').searchParams.get('data.id') ?? '';
        const reference = lookup(id)?.['external_reference'];
        if (typeof reference !== 'string' || !reference.startsWith('ORDER-')) return answer(422, `payment ${id} is not an order of this shop`);
      }
      answer(200, 'ok');
    });
  };
  let server: http.Server;
  if (options.plainHttp) {
    server = http.createServer(handler);
  } else {
    const issued = ca.server({ commonName: host, hosts: [host] });
    server = https.createServer({ cert: issued.chain, key: issued.key }, handler);
  }
  const connectedAt: number[] = [];
  server.on('connection', () => connectedAt.push(performance.now()));
  await listenOnLoopback(server, options.plainHttp ? 80 : 443, host, options.latencyMs);
  const path = options.path ?? '/webhooks/mercadopago?source_news=webhooks';
  return { url: `${options.plainHttp ? 'http' : 'https'}://${host}${path}`, received, connectedAt, close: () => close(server) };
}

const TOLERANCE_S = 300;

/** Verifies `x-signature` as Mercado Pago documents it (reference §4), written independently of src/. */
function verifySignature(req: http.IncomingMessage, secret: string): ReceivedNotification['verdict'] {
  const header = req.headers['x-signature'];
  const requestId = req.headers['x-request-id'];
  if (typeof header !== 'string' || typeof requestId !== 'string') return 'missing';
  let ts = '';
  let v1 = '';
  for (const part of header.split(',')) {
    const [key, value] = part.split('=', 2).map((s) => s.trim());
    if (key === 'ts') ts = value ?? '';
    if (key === 'v1') v1 = value ?? '';
  }
  if (!/^\d+$/.test(ts) || !/^[0-9a-f]{64}$/.test(v1)) return 'malformed';
  if (Math.abs(Date.now() / 1000 - Number(ts)) > TOLERANCE_S) return 'stale';
  const dataId = new URL(req.url ?? '/', 'https://receiver.local').searchParams.get('data.id');
  const manifest = `${dataId !== null ? `id:${dataId};` : ''}request-id:${requestId};ts:${ts};`;
  const expected = createHmac('sha256', secret).update(manifest).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex')) ? 'valid' : 'mismatch';
}
