import type { Budget } from '../budget.js';
import { createGuard, type ConnectionGuard } from '../net/guard.js';
import { failed, ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { parseCookie, type CookieFacts } from './cookies.js';
import { createPageAgent, fetchOnce, type Fetched } from './fetch.js';
import { indexLines, parsePage, type PageResource } from './html.js';
import { redactToken, redactTokens, scanSourceMap, scanText, type InsecureUrlFinding, type Marker, type PublicKeyFinding, type SecretFinding } from './scan.js';
import { DEFAULT_SCRIPT_GRAPH_LIMITS, walkScriptGraph, type ScriptGraph, type ScriptGraphLimits } from './script-graph.js';

/** Limits of the page probe: a checkout page is small; anything past these is cut, and said so. */
export interface PageLimits {
  readonly maxHops: number;
  /** Decoded bytes of the HTML page. */
  readonly maxPageBytes: number;
  readonly requestTimeoutMs: number;
  /** Bounds of the script graph walk (count, bytes, source maps). */
  readonly scripts: ScriptGraphLimits;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = { maxHops: 5, maxPageBytes: 5 * 1024 * 1024, requestTimeoutMs: 15_000, scripts: DEFAULT_SCRIPT_GRAPH_LIMITS };

/** A same-origin script the probe tried to read: a flat view of the graph for the checks' evidence. */
export interface ScannedScript {
  readonly url: string;
  readonly status?: number;
  readonly bytes: number;
  readonly truncated: boolean;
  readonly error?: string;
}

/** What the checkout page showed: its answer, headers, cookies, resources and what the scanners found. */
export interface PageEvidence {
  readonly requestedUrl: string;
  readonly finalUrl: string;
  readonly status: number;
  /** Redirects followed before the page, in order. */
  readonly hops: ReadonlyArray<{ readonly url: string; readonly status: number; readonly location: string }>;
  readonly contentType: string | null;
  /** The Content-Encoding undone on the page's body, or null. */
  readonly contentEncoding: string | null;
  /** Whether the answer is an HTML page (by Content-Type, or by sniffing when none is given). */
  readonly html: boolean;
  /** Decoded bytes of the page read. */
  readonly bytes: number;
  /** The body was cut at `maxPageBytes` (decoded) or could not be decoded in full: findings cover only the part read. */
  readonly truncated: boolean;
  /** Why the body could not be decoded in full (corrupt or unsupported Content-Encoding); `truncated` is then true. */
  readonly decodeError?: string;
  /** Final answer's headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Cookies set along the way (hops and page), without their values. */
  readonly cookies: readonly CookieFacts[];
  readonly resources: readonly PageResource[];
  readonly metaCsp: readonly string[];
  /** Inline event handlers and `javascript:` URLs in the HTML (CSP needs 'unsafe-inline' or 'unsafe-hashes' for them). */
  readonly inlineHandlers: { readonly count: number; readonly firstLine: number | null };
  /** Findings of the page, every script read and their source maps (source maps: tokens only). */
  readonly secrets: readonly SecretFinding[];
  readonly publicKeys: readonly PublicKeyFinding[];
  readonly markers: readonly Marker[];
  /** Quoted `http://` script/stylesheet URLs in the page's inline scripts and the scripts read (at most 200). */
  readonly insecureUrls: readonly InsecureUrlFinding[];
  /** Every script the page loads, how it was found, its hashes, and what was left unread and why. */
  readonly scriptGraph: ScriptGraph;
  /** Same-origin external scripts the probe tried to read (derived from `scriptGraph`). */
  readonly scripts: readonly ScannedScript[];
  /** Same-origin scripts not read (or read in part) because of the count, byte or time bounds (derived from `scriptGraph`). */
  readonly scriptsSkipped: number;
}

/**
 * Reads the checkout page like a first visit: follows up to `maxHops` redirects (a loop is an
 * error), reads the body to a cap, parses the HTML, then reads the same-origin scripts (bounded)
 * and scans everything for tokens, keys and Mercado Pago traces. The access token is only
 * compared with what was read: it is never sent anywhere.
 */
export async function probePage(
  siteUrl: URL,
  budget: Budget,
  givenToken: string | undefined,
  limits: PageLimits = DEFAULT_PAGE_LIMITS,
  guard: ConnectionGuard = createGuard({ named: [siteUrl.hostname] }),
): Promise<ProbeOutcome<PageEvidence>> {
  const agent = createPageAgent(guard);
  try {
    const hops: Array<{ url: string; status: number; location: string }> = [];
    const cookies: CookieFacts[] = [];
    const seen = new Set<string>();
    let url = siteUrl;
    let answer: Fetched;
    for (;;) {
      seen.add(url.href);
      answer = await fetchOnce(url, { signal: budget.signalWithin(limits.requestTimeoutMs), maxBytes: limits.maxPageBytes, dispatcher: agent });
      cookies.push(...answer.setCookies.map((c) => parseCookie(c, url.href)));
      const location = answer.headers['location'];
      if (answer.status < 300 || answer.status > 399 || location === undefined) break;
      const next = new URL(location, url);
      hops.push({ url: url.href, status: answer.status, location: next.href });
      if (seen.has(next.href)) return failed('http', `${siteUrl.href} redirects in a loop (${[...hops.map((h) => h.url), next.href].join(' → ')})`);
      if (hops.length >= limits.maxHops) return failed('http', `${siteUrl.href} redirects more than ${limits.maxHops} times`);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') return failed('http', `${siteUrl.href} redirects to a non-web address (${next.protocol})`);
      url = next;
    }
    const contentType = answer.headers['content-type'] ?? null;
    const body = answer.body.toString('utf8');
    const html = contentType ? /\b(text\/html|application\/xhtml\+xml)\b/i.test(contentType) : /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
    const base = {
      requestedUrl: siteUrl.href,
      finalUrl: url.href,
      status: answer.status,
      hops,
      contentType,
      contentEncoding: answer.encoding,
      html,
      bytes: answer.body.length,
      truncated: answer.truncated || answer.decodeError !== undefined,
      ...(answer.decodeError !== undefined ? { decodeError: answer.decodeError } : {}),
      headers: answer.headers,
      cookies,
    };
    const emptyGraph: ScriptGraph = { scripts: [], limits: limits.scripts, bytesRead: 0, complete: true };
    if (!html)
      return ok({
        ...base,
        resources: [],
        metaCsp: [],
        inlineHandlers: { count: 0, firstLine: null },
        secrets: [],
        publicKeys: [],
        markers: [],
        insecureUrls: [],
        scriptGraph: emptyGraph,
        scripts: [],
        scriptsSkipped: 0,
      });

    const lines = indexLines(body);
    const parsed = parsePage(body, url, lines);
    const found = scanText(body, url.href, lines, givenToken, parsed);
    const redact = (t: string): string => {
      const shaped = redactTokens(t);
      return givenToken && givenToken.length >= 8 ? shaped.split(givenToken).join(redactToken(givenToken)) : shaped;
    };
    // One macrotask first: undici puts the page's connection back in its pool only then, and a
    // script asked for before would pay for a new connection (two round trips on a real network).
    if (parsed.scriptElements.some((e) => e.src !== undefined)) await new Promise((resolve) => setImmediate(resolve));
    const graph = await walkScriptGraph({
      html: body,
      page: parsed,
      pageUrl: url,
      agent,
      budget,
      limits: limits.scripts,
      redact,
      visitor: {
        script(scriptUrl, scriptText) {
          const more = scanText(scriptText, scriptUrl, indexLines(scriptText), givenToken);
          found.secrets.push(...more.secrets);
          found.publicKeys.push(...more.publicKeys);
          found.markers.push(...more.markers);
          found.insecureUrls.push(...more.insecureUrls.slice(0, Math.max(0, 200 - found.insecureUrls.length)));
        },
        sourceMap(mapUrl, sources) {
          found.secrets.push(...scanSourceMap(sources, mapUrl, givenToken));
        },
      },
    });
    const attempted = graph.scripts.filter((g) => g.url !== null && g.sameOrigin && (g.read !== undefined || (g.unread !== undefined && g.unread.reason !== 'count' && g.unread.reason !== 'bytes')));
    const bounded = new Set(['count', 'bytes', 'deadline']);
    return ok({
      ...base,
      resources: parsed.resources,
      metaCsp: parsed.metaCsp,
      inlineHandlers: parsed.inlineHandlers,
      ...found,
      scriptGraph: graph,
      scripts: attempted.map((g) => ({
        url: g.url!,
        ...(g.read ? { status: g.read.status } : {}),
        bytes: g.read?.bytes ?? 0,
        truncated: g.read?.truncated ?? false,
        ...(g.unread && !bounded.has(g.unread.reason) ? { error: g.unread.detail } : {}),
      })),
      scriptsSkipped: graph.scripts.filter((g) => g.url !== null && g.sameOrigin && g.executable && g.unread !== undefined && bounded.has(g.unread.reason)).length,
    });
  } catch (error) {
    return { ok: false, error: toProbeError(error, `GET ${siteUrl.href}`) };
  } finally {
    agent.close().catch(() => undefined);
  }
}
