import type { GraphScript } from '../../probes/http/script-graph.js';

/**
 * Scripts the browser pass saw requested at run time, as script-graph entries (`foundBy:
 * 'browser'`), so they flow through the inventory comparison like the static ones.
 *
 * Typed structurally on the browser probe's evidence (src/probes/browser/evidence.ts of issue 13,
 * not in this branch yet): `{ ok, value: { requests: [{ url, type, frame, initiator }] } }`. Only
 * the top document's scripts count: a script inside Mercado Pago's card iframe is Mercado Pago's
 * page, not the merchant's. A request the CSP blocked still counts (DESIGN §6b).
 */
export interface BrowserScriptsView {
  readonly ok: boolean;
  readonly value?: {
    readonly requests: ReadonlyArray<{ readonly url: string; readonly type: string; readonly frame: 'main' | 'sub'; readonly initiator: { readonly type: string; readonly url?: string } }>;
  };
}

/** What the browser adds: whether it ran, and the scripts it saw. */
export interface RuntimeScripts {
  readonly ran: boolean;
  readonly scripts: readonly GraphScript[];
}

/** The runtime scripts of a browser outcome; `ran: false` when there was no browser pass (or it failed). */
export function runtimeScripts(browser: BrowserScriptsView | undefined, pageUrl: string): RuntimeScripts {
  if (browser === undefined || !browser.ok || browser.value === undefined) return { ran: false, scripts: [] };
  const origin = new URL(pageUrl).origin;
  const scripts = browser.value.requests
    .filter((r) => r.type === 'Script' && r.frame === 'main' && /^https?:/i.test(r.url))
    .map(
      (r): GraphScript => ({
        url: r.url,
        foundBy: 'browser',
        via: 'runtime',
        from: r.initiator.url ?? pageUrl,
        line: 0,
        sameOrigin: safeOrigin(r.url) === origin,
        module: false,
        executable: true,
        integrity: null,
        nonce: null,
      }),
    );
  return { ran: true, scripts };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
