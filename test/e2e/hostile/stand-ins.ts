import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { ActionRun } from '../../helpers/run-action.js';
import { close, listenOnLoopback } from '../../sandbox/net.js';

/**
 * Hostile stand-ins for the attack suite: an API that echoes the token back in every form it can,
 * pages that hang, and the bounds every attacked run must keep (DESIGN §1).
 */

/** A production-shaped token that appears nowhere but in the inputs. */
export const HOSTILE_TOKEN = 'APP_USR-4518732904417623-120113-9f3c2a7e5b1d4c6f8a0e2b4d6f8a1c3e-730551246';
/** A second one, pasted into a wrong input (it is in no secret input, so the runner masks nothing of it). */
export const STRAY_TOKEN = 'APP_USR-1111222233334444-120113-0a1b2c3d4e5f60718293a4b5c6d7e8f9-112233445';

/** Peak RSS allowed to an attacked run. */
export const MAX_RSS_KB = 250 * 1024;

/** Asserts an attacked run ended with a verdict, the exit code expected, within timeout + 1 s and under 250 MiB. */
export function assertBounded(run: ActionRun, timeoutSeconds: number, expectedCode: number, what: string): void {
  assert.equal(run.code, expectedCode, `${what}: exit code ${run.code}; stdout:\n${run.stdout.slice(-2000)}\nstderr:\n${run.stderr.slice(-1000)}`);
  assert.ok(run.wallMs <= timeoutSeconds * 1000 + 1000, `${what}: took ${Math.round(run.wallMs)} ms, more than timeout-seconds (${timeoutSeconds} s) + 1 s`);
  assert.ok(run.peakRssKb > 0 && run.peakRssKb < MAX_RSS_KB, `${what}: peak RSS ${run.peakRssKb} KiB`);
}

/** The encoded forms a hostile server sends the token back in. */
export function echoForms(token: string): Record<string, string> {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  const core = /-([0-9a-f]{32})-/.exec(token)![1]!;
  return {
    whole: token,
    core: core.toUpperCase(),
    fragment: core.slice(5, 21),
    base64: b64(`Bearer ${token}`),
    base64url: Buffer.from(`tok:${token}`).toString('base64url'),
    percent: [...Buffer.from(token)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    jsonEscaped: [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  };
}

export interface Server {
  readonly url: string;
  /** Requests seen, as `METHOD path`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves `handler` on a fresh loopback address; every request is recorded. */
export async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Server> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  const { host, port } = await listenOnLoopback(server, 0);
  return { url: `http://${host}:${port}`, requests, close: () => close(server) };
}

const json = (res: http.ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/**
 * A Mercado Pago stand-in that reads the token from the Authorization header and sends it back:
 * at the end of a long message (where a cut at 300 characters leaves a piece), JSON-escaped,
 * base64, base64url, percent-encoded, in capitals, in fragments, in error causes and keys.
 */
export function echoingApi(req: http.IncomingMessage, res: http.ServerResponse): void {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const [status, body] = echoAnswer((req.url ?? '').split('?')[0] ?? '', token);
  json(res, status, body);
}

function echoAnswer(path: string, token: string): [number, unknown] {
  const forms = echoForms(token);
  if (path === '/users/me') return [200, { id: 730551246, nickname: `SHOP ${forms.fragment}`, site_id: 'MLA', tags: ['normal'], email: `x+${forms.core}@shop.example` }];
  if (path === '/v1/payments/search')
    return [400, { message: `${'the gateway says: '.repeat(15)}${token} is not allowed here`, error: 'bad_request', status: 400, cause: [{ code: 1, description: forms.base64 }] }];
  if (path === '/checkout/preferences/search') return [400, { message: `escaped ${forms.jsonEscaped}`, error: `percent ${forms.percent}` }];
  if (path.startsWith('/v1/account/release_report'))
    return [403, { message: `core ${forms.core} url ${forms.base64url}`, error: 'forbidden', cause: [{ code: forms.whole, description: token.slice(0, 60) }] }];
  if (path.startsWith('/v1/account/settlement_report')) return [404, { message: `${'x'.repeat(280)}${token}`, error: 'not_found' }];
  return [404, { message: `no route ${token}`, error: 'not_found' }];
}

/** A checkout page; the leaked token on it is found (and must not be printed). */
export function simplePage(token: string) {
  return (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html><head><title>Pagar</title></head><body><script>var t = "${token}";</script><form action="/pay"></form></body></html>`);
  };
}

/** Accepts the request and never answers. */
export function hang(_req: http.IncomingMessage, _res: http.ServerResponse): void {
  // nothing: the connection stays open until the client gives up
}
