import * as https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { close, listenOnLoopback, randomLoopback } from '../net.js';
import type { LocalCa } from '../pki.js';
import type { FixtureOptions } from './account-data.js';
import { buildAccounts, type AccountFixture } from './accounts.js';
import { ROUTES } from './routes.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Whether an Authorization header was present (its value is never recorded). */
  readonly authorized: boolean;
  /** The query string, e.g. `?limit=100&offset=0` ('' when none). */
  readonly search?: string;
}

export interface MercadoPagoStandIn {
  /** Base URL to pass as api-base-url. */
  readonly baseUrl: string;
  /** Every request received, in order: the read-only promise is asserted on this. */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const UNAUTHORIZED = { message: 'invalid access token', error: 'unauthorized', status: 401, cause: [{ code: 2, description: 'invalid access token', data: null }] };
const NO_TOKEN = {
  message: 'Must provide your access_token to proceed',
  error: 'unauthorized',
  status: 401,
  cause: [{ code: 5, description: 'Must provide your access_token to proceed', data: null }],
};
const INTERNAL = { message: 'Internal server error', error: 'internal_error', status: 500, cause: [] };

/**
 * The Mercado Pago API stand-in over real HTTPS on a loopback address: documented shapes,
 * accounts chosen by Bearer token (accounts.ts, including the fault tokens), 405 for anything
 * but GET (the action must never write).
 */
export async function startMercadoPagoStandIn(ca: LocalCa, options: FixtureOptions = {}): Promise<MercadoPagoStandIn> {
  const accounts = buildAccounts(options);
  const address = randomLoopback();
  const issued = ca.server({ commonName: 'api.mercadopago.sandbox', hosts: [address] });
  const tls = { cert: issued.chain, key: issued.key };
  const requests: RecordedRequest[] = [];
  /** rate-limited mode: the requests already answered 429 once. */
  const limited = new Set<string>();
  const server = https.createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://api.local');
    const auth = req.headers.authorization;
    requests.push({ method: req.method ?? '?', path: url.pathname, authorized: auth !== undefined, search: url.search });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { message: 'method not allowed', error: 'method_not_allowed', status: 405, cause: [] });
    if (!auth?.startsWith('Bearer ')) return send(401, NO_TOKEN);
    const token = auth.slice('Bearer '.length);
    const account = accounts.get(token);
    if (!account) return send(401, UNAUTHORIZED);
    if (account.fault && url.pathname !== '/users/me') {
      const handled = fault(account, `${token.slice(-12)} ${url.pathname}${url.search}`, send);
      if (handled) return;
    }
    const route = ROUTES.find(([pattern]) => pattern.test(url.pathname));
    if (!route) return send(404, { message: `resource ${url.pathname} not found`, error: 'not_found', status: 404, cause: [] });
    const answer = route[1](account, url, route[0].exec(url.pathname)!);
    send(answer.status, answer.body, answer.headers);
  });

  function fault(account: AccountFixture, key: string, send: (status: number, body: unknown, headers?: Record<string, string>) => void): boolean {
    switch (account.fault) {
      case 'rate-limited':
        if (limited.has(key)) return false;
        limited.add(key);
        send(429, { message: 'Too many requests', error: 'too_many_requests', status: 429, cause: [] }, { 'retry-after': '1' });
        return true;
      case 'server-error':
        send(500, INTERNAL);
        return true;
      case 'malformed':
        send(200, '{"paging":{"total":3,"limit":100,"offset":0},"results":[{"id":13190');
        return true;
      case 'hang':
        return true;
      default:
        return false;
    }
  }

  const { host, port } = await listenOnLoopback(server, 0, address);
  return { baseUrl: `https://${host}:${port}`, requests, close: () => close(server) };
}
