import type { Budget } from '../budget.js';
import { ok, toProbeError, type ProbeOutcome } from '../outcome.js';
import { createGuard } from '../net/guard.js';
import { createPageAgent, fetchOnce } from './fetch.js';

/** What plain `http://host/path` on port 80 answered, hop by hop, until it left plain http. */
export interface HttpRedirectEvidence {
  readonly requestedUrl: string;
  readonly hops: ReadonlyArray<{
    readonly url: string;
    readonly status: number;
    readonly location: string | null;
    /** A Strict-Transport-Security header on this plain-http answer (browsers ignore it: RFC 6797 §8.1). */
    readonly strictTransportSecurity?: string;
  }>;
  /** Where the chain left plain http (an https:// URL), if it did. */
  readonly httpsTarget: string | null;
  /** True when nothing listens on port 80 (connection refused). */
  readonly closed: boolean;
}

/**
 * Asks `http://<host><path>` on port 80, as a visitor typing the address does, and follows
 * redirects while they stay on plain http (at most `maxHops`). The https target is not fetched:
 * the page probe reads that.
 */
export async function probeHttpRedirect(siteUrl: URL, budget: Budget, maxHops = 5, timeoutMs = 10_000): Promise<ProbeOutcome<HttpRedirectEvidence>> {
  const first = new URL(siteUrl.href);
  first.protocol = 'http:';
  first.port = '';
  // Only the host and path: site-url's query string (which may carry anything) is not sent in clear text.
  first.search = '';
  first.hash = '';
  const agent = createPageAgent(createGuard({ named: [siteUrl.hostname] }));
  const hops: Array<{ url: string; status: number; location: string | null; strictTransportSecurity?: string }> = [];
  try {
    let url = first;
    for (let i = 0; i < maxHops; i++) {
      const answer = await fetchOnce(url, { signal: budget.signalWithin(timeoutMs), maxBytes: 64 * 1024, dispatcher: agent });
      const location = answer.headers['location'];
      const next = location !== undefined && answer.status >= 300 && answer.status < 400 ? new URL(location, url) : undefined;
      const sts = answer.headers['strict-transport-security'];
      hops.push({ url: url.href, status: answer.status, location: next?.href ?? null, ...(sts !== undefined ? { strictTransportSecurity: sts } : {}) });
      if (!next) break;
      if (next.protocol === 'https:') return ok({ requestedUrl: first.href, hops, httpsTarget: next.href, closed: false });
      if (next.protocol !== 'http:' || hops.some((h) => h.url === next.href)) break;
      url = next;
    }
    return ok({ requestedUrl: first.href, hops, httpsTarget: null, closed: false });
  } catch (error) {
    const code = (error as { code?: string } | undefined)?.code ?? (error as { cause?: { code?: string } } | undefined)?.cause?.code;
    if (code === 'ECONNREFUSED' && hops.length === 0) return ok({ requestedUrl: first.href, hops, httpsTarget: null, closed: true });
    return { ok: false, error: toProbeError(error, `GET ${first.href}`) };
  } finally {
    agent.close().catch(() => undefined);
  }
}
