import { compileSrc, srcMatches, targetOf, type SrcPattern, type SrcTarget } from './inventory-match.js';
import type { SeenScript } from './inventory-diff.js';
import { WATCHED_HEADERS, type InventoryEntry, type ScriptInventory } from './inventory-types.js';

/** The `why` a proposal writes: a person must replace it (DESIGN §6b: a TODO why fails the check). */
export const TODO_WHY = 'TODO: why the payment page needs this script';

/**
 * The inventory file (DESIGN §6b) for the page as it is now, as YAML text. Every new entry's
 * `why` is a TODO. With `previous` (re-running on an existing file) its entries keep their
 * `why`, and comments mark what changed: NEW entries, CHANGED hashes and headers, entries NOT
 * SEEN any more (kept, for a person to remove), headers MISSING now. Deterministic: the same page
 * gives the same text, so the pull-request diff shows only what changed.
 */
export function proposeInventory(seen: readonly SeenScript[], headers: Readonly<Record<string, string>>, pageUrl: string, previous?: ScriptInventory): string {
  const pageOrigin = new URL(pageUrl).origin;
  const out: string[] = [
    '# Payment-page script inventory (PCI DSS 4.0.1 req. 6.4.3 and 11.6.1), proposed by `mercadopago-readiness inventory`.',
    '# Review every entry: write in `why` what the script is for and who authorised it. An entry whose why',
    '# still starts with TODO makes page.script-inventory fail, so this file cannot be committed unread.',
    `page: ${q(pageUrl)}`,
    'scripts:',
  ];
  const patterns = new Map<InventoryEntry, SrcPattern>((previous?.scripts ?? []).flatMap((e) => ('src' in e ? [[e, compileSrc(e.src)] as const] : [])));
  const kept = new Set<InventoryEntry>();
  const written = new Set<string>();
  for (const script of seen) {
    const url = script.url === null ? null : targetOf(script.url);
    const old = previous?.scripts.find((e) => coveredBy(e, patterns.get(e), script, url, pageOrigin));
    if (old !== undefined) {
      if (kept.has(old)) continue;
      kept.add(old);
      out.push(...keptEntry(old, script));
      continue;
    }
    const key = script.url ?? script.hashes?.sha256 ?? '';
    if (written.has(key)) continue;
    written.add(key);
    out.push(...newEntry(script, previous !== undefined));
  }
  for (const old of previous?.scripts ?? []) {
    if (kept.has(old)) continue;
    out.push(`  # NOT SEEN on the page in this run: remove this entry if the script is gone for good.`);
    out.push(...entryLines(old, old.why));
  }
  if (out[out.length - 1] === 'scripts:') out[out.length - 1] = 'scripts: []';

  const names = [...new Set([...WATCHED_HEADERS.filter((h) => headers[h] !== undefined), ...(previous?.headers.map((h) => h.name) ?? [])])];
  if (names.length > 0) out.push('headers:');
  for (const name of names) {
    const was = previous?.headers.find((h) => h.name === name)?.value;
    const now = headers[name];
    if (now === undefined) {
      out.push(`  # MISSING in this run (was watched): delete this line only if dropping the header was intended.`, `  # ${name}: ${q(was ?? '')}`);
      continue;
    }
    if (previous !== undefined && was === undefined) out.push('  # NEW: watched from now on');
    else if (was !== undefined && was !== now) out.push(`  # CHANGED: was ${oneLine(q(was))}`);
    out.push(`  ${name}: ${q(now)}`);
  }
  return `${out.join('\n')}\n`;
}

function newEntry(script: SeenScript, rerun: boolean): string[] {
  const lines = rerun ? ['  # NEW: not in the previous inventory'] : [];
  lines.push(`  # found by ${script.foundBy} (${script.via}) in ${oneLine(script.from)}${script.line > 0 ? `:${script.line}` : ''}`);
  if (script.url === null) {
    if (script.excerpt) lines.push(`  # ${oneLine(script.excerpt)}`);
    lines.push(`  - inline: ${q(script.hashes!.sha256)}`, `    why: ${q(TODO_WHY)}`);
    return lines;
  }
  const pinned = proposedIntegrity(script);
  if (pinned === 'any')
    lines.push(
      script.sameOrigin
        ? `  # not read in full (${oneLine(script.unread ?? 'unknown')}): authorised by URL alone`
        : '  # another origin, not fetched: authorised by URL alone; add an integrity attribute to the tag to pin it',
    );
  lines.push(`  - src: ${q(srcOf(script.url, script.sameOrigin))}`, `    why: ${q(TODO_WHY)}`, `    integrity: ${q(pinned)}`);
  return lines;
}

function keptEntry(old: InventoryEntry, script: SeenScript): string[] {
  if ('inline' in old || old.integrity === 'any' || script.url === null) return entryLines(old, old.why);
  const now = proposedIntegrityLike(script, old.integrity);
  if (now === undefined || now === old.integrity) return entryLines(old, old.why);
  return [`  # CHANGED: pinned ${old.integrity}, now ${now}: review the new script before committing`, ...entryLines({ ...old, integrity: now }, old.why)];
}

function entryLines(entry: InventoryEntry, why: string): string[] {
  if ('inline' in entry) return [`  - inline: ${q(entry.inline)}`, `    why: ${q(why)}`];
  return [`  - src: ${q(entry.src)}`, `    why: ${q(why)}`, ...(entry.integrity === 'any' ? ['    integrity: any'] : [`    integrity: ${q(entry.integrity)}`])];
}

/** Pinned by the bytes when they were read; else by the tag's own SRI hash; else `any`. */
function proposedIntegrity(script: SeenScript): string {
  if (script.hashes) return script.hashes.sha384;
  const declared = (script.integrity ?? '').split(/\s+/).find((t) => /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(t));
  return declared ?? 'any';
}

/** The current hash in the algorithm the old pin used, when known. */
function proposedIntegrityLike(script: SeenScript, pinned: string): string | undefined {
  const algorithm = pinned.slice(0, pinned.indexOf('-')) as 'sha256' | 'sha384' | 'sha512';
  if (script.hashes) return script.hashes[algorithm];
  const declared = (script.integrity ?? '').split(/\s+/).map((t) => t.split('?')[0]!);
  return declared.includes(pinned) ? pinned : declared.find((t) => t.startsWith(`${algorithm}-`));
}

function coveredBy(entry: InventoryEntry, pattern: SrcPattern | undefined, script: SeenScript, url: SrcTarget | null, pageOrigin: string): boolean {
  if ('inline' in entry) return script.url === null && script.hashes !== undefined && Object.values(script.hashes).includes(entry.inline);
  return url !== null && pattern !== undefined && srcMatches(pattern, url, pageOrigin);
}

/** Same-origin scripts by path (the file then follows the site to staging), others by URL; fragments dropped. */
function srcOf(url: string, sameOrigin: boolean): string {
  const u = new URL(url);
  return sameOrigin ? `${u.pathname}${u.search}` : `${u.origin}${u.pathname}${u.search}`;
}

/** A YAML double-quoted scalar (JSON's escapes are YAML's). */
function q(value: string): string {
  return JSON.stringify(value);
}

function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
