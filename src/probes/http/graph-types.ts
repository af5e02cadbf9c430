import type { Agent } from 'undici';
import type { Budget } from '../budget.js';
import type { ParsedPage, ScriptTagVia } from './html.js';
import type { ScriptRefVia } from './script-refs.js';

/**
 * THE SCRIPT GRAPH: every script the checkout page loads, as far as can be known without
 * running it (and, with the browser pass, what ran). One entry per external URL (the first way
 * it was found wins) and one per inline script. Checks judge it; the PCI script inventory
 * (`page.script-inventory`, DESIGN §6b) is built from it.
 *
 * - `foundBy`: `html` (a tag or preload in the page), `import` (a static or dynamic import in a
 *   script read), `preload-map` (a bundler's preload list or chunk map), `browser` (requested at
 *   run time by the real browser, added by the browser probe).
 * - Same-origin scripts are read breadth-first (the page's tags first, then what they import)
 *   under one byte budget and one count; cross-origin scripts are never fetched (their URL and
 *   `integrity` are the facts). Whatever was not read says why in `unread`.
 */
export type ScriptFoundBy = 'html' | 'import' | 'preload-map' | 'browser';

/** The precise way: the HTML tag kind, the import form, the bundler list, or `runtime`. */
export type ScriptVia = ScriptTagVia | ScriptRefVia | 'runtime';

/** SRI-format hashes (`sha256-<base64>`, `sha384-<base64>`) of a script's decoded bytes, or of an inline script's exact text (as CSP hashes it). */
export interface ScriptHashes {
  readonly sha256: string;
  readonly sha384: string;
  /** Also kept so a CSP or an `integrity` that names the script by SHA-512 is judged right. */
  readonly sha512: string;
}

/** Why a script's bytes were not read (or not in full). */
export type UnreadReason =
  /** Another origin: never fetched by the static pass. */
  | 'cross-origin'
  /** The count bound (`maxScripts`) was reached first. */
  | 'count'
  /** The byte budget (`maxBytes`, or the per-script cap) was spent: read in part or not at all. */
  | 'bytes'
  /** Answered, but not 2xx. */
  | 'status'
  /** Answered 2xx with something that is not a script (an HTML fallback page for an unknown chunk). */
  | 'not-script'
  /** Network error, timeout, corrupt encoding. */
  | 'error'
  /** The run budget ended before it was read. */
  | 'deadline'
  /** Not http(s) or refused by the network rules (DESIGN §1). */
  | 'blocked'
  /** Same-origin, but only the browser saw it (injected at run time); the static pass never read it. */
  | 'runtime-only';

export interface ScriptRead {
  readonly status: number;
  /** Decoded bytes read. */
  readonly bytes: number;
  /** The Content-Encoding undone, or null. */
  readonly encoding: string | null;
  readonly contentType: string | null;
  readonly truncated: boolean;
}

export interface SourceMapScan {
  /** The map's URL (`data:` maps are shown as `data:` only). */
  readonly url: string;
  /** How it was named: the script's `//# sourceMappingURL=` comment or its `SourceMap` header. */
  readonly from: 'comment' | 'header';
  readonly status?: number;
  readonly bytes: number;
  /** `sourcesContent` entries scanned for access tokens. */
  readonly sources: number;
  readonly unread?: { readonly reason: UnreadReason | 'unparsable'; readonly detail: string };
}

export interface GraphScript {
  /** Absolute URL of an external script; null for an inline script. */
  readonly url: string | null;
  /** For an inline script: its line in the page, its length, and a short excerpt with any access token redacted. */
  readonly inline?: { readonly line: number; readonly length: number; readonly excerpt: string };
  readonly foundBy: ScriptFoundBy;
  readonly via: ScriptVia;
  /** The page URL, or the script that refers to it. */
  readonly from: string;
  /** Line in `from` (0 when unknown, e.g. at run time). */
  readonly line: number;
  /** Same scheme, host and port as the page's final URL. Inline scripts are same-origin. */
  readonly sameOrigin: boolean;
  /** `type=module` or reached by an import (module graph). */
  readonly module: boolean;
  /** JavaScript a browser runs (false for data blocks like `application/json`). */
  readonly executable: boolean;
  /** The `integrity` attribute as written, or null. */
  readonly integrity: string | null;
  /** The `nonce` attribute, for CSP judging, or null. */
  readonly nonce: string | null;
  /** Hashes of the decoded bytes (external, read in full) or the exact text (inline). */
  readonly hashes?: ScriptHashes;
  readonly read?: ScriptRead;
  readonly unread?: { readonly reason: UnreadReason; readonly detail: string };
  readonly sourceMap?: SourceMapScan;
}

export interface ScriptGraphLimits {
  /** Same-origin scripts read at most. */
  readonly maxScripts: number;
  /** Decoded bytes of all scripts read, together. */
  readonly maxBytes: number;
  /** Decoded bytes of one script. */
  readonly maxScriptBytes: number;
  readonly maxSourceMaps: number;
  /** Decoded bytes of all source maps, together (a separate budget: maps are larger than code). */
  readonly maxSourceMapBytes: number;
  readonly concurrency: number;
  readonly requestTimeoutMs: number;
}

export const DEFAULT_SCRIPT_GRAPH_LIMITS: ScriptGraphLimits = {
  maxScripts: 60,
  maxBytes: 8 * 1024 * 1024,
  maxScriptBytes: 4 * 1024 * 1024,
  maxSourceMaps: 20,
  maxSourceMapBytes: 8 * 1024 * 1024,
  concurrency: 6,
  requestTimeoutMs: 15_000,
};

export interface ScriptGraph {
  /** Every script, in discovery order (the page's own order first, then breadth-first). */
  readonly scripts: readonly GraphScript[];
  readonly limits: ScriptGraphLimits;
  /** Decoded bytes of scripts read. */
  readonly bytesRead: number;
  /** Every same-origin executable script was read in full (nothing the scanners needed was missed). */
  readonly complete: boolean;
}

/** What the page probe does with each text read: scan it (the graph keeps no script text). */
export interface GraphVisitor {
  script(url: string, text: string): void;
  sourceMap(url: string, sources: ReadonlyArray<{ readonly name: string; readonly content: string }>): void;
}

/** Options of one graph walk. */
export interface GraphWalk {
  readonly html: string;
  readonly page: ParsedPage;
  readonly pageUrl: URL;
  readonly agent: Agent;
  readonly budget: Budget;
  readonly limits: ScriptGraphLimits;
  readonly visitor: GraphVisitor;
  /** Network rule for each URL before it is fetched (DESIGN §1); a reason when refused. */
  readonly refuse?: (url: URL) => string | undefined;
  /** Removes secrets from text that reaches the evidence (inline excerpts): token shapes and the given token. */
  readonly redact: (text: string) => string;
}
