/**
 * Just enough of CSP Level 3 to tell whether a policy lets a given URL load: directive
 * fallback, source expressions ('self', 'none', *, schemes, hosts with wildcards, ports and
 * paths), nonces and 'strict-dynamic'. Pure functions; the page probe supplies the policies.
 */

/** One policy: directive name → source list (lower-cased names, raw sources). */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses one serialized policy (`a b; c d`); a repeated directive keeps its first occurrence, as browsers do. */
export function parsePolicy(serialized: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of serialized.split(';')) {
    const tokens = part
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
    const name = tokens.shift()?.toLowerCase();
    if (name && !policy.has(name)) policy.set(name, tokens);
  }
  return policy;
}

/** A header value may hold several policies separated by commas; each one is enforced. */
export function parsePolicies(header: string): Policy[] {
  return header
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parsePolicy);
}

/** What is being loaded, and how: the fetch directive chain differs per kind. */
export type LoadKind = 'script' | 'frame' | 'connect';

const FALLBACK: Readonly<Record<LoadKind, readonly string[]>> = {
  script: ['script-src-elem', 'script-src', 'default-src'],
  frame: ['frame-src', 'child-src', 'default-src'],
  connect: ['connect-src', 'default-src'],
};

export interface LoadRequest {
  readonly kind: LoadKind;
  readonly url: URL;
  /** The page's origin, for 'self'. */
  readonly self: URL;
  /** The script element's nonce, if it has one. */
  readonly nonce?: string;
  /** Loaded by another (already allowed) script rather than by a tag in the page. */
  readonly loadedByScript?: boolean;
}

/** The directive that governs the load, or undefined when none does (the load is allowed). */
export function governingDirective(policy: Policy, kind: LoadKind): string | undefined {
  return FALLBACK[kind].find((d) => policy.has(d));
}

/** Whether one policy allows the load. */
export function allows(policy: Policy, load: LoadRequest): boolean {
  const directive = governingDirective(policy, load.kind);
  if (directive === undefined) return true;
  const sources = policy.get(directive)!.map((s) => s.toLowerCase());
  if (load.kind === 'script') {
    if (load.nonce && policy.get(directive)!.includes(`'nonce-${load.nonce}'`)) return true;
    if (sources.includes("'strict-dynamic'")) {
      // Host and scheme lists are ignored; trust only flows from nonced/hashed scripts.
      return load.loadedByScript === true;
    }
  }
  return sources.some((source) => matchesSource(source, load.url, load.self));
}

/** CSP3 §6.7.2.5–6: does a URL match one source expression? */
export function matchesSource(source: string, url: URL, self: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (source === "'none'") return false;
  if (source === '*') return ['http', 'https', 'ws', 'wss'].includes(scheme) || scheme === self.protocol.slice(0, -1);
  if (source === "'self'") return url.origin === self.origin || (self.protocol === 'http:' && url.protocol === 'https:' && url.host === self.host);
  if (source.startsWith("'")) return false;
  const schemeOnly = /^([a-z][a-z0-9+.-]*):$/.exec(source);
  if (schemeOnly) return schemeMatches(schemeOnly[1]!, scheme);
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/[^?#]*)?$/.exec(source);
  if (!host) return false;
  const [, srcScheme, srcHost, srcPort, srcPath] = host;
  if (srcScheme ? !schemeMatches(srcScheme, scheme) : !schemeMatches(self.protocol.slice(0, -1), scheme)) return false;
  const urlHost = url.hostname.toLowerCase();
  if (srcHost === '*') {
    // any host
  } else if (srcHost!.startsWith('*.')) {
    if (!urlHost.endsWith(srcHost!.slice(1))) return false;
  } else if (urlHost !== srcHost) return false;
  if (srcPort !== '*') {
    const defaultPort = scheme === 'https' || scheme === 'wss' ? '443' : '80';
    const urlPort = url.port || defaultPort;
    const wanted = srcPort ?? (srcScheme ? (srcScheme === 'https' || srcScheme === 'wss' ? '443' : '80') : defaultPort);
    if (urlPort !== wanted && !(srcPort === undefined && wanted === '80' && urlPort === '443')) return false;
  }
  if (srcPath && srcPath !== '/') {
    const path = decodeURIComponent(url.pathname);
    return srcPath.endsWith('/') ? path.startsWith(srcPath) : path === srcPath;
  }
  return true;
}

/** A source scheme matches the same scheme, and http(s)/ws(s) upgrade to their secure forms. */
function schemeMatches(sourceScheme: string, urlScheme: string): boolean {
  if (sourceScheme === urlScheme) return true;
  return (sourceScheme === 'http' && urlScheme === 'https') || (sourceScheme === 'ws' && (urlScheme === 'wss' || urlScheme === 'https'));
}
