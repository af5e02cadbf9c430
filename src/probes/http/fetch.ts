import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { type Agent, request } from 'undici';
import type { ConnectionGuard, Resolve } from '../net/guard.js';
import { createGuardedAgent } from '../net/guarded-agent.js';
import { cachedLookup } from '../net/lookup.js';

/** One HTTP answer, its body read (and decoded) up to a cap. */
export interface Fetched {
  readonly url: string;
  readonly status: number;
  /** Header names in lower case; repeated headers joined with ", " except `set-cookie`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly setCookies: readonly string[];
  /** The body after Content-Encoding was undone (gzip, deflate, br): what a browser would run. */
  readonly body: Buffer;
  /** The decoded body was longer than the cap and was cut there. */
  readonly truncated: boolean;
  /** The Content-Encoding that was undone, or null when the body came as is. */
  readonly encoding: string | null;
  /** Why the body could not be decoded (corrupt stream, unknown coding); the body is then what was decoded so far. */
  readonly decodeError?: string;
}

export interface FetchOptions {
  readonly signal: AbortSignal;
  /** Cap on the DECODED body: a small compressed answer cannot inflate past it (decompression bombs). */
  readonly maxBytes: number;
  readonly dispatcher: Agent;
  /** `accept` header; the default asks for a page. */
  readonly accept?: string;
}

/** Sent with every page request: says who asks; no cookie, no credential, ever. */
const USER_AGENT = 'mercadopago-readiness/1.0';
const ACCEPT_PAGE = 'text/html,application/xhtml+xml,*/*;q=0.8';
/** What a browser offers: CDNs answer with one of these whether asked or not (pre-compressed objects). */
const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * A client for the merchant's public pages. Certificates are not verified here on purpose: the
 * page is public, nothing secret is sent, and a bad certificate is the TLS checks' finding —
 * the page checks should still see the page.
 */
export function createPageAgent(guard: ConnectionGuard): Agent {
  // Every connection (page, redirects, scripts) goes through the guard (net/guard.ts), on the run's one resolution of each host.
  return createGuardedAgent(guard, { connections: 8, headersTimeout: 15_000, bodyTimeout: 15_000 }, { rejectUnauthorized: false }, cachedLookup as Resolve);
}

/** One GET without following redirects; the body is decoded and read to `maxBytes`, the rest dropped. */
export async function fetchOnce(url: URL, options: FetchOptions): Promise<Fetched> {
  const response = await request(url, {
    method: 'GET',
    headers: { 'user-agent': USER_AGENT, accept: options.accept ?? ACCEPT_PAGE, 'accept-encoding': ACCEPT_ENCODING },
    signal: options.signal,
    dispatcher: options.dispatcher,
    maxRedirections: 0,
  });
  const headers: Record<string, string> = {};
  let setCookies: string[] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    if (key === 'set-cookie') setCookies = Array.isArray(value) ? value : [value];
    else headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const head = { url: url.href, status: response.statusCode, headers, setCookies };
  // A redirect's body is never read: only where it points matters.
  if (response.statusCode >= 300 && response.statusCode < 400 && headers['location'] !== undefined) {
    await discard(response.body);
    return { ...head, body: Buffer.alloc(0), truncated: false, encoding: null };
  }
  const codings = (headers['content-encoding'] ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0) {
    const { body, truncated, error } = await readCapped(response.body as AsyncIterable<Buffer>, options.maxBytes);
    if (error !== undefined) throw error;
    if (truncated) await discard(response.body);
    return { ...head, body, truncated, encoding: null };
  }
  const unknown = codings.find((c) => decoderFor(c) === undefined);
  if (unknown !== undefined) {
    await discard(response.body);
    return { ...head, body: Buffer.alloc(0), truncated: false, encoding: codings.join(', '), decodeError: `unsupported Content-Encoding ${unknown}` };
  }
  // Codings apply in the order listed; undo them in reverse (RFC 9110 §8.4). Decoding is pulled:
  // nothing is inflated past the cap, so a tiny bomb stays a tiny read.
  let decoded: AsyncIterable<Buffer> = response.body as AsyncIterable<Buffer>;
  for (const coding of [...codings].reverse()) decoded = inflate(decoded, coding);
  const { body, truncated, error } = await readCapped(decoded, options.maxBytes);
  await discard(response.body);
  // A broken connection or the budget is the transport's error; a bad stream is the body's.
  if (error !== undefined && !isZlibError(error)) throw error;
  const decodeError = error === undefined ? undefined : `the ${codings.join(', ')} body is corrupt (${(error as Error).message.split('\n')[0]})`;
  return { ...head, body, truncated, encoding: codings.join(', '), ...(decodeError ? { decodeError } : {}) };
}

function decoderFor(coding: string): ((first: Buffer) => Transform) | undefined {
  // Default (strict) finish: a stream cut short ends in an error, so the page reads as cut, not whole.
  if (coding === 'gzip' || coding === 'x-gzip') return () => createGunzip();
  if (coding === 'br') return () => createBrotliDecompress();
  // "deflate" is meant to be zlib-wrapped (RFC 1950), but servers also send raw deflate; browsers take both.
  if (coding === 'deflate') return (first) => (isZlibHeader(first) ? createInflate() : createInflateRaw());
  return undefined;
}

function isZlibError(error: unknown): boolean {
  // zlib and brotli stream errors carry a negative errno and a Z_… / ERR__ERROR_… code.
  const e = error as { code?: unknown; errno?: unknown } | undefined;
  return typeof e?.errno === 'number' && typeof e.code === 'string' && (e.code.startsWith('Z_') || e.code.startsWith('ERR__'));
}

function isZlibHeader(b: Buffer): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

/** Undoes one coding as the consumer pulls; stops reading the source when the consumer stops. */
async function* inflate(source: AsyncIterable<Buffer>, coding: string): AsyncIterable<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done) return;
  const decoder = decoderFor(coding)!(head.value);
  const pump = (async () => {
    try {
      let chunk: Buffer | undefined = head.value;
      while (chunk !== undefined && !decoder.destroyed) {
        if (!decoder.write(chunk)) await new Promise((r) => decoder.once('drain', r).once('close', r));
        const next = await it.next();
        chunk = next.done ? undefined : next.value;
      }
      if (!decoder.destroyed) decoder.end();
    } catch (e) {
      decoder.destroy(e as Error);
    }
  })();
  try {
    for await (const out of decoder as AsyncIterable<Buffer>) yield out;
  } finally {
    decoder.destroy();
    await it.return?.();
    await pump;
  }
}

/** Reads a stream to `maxBytes`; says whether more was there, and why it broke off if it did. */
async function readCapped(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<{ body: Buffer; truncated: boolean; error?: unknown }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const room = maxBytes - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, room));
        size += room;
        return { body: Buffer.concat(chunks, size), truncated: true };
      }
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    return { body: Buffer.concat(chunks, size), truncated: false, error };
  }
  return { body: Buffer.concat(chunks, size), truncated: false };
}

/** Drops the rest of a body without an unhandled 'error' from the aborted stream. */
async function discard(body: { on(event: 'error', listener: () => void): unknown; dump(opts?: { limit: number }): Promise<void> }): Promise<void> {
  body.on('error', () => undefined);
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}
