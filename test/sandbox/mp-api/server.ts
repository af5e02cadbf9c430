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
  /** Which TLS connection carried it: 1 for the first the stand-in accepted, and so on. */
  readonly connection?: number;
}

export interface MercadoPagoStandIn {
  /** Base URL to pass as api-base-url. */
  readonly baseUrl: string;
  /** Every request received, in order: the read-only promise is asserted on this. */
  readonly requests: RecordedRequest[];
  /** TLS connections accepted so far (carrying a request or not). */
  readonly connections: number;
  /**
   * A payment as GET /v1/payments/{id} would give it to its owner (for receivers that re-read it):
   * of the account with `token`, or of any account when none is given (the sandbox's receiver
   * stands for every account's shop).
   */
  findPayment(token: string | undefined, id: string): Readonly<Record<string, unknown>> | undefined;
  close(): Promise<void>;
}

/** The real 401 for a bad token says `not_found` in `error` (reference §11 F15). */
const UNAUTHORIZED = { message: 'invalid access token', error: 'not_found', status: 401 };
/** PolicyAgent's 403, when the token's scope or the application is blocked for one endpoint (F15). */
const POLICY_AGENT = { message: 'At least one policy returned UNAUTHORIZED.', code: 'PA_UNAUTHORIZED_RESULT_FROM_POLICIES', status: 403, blocked_by: 'PolicyAgent' };
const NO_TOKEN = {
  message: 'Must provide your access_token to proceed',
  error: 'unauthorized',
  status: 401,
  cause: [{ code: 5, description: 'Must provide your access_token to proceed', data: null }],
};
const INTERNAL = { message: 'Internal server error', error: 'internal_error', status: 500, cause: [] };

/**
 * The Mercado Pago API stand-in over real HTTPS on a loopback address: the real API's shapes (reference §11),
 * accounts chosen by Bearer token (accounts.ts, including the fault tokens), 405 for anything
 * but GET (the action must never write).
 */
export async function startMercadoPagoStandIn(ca: LocalCa, options: FixtureOptions & { readonly latencyMs?: number } = {}): Promise<MercadoPagoStandIn> {
  const accounts = buildAccounts(options);
  const address = randomLoopback();
  const issued = ca.server({ commonName: 'api.mercadopago.sandbox', hosts: [address] });
  const tls = { cert: issued.chain, key: issued.key };
  const requests: RecordedRequest[] = [];
  /** rate-limited mode: the requests already answered 429 once. */
  const limited = new Set<string>();
  const connectionIds = new WeakMap<object, number>();
  let connections = 0;
  const server = https.createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://api.local');
    const auth = req.headers.authorization;
    requests.push({ method: req.method ?? '?', path: url.pathname, authorized: auth !== undefined, search: url.search, connection: connectionIds.get(req.socket) ?? 0 });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { message: 'method not allowed', error: 'method_not_allowed', status: 405, cause: [] });
    if (!auth?.startsWith('Bearer ')) return send(401, NO_TOKEN);
    const token = auth.slice('Bearer '.length);
    const account = accounts.get(token);
    if (!account) return send(401, UNAUTHORIZED);
    if (account.policyBlocked?.some((p) => p.test(url.pathname))) return send(403, POLICY_AGENT);
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
        send(429, 'local_rate_limited', { 'content-type': 'text/plain' });
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

  server.on('secureConnection', (socket) => connectionIds.set(socket, ++connections));
  const { host, port } = await listenOnLoopback(server, 0, address, options.latencyMs);
  return {
    baseUrl: `https://${host}:${port}`,
    requests,
    get connections() {
      return connections;
    },
    findPayment: (token, id) => {
      const owners = token === undefined ? [...accounts.values()] : [accounts.get(token)];
      for (const account of owners) {
        const found = account?.payments?.find((p) => String(p['id']) === id);
        if (found) return found;
      }
      return undefined;
    },
    close: () => close(server),
  };
}
