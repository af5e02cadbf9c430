import { startFault, proxyUpstream, routesUpstream, type FaultKind, type FaultServer, type Upstream } from '../sandbox/faults.js';
import { GOOD_HEADERS, healthyCheckoutPage, healthyCheckoutScript } from '../sandbox/pages.js';
import type { Sandbox } from '../sandbox/sandbox.js';

/** What a fault is put in front of: the checkout site, the Mercado Pago API, or the webhook endpoint. */
export type FaultTarget = 'site' | 'api' | 'webhook';

/** The budget of every fault run: short, so that hangs cost little, long enough for a 429's 1 s Retry-After twice. */
export const FAULT_TIMEOUT_SECONDS = 4;

export const WEBHOOK_PATH = '/webhooks/mercadopago';

/** The healthy answers of each target, which some faults serve late, cut short or re-encoded. */
function upstreamFor(target: FaultTarget, sandbox: Sandbox): Upstream {
  if (target === 'api') return proxyUpstream(sandbox.api.baseUrl, sandbox.ca.root.certPem);
  if (target === 'webhook') return async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"received":true,"nota":"notificação recebida"}') });
  return routesUpstream({
    '/checkout': { headers: { ...GOOD_HEADERS }, body: healthyCheckoutPage() },
    '/static/checkout.js': { headers: { 'content-type': 'text/javascript' }, body: healthyCheckoutScript() },
    '/static/checkout.css': { headers: { 'content-type': 'text/css' }, body: 'body { font-family: sans-serif; }' },
  });
}

/** Starts `kind` as the given target would misbehave. */
export function startTargetFault(target: FaultTarget, kind: FaultKind, sandbox: Sandbox): Promise<FaultServer> {
  return startFault(kind, { ca: sandbox.ca, upstream: upstreamFor(target, sandbox), flavor: target === 'site' ? 'html' : 'json' });
}

/**
 * Action inputs that put the fault in place of the target, everything else healthy: the site
 * fault is the site-url, the API fault the api-base-url, the webhook fault the webhook-url.
 */
export function faultInputs(target: FaultTarget, fault: FaultServer, sandbox: Sandbox, token: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'site-url': target === 'site' ? fault.url('/checkout') : sandbox.healthy.url('/checkout'),
    'access-token': token,
    'api-base-url': target === 'api' ? fault.origin : sandbox.api.baseUrl,
    ...(target === 'webhook' ? { 'webhook-url': fault.url(WEBHOOK_PATH) } : {}),
    'timeout-seconds': String(FAULT_TIMEOUT_SECONDS),
    language: 'en',
    ...extra,
  };
}

/** Faults whose runs wait out most of the time budget (measured: 2–4 s each; the others take ~0.2 s). */
const SLOW: ReadonlySet<string> = new Set(['site hang', 'site drip', 'api hang', 'api drip', 'api status-500', 'api retry-after', 'webhook hang']);

/** How many fault runs (each a dist/index.js process) may run at once on the 2-core machine. */
const SLOTS = 4;
let busy = 0;
const waiting: Array<{ slow: boolean; start: () => void }> = [];

/**
 * Runs `job` when one of SLOTS is free. The slow (waiting) runs get the first free slots, so the
 * quick ones fill in beside them and the whole matrix takes about as long as its slowest runs.
 */
export async function inTurn<T>(target: FaultTarget, kind: string, job: () => Promise<T>): Promise<T> {
  if (busy < SLOTS) busy++;
  else {
    const slow = SLOW.has(`${target} ${kind}`);
    // The slot is handed over by the job that ends (busy stays as it is).
    await new Promise<void>((start) => {
      const at = slow ? waiting.findIndex((w) => !w.slow) : -1;
      waiting.splice(at === -1 ? waiting.length : at, 0, { slow, start });
    });
  }
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next.start();
    else busy--;
  }
}
