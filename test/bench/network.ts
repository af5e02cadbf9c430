import { startSandbox } from '../sandbox/sandbox.js';
import { fullRun } from './action.js';
import { summarize, type BenchFigure } from './figures.js';

const RUNS = 9;
const WARMUP = 1;
/** A real network, roughly: Mercado Pago's API 100 ms away, the shop and its webhook 150 ms (round trips). */
export const LATENCY = { apiMs: 100, siteMs: 150, webhookMs: 150 } as const;

/**
 * The full run of dist/index.js against the healthy sandbox shop with every host behind a
 * latency proxy (test/sandbox/latency.ts): on loopback everything is instant, so this is the
 * figure that shows connection set-ups in a row.
 */
export async function bench(): Promise<BenchFigure[]> {
  const sandbox = await startSandbox(LATENCY);
  try {
    for (let i = 0; i < WARMUP; i++) await fullRun(sandbox, false);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await fullRun(sandbox, false));
    const s = summarize(runs.map((r) => r.wallMs));
    const results = [...new Set(runs.map((r) => r.result ?? '?'))].join(', ');
    return [
      {
        name: `full run through the latency proxy (API ${LATENCY.apiMs} ms, site and webhook ${LATENCY.siteMs} ms RTT)`,
        unit: 'ms',
        ...s,
        samples: runs.length,
        target: '≤ 900 ms',
        meets: s.median <= 900,
        note: `healthy sandbox shop, result ${results}; every connection set-up costs one round trip, every TLS 1.3 handshake one more`,
      },
    ];
  } finally {
    await sandbox.stop();
  }
}
