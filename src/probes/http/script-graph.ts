import { createHash } from 'node:crypto';
import type { Budget } from '../budget.js';
import { toProbeError } from '../outcome.js';
import { fetchOnce, type Fetched } from './fetch.js';
import type { Agent } from 'undici';
import { indexLines, type ParsedPage, type ScriptTagVia } from './html.js';
import { findScriptRefs, findSourceMapUrl, type ScriptRefVia } from './script-refs.js';

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

/** SRI-format hashes (`sha256-<base64>`, `sha384-<base64>`, `sha512-<base64>`) of a script's decoded bytes, or of an inline script's exact text (as CSP hashes it). */
export interface ScriptHashes {
  readonly sha256: string;
  readonly sha384: string;
  /** The third SRI/CSP algorithm, so an inventory may pin any of the three (DESIGN §6b). */
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
  | 'blocked';

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

/** SRI-format hashes of bytes (or of a string's UTF-8). */
export function sriHashes(data: Buffer | string): ScriptHashes {
  const sri = (algorithm: 'sha256' | 'sha384' | 'sha512'): string => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;
  return { sha256: sri('sha256'), sha384: sri('sha384'), sha512: sri('sha512') };
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds the script graph of a parsed page, reading same-origin scripts breadth-first within the limits. */
export async function walkScriptGraph(walk: GraphWalk): Promise<ScriptGraph> {
  const { html, page, pageUrl, limits } = walk;
  const scripts: Array<Mutable<GraphScript>> = [];
  const byUrl = new Map<string, Mutable<GraphScript>>();
  const origin = pageUrl.origin;
  const addExternal = (url: string, fields: Omit<GraphScript, 'url' | 'sameOrigin'>): Mutable<GraphScript> | undefined => {
    if (byUrl.has(url)) return undefined;
    const node: Mutable<GraphScript> = { url, sameOrigin: sameOrigin(url, origin), ...fields };
    if (!node.sameOrigin) node.unread = { reason: 'cross-origin', detail: 'another origin: named, not fetched' };
    byUrl.set(url, node);
    scripts.push(node);
    return node;
  };

  for (const element of page.scriptElements) {
    const common = {
      foundBy: 'html' as const,
      via: element.via,
      from: pageUrl.href,
      line: element.line,
      module: element.via === 'module' || element.via === 'modulepreload',
      executable: element.executable,
      integrity: element.integrity,
      nonce: element.nonce,
    };
    if (element.src !== undefined) {
      addExternal(element.src, common);
      continue;
    }
    const [start, end] = element.inline!;
    const text = html.slice(start, end);
    scripts.push({ url: null, sameOrigin: true, ...common, inline: { line: element.line, length: text.length, excerpt: excerptOf(walk.redact(text)) }, hashes: sriHashes(text) });
  }

  let bytesRead = 0;
  let readCount = 0;
  let level = scripts.filter((s) => s.url !== null && s.sameOrigin);
  while (level.length > 0) {
    const next: Array<Mutable<GraphScript>> = [];
    await eachLimited(level, limits.concurrency, async (node) => {
      if (walk.budget.remainingMs() <= 0) {
        node.unread = { reason: 'deadline', detail: 'the run budget ended first' };
        return;
      }
      if (readCount >= limits.maxScripts) {
        node.unread = { reason: 'count', detail: `more than ${limits.maxScripts} same-origin scripts` };
        return;
      }
      const room = Math.min(limits.maxScriptBytes, limits.maxBytes - bytesRead);
      if (room <= 0) {
        node.unread = { reason: 'bytes', detail: `the ${mb(limits.maxBytes)} script budget was spent` };
        return;
      }
      readCount++;
      const url = new URL(node.url!);
      const refused = walk.refuse?.(url);
      if (refused !== undefined) {
        node.unread = { reason: 'blocked', detail: refused };
        return;
      }
      let got: Fetched;
      try {
        got = await fetchOnce(url, { signal: walk.budget.signalWithin(limits.requestTimeoutMs), maxBytes: room, dispatcher: walk.agent, accept: '*/*' });
      } catch (error) {
        node.unread = { reason: walk.budget.remainingMs() <= 0 ? 'deadline' : 'error', detail: toProbeError(error, `GET ${node.url}`).message };
        return;
      }
      const contentType = got.headers['content-type'] ?? null;
      // Past the whole budget (concurrent reads overshoot it): keep only what fits.
      const body = bytesRead + got.body.length > limits.maxBytes ? got.body.subarray(0, Math.max(0, limits.maxBytes - bytesRead)) : got.body;
      bytesRead += body.length;
      const truncated = got.truncated || body.length < got.body.length;
      node.read = { status: got.status, bytes: body.length, encoding: got.encoding, contentType, truncated };
      if (got.status >= 300 && got.status < 400) {
        node.unread = { reason: 'status', detail: `answered ${got.status} (a redirect: a script URL should not move)` };
        return;
      }
      if (got.status < 200 || got.status > 299) {
        node.unread = { reason: 'status', detail: `answered HTTP ${got.status}` };
        return;
      }
      if (got.decodeError !== undefined) node.unread = { reason: 'error', detail: got.decodeError };
      else if (truncated)
        node.unread = {
          reason: 'bytes',
          detail:
            body.length < got.body.length || got.body.length < limits.maxScriptBytes ? `cut at the ${mb(limits.maxBytes)} script budget` : `larger than ${mb(limits.maxScriptBytes)}: read in part`,
        };
      else node.hashes = sriHashes(body);
      if (contentType !== null && /\b(?:text\/html|application\/xhtml)/i.test(contentType)) {
        node.unread = { reason: 'not-script', detail: `answered ${contentType.split(';')[0]}, not a script` };
        return;
      }
      const text = body.toString('utf8');
      walk.visitor.script(node.url!, text);
      const lines = indexLines(text);
      for (const ref of findScriptRefs(text, url, (o) => lines.lineAt(o))) {
        const child = addExternal(ref.url, {
          foundBy: ref.via === 'import' || ref.via === 'dynamic-import' ? 'import' : 'preload-map',
          via: ref.via,
          from: node.url!,
          line: ref.line,
          module: ref.via !== 'webpack-chunk',
          executable: true,
          integrity: null,
          nonce: null,
        });
        if (child?.sameOrigin) next.push(child);
      }
      const mapUrl = findSourceMapUrl(text, url);
      const header = got.headers['sourcemap'] ?? got.headers['x-sourcemap'];
      if (header !== undefined) {
        try {
          node.sourceMap = { url: new URL(header.trim(), url).href, from: 'header', bytes: 0, sources: 0 };
        } catch {
          // an unusable header names nothing
        }
      }
      if (node.sourceMap === undefined && mapUrl !== undefined) node.sourceMap = { url: mapUrl, from: 'comment', bytes: 0, sources: 0 };
    });
    level = next;
  }
  await readSourceMaps(scripts, walk);
  // A URL that answered 404 or an HTML fallback is not code a browser runs either: nothing missed there.
  const complete = scripts.every((s) => s.url === null || !s.sameOrigin || !s.executable || s.unread === undefined || s.unread.reason === 'status' || s.unread.reason === 'not-script');
  return { scripts, limits, bytesRead, complete };
}

/** Reads the public source maps the scripts name (same-origin or inline `data:`), for the token scan only. */
async function readSourceMaps(scripts: Array<Mutable<GraphScript>>, walk: GraphWalk): Promise<void> {
  const { limits } = walk;
  let spent = 0;
  let count = 0;
  const withMaps = scripts.filter((s) => s.sourceMap !== undefined);
  await eachLimited(withMaps, limits.concurrency, async (node) => {
    const map = node.sourceMap as Mutable<SourceMapScan>;
    const room = limits.maxSourceMapBytes - spent;
    if (count >= limits.maxSourceMaps || room <= 0) {
      map.unread = { reason: count >= limits.maxSourceMaps ? 'count' : 'bytes', detail: `source map bounds reached (${limits.maxSourceMaps} maps, ${mb(limits.maxSourceMapBytes)})` };
      return;
    }
    count++;
    let body: Buffer;
    if (map.url.startsWith('data:')) {
      const m = /^data:[^,]*?(;base64)?,(.*)$/is.exec(map.url);
      body = m ? (m[1] ? Buffer.from(m[2]!, 'base64') : Buffer.from(decodeURIComponent(m[2]!))) : Buffer.alloc(0);
      map.url = 'data:';
      if (body.length > room) {
        map.unread = { reason: 'bytes', detail: `inline map larger than the ${mb(limits.maxSourceMapBytes)} left` };
        return;
      }
    } else {
      if (!sameOrigin(map.url, walk.pageUrl.origin)) {
        map.unread = { reason: 'cross-origin', detail: 'another origin: not fetched' };
        return;
      }
      const refused = walk.refuse?.(new URL(map.url));
      if (refused !== undefined) {
        map.unread = { reason: 'blocked', detail: refused };
        return;
      }
      try {
        const got = await fetchOnce(new URL(map.url), {
          signal: walk.budget.signalWithin(limits.requestTimeoutMs),
          maxBytes: Math.min(room, limits.maxScriptBytes),
          dispatcher: walk.agent,
          accept: 'application/json, */*',
        });
        map.status = got.status;
        if (got.status < 200 || got.status > 299) {
          map.unread = { reason: 'status', detail: `answered HTTP ${got.status} (not public: nothing to scan)` };
          return;
        }
        if (got.truncated) {
          spent += got.body.length;
          map.bytes = got.body.length;
          map.unread = { reason: 'bytes', detail: `larger than the ${mb(Math.min(room, limits.maxScriptBytes))} left for source maps` };
          return;
        }
        body = got.body;
      } catch (error) {
        map.unread = { reason: 'error', detail: toProbeError(error, `GET ${map.url}`).message };
        return;
      }
    }
    spent += body.length;
    map.bytes = body.length;
    let parsed: { sources?: unknown; sourcesContent?: unknown };
    try {
      parsed = JSON.parse(body.toString('utf8').replace(/^\)\]\}'[^\n]*\n/, '')) as typeof parsed;
    } catch {
      map.unread = { reason: 'unparsable', detail: 'not a JSON source map' };
      return;
    }
    const names = Array.isArray(parsed.sources) ? parsed.sources : [];
    const contents = Array.isArray(parsed.sourcesContent) ? parsed.sourcesContent : [];
    const sources = contents.flatMap((content, i) => (typeof content === 'string' ? [{ name: typeof names[i] === 'string' ? (names[i] as string) : `#${i}`, content }] : []));
    map.sources = sources.length;
    walk.visitor.sourceMap(map.url === 'data:' ? `${node.url} (inline source map)` : map.url, sources);
  });
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** The first 120 characters of an already redacted text (redacting first, so no token is cut in half and kept). */
function excerptOf(redacted: string): string {
  const flat = redacted.slice(0, 4000).replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
