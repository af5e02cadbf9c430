import type { PageEvidence } from '../../probes/http/page.js';
import type { GraphScript, ScriptFoundBy, ScriptHashes } from '../../probes/http/script-graph.js';
import { compileSrc, srcMatches, targetOf, type SrcPattern, type SrcTarget } from './inventory-match.js';
import { isTodoWhy, type InventoryEntry, type ScriptInventory } from './inventory-types.js';

/**
 * The comparison behind `page.script-inventory` (PCI DSS 4.0.1 req. 6.4.3 / 11.6.1): what the
 * page loads against what the file approves. Pure: the script graph and the file in, the diff out.
 *
 * Runtime-injected scripts (the browser pass) are GraphScripts with `foundBy: 'browser'`; they
 * flow through the same comparison as those the static pass found.
 */

/** One script as the inventory sees it: by URL (external, same-origin) or by hash (inline). */
export interface SeenScript {
  /** Absolute URL, or null for an inline script. */
  readonly url: string | null;
  /** `https://host[:port]` of an external script; `inline` for an inline one. */
  readonly origin: string;
  readonly sameOrigin: boolean;
  readonly foundBy: ScriptFoundBy;
  readonly via: string;
  /** The page or script that names it, and the line there. */
  readonly from: string;
  readonly line: number;
  /** Hashes of the decoded bytes (read in full) or of the inline text. */
  readonly hashes?: ScriptHashes;
  /** The `integrity` attribute as written. */
  readonly integrity: string | null;
  /** Inline: a short, token-redacted excerpt, for a reviewer to recognise it. */
  readonly excerpt?: string;
  /** Same-origin bytes that could not be read in full, and why. */
  readonly unread?: string;
}

/** A seen script that an entry covers but whose pinned hash it does not match. */
export interface ChangedScript {
  readonly url: string;
  readonly entryLine: number;
  readonly pinned: string;
  /** What was seen instead: the hash of the bytes (same algorithm), or the tag's `integrity` attribute. */
  readonly seen: string;
}

/** The inventory diff: the check's evidence, in the order a reviewer acts on it. */
export interface InventoryDiff {
  /** Seen, and no entry covers it. */
  readonly unapproved: readonly SeenScript[];
  readonly changed: readonly ChangedScript[];
  readonly headersChanged: ReadonlyArray<{ readonly name: string; readonly pinned: string; readonly seen: string; readonly line: number }>;
  readonly headersMissing: ReadonlyArray<{ readonly name: string; readonly pinned: string; readonly line: number }>;
  /** Entries whose `why` still starts with TODO. */
  readonly unjustified: ReadonlyArray<{ readonly entry: string; readonly line: number; readonly why: string }>;
  /** Approved by a pinned hash that could not be checked (bytes not read, no `integrity` attribute holding it). */
  readonly unverified: ReadonlyArray<{ readonly url: string; readonly entryLine: number; readonly pinned: string; readonly reason: string }>;
  /** Entries that covered nothing on this run (evidence only). */
  readonly notSeen: ReadonlyArray<{ readonly entry: string; readonly line: number }>;
  /** How many scripts were seen, and how many the file approves. */
  readonly seen: number;
  readonly approved: number;
}

/** Every executable script the page references, static and (when given) runtime, once each. */
export function seenScripts(page: PageEvidence, runtime: readonly GraphScript[] = []): SeenScript[] {
  const out: SeenScript[] = [];
  const urls = new Set<string>();
  for (const s of [...page.scriptGraph.scripts, ...runtime]) {
    if (!s.executable) continue;
    // A referenced URL that is not served as a script (404, an HTML fallback) is nothing a browser runs;
    // a redirect is (the browser follows it), so it stays, with its bytes unread.
    if (s.unread?.reason === 'not-script' || (s.unread?.reason === 'status' && (s.read?.status ?? 0) >= 400)) continue;
    if (s.url !== null) {
      const key = s.url.split('#')[0]!;
      if (urls.has(key)) continue;
      urls.add(key);
    }
    const partial = s.url !== null && s.sameOrigin && s.hashes === undefined && s.unread !== undefined;
    out.push({
      url: s.url,
      origin: s.url === null ? 'inline' : originOf(s.url),
      sameOrigin: s.sameOrigin,
      foundBy: s.foundBy,
      via: s.via,
      from: s.from,
      line: s.line,
      ...(s.hashes ? { hashes: s.hashes } : {}),
      integrity: s.integrity,
      ...(s.inline ? { excerpt: s.inline.excerpt } : {}),
      ...(partial ? { unread: `${s.unread!.reason}: ${s.unread!.detail}` } : {}),
    });
  }
  return out;
}

/** Compares what was seen with the file. `pageUrl` is the page's final URL (same-origin paths are its origin's). */
export function diffInventory(seen: readonly SeenScript[], inventory: ScriptInventory, pageUrl: string, headers: Readonly<Record<string, string>>): InventoryDiff {
  const pageOrigin = originOf(pageUrl);
  const compiled = inventory.scripts.map((entry) => ({ entry, pattern: 'src' in entry ? compileSrc(entry.src) : null, used: false }));
  const unapproved: SeenScript[] = [];
  const changed: ChangedScript[] = [];
  const unverified: Array<InventoryDiff['unverified'][number]> = [];
  let approved = 0;
  for (const script of seen) {
    const parsed = script.url === null ? null : targetOf(script.url);
    const covering = compiled.filter((c) => covers(c.entry, c.pattern, script, parsed, pageOrigin));
    if (covering.length === 0) {
      unapproved.push(script);
      continue;
    }
    for (const c of covering) c.used = true;
    if (script.url === null) {
      approved++;
      continue;
    }
    const verdicts = covering.map((c) => ({ c, v: integrityVerdict((c.entry as Extract<InventoryEntry, { src: string }>).integrity, script) }));
    if (verdicts.some((x) => x.v.kind === 'ok')) {
      approved++;
      continue;
    }
    const first = verdicts.find((x) => x.v.kind === 'changed') ?? verdicts[0]!;
    const pinned = (first.c.entry as Extract<InventoryEntry, { src: string }>).integrity;
    if (first.v.kind === 'changed') changed.push({ url: script.url, entryLine: first.c.entry.line, pinned, seen: first.v.seen });
    else if (first.v.kind === 'unverified') unverified.push({ url: script.url, entryLine: first.c.entry.line, pinned, reason: first.v.reason });
  }
  const headersChanged: Array<InventoryDiff['headersChanged'][number]> = [];
  const headersMissing: Array<InventoryDiff['headersMissing'][number]> = [];
  for (const h of inventory.headers) {
    const value = headers[h.name];
    if (value === undefined) headersMissing.push({ name: h.name, pinned: h.value, line: h.line });
    else if (value !== h.value) headersChanged.push({ name: h.name, pinned: h.value, seen: value, line: h.line });
  }
  return {
    unapproved,
    changed,
    headersChanged,
    headersMissing,
    unjustified: inventory.scripts.filter((e) => isTodoWhy(e.why)).map((e) => ({ entry: entryName(e), line: e.line, why: e.why })),
    unverified,
    notSeen: compiled.filter((c) => !c.used).map((c) => ({ entry: entryName(c.entry), line: c.entry.line })),
    seen: seen.length,
    approved,
  };
}

/** `src` or `inline: <hash>`, as the file writes it. */
export function entryName(entry: InventoryEntry): string {
  return 'src' in entry ? entry.src : `inline ${entry.inline}`;
}

/** Whether the diff has a finding that fails the check (everything but `notSeen` and `unverified`). */
export function hasFindings(diff: InventoryDiff): boolean {
  return diff.unapproved.length + diff.changed.length + diff.headersChanged.length + diff.headersMissing.length + diff.unjustified.length > 0;
}

function covers(entry: InventoryEntry, pattern: SrcPattern | null, script: SeenScript, url: SrcTarget | null, pageOrigin: string): boolean {
  if ('inline' in entry) return script.url === null && script.hashes !== undefined && hashOf(script.hashes, entry.inline) === entry.inline;
  return url !== null && pattern !== null && srcMatches(pattern, url, pageOrigin);
}

type Verdict = { kind: 'ok' } | { kind: 'changed'; seen: string } | { kind: 'unverified'; reason: string };

/** SRI: the decoded bytes' hash of the pinned algorithm; else the tag's `integrity`, which the browser enforces. */
function integrityVerdict(pinned: string, script: SeenScript): Verdict {
  if (pinned === 'any') return { kind: 'ok' };
  if (script.hashes) {
    const seen = hashOf(script.hashes, pinned);
    return seen === pinned ? { kind: 'ok' } : { kind: 'changed', seen: seen ?? '?' };
  }
  const declared = (script.integrity ?? '')
    .split(/\s+/)
    .map((t) => t.split('?')[0]!)
    .filter((t) => /^sha(256|384|512)-/.test(t));
  if (declared.includes(pinned)) return { kind: 'ok' };
  if (declared.length > 0) return { kind: 'changed', seen: `integrity="${declared.join(' ')}"` };
  return {
    kind: 'unverified',
    reason: script.unread ?? (script.sameOrigin ? 'bytes not read' : 'another origin: the static pass does not fetch it, and the tag has no integrity attribute'),
  };
}

/** The script's hash in the algorithm of `like` (`sha256-…`, `sha384-…`, `sha512-…`). */
function hashOf(hashes: ScriptHashes, like: string): string | undefined {
  const algorithm = like.slice(0, like.indexOf('-'));
  return algorithm === 'sha256' || algorithm === 'sha384' || algorithm === 'sha512' ? hashes[algorithm] : undefined;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
