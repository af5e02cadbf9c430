/**
 * How an inventory `src` covers a script URL (DESIGN §6b, "Precisely"): an absolute `https:` URL
 * or a same-origin path; `*` matches within one path segment and never in the host; an entry
 * without a query covers the URL with any query, one with a query only that exact query.
 */

/** A `src` compiled once: origin (null = the page's own), path segments as regexes, query or null. */
export interface SrcPattern {
  readonly origin: string | null;
  readonly segments: readonly RegExp[];
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
  const segments = url.pathname.split('/').map((segment) => new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`));
  return { origin: relative ? null : url.origin, segments, query: rawQuery };
}

/** Whether the pattern covers `scriptUrl` for a page of origin `pageOrigin`. */
export function srcMatches(pattern: SrcPattern, scriptUrl: string, pageOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(scriptUrl);
  } catch {
    return false;
  }
  if (url.origin !== (pattern.origin ?? pageOrigin)) return false;
  if (pattern.query !== null && url.search !== pattern.query) return false;
  const parts = url.pathname.split('/');
  if (parts.length !== pattern.segments.length) return false;
  return pattern.segments.every((re, i) => re.test(parts[i]!));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
