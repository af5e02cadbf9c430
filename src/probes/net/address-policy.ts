import { isIP } from 'node:net';

/**
 * Which addresses a connection may reach (DESIGN §1, "not a door into the runner's network").
 * Pure: no I/O, so the Node connector (guard.ts) and the browser pass's request interception
 * judge by the same rule. The rule is applied to the address a socket connects to, never to a
 * name: a DNS name can point anywhere, and can change between look-up and connect.
 */

/** What kind of network an address belongs to. */
export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local' | 'unspecified' | 'multicast' | 'invalid';

/** Why a connection was refused: one line for the check's message. */
export interface Refusal {
  readonly address: string;
  readonly addressClass: AddressClass;
  readonly message: string;
}

/**
 * How far a connection may go. `named` is a host the user wrote in an input (site-url,
 * webhook-url, api-base-url): its own address is the user's choice. Otherwise the target was
 * found on the way (a redirect, a script URL, a notification_url in the account's data), and it
 * may reach loopback or private addresses only when `privateWorld` says the place it came from
 * is itself on one (a staging site, the sandbox).
 */
export interface Reach {
  readonly named: boolean;
  readonly privateWorld: boolean;
}

/** IPv4 dotted quad → 32-bit number; undefined for anything else. */
function v4(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

function inV4(n: number, base: string, bits: number): boolean {
  const b = v4(base)!;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (n & mask) >>> 0 === (b & mask) >>> 0;
}

function classifyV4(n: number): AddressClass {
  if (inV4(n, '0.0.0.0', 8)) return 'unspecified';
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16) || inV4(n, '100.64.0.0', 10) || inV4(n, '192.0.0.0', 24)) return 'private';
  if (inV4(n, '198.18.0.0', 15)) return 'private';
  if (inV4(n, '224.0.0.0', 4) || inV4(n, '240.0.0.0', 4)) return 'multicast';
  return 'public';
}

/** An IPv6 address → its eight 16-bit groups; undefined when it is not one. */
function v6Groups(address: string): number[] | undefined {
  let text = address
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
    .toLowerCase();
  if (isIP(text) !== 6) return undefined;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const n = v4(tail[1]!);
    if (n === undefined) return undefined;
    text = `${text.slice(0, tail.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const r = rest === undefined ? [] : rest ? rest.split(':') : [];
  const missing = 8 - h.length - r.length;
  const groups = [...h, ...(rest === undefined ? [] : Array(missing).fill('0')), ...r].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * The class of an IP address in any spelling Node or a URL hands over: dotted IPv4, IPv6
 * (bracketed or with a zone), IPv4-mapped / -compatible IPv6 and NAT64 (judged by the IPv4
 * address inside). URLs already turn decimal, hex and octal IPv4 into dotted quads.
 */
export function classifyAddress(address: string): AddressClass {
  const n = v4(address);
  if (n !== undefined) return classifyV4(n);
  const g = v6Groups(address);
  if (!g) return 'invalid';
  const embedded = (g[6]! << 16) + g[7]!;
  const zeros = (k: number): boolean => g.slice(0, k).every((x) => x === 0);
  if (zeros(8)) return 'unspecified';
  if (zeros(7) && g[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64), ::ffff:0:a.b.c.d.
  if ((zeros(5) && g[5] === 0xffff) || zeros(6) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) || (zeros(4) && g[4] === 0xffff && g[5] === 0)) {
    return classifyV4(embedded >>> 0);
  }
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xfe00) === 0xfc00 || (g[0]! & 0xffc0) === 0xfec0) return 'private';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  // 6to4 (2002::/16) carries an IPv4 address in groups 1–2.
  if (g[0] === 0x2002) {
    const inner = classifyV4(((g[1]! << 16) + g[2]!) >>> 0);
    if (inner !== 'public') return inner;
  }
  return 'public';
}

/** Whether a URL's host is a loopback address or `localhost` (plain http is allowed only there). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isIP(host) !== 0 && classifyAddress(host) === 'loopback';
}

/** Whether a class is inside the runner's own networks (the user may name one; a site may not lead there). */
export function isNonPublic(c: AddressClass): boolean {
  return c === 'private' || c === 'loopback' || c === 'unspecified';
}

/**
 * The rule. Link-local (cloud metadata), multicast and unusable addresses are never contacted;
 * public ones always may be; loopback and private ones only when the user named the host, or
 * when the target was found in a world that is itself private (see `Reach`).
 */
export function judgeAddress(address: string, reach: Reach): Refusal | undefined {
  const addressClass = classifyAddress(address);
  if (addressClass === 'public') return undefined;
  if (addressClass === 'link-local') {
    return { address, addressClass, message: `${address} is a link-local address (where cloud metadata services answer): never contacted` };
  }
  if (addressClass === 'multicast' || addressClass === 'invalid') return { address, addressClass, message: `${address} is not an address a web server has (${addressClass}): not contacted` };
  if (reach.named || reach.privateWorld) return undefined;
  const what = addressClass === 'private' ? 'a private address' : 'a loopback address';
  return {
    address,
    addressClass,
    message: `${address} is ${what} inside the runner's network, reached from a public site or from the account's data: not contacted (name it in an input to allow it)`,
  };
}
