import { Agent, request } from 'undici';
import { cachedLookup } from '../net/lookup.js';

/** One HTTP answer, its body read up to a cap. */
export interface Fetched {
  readonly url: string;
  readonly status: number;
  /** Header names in lower case; repeated headers joined with ", " except `set-cookie`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly setCookies: readonly string[];
  readonly body: Buffer;
  /** The body was longer than the cap and was cut there. */
  readonly truncated: boolean;
}

export interface FetchOptions {
  readonly signal: AbortSignal;
  readonly maxBytes: number;
  readonly dispatcher: Agent;
}

/** Sent with every page request: says who asks; no cookie, no credential, ever. */
const REQUEST_HEADERS = { 'user-agent': 'mercadopago-readiness/1.0', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/**
 * A client for the merchant's public pages. Certificates are not verified here on purpose: the
 * page is public, nothing secret is sent, and a bad certificate is the TLS checks' finding —
 * the page checks should still see the page.
 */
export function createPageAgent(): Agent {
  return new Agent({ connect: { rejectUnauthorized: false, lookup: cachedLookup }, connections: 8, headersTimeout: 15_000, bodyTimeout: 15_000 });
}

/** One GET without following redirects; the body is read to `maxBytes` and the rest dropped. */
export async function fetchOnce(url: URL, options: FetchOptions): Promise<Fetched> {
  const response = await request(url, { method: 'GET', headers: REQUEST_HEADERS, signal: options.signal, dispatcher: options.dispatcher, maxRedirections: 0 });
  const headers: Record<string, string> = {};
  let setCookies: string[] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    if (key === 'set-cookie') setCookies = Array.isArray(value) ? value : [value];
    else headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  // A redirect's body is never read: only where it points matters.
  if (response.statusCode >= 300 && response.statusCode < 400 && headers['location'] !== undefined) {
    await discard(response.body);
    return { url: url.href, status: response.statusCode, headers, setCookies, body: Buffer.alloc(0), truncated: false };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    const room = options.maxBytes - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      size += room;
      truncated = true;
      break;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  if (truncated) await discard(response.body);
  return { url: url.href, status: response.statusCode, headers, setCookies, body: Buffer.concat(chunks, size), truncated };
}

/** Drops the rest of a body without an unhandled 'error' from the aborted stream. */
async function discard(body: { on(event: 'error', listener: () => void): unknown; dump(opts?: { limit: number }): Promise<void> }): Promise<void> {
  body.on('error', () => undefined);
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}
