import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * The network rules of DESIGN §1 for what the browser requests: never a link-local address
 * (cloud metadata), and never a loopback or private address when the site itself is public.
 * A rule answers the reason to refuse, or undefined to let the request go.
 * (Kept small on purpose: the shared address guard for Node-side fetches can replace `classify`.)
 */
export type NetworkRule = (url: URL) => Promise<string | undefined>;

export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local';

/** What kind of address an IP literal is. */
export function classify(address: string): AddressClass {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    if (a === 169 && b === 254) return 'link-local';
    if (a === 127 || a === 0) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    return 'public';
  }
  if (isIP(ip) === 6) {
    if (ip === '::1' || ip === '::') return 'loopback';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
    if (mapped) return classify(mapped[1]!);
    if (/^fe[89ab]/.test(ip)) return 'link-local';
    if (/^f[cd]/.test(ip)) return 'private';
    return 'public';
  }
  return 'public';
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
      const kind = classify(address);
      if (kind === 'link-local') return `${url.host} is a link-local address (${address}): never contacted`;
      if (siteClass === 'public' && (kind === 'private' || kind === 'loopback')) return `${url.host} is a ${kind} address (${address}) and the site is public`;
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
