import * as https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { close, listenOnLoopback, randomLoopback } from '../net.js';
import type { LocalCa } from '../pki.js';
import { ACCOUNTS, type AccountFixture } from './accounts.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Whether an Authorization header was present (its value is never recorded). */
  readonly authorized: boolean;
}

export interface MercadoPagoStandIn {
  /** Base URL to pass as api-base-url. */
  readonly baseUrl: string;
  /** Every request received, in order: the read-only promise is asserted on this. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const UNAUTHORIZED = { message: 'invalid access token', error: 'unauthorized', status: 401, cause: [{ code: 2, description: 'invalid access token', data: null }] };
const NO_TOKEN = { message: 'Must provide your access_token to proceed', error: 'unauthorized', status: 401, cause: [{ code: 5, description: 'Must provide your access_token to proceed', data: null }] };

type Handler = (account: AccountFixture, url: URL) => { status: number; body: unknown; headers?: Record<string, string> };

function page<T>(items: readonly T[], url: URL): { slice: T[]; limit: number; offset: number } {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 30) || 30, 1000);
  const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
  return { slice: items.slice(offset, offset + limit), limit, offset };
}

const ROUTES: ReadonlyArray<[RegExp, Handler]> = [
  [/^\/users\/me$/, (account) => ({ status: 200, body: account.usersMe })],
  [
    /^\/v1\/payments\/search$/,
    (account, url) => {
      const all = account.payments ?? [];
      const { slice, limit, offset } = page(all, url);
      return { status: 200, body: { paging: { total: all.length, limit, offset }, results: slice } };
    },
  ],
  [
    /^\/checkout\/preferences\/search$/,
    (account, url) => {
      const all = account.preferences ?? [];
      const { slice, offset } = page(all, url);
      return { status: 200, body: { elements: slice, next_offset: offset + slice.length, total: all.length } };
    },
  ],
];

/**
 * The Mercado Pago API stand-in over real HTTPS on a loopback address: documented shapes,
 * accounts chosen by Bearer token, 405 for anything but GET (the action must never write).
 */
export async function startMercadoPagoStandIn(ca: LocalCa): Promise<MercadoPagoStandIn> {
  const address = randomLoopback();
  const issued = ca.server({ commonName: 'api.mercadopago.sandbox', hosts: [address] });
  const tls = { cert: issued.chain, key: issued.key };
  const requests: RecordedRequest[] = [];
  const server = https.createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://api.local');
    const auth = req.headers.authorization;
    requests.push({ method: req.method ?? '?', path: url.pathname, authorized: auth !== undefined });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { message: 'method not allowed', error: 'method_not_allowed', status: 405, cause: [] });
    if (!auth?.startsWith('Bearer ')) return send(401, NO_TOKEN);
    const account = ACCOUNTS.get(auth.slice('Bearer '.length));
    if (!account) return send(401, UNAUTHORIZED);
    const route = ROUTES.find(([pattern]) => pattern.test(url.pathname));
    if (!route) return send(404, { message: `resource ${url.pathname} not found`, error: 'not_found', status: 404, cause: [] });
    const answer = route[1](account, url);
    send(answer.status, answer.body, answer.headers);
  });
  const { host, port } = await listenOnLoopback(server, 0, address);
  return { baseUrl: `https://${host}:${port}`, requests, close: () => close(server) };
}
