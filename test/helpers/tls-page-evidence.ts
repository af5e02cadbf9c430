import type { CheckContext, CheckDefinition, CheckOutcome } from '../../src/checks/types.js';
import { DEFAULT_THRESHOLDS } from '../../src/checks/catalog.js';
import type { Evidence } from '../../src/probes/evidence.js';
import type { PageEvidence } from '../../src/probes/http/page.js';
import { DEFAULT_SCRIPT_GRAPH_LIMITS } from '../../src/probes/http/script-graph.js';
import { evaluateDeclared } from './declared.js';
import { blankEvidence } from './evidence.js';

/** Evidence with only the given fields set; the API probes read as unavailable. */
export function evidenceWith(fields: Partial<Evidence>): Evidence {
  return blankEvidence(fields);
}

export function contextFor(siteUrl: string, extra: Partial<CheckContext> = {}): CheckContext {
  return { now: new Date(), thresholds: DEFAULT_THRESHOLDS, siteUrl: new URL(siteUrl), tokenPrefix: 'APP_USR', webhookSecretGiven: false, ...extra };
}

export function judge(check: CheckDefinition, evidence: Partial<Evidence>, context: CheckContext): CheckOutcome {
  return evaluateDeclared(check, evidenceWith(evidence), context);
}

/** A page as the probe would describe it: a healthy 200 HTML answer, then the given changes. */
export function pageWith(fields: Partial<PageEvidence> = {}): PageEvidence {
  return {
    requestedUrl: 'https://shop.example/checkout',
    finalUrl: 'https://shop.example/checkout',
    status: 200,
    hops: [],
    contentType: 'text/html; charset=utf-8',
    contentEncoding: null,
    html: true,
    bytes: 1000,
    truncated: false,
    headers: {},
    cookies: [],
    resources: [],
    metaCsp: [],
    inlineHandlers: { count: 0, firstLine: null },
    secrets: [],
    publicKeys: [],
    markers: [],
    insecureUrls: [],
    scriptGraph: { scripts: [], limits: DEFAULT_SCRIPT_GRAPH_LIMITS, bytesRead: 0, complete: true },
    scripts: [],
    scriptsSkipped: 0,
    ...fields,
  };
}
