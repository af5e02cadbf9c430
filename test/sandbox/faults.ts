import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { MODERN_CIPHERS } from './modern-tls.js';
import { close, listenOnLoopback, randomLoopback } from './net.js';
import type { LocalCa } from './pki.js';

/**
 * Misbehaving servers on random loopback addresses, for the fault suite: every way a site, the
 * Mercado Pago API or a webhook endpoint can go wrong on the wire. Each fault is one server
 * (or, for `refused` and `unknown-host`, one address where nothing answers).
 */
export const FAULT_KINDS = [
  'refused',
  'unknown-host',
  'hang',
  'drip',
  'reset',
  'tls-garbage',
  'status-500',
  'retry-after',
  'malformed-json',
  'huge-body',
  'redirect-loop',
  'redirect-http',
  'non-utf8',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A host name that cannot resolve, and whose lookup never leaves this machine. It is under the
 * reserved `.invalid` TLD (RFC 6761) and its first label is 64 octets, one more than DNS allows:
 * glibc refuses to build the query and getaddrinfo fails at once (Node: ENOTFOUND). A plain
 * `x.invalid` would be sent to the resolver of /etc/resolv.conf, which is not on loopback here.
 */
export const UNKNOWN_HOST = `${'a'.repeat(64)}.unknown-host.invalid`;

/** One complete HTTP answer. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface UpstreamRequest {
  readonly method: string;
  /** Path and query. */
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** The target's healthy answer to a request (a page's routes, or a proxy to the API stand-in). */
export type Upstream = (request: UpstreamRequest) => Promise<Answer>;

export interface FaultOptions {
  readonly ca: LocalCa;
  /** Healthy answers: served after the 429, transcoded for `non-utf8`, dripped, cut for `reset`. */
  readonly upstream: Upstream;
  /** What the target speaks: the body type of 500s, malformed and huge answers. */
  readonly flavor: 'json' | 'html';
  /** Delay between dripped bytes (default 200 ms). */
  readonly dripIntervalMs?: number;
  /** The Retry-After of the 429 (default 1 second). */
  readonly retryAfterSeconds?: number;
}

export interface FaultServer {
  readonly kind: FaultKind;
  /** `https://host:port`, to use as a base URL. */
  readonly origin: string;
  url(path: string): string;
  /** Every HTTP request the fault server (or its plain-http redirect target) received. */
  readonly requests: Array<{ readonly method: string; readonly path: string; readonly scheme: 'https' | 'http' }>;
  /** TCP connections accepted, for faults that never see an HTTP request. */
  connections(): number;
  close(): Promise<void>;
}

/** Starts one fault. Close it after the run: servers hold sockets open on purpose. */
export async function startFault(kind: FaultKind, options: FaultOptions): Promise<FaultServer> {
  if (kind === 'unknown-host') return nothingThere(kind, UNKNOWN_HOST, 443);
  if (kind === 'refused') return nothingThere(kind, randomLoopback(), await closedPort());
  if (kind === 'hang' || kind === 'tls-garbage') return rawFault(kind);
  return httpFault(kind, options);
}

/** A port on which nothing listens: bound once to learn a free one, then closed. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  const { port } = await listenOnLoopback(probe, 0, '127.0.0.1');
  await close(probe);
  return port;
}

function nothingThere(kind: FaultKind, host: string, port: number): FaultServer {
  const origin = `https://${host}:${port}`;
  return { kind, origin, url: (p) => origin + p, requests: [], connections: () => 0, close: async () => undefined };
}

/** Bytes that are not TLS: a plain-HTTP answer (what a TLS client meets on an http port), then noise. */
const NOT_TLS = Buffer.concat([Buffer.from('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nThis port speaks plain HTTP.\r\n'), randomBytes(256)]);

/** TCP-level faults: `hang` accepts and sends nothing; `tls-garbage` answers a ClientHello with non-TLS bytes. */
async function rawFault(kind: 'hang' | 'tls-garbage'): Promise<FaultServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (kind === 'tls-garbage') socket.once('data', () => socket.end(NOT_TLS));
  });
  const { host, port } = await listenOnLoopback(server, 0);
  const origin = `https://${host}:${port}`;
  return {
    kind,
    origin,
    url: (p) => origin + p,
    requests: [],
    connections: () => accepted,
    async close() {
      for (const s of sockets) s.destroy();
      await close(server);
    },
  };
}

const TEN_MB = 10 * 1024 * 1024;

function errorBody(flavor: 'json' | 'html'): Buffer {
  return Buffer.from(
    flavor === 'json'
      ? JSON.stringify({ message: 'internal server error', error: 'internal_server_error', status: 500, cause: [] })
      : '<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>',
  );
}

function malformedBody(flavor: 'json' | 'html'): Buffer {
  // Cut off in the middle, as a crashed backend or a proxy's truncation leaves it.
  return Buffer.from(flavor === 'json' ? '{"id": 1160535239, "site_id": "MLB", "tags": ["normal", ' : '<!doctype html><html><head><title>Checkout</title><script src="/static/checkout.js"');
}

/** HTTP-level faults over real TLS with a certificate from the sandbox CA naming the address. */
async function httpFault(kind: FaultKind, options: FaultOptions): Promise<FaultServer> {
  const host = randomLoopback();
  const issued = options.ca.server({ commonName: host, hosts: [host] });
  const requests: FaultServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const seen = new Set<string>();
  let origin = '';
  let plainOrigin = '';
  let accepted = 0;
  /** Client-side sockets of the reset proxy, by the port its upstream connection uses. */
  const proxied = new Map<number, net.Socket>();

  const upstreamOf = (req: http.IncomingMessage): Promise<Answer> => options.upstream({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? '?', path, scheme: 'https' });
    void serve(req, res, path).catch(() => res.destroy());
  };

  async function serve(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const type = options.flavor === 'json' ? 'application/json' : 'text/html; charset=utf-8';
    switch (kind) {
      case 'status-500':
        res.writeHead(500, { 'content-type': type }).end(errorBody(options.flavor));
        return;
      case 'retry-after': {
        if (!seen.has(path)) {
          seen.add(path);
          res
            .writeHead(429, { 'content-type': type, 'retry-after': String(options.retryAfterSeconds ?? 1) })
            .end(options.flavor === 'json' ? '{"message":"too many requests","error":"too_many_requests","status":429,"cause":[]}' : 'Too Many Requests');
          return;
        }
        const answer = await upstreamOf(req);
        res.writeHead(answer.status, answer.headers).end(answer.body);
        return;
      }
      case 'malformed-json':
        res.writeHead(200, { 'content-type': type }).end(malformedBody(options.flavor));
        return;
      case 'huge-body':
        writeHuge(res, options.flavor);
        return;
      case 'redirect-loop': {
        const next = path.endsWith('loop=1') ? path.replace(/[?&]loop=1$/, '') : `${path}${path.includes('?') ? '&' : '?'}loop=1`;
        res.writeHead(302, { location: origin + next }).end();
        return;
      }
      case 'redirect-http':
        res.writeHead(301, { location: plainOrigin + path }).end();
        return;
      case 'non-utf8': {
        const answer = await upstreamOf(req);
        const type = (answer.headers['content-type'] ?? 'text/plain').replace(/;\s*charset=[^;]+/i, '');
        // Latin-1 bytes: every non-ASCII character (ã, ç, é…) is a byte sequence invalid in UTF-8.
        res.writeHead(answer.status, { ...answer.headers, 'content-type': `${type}; charset=iso-8859-1` }).end(Buffer.from(answer.body.toString('utf8'), 'latin1'));
        return;
      }
      case 'drip': {
        const answer = await upstreamOf(req);
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
        let sent = 0;
        const timer = setInterval(() => {
          if (res.destroyed || sent >= answer.body.length) return clearTimer(timer);
          res.write(answer.body.subarray(sent, ++sent));
        }, options.dripIntervalMs ?? 200);
        timers.add(timer);
        res.on('close', () => clearTimer(timer));
        return;
      }
      case 'reset': {
        const answer = await upstreamOf(req);
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => {
          const client = proxied.get(req.socket.remotePort ?? -1);
          if (client) client.resetAndDestroy();
          else res.destroy();
        });
        return;
      }
      default:
        res.writeHead(500).end(`fault ${kind} is not served over HTTP`);
    }
  }

  function clearTimer(timer: NodeJS.Timeout): void {
    clearInterval(timer);
    timers.delete(timer);
  }

  const secure = https.createServer({ cert: issued.chain, key: issued.key, ciphers: MODERN_CIPHERS }, handler);
  secure.on('connection', () => accepted++);
  const servers: net.Server[] = [secure];
  const proxySockets = new Set<net.Socket>();
  if (kind === 'reset') {
    // A TLS socket cannot send a TCP RST itself; a plain TCP proxy in front can, on the client side.
    const inner = await listenOnLoopback(secure, 0, host);
    const proxy = net.createServer((client) => {
      const upstream = net.connect(inner.port, host);
      proxySockets.add(client).add(upstream);
      upstream.on('connect', () => proxied.set(upstream.localPort ?? -1, client));
      for (const s of [client, upstream]) {
        s.on('error', () => undefined);
        s.on('close', () => {
          client.destroy();
          upstream.destroy();
          proxySockets.delete(s);
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    const { port } = await listenOnLoopback(proxy, 0, host);
    servers.push(proxy);
    origin = `https://${host}:${port}`;
  } else {
    const { port } = await listenOnLoopback(secure, 0, host);
    origin = `https://${host}:${port}`;
  }
  if (kind === 'redirect-http') {
    const plain = http.createServer((req, res) => {
      requests.push({ method: req.method ?? '?', path: req.url ?? '/', scheme: 'http' });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('plain http: nothing secret should ever arrive here');
    });
    const { port } = await listenOnLoopback(plain, 0, host);
    servers.push(plain);
    plainOrigin = `http://${host}:${port}`;
  }
  return {
    kind,
    origin,
    url: (p) => origin + p,
    requests,
    connections: () => accepted,
    async close() {
      for (const t of timers) clearInterval(t);
      for (const s of proxySockets) s.destroy();
      await Promise.all(servers.map((s) => close(s as http.Server)));
    },
  };
}

/** A 10 MB answer, streamed in chunks with its length announced, as a real oversized page or API answer. */
function writeHuge(res: http.ServerResponse, flavor: 'json' | 'html'): void {
  const head = Buffer.from(flavor === 'json' ? '{"padding":"' : '<!doctype html><html><body><!--');
  const tail = Buffer.from(flavor === 'json' ? '"}' : '--></body></html>');
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const fill = TEN_MB - head.length - tail.length;
  res.writeHead(200, { 'content-type': flavor === 'json' ? 'application/json' : 'text/html; charset=utf-8', 'content-length': String(TEN_MB) });
  res.write(head);
  let left = fill;
  const pump = (): void => {
    while (left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end(tail);
  };
  res.on('error', () => undefined);
  pump();
}

export { proxyUpstream, routesUpstream } from './upstreams.js';
