import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, judgeAddress } from '../net/address-policy.js';

/**
 * The network rules of DESIGN §1 for what the browser requests: never a link-local address
 * (cloud metadata), and never a loopback or private address when the site itself is public.
 * A rule answers the reason to refuse, or undefined to let the request go.
 * The addresses are judged by the same rule as every Node-side connection (net/address-policy.ts).
 */
export type NetworkRule = (url: URL) => Promise<string | undefined>;

export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local';

/** What kind of address an IP literal is, in the shared policy's terms (net/address-policy.ts). */
export function classify(address: string): AddressClass {
  const c = classifyAddress(address.replace(/^\[|\]$/g, '').toLowerCase());
  if (c === 'unspecified') return 'loopback';
  // Multicast and unusable addresses are refused by the rule itself; as a site's class they are not private.
  if (c === 'multicast' || c === 'invalid') return 'public';
  return c;
}

/**
 * The rule for one run: `siteClass` is the class of the site's own address (the user named it, so
 * it is allowed whatever it is). Host names are resolved here, once each, as the browser would.
 */
export function browserNetworkRule(siteClass: AddressClass, resolve: (host: string) => Promise<string[]> = resolveAll): NetworkRule {
  const cache = new Map<string, Promise<string[]>>();
  return async (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ws:' && url.protocol !== 'wss:') return undefined;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host) !== 0) addresses = [host];
    else {
      if (!cache.has(host))
        cache.set(
          host,
          resolve(host).catch(() => []),
        );
      addresses = await cache.get(host)!;
      // A name that does not resolve fails in the browser on its own: nothing to guard.
      if (addresses.length === 0) return undefined;
    }
    for (const address of addresses) {
      const refusal = judgeAddress(address.replace(/^\[|\]$/g, '').toLowerCase(), { named: false, privateWorld: siteClass !== 'public' });
      if (refusal) return `${url.host}: ${refusal.message}`;
    }
    return undefined;
  };
}

async function resolveAll(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/** The class of the site's own address (resolved as the browser will); a name that does not resolve counts as public, the strict side. */
export async function siteAddressClass(site: URL, resolve: (host: string) => Promise<string[]> = resolveAll): Promise<AddressClass> {
  const host = site.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) !== 0 ? [host] : await resolve(host).catch(() => []);
  const classes = addresses.map(classify);
  // Several addresses: the most private one decides what the site may reach.
  for (const kind of ['loopback', 'private', 'link-local'] as const) if (classes.includes(kind)) return kind;
  return 'public';
}
