/**
 * The approved payment-page script inventory (DESIGN §6b) as the checks see it: plain data,
 * already validated by src/config/script-inventory-file.ts (which depends on this, never the
 * other way round). Lines are the file's, so the evidence can point a reviewer at them.
 */

/** An SRI-format hash: `sha256-…`, `sha384-…` or `sha512-…` (base64). */
export type SriHash = string;

/** One `scripts:` entry: an external or same-origin script by URL, or an inline one by its CSP hash. */
export type InventoryEntry =
  | {
      readonly src: string;
      readonly why: string;
      /** `any` (authorised by URL alone) or the hash the decoded bytes must match. */
      readonly integrity: 'any' | SriHash;
      readonly line: number;
    }
  | { readonly inline: SriHash; readonly why: string; readonly line: number };

/** The whole file. */
export interface ScriptInventory {
  /** Informational: the page the inventory was made for. */
  readonly page?: string;
  readonly scripts: readonly InventoryEntry[];
  /** Watched headers: names in lower case, values exact, each with its line. */
  readonly headers: ReadonlyArray<{ readonly name: string; readonly value: string; readonly line: number }>;
}

/** What the run knows of the inventory: the file (with the name it was given), or that the default file is absent. */
export type InventoryInput = { readonly state: 'missing'; readonly file: string } | { readonly state: 'loaded'; readonly file: string; readonly inventory: ScriptInventory };

/** Headers a proposal watches when the page sends them (req. 11.6.1: the headers the buyer's browser receives). */
export const WATCHED_HEADERS = [
  'content-security-policy',
  'content-security-policy-report-only',
  'strict-transport-security',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
] as const;

/** `why` values that a person has not written yet (DESIGN §6b: a proposal cannot be committed unread). */
export function isTodoWhy(why: string): boolean {
  return /^\s*TODO/.test(why);
}
