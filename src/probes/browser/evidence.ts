/**
 * What the real browser saw when it opened the checkout page cold (DESIGN §7): it only adds
 * evidence to the static pass. Every URL is as requested; no response body is kept; console text
 * is cut short and has access-token shapes redacted.
 */

/** One request the page made, from the DevTools protocol's Network domain. */
export interface BrowserRequest {
  readonly url: string;
  /** CDP resource type: Document, Script, Stylesheet, XHR, Fetch, Image, Font, Media, WebSocket, Other… */
  readonly type: string;
  /** Whether it was made by the top document or by a frame inside it. */
  readonly frame: 'main' | 'sub';
  /** What started it: the parser (an HTML tag), a script (with its URL), a preload, or other. */
  readonly initiator: { readonly type: string; readonly url?: string };
  readonly status?: number;
  /** Why it did not complete: `csp`, `mixed-content`, `network-rule: …` (our own rules), or the browser's error text. */
  readonly blocked?: string;
}

/** A Content-Security-Policy violation the browser reported (securitypolicyviolation events). */
export interface CspViolation {
  readonly directive: string;
  /** The blocked URL, or `inline` / `eval`. */
  readonly blockedUrl: string;
  readonly sourceFile?: string;
  readonly line?: number;
  /** `enforce` or `report`. */
  readonly disposition: string;
}

export interface MixedContentSeen {
  readonly url: string;
  readonly type: string;
  /** The browser blocked it (active content) or let it through (passive/optionally-blockable). */
  readonly blocked: boolean;
}

/** Mercado Pago at run time, read from the page's own JavaScript world. */
export interface MercadoPagoRuntime {
  /** `window.MercadoPago` existed (the SDK ran). */
  readonly sdkLoaded: boolean;
  /** `new MercadoPago(…)` was called at least once. */
  readonly constructed: boolean;
  /** Public keys given to the constructor (public by nature: they are in every buyer's browser). */
  readonly publicKeys: readonly string[];
  /** `MP_DEVICE_SESSION_ID` (security.js) was set; its value is not kept. */
  readonly deviceSessionId: boolean;
}

export interface BrowserEvidence {
  /** Product and version, e.g. `Chrome/156.0.8078.114` (HeadlessChrome reported as such). */
  readonly product: string;
  /** How NODE_EXTRA_CA_CERTS was trusted: `nss` (anchors in an NSS db), `spki` (pinned keys, without certutil) or `none` (nothing extra to trust). */
  readonly trust: 'nss' | 'spki' | 'none';
  readonly url: string;
  /** The top document's URL after redirects. */
  readonly finalUrl: string;
  readonly requests: readonly BrowserRequest[];
  /** Requests not recorded past the bound (a page that never stops asking). */
  readonly requestsDropped: number;
  readonly cspViolations: readonly CspViolation[];
  readonly mixedContent: readonly MixedContentSeen[];
  readonly consoleErrors: readonly string[];
  readonly mercadoPago: MercadoPagoRuntime;
  /** The network went quiet (no request in flight for the quiet window) before the bound. */
  readonly settled: boolean;
  readonly durationMs: number;
}
