import type { Budget } from '../budget.js';
import { failed, ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { parseCookie, type CookieFacts } from './cookies.js';
import { createPageAgent, fetchOnce, type Fetched } from './fetch.js';
import { indexLines, parsePage, type PageResource } from './html.js';
import { scanText, type Marker, type PublicKeyFinding, type SecretFinding } from './scan.js';

/** Limits of the page probe: a checkout page is small; anything past these is cut, and said so. */
export interface PageLimits {
  readonly maxHops: number;
  readonly maxPageBytes: number;
  readonly maxScripts: number;
  readonly maxScriptBytes: number;
  readonly maxTotalScriptBytes: number;
  readonly requestTimeoutMs: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = {
  maxHops: 5,
  maxPageBytes: 5 * 1024 * 1024,
  maxScripts: 12,
  maxScriptBytes: 2 * 1024 * 1024,
  maxTotalScriptBytes: 6 * 1024 * 1024,
  requestTimeoutMs: 15_000,
};

/** A same-origin script the probe read (or why not). */
export interface ScriptRead {
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
  /** Whether the answer is an HTML page (by Content-Type, or by sniffing when none is given). */
  readonly html: boolean;
  readonly bytes: number;
  /** The body was cut at `maxPageBytes`: findings cover only the part read. */
  readonly truncated: boolean;
  /** Final answer's headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Cookies set along the way (hops and page), without their values. */
  readonly cookies: readonly CookieFacts[];
  readonly resources: readonly PageResource[];
  readonly metaCsp: readonly string[];
  readonly secrets: readonly SecretFinding[];
  readonly publicKeys: readonly PublicKeyFinding[];
  readonly markers: readonly Marker[];
  readonly scripts: readonly ScriptRead[];
  /** Same-origin scripts not read because of the count or byte bounds. */
  readonly scriptsSkipped: number;
}

/**
 * Reads the checkout page like a first visit: follows up to `maxHops` redirects (a loop is an
 * error), reads the body to a cap, parses the HTML, then reads the same-origin scripts (bounded)
 * and scans everything for tokens, keys and Mercado Pago traces. The access token is only
 * compared with what was read: it is never sent anywhere.
 */
export async function probePage(siteUrl: URL, budget: Budget, givenToken: string | undefined, limits: PageLimits = DEFAULT_PAGE_LIMITS): Promise<ProbeOutcome<PageEvidence>> {
  const agent = createPageAgent();
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
      html,
      bytes: answer.body.length,
      truncated: answer.truncated,
      headers: answer.headers,
      cookies,
    };
    if (!html) return ok({ ...base, resources: [], metaCsp: [], secrets: [], publicKeys: [], markers: [], scripts: [], scriptsSkipped: 0 });

    const lines = indexLines(body);
    const parsed = parsePage(body, url, lines);
    const found = scanText(body, url.href, lines, givenToken, parsed);
    const sameOrigin = [...new Set(parsed.resources.filter((r) => r.kind === 'script' && new URL(r.url).origin === url.origin).map((r) => r.url))];
    const chosen = sameOrigin.slice(0, limits.maxScripts);
    // One macrotask first: undici puts the page's connection back in its pool only then, and a
    // script asked for before would pay for a new connection (two round trips on a real network).
    if (chosen.length > 0) await new Promise((resolve) => setImmediate(resolve));
    const scripts = await readScripts(chosen, agent, budget, limits);
    for (const s of scripts) {
      if (s.text === undefined) continue;
      const more = scanText(s.text, s.read.url, indexLines(s.text), givenToken);
      found.secrets.push(...more.secrets);
      found.publicKeys.push(...more.publicKeys);
      found.markers.push(...more.markers);
    }
    return ok({
      ...base,
      resources: parsed.resources,
      metaCsp: parsed.metaCsp,
      ...found,
      scripts: scripts.map((s) => s.read),
      scriptsSkipped: sameOrigin.length - chosen.length + scripts.filter((s) => s.read.error === 'byte budget spent').length,
    });
  } catch (error) {
    return { ok: false, error: toProbeError(error, `GET ${siteUrl.href}`) };
  } finally {
    agent.close().catch(() => undefined);
  }
}

/** Reads scripts concurrently; each capped, and all together within a byte budget. */
async function readScripts(urls: readonly string[], agent: ReturnType<typeof createPageAgent>, budget: Budget, limits: PageLimits): Promise<Array<{ read: ScriptRead; text?: string }>> {
  let spent = 0;
  return Promise.all(
    urls.map(async (u) => {
      try {
        const got = await fetchOnce(new URL(u), { signal: budget.signalWithin(limits.requestTimeoutMs), maxBytes: limits.maxScriptBytes, dispatcher: agent });
        if (spent >= limits.maxTotalScriptBytes) return { read: { url: u, status: got.status, bytes: 0, truncated: true, error: 'byte budget spent' } };
        const room = limits.maxTotalScriptBytes - spent;
        const body = got.body.length > room ? got.body.subarray(0, room) : got.body;
        spent += body.length;
        const read: ScriptRead = { url: u, status: got.status, bytes: body.length, truncated: got.truncated || body.length < got.body.length };
        return got.status >= 200 && got.status < 300 ? { read, text: body.toString('utf8') } : { read };
      } catch (error) {
        return { read: { url: u, bytes: 0, truncated: false, error: toProbeError(error, `GET ${u}`).message } };
      }
    }),
  );
}
