/**
 * How an inventory `src` covers a script URL (DESIGN §6b, "Precisely"): an absolute `https:` URL
 * or a same-origin path; `*` matches within one path segment and never in the host; an entry
 * without a query covers the URL with any query, one with a query only that exact query.
 */

/** A `src` compiled once: origin (null = the page's own), path segments as regexes, query or null. */
export interface SrcPattern {
  readonly origin: string | null;
  /** Per path segment: the literal text, or a regex where the segment has a `*`. */
  readonly segments: ReadonlyArray<string | RegExp>;
  readonly query: string | null;
}

/** Why a `src` is not a valid pattern, or undefined when it is. Used by the file validator. */
export function srcProblem(src: string): string | undefined {
  if (src.startsWith('//')) return "expected an absolute https: URL or a same-origin path starting with '/', not a protocol-relative URL";
  if (src.startsWith('/')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme === undefined) return "expected an absolute https: URL or a same-origin path starting with '/'";
  if (scheme !== 'https') return `expected an https: URL, not ${scheme}:`;
  const authority = /^https:\/\/([^/?#]*)/i.exec(src)?.[1] ?? '';
  if (authority.includes('*')) return "'*' is not allowed in the host: it matches within one path segment only";
  if (authority.includes('@')) return 'the URL must not carry a user name or password';
  try {
    new URL(src);
  } catch {
    return 'not a valid URL';
  }
  return undefined;
}

/** Compiles a valid `src` (see srcProblem). */
export function compileSrc(src: string): SrcPattern {
  const relative = src.startsWith('/');
  // Parse as a URL so the path is normalised as the script URLs are ('.', '..', percent-encoding).
  const url = new URL(src, 'https://same-origin.invalid');
  const rawQuery = src.split('#')[0]!.includes('?') ? url.search : null;
  // Literal segments compare as strings: most entries have no '*', and a 1 MiB file of them stays fast.
  const segments = url.pathname.split('/').map((segment) => (segment.includes('*') ? new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`) : segment));
  return { origin: relative ? null : url.origin, segments, query: rawQuery };
}

/** A script URL taken apart once, to be matched against many patterns. */
export interface SrcTarget {
  readonly origin: string;
  readonly search: string;
  readonly parts: readonly string[];
}

/** The parts of `url` matching reads, or null when it is not a URL. */
export function targetOf(url: string | URL): SrcTarget | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return { origin: u.origin, search: u.search, parts: u.pathname.split('/') };
}

/** Whether the pattern covers the script URL (a string, or a target from targetOf) for a page of origin `pageOrigin`. */
export function srcMatches(pattern: SrcPattern, script: string | SrcTarget, pageOrigin: string): boolean {
  const target = typeof script === 'string' ? targetOf(script) : script;
  if (target === null) return false;
  if (target.origin !== (pattern.origin ?? pageOrigin)) return false;
  if (pattern.query !== null && target.search !== pattern.query) return false;
  const parts = target.parts;
  if (parts.length !== pattern.segments.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const segment = pattern.segments[i]!;
    if (typeof segment === 'string' ? segment !== parts[i] : !segment.test(parts[i]!)) return false;
  }
  return true;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
