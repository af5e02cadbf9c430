import type { BrowserEvidence } from '../../src/probes/browser/evidence.js';
import type { PageEvidence } from '../../src/probes/http/page.js';
import { DEFAULT_SCRIPT_GRAPH_LIMITS, type GraphScript } from '../../src/probes/http/script-graph.js';
import type { ProbeOutcome } from '../../src/probes/outcome.js';

/** A same-origin script of the graph, read in full unless the fields say otherwise. */
export function graphScript(fields: Partial<GraphScript> = {}): GraphScript {
  return {
    url: 'https://shop.example/assets/app.js',
    foundBy: 'html',
    via: 'script',
    from: 'https://shop.example/checkout',
    line: 3,
    sameOrigin: true,
    module: false,
    executable: true,
    integrity: null,
    nonce: null,
    read: { status: 200, bytes: 100, encoding: null, contentType: 'text/javascript', truncated: false },
    hashes: { sha256: 'sha256-x', sha384: 'sha384-x', sha512: 'sha512-x' },
    ...fields,
  };
}

/** A script the static pass left unread because of the count bound. */
export const UNREAD_BY_COUNT = graphScript({
  url: 'https://shop.example/assets/chunk-61.js',
  foundBy: 'import',
  via: 'dynamic-import',
  read: undefined,
  hashes: undefined,
  unread: { reason: 'count', detail: 'more than 60 same-origin scripts' },
});

/** Page fields for a script graph of these scripts. */
export function withGraph(scripts: readonly GraphScript[]): Partial<PageEvidence> {
  return { scriptGraph: { scripts, limits: DEFAULT_SCRIPT_GRAPH_LIMITS, bytesRead: 100, complete: scripts.every((s) => s.unread === undefined || s.unread.reason === 'cross-origin') } };
}

/** A browser pass that saw only what the fields say. */
export function browserSaw(fields: Partial<BrowserEvidence> = {}): ProbeOutcome<BrowserEvidence> {
  return {
    ok: true,
    value: {
      product: 'Chrome/156',
      trust: 'none',
      url: 'https://shop.example/checkout',
      finalUrl: 'https://shop.example/checkout',
      requests: [],
      requestsDropped: 0,
      cspViolations: [],
      mixedContent: [],
      consoleErrors: [],
      mercadoPago: { sdkLoaded: false, constructed: false, publicKeys: [], deviceSessionId: false },
      settled: true,
      durationMs: 900,
      ...fields,
    },
  };
}
