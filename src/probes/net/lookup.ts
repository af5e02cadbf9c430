import * as dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** How long one resolution is reused: longer than a run (60 s by default is its budget), shorter than a fleet. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 256;

type Resolver = (hostname: string, options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
type Lookup = (hostname: string, options: LookupOptions | number | LookupCallback, callback?: LookupCallback) => void;

/**
 * A lookup with its own cache over `resolve` (dns.lookup by default): each host is resolved once
 * per TTL, concurrent asks share one resolution, failures are not kept.
 */
export function createCachedLookup(resolve: Resolver = dns.lookup, ttlMs = TTL_MS): { lookup: Lookup; clear(): void } {
  const cache = new Map<string, { readonly at: number; readonly addresses: Promise<LookupAddress[]> }>();
  const lookup: Lookup = (hostname, options, callback) => {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
    const opts: LookupOptions = typeof options === 'object' && options !== null ? options : typeof options === 'number' ? { family: options } : {};
    const family = opts.family === 4 || opts.family === 6 ? opts.family : 0;
    const key = `${hostname.toLowerCase()}|${family}|${opts.hints ?? 0}`;
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || now - entry.at > ttlMs) {
      const addresses = new Promise<LookupAddress[]>((ok, fail) =>
        resolve(hostname, { all: true, family, ...(opts.hints !== undefined ? { hints: opts.hints } : {}) }, (error, list) => (error ? fail(error) : ok(list))),
      );
      const fresh = { at: now, addresses };
      entry = fresh;
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(key, fresh);
      addresses.catch(() => {
        if (cache.get(key) === fresh) cache.delete(key);
      });
    }
    entry.addresses.then(
      (list) => {
        if (opts.all) return cb(null, list);
        const first = list[0];
        if (!first) return cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
        cb(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => cb(error, opts.all ? [] : '', 0),
    );
  };
  return { lookup, clear: () => cache.clear() };
}

const shared = createCachedLookup();

/**
 * `dns.lookup` with each host resolved once per run: concurrent connections to one host (the API
 * fan-out, the TLS probe's handshakes, the page's scripts) share one resolution instead of asking
 * the resolver each time. Failures are not kept. Drop-in for the `lookup` option of
 * `net.connect`/`tls.connect`, for both the one-address and the `all: true` form (Node's
 * happy-eyeballs connect asks for all).
 */
export function cachedLookup(hostname: string, options: LookupOptions | number | LookupCallback, callback?: LookupCallback): void {
  shared.lookup(hostname, options, callback);
}

/** Forgets every resolution (tests). */
export function clearLookupCache(): void {
  shared.clear();
}
