import { sameOrigin } from './graph-util.js';
import type { GraphScript, ScriptGraph } from './graph-types.js';

/** A script request the browser made (the fields of BrowserRequest the graph needs). */
export interface RuntimeScriptRequest {
  readonly url: string;
  readonly type: string;
  readonly initiator: { readonly type: string; readonly url?: string };
  readonly status?: number;
  readonly blocked?: string;
}

/**
 * The graph with the scripts the real browser requested that the static walk did not know
 * (injected at run time: tag managers, a key-dependent SDK loader, a skimmer), as
 * `foundBy: 'browser'`, `via: 'runtime'`. Their bytes are not read (`unread.reason` says
 * whether another origin or the browser only); hashes stay unknown. Pure: for checks and the
 * script inventory to call with the browser's evidence.
 */
export function withRuntimeScripts(graph: ScriptGraph, requests: readonly RuntimeScriptRequest[], pageUrl: string): ScriptGraph {
  const known = new Set(graph.scripts.map((s) => s.url).filter((u): u is string => u !== null));
  const origin = new URL(pageUrl).origin;
  const added: GraphScript[] = [];
  for (const r of requests) {
    if (r.type !== 'Script' || known.has(r.url)) continue;
    known.add(r.url);
    const same = sameOrigin(r.url, origin);
    added.push({
      url: r.url,
      foundBy: 'browser',
      via: 'runtime',
      from: r.initiator.url ?? pageUrl,
      line: 0,
      sameOrigin: same,
      module: false,
      executable: true,
      integrity: null,
      nonce: null,
      unread: same
        ? { reason: 'runtime-only', detail: `seen only at run time${r.blocked ? ` (blocked: ${r.blocked})` : ''}: not in the static graph` }
        : { reason: 'cross-origin', detail: `another origin, loaded at run time${r.blocked ? ` (blocked: ${r.blocked})` : ''}` },
    });
  }
  return added.length === 0 ? graph : { ...graph, scripts: [...graph.scripts, ...added] };
}
