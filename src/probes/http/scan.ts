import { indexLines, inRanges, type LineIndex, type ParsedPage } from './html.js';

/** Where something was found: the page or script URL, the line, and what kind of place it is. */
export interface Location {
  readonly url: string;
  readonly line: number;
  /** `script`: a script file; `source-map`: the `sourcesContent` of a script's public source map. */
  readonly context: 'inline-script' | 'attribute' | 'comment' | 'text' | 'script' | 'source-map';
}

/** An access token found in the page or its scripts. Only a redacted form is ever kept. */
export interface SecretFinding {
  /** E.g. `APP_USR-4862…5239`: never enough to rebuild the token. */
  readonly redacted: string;
  readonly prefix: 'TEST' | 'APP_USR' | 'other';
  /** The very token given to the action (`access-token`). */
  readonly isGivenToken: boolean;
  readonly where: Location;
}

/** Mercado Pago integration traces, as facts for the checks to judge. */
export type MarkerKind = 'sdk-v2' | 'sdk-v1' | 'device-script' | 'sdk-npm' | 'checkout-pro-redirect' | 'checkout-pro-script' | 'wallet-brick';

export interface Marker {
  readonly kind: MarkerKind;
  readonly where: Location;
}

export interface PublicKeyFinding {
  readonly key: string;
  readonly where: Location;
}

/** A quoted `http://…` script or stylesheet URL in script code: active content a script may load insecurely. */
export interface InsecureUrlFinding {
  readonly url: string;
  readonly where: Location;
}

export interface ScanResult {
  readonly secrets: SecretFinding[];
  readonly publicKeys: PublicKeyFinding[];
  readonly markers: Marker[];
  /** Only in script code (scripts read and inline scripts), at most 50 per text. */
  readonly insecureUrls: InsecureUrlFinding[];
}

const INSECURE_URL = /["'`](http:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?\/[^"'`\s<>]{0,300}?\.(?:m?js|css))(?:\?[^"'`\s<>]{0,300})?["'`]/gi;

/** Access-token shape (reference §1, §9): PREFIX-<app id>-<6 digits>-<32 hex>-<user id>. */
const ACCESS_TOKEN = /\b(TEST|APP_USR)-\d{10,20}-\d{6}-[0-9a-fA-F]{32}-\d+\b/g;
/** Public-key shape (reference §9): PREFIX-<uuid>. */
const PUBLIC_KEY = /\b(TEST|APP_USR)-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g;
const MARKERS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['sdk-v2', /sdk\.mercadopago\.com\/js\/v2/g],
  ['sdk-v1', /secure\.mlstatic\.com\/sdk\/javascript\/v1/g],
  ['device-script', /(?:www\.)?mercadopago\.com\/v2\/security\.js/g],
  ['sdk-npm', /\bloadMercadoPago\s*\(|@mercadopago\/sdk-js/g],
  // Checkout Pro: the preference's init_point on a Mercado Pago domain (…/checkout/v1/redirect?pref_id=…).
  ['checkout-pro-redirect', /mercado(?:pago|livre|libre)\.com(?:\.[a-z]{2})?\/checkout\/v1\/redirect\b/g],
  // Checkout Pro sent by code: the preference's init_point handed to location or window.open.
  ['checkout-pro-script', /(?:\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:assign|replace)\s*\(|\bwindow\.open\s*\()\s*[\w$.?[\]"'()]{0,60}?\binit_point\b/g],
  // The Wallet Brick (Checkout Pro's button): bricks().create('wallet', …).
  ['wallet-brick', /\.create\(\s*["'`]wallet["'`]/g],
];

/**
 * Redacts a token to its prefix, the first four characters after it and the last four
 * (`APP_USR-4862…5239`); a short token keeps only its prefix. The 32-hex secret part is
 * always removed whole.
 */
export function redactToken(token: string): string {
  const dash = token.indexOf('-');
  const prefix = dash > 0 && dash <= 8 ? token.slice(0, dash + 1) : '';
  const rest = token.slice(prefix.length);
  if (rest.length < 24) return `${prefix}…`;
  return `${prefix}${rest.slice(0, 4)}…${rest.slice(-4)}`;
}

/**
 * Scans one text (the page or a same-origin script) for access tokens, the given token, public
 * keys and Mercado Pago traces. `page` is given for the HTML page, so a match is placed in an
 * inline script, an attribute, a comment or the text.
 */
export function scanText(textBody: string, url: string, lines: LineIndex, givenToken: string | undefined, page?: ParsedPage): ScanResult {
  const where = (offset: number): Location => ({ url, line: lines.lineAt(offset), context: page ? contextAt(page, offset) : 'script' });
  const secrets = scanSecrets(textBody, url, lines, givenToken, page);
  const publicKeys = [...textBody.matchAll(PUBLIC_KEY)].map((m) => ({ key: m[0], where: where(m.index) }));
  const markers: Marker[] = [];
  for (const [kind, pattern] of MARKERS) for (const m of textBody.matchAll(pattern)) markers.push({ kind, where: where(m.index) });
  const insecureUrls: InsecureUrlFinding[] = [];
  for (const m of textBody.matchAll(INSECURE_URL)) {
    const at = where(m.index);
    if (at.context !== 'script' && at.context !== 'inline-script') continue;
    insecureUrls.push({ url: m[1]!, where: at });
    if (insecureUrls.length >= 50) break;
  }
  return { secrets, publicKeys, markers, insecureUrls };
}

/** Access tokens (any shape, and the given token in any form) in one text. */
function scanSecrets(textBody: string, url: string, lines: LineIndex, givenToken: string | undefined, page?: ParsedPage): SecretFinding[] {
  const where = (offset: number): Location => ({ url, line: lines.lineAt(offset), context: page ? contextAt(page, offset) : 'script' });
  const secrets: SecretFinding[] = [];
  const seenAt = new Set<number>();
  for (const m of textBody.matchAll(ACCESS_TOKEN)) {
    seenAt.add(m.index);
    secrets.push({ redacted: redactToken(m[0]), prefix: m[1] === 'TEST' ? 'TEST' : 'APP_USR', isGivenToken: givenToken !== undefined && m[0] === givenToken, where: where(m.index) });
  }
  // The given token in any shape (a custom or future format the regex does not know).
  // Short values are skipped: they would match inside unrelated text (a bogus token is refused by the API anyway).
  if (givenToken && givenToken.length >= 20) {
    for (let i = textBody.indexOf(givenToken); i >= 0; i = textBody.indexOf(givenToken, i + 1)) {
      if (seenAt.has(i)) continue;
      const prefix = givenToken.startsWith('TEST-') ? 'TEST' : givenToken.startsWith('APP_USR-') ? 'APP_USR' : 'other';
      secrets.push({ redacted: redactToken(givenToken), prefix, isGivenToken: true, where: where(i) });
    }
  }
  return secrets;
}

/** Where an offset of the HTML sits; each lookup is a binary search, so a scan stays O(n log n). */
function contextAt(page: ParsedPage, offset: number): Location['context'] {
  if (inRanges(page.inlineScripts, offset)) return 'inline-script';
  if (inRanges(page.tags, offset)) return 'attribute';
  if (inRanges(page.comments, offset)) return 'comment';
  return 'text';
}

/** Access-token shapes in `text`, replaced by their redacted form (for excerpts that reach a report). */
export function redactTokens(text: string): string {
  return text.replace(ACCESS_TOKEN, (t) => redactToken(t));
}

/**
 * Scans a source map's `sourcesContent` for access tokens only: a browser never runs it, so keys
 * and markers there say nothing about the page, but a token there is as public as in the bundle.
 */
export function scanSourceMap(sources: ReadonlyArray<{ readonly name: string; readonly content: string }>, mapUrl: string, givenToken: string | undefined): SecretFinding[] {
  const secrets: SecretFinding[] = [];
  for (const source of sources) {
    // The line is the original source's, named beside the map's URL.
    for (const s of scanSecrets(source.content, `${mapUrl} → ${source.name}`, indexLines(source.content), givenToken)) secrets.push({ ...s, where: { ...s.where, context: 'source-map' } });
  }
  return secrets;
}
