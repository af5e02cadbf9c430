import { request, type Dispatcher } from 'undici';
import type { Budget } from '../budget.js';
import { createRedactor } from '../../secrets/redact.js';
import { createGuard, type ConnectionGuard } from '../net/guard.js';
import { createGuardedAgent } from '../net/guarded-agent.js';
import { toProbeError, type ProbeError } from '../outcome.js';

/**
 * Mercado Pago's error body (`{message, error, status, cause[]}`), as far as it was given; the
 * PolicyAgent's 403 has `{message, code, status, blocked_by}` instead (reference §11 F15).
 */
export interface MercadoPagoErrorBody {
  readonly message?: string;
  readonly error?: string;
  readonly status?: number;
  readonly cause?: ReadonlyArray<{ code?: unknown; description?: unknown }>;
  readonly code?: string;
  readonly blocked_by?: string;
}

/** A failed API call: the HTTP status when there was one, and a message without any secret. */
export interface ApiError extends ProbeError {
  readonly status?: number;
  readonly body?: MercadoPagoErrorBody;
  /**
   * True for PolicyAgent's 403: this token may not call this endpoint (a scope it lacks, or the
   * application is blocked for it). The token itself may be fine for other endpoints.
   */
  readonly policyBlocked?: boolean;
}

export type ApiResult<T> = { readonly ok: true; readonly status: number; readonly data: T } | { readonly ok: false; readonly error: ApiError };

/**
 * The Mercado Pago API client. It can only GET: the readiness check never writes to the
 * merchant's account, and this interface makes any other method impossible to call.
 */
export interface MercadoPagoClient {
  get<T = unknown>(path: string, query?: Readonly<Record<string, string | number>>): Promise<ApiResult<T>>;
  /** How many HTTP requests were sent, retries included. */
  readonly requestCount: number;
}

export interface ClientOptions {
  readonly baseUrl: URL;
  readonly token: string;
  readonly budget: Budget;
  /** Longest wait for one request. */
  readonly requestTimeoutMs?: number;
  readonly maxRetries?: number;
  /** First backoff; doubled on each retry unless Retry-After says otherwise. */
  readonly retryBaseMs?: number;
  readonly maxBodyBytes?: number;
  readonly dispatcher?: Dispatcher;
  /** The connection guard for the API host (net/guard.ts); by default the host of `baseUrl`, as named. */
  readonly guard?: ConnectionGuard;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_RETRY_WAIT_MS = 30_000;

/**
 * The client every Mercado Pago probe shares: GET only, each request bounded by the run budget
 * (and `requestTimeoutMs`), 429/5xx retried with backoff or `Retry-After` but never past the
 * budget, error bodies turned into one-line messages with the token scrubbed out.
 */
export function createMercadoPagoClient(options: ClientOptions): MercadoPagoClient {
  const { budget, token } = options;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const maxRetries = options.maxRetries ?? 3;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const sleep = options.sleep ?? sleepFor;
  // Every form of the token (whole, its core, fragments, base64…) is scrubbed before any cut.
  const redact = createRedactor([token]);
  // The token goes to one place: connections to the API go through the guard like every other.
  const dispatcher = options.dispatcher ?? createGuardedAgent(options.guard ?? createGuard({ named: [options.baseUrl.hostname] }));
  let requestCount = 0;

  async function getOnce(url: URL, label: string): Promise<{ status: number; retryAfterMs?: number; text: string }> {
    requestCount++;
    const response = await request(url, {
      method: 'GET',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'user-agent': 'mercadopago-readiness/1.0' },
      signal: budget.signalWithin(requestTimeoutMs),
      dispatcher,
    });
    const text = await readCapped(response.body, maxBodyBytes, label);
    const retryAfter = retryAfterMs(response.headers['retry-after']);
    return { status: response.statusCode, text, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }) };
  }

  return {
    get requestCount() {
      return requestCount;
    },
    async get<T>(path: string, query?: Readonly<Record<string, string | number>>): Promise<ApiResult<T>> {
      const url = new URL(path.replace(/^\//, ''), ensureTrailingSlash(options.baseUrl));
      for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
      const label = `GET ${path}`;
      for (let attempt = 0; ; attempt++) {
        let answer: Awaited<ReturnType<typeof getOnce>>;
        try {
          answer = await getOnce(url, label);
        } catch (error) {
          return { ok: false, error: toProbeError(error, label) };
        }
        if (RETRY_STATUSES.has(answer.status) && attempt < maxRetries) {
          const wait = Math.min(answer.retryAfterMs ?? retryBaseMs * 2 ** attempt, MAX_RETRY_WAIT_MS);
          if (wait < budget.remainingMs() - 50) {
            try {
              await sleep(wait, budget.signal);
              continue;
            } catch {
              // the budget ran out while waiting: report the last answer
            }
          }
        }
        return interpret<T>(answer.status, answer.text, label, attempt, redact);
      }
    },
  };
}

/**
 * A server may echo the token back in an error body (a proxy, a misconfigured gateway), whole or
 * encoded: the error body's strings are scrubbed here, before the message is built and cut, so no
 * cut can leave a piece of the token behind.
 */
function scrubBody(value: unknown, redact: (s: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => scrubBody(v, redact));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), scrubBody(v, redact)]));
  return value;
}

function interpret<T>(status: number, text: string, label: string, retries: number, redact: (s: string) => string): ApiResult<T> {
  let data: unknown;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    if (status >= 200 && status < 300) return { ok: false, error: { kind: 'parse', status, message: `${label} answered ${status} with a body that is not JSON` } };
  }
  if (status >= 200 && status < 300) return { ok: true, status, data: data as T };
  const scrubbed = scrubBody(data, redact);
  const body = isErrorBody(scrubbed) ? scrubbed : undefined;
  const retried = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
  const kind = status === 401 || status === 403 ? 'refused' : 'http';
  if (status === 403 && isPolicyAgent(body)) {
    const code = typeof body?.code === 'string' ? ` (${body.code.slice(0, 60)})` : '';
    const message = `${label} answered 403${retried}: Mercado Pago's PolicyAgent blocked this call${code}: the token lacks the scope for this endpoint, or the application is blocked for it`;
    return { ok: false, error: { kind, status, message, policyBlocked: true, ...(body ? { body } : {}) } };
  }
  const message = `${label} answered ${status}${retried}${describe(body, redact) || plainReason(data === undefined ? redact(text) : '')}`;
  return { ok: false, error: { kind, status, message, ...(body ? { body } : {}) } };
}

/**
 * Whether a probe error is PolicyAgent's 403: the endpoint is blocked for this token (a scope
 * it lacks, or the application), which says nothing of the token itself (reference §11 F15).
 */
export function isPolicyBlocked(error: ProbeError): boolean {
  return (error as ApiError).policyBlocked === true;
}

/** PolicyAgent's refusal: `blocked_by: "PolicyAgent"` or its `PA_…` code (reference §11 F15). */
function isPolicyAgent(body: MercadoPagoErrorBody | undefined): boolean {
  return body !== undefined && (body.blocked_by === 'PolicyAgent' || (typeof body.code === 'string' && body.code.startsWith('PA_')));
}

/**
 * A short plain-text error body, such as the gateway's 429 `local_rate_limited` (text/plain,
 * reference §11 F16), as one printable word or phrase; '' for anything longer or stranger.
 */
function plainReason(text: string): string {
  const line = text.trim();
  return line !== '' && line.length <= 80 && /^[\w .,:;/()-]+$/.test(line) ? `: ${line}` : '';
}

function describe(body: MercadoPagoErrorBody | undefined, redact: (s: string) => string): string {
  if (!body) return '';
  const parts = [body.error, body.message].filter((p): p is string => typeof p === 'string' && p !== '');
  const causes = (body.cause ?? []).map((c) => [c.code, c.description].filter((x) => x !== null && x !== undefined && x !== '').join(' ')).filter((c) => c !== '');
  const all = [...new Set(parts)].join(': ') + (causes.length > 0 ? ` (cause ${causes.join('; ')})` : '');
  // Scrubbed again whole (pieces joined could form a token), and only then cut.
  const clean = redact(all);
  return clean === '' ? '' : `: ${clean.slice(0, 300)}`;
}

function isErrorBody(value: unknown): value is MercadoPagoErrorBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('message' in value || 'error' in value || 'blocked_by' in value);
}

function ensureTrailingSlash(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.href}/`);
}

/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Reads a body up to `max` bytes; a larger body is an error rather than memory blown. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }, max: number, label: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max) {
      body.destroy();
      throw { kind: 'parse', message: `${label}: answer larger than ${Math.round(max / 1024 / 1024)} MB` } satisfies ProbeError;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
