import * as http from 'node:http';
import * as https from 'node:https';
import { MODERN_CIPHERS } from './modern-tls.js';
import { close, listenOnLoopback } from './net.js';

/** One answer of the shop: fixed status, headers and body. */
export interface Route {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string | Buffer;
}

export interface ShopOptions {
  /** PEM of the certificate chain the server sends (leaf first) and its key. */
  readonly certChain: string;
  readonly key: string;
  /** Paths to answers; a path not listed answers 404. */
  readonly routes: Readonly<Record<string, Route>>;
  /** What plain http:// on port 80 does: redirect to https, serve the same routes, or nothing listens. */
  readonly http?: 'redirect' | 'serve' | 'none';
  /** Extra TLS server options (protocol versions, ciphers) for the TLS fixtures. */
  readonly tls?: Partial<https.ServerOptions>;
  /** A fixed loopback address (the certificate must name it); random otherwise. */
  readonly host: string;
  /** Round-trip time a latency proxy adds in front of both ports (bench only). */
  readonly latencyMs?: number;
}

export interface Shop {
  readonly host: string;
  /** https://<host>/ — port 443, so URLs look like a real shop's. */
  readonly origin: string;
  url(path: string): string;
  /** Every request path seen, for assertions. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A checkout site on one loopback address: HTTPS on 443 and, optionally, HTTP on 80. */
export async function startShop(options: ShopOptions): Promise<Shop> {
  const requests: string[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${req.method} ${req.url}`);
    const route = options.routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...(route.headers as http.OutgoingHttpHeaders) });
    res.end(route.body ?? '');
  };
  const secure = https.createServer({ cert: options.certChain, key: options.key, ciphers: MODERN_CIPHERS, ...options.tls }, handler);
  const { host } = await listenOnLoopback(secure, 443, options.host, options.latencyMs);
  let plain: http.Server | undefined;
  if ((options.http ?? 'redirect') !== 'none') {
    plain = http.createServer((req, res) => {
      if (options.http === 'serve') return handler(req, res);
      res.writeHead(301, { location: `https://${host}${req.url ?? '/'}` }).end();
    });
    await listenOnLoopback(plain, 80, host, options.latencyMs);
  }
  return {
    host,
    origin: `https://${host}`,
    url: (path) => `https://${host}${path}`,
    requests,
    async close() {
      await Promise.all([close(secure), plain ? close(plain) : Promise.resolve()]);
    },
  };
}
