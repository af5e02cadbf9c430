import * as dns from 'node:dns';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import { classifyAddress, isNonPublic, judgeAddress, type Refusal } from './address-policy.js';

/**
 * The connection guard every Node-side connection goes through (page, scripts, redirects, the
 * port-80 probe, TLS handshakes, the webhook, the API). The address is judged where it is
 * chosen: in the DNS look-up the socket itself uses (so the address judged is the address
 * connected to, whatever the name resolves to a moment later), before connecting to an IP
 * literal, and once more on the connected socket's remote address.
 */

/** The error a refused connection fails with; its message says which address and why. */
export class AddressRefusedError extends Error {
  override readonly name = 'AddressRefusedError';
  readonly code = 'ERR_ADDRESS_REFUSED';
  constructor(
    readonly hostname: string,
    readonly refusal: Refusal,
  ) {
    super(`refused to connect to ${hostname}${hostname === refusal.address ? '' : ` (${refusal.address})`}: ${refusal.message}`);
  }
}

/** Judges a connection to `hostname` at `address`: undefined when allowed. */
export interface ConnectionGuard {
  judge(hostname: string, address: string): Refusal | undefined;
  /** Whether a host the user named turned out to be on a loopback or private address. */
  readonly privateWorld: boolean;
}

export interface GuardOptions {
  /** Hosts the user named in an input: the user's choice, loopback or private included. */
  readonly named?: readonly string[];
  /** Where the targets this guard judges were found: its private world extends to them. */
  readonly origin?: ConnectionGuard;
  /** Known up front to be a private world (an origin named by a loopback or private IP literal). */
  readonly privateWorld?: boolean;
}

const bare = (host: string): string => host.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * A guard for one probe. A named host keeps the class of its first address: a name that was
 * public when first reached and later resolves into the runner's network (DNS rebinding) is
 * treated as found on the way, not as the user's choice.
 */
export function createGuard(options: GuardOptions = {}): ConnectionGuard {
  const named = new Set((options.named ?? []).map(bare));
  const first = new Map<string, boolean>();
  const guard: ConnectionGuard = {
    get privateWorld(): boolean {
      return options.privateWorld === true || [...first.values()].some((nonPublic) => nonPublic) || (options.origin?.privateWorld ?? false);
    },
    judge(hostname, address) {
      const host = bare(hostname);
      let isNamed = named.has(host);
      if (isNamed) {
        const nonPublic = isNonPublic(classifyAddress(address));
        if (!first.has(host)) first.set(host, nonPublic);
        isNamed = first.get(host) === true || !nonPublic;
      }
      return judgeAddress(bare(address), { named: isNamed, privateWorld: guard.privateWorld });
    },
  };
  return guard;
}

/** The resolver under the guard: dns.lookup, or the run's cached look-up (lookup.ts). */
export type Resolve = (hostname: string, options: dns.LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

/**
 * A DNS look-up for net/tls.connect that hands the socket only addresses the guard allows: the
 * socket connects to exactly what was judged. With `all` (Node's happy-eyeballs), refused
 * addresses are dropped; when none is left the look-up fails with the refusal.
 */
export function guardedLookup(guard: ConnectionGuard, resolve: Resolve = dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const refusals: Refusal[] = [];
      const allowed = list.filter((a) => {
        const refusal = guard.judge(hostname, a.address);
        if (refusal) refusals.push(refusal);
        return refusal === undefined;
      });
      if (allowed.length === 0) {
        const refused = new AddressRefusedError(hostname, refusals[0] ?? { address: '?', addressClass: 'invalid', message: 'no address' });
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/** Throws AddressRefusedError when `host` is an IP literal the guard refuses (no look-up happens for those). */
export function assertLiteralAllowed(guard: ConnectionGuard, host: string): void {
  const h = bare(host);
  if (isIP(h) === 0) return;
  const refusal = guard.judge(h, h);
  if (refusal) throw new AddressRefusedError(h, refusal);
}

/** Re-judges a connected socket by the address it really uses; destroys it when refused. */
export function checkConnected(guard: ConnectionGuard, hostname: string, socket: Socket): AddressRefusedError | undefined {
  const remote = socket.remoteAddress;
  if (remote === undefined) return undefined;
  const refusal = guard.judge(hostname, remote);
  if (!refusal) return undefined;
  socket.destroy();
  return new AddressRefusedError(hostname, refusal);
}

/** What net/tls.connect options need to go through the guard: the look-up hook. */
export function guardedConnectOptions(guard: ConnectionGuard, host: string, resolve?: Resolve): { lookup: LookupFunction } {
  assertLiteralAllowed(guard, host);
  return { lookup: guardedLookup(guard, resolve) };
}
