import type { PageEvidence } from '../../probes/http/page.js';
import type { GraphScript } from '../../probes/http/script-graph.js';
import { allows, type Policy } from './csp.js';

/** One of the page's own scripts that an enforced CSP stops. */
export interface BlockedScript {
  /** The URL, `inline script (line N)` or `N inline event handler(s) (first at line N)`. */
  readonly what: string;
  /** The directive that decided. */
  readonly directive: string;
}

const ELEMENT = ['script-src-elem', 'script-src', 'default-src'];
const ATTRIBUTE = ['script-src-attr', 'script-src', 'default-src'];

/**
 * CSP3 on the page's own scripts: inline scripts need a matching nonce or hash, or
 * 'unsafe-inline' (ignored once a nonce or hash is listed); external ones a matching source,
 * nonce, or (for 'strict-dynamic') a nonce/hash, while scripts loaded by scripts inherit trust under
 * 'strict-dynamic'. Inline event handlers need 'unsafe-inline' (or 'unsafe-hashes', not judged here).
 * A page whose CSP blocks these never hydrates: the checkout does not work.
 */
export function blockedOwnScripts(policies: readonly Policy[], page: PageEvidence): BlockedScript[] {
  const self = new URL(page.finalUrl);
  const blocked: BlockedScript[] = [];
  for (const policy of policies) {
    const element = ELEMENT.find((d) => policy.has(d));
    if (element !== undefined) {
      const raw = policy.get(element)!;
      const lower = raw.map((s) => s.toLowerCase());
      const keyed = lower.some((s) => /^'(?:nonce|sha256|sha384|sha512)-/.test(s));
      const unsafeInline = lower.includes("'unsafe-inline'") && !keyed;
      const strictDynamic = lower.includes("'strict-dynamic'");
      for (const script of page.scriptGraph.scripts) {
        if (!script.executable || script.foundBy === 'browser' || script.via === 'modulepreload' || script.via === 'preload') continue;
        if (!allowedScript(script, raw, unsafeInline, strictDynamic, policy, self)) blocked.push({ what: describe(script), directive: element });
      }
    }
    const attribute = ATTRIBUTE.find((d) => policy.has(d));
    if (attribute !== undefined && page.inlineHandlers.count > 0) {
      const lower = policy.get(attribute)!.map((s) => s.toLowerCase());
      const keyed = lower.some((s) => /^'(?:nonce|sha256|sha384|sha512)-/.test(s));
      if (!(lower.includes("'unsafe-inline'") && !keyed) && !lower.includes("'unsafe-hashes'")) {
        blocked.push({ what: `${page.inlineHandlers.count} inline event handler(s) (first at line ${page.inlineHandlers.firstLine})`, directive: attribute });
      }
    }
  }
  // One line per script even when several policies block it.
  const seen = new Set<string>();
  return blocked.filter((b) => !seen.has(b.what) && seen.add(b.what) !== undefined);
}

function allowedScript(script: GraphScript, sources: readonly string[], unsafeInline: boolean, strictDynamic: boolean, policy: Policy, self: URL): boolean {
  if (script.nonce && sources.includes(`'nonce-${script.nonce}'`)) return true;
  if (script.url === null) {
    if (unsafeInline) return true;
    return script.hashes !== undefined && [script.hashes.sha256, script.hashes.sha384, script.hashes.sha512].some((h) => sources.includes(`'${h}'`));
  }
  // CSP3: a hash source also allows an external script whose integrity attribute names it.
  if (script.integrity && script.integrity.split(/\s+/).some((h) => sources.includes(`'${h}'`))) return true;
  const loadedByScript = script.foundBy === 'import' || script.foundBy === 'preload-map';
  if (strictDynamic) return loadedByScript;
  try {
    return allows(policy, { kind: 'script', url: new URL(script.url), self, loadedByScript });
  } catch {
    return true;
  }
}

function describe(script: GraphScript): string {
  if (script.url !== null) return script.url;
  return `inline script (line ${script.inline?.line ?? 0})`;
}
