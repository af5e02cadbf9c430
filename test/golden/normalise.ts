import type { Sandbox } from '../sandbox/sandbox.js';

/**
 * Makes a summary from a real sandbox run comparable across runs: the sandbox's random loopback
 * addresses and ports, timings, dates (certificates are issued relative to now) and random
 * hex (serials, fingerprints, request ids) become fixed placeholders. Everything else, every
 * word a user reads, is compared as is. A new volatile value in a check's text or evidence
 * belongs here, with a rule as narrow as it can be.
 */
export function normaliseSummary(summary: string, sandbox: Sandbox): string {
  const apiHost = new URL(sandbox.api.baseUrl).host;
  let out = summary.split(apiHost).join('api.mercadopago.test').split(sandbox.healthy.host).join('healthy-shop.test').split(sandbox.broken.host).join('broken-shop.test');
  // Any other loopback address (webhook receivers, extra servers): numbered by first appearance.
  const others = new Map<string, string>();
  out = out.replace(/\b127\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d+)?/g, (address) => {
    const host = address.split(':')[0]!;
    if (!others.has(host)) others.set(host, `loopback-${others.size + 1}.test`);
    return others.get(host)! + (address.includes(':') ? ':PORT' : '');
  });
  return (
    out
      // The run's time, in the reader's format (report/labels.ts formatInstant).
      .replace(/((?:Checked|Verificado el|Verificado em) )[^·<\n]+? UTC/g, '$1<time> UTC')
      .replace(/\b\d+(?:\.\d+)? ms\b/g, 'N ms')
      .replace(/("[A-Za-z]*(?:Ms|Millis|latency|Latency|duration|Duration)[A-Za-z]*": )\d+(?:\.\d+)?/g, '$10')
      .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})\b/g, (iso) => (KEEP.has(iso.slice(0, 10)) ? iso : 'YYYY-MM-DDThh:mm:ssZ'))
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => (KEEP.has(day) ? day : 'YYYY-MM-DD'))
      // The webhook signature's timestamp (Unix seconds) inside the signed manifest.
      .replace(/\bts:\d{9,11};/g, 'ts:<seconds>;')
      .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
      .replace(/\b[0-9A-F]{2}(?::[0-9A-F]{2}){15,}\b/g, '<fingerprint>')
      .replace(/\b(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,}\b/g, '<hex>')
  );
}

/** Dates that are part of the scenario (waivers, fixtures), not of the clock. */
const KEEP = new Set(['2099-12-31', '2025-01-31']);
