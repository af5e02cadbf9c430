import type * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { close, listenOnLoopback } from '../sandbox/net.js';
import type { LocalCa } from '../sandbox/pki.js';

/**
 * A Mercado Pago API host of its own for one site: it records which bearer token reached it
 * (the fleet's isolation promise is asserted on this) and forwards the request to the shared
 * stand-in, or answers 429 to everything (`storm`).
 */
export interface ApiRecorder {
  readonly host: string;
  readonly baseUrl: string;
  /** Every Authorization token received, in order (test-only memory; never printed). */
  readonly tokens: string[];
  close(): Promise<void>;
}

export async function startApiRecorder(ca: LocalCa, upstream: string, mode: 'forward' | 'storm' = 'forward'): Promise<ApiRecorder> {
  const tokens: string[] = [];
  const upstreamUrl = new URL(upstream);
  const agent = new https.Agent({ ca: ca.root.certPem, keepAlive: true });
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const auth = req.headers.authorization ?? '';
    tokens.push(auth.replace(/^Bearer /, ''));
    if (mode === 'storm') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"message":"Too many requests","error":"too_many_requests","status":429,"cause":[]}');
      return;
    }
    const forward = https.request({ host: upstreamUrl.hostname, port: upstreamUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstreamUrl.host }, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  };
  // The certificate must name the address, which is known only once listening: bind, issue, then serve.
  const probe = net.createServer();
  const { host } = await listenOnLoopback(probe, 0);
  await close(probe);
  const issued = ca.server({ commonName: host, hosts: [host] });
  const secure = https.createServer({ cert: issued.chain, key: issued.key }, handler);
  const { port } = await listenOnLoopback(secure, 0, host);
  return {
    host,
    baseUrl: `https://${host}:${port}`,
    tokens,
    async close() {
      agent.destroy();
      await close(secure);
    },
  };
}

/** A "site" whose port 443 accepts connections and never answers a byte: a hung storefront. */
export async function startHangingHost(): Promise<{ host: string; url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  const { host } = await listenOnLoopback(server, 443);
  return {
    host,
    url: `https://${host}/checkout`,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
