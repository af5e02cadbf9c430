import * as fs from 'node:fs';
import { startSandbox } from '../sandbox/sandbox.js';
import { fullRun, type FullRun } from './action.js';
import { summarize, type BenchFigure } from './figures.js';

const RUNS = 9;
const WARMUP = 1;
/** A real network, roughly: Mercado Pago's API 100 ms away, the shop and its webhook 150 ms (round trips). */
export const LATENCY = { apiMs: 100, siteMs: 150, webhookMs: 150 } as const;

/**
 * The full run of dist/index.js against the healthy sandbox shop with every host behind a
 * latency proxy (test/sandbox/latency.ts): on loopback everything is instant, so this is the
 * figure that shows connection set-ups in a row. With `BENCH_BEFORE_DIST` naming another build's
 * `dist/index.js` (e.g. main's), its runs are interleaved with ours on the same sandbox, so both
 * figures see the same machine load.
 */
export async function bench(): Promise<BenchFigure[]> {
  const before = process.env['BENCH_BEFORE_DIST'];
  if (before !== undefined && !fs.existsSync(before)) throw new Error(`BENCH_BEFORE_DIST: no file at ${before}`);
  const sandbox = await startSandbox(LATENCY);
  try {
    for (let i = 0; i < WARMUP; i++) {
      await fullRun(sandbox, false);
      if (before) await fullRun(sandbox, false, before);
    }
    const ours: FullRun[] = [];
    const theirs: FullRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await fullRun(sandbox, false));
      if (before) theirs.push(await fullRun(sandbox, false, before));
    }
    const name = `full run through the latency proxy (API ${LATENCY.apiMs} ms, site and webhook ${LATENCY.siteMs} ms RTT)`;
    const results = (runs: FullRun[]): string => [...new Set(runs.map((r) => r.result ?? '?'))].join(', ');
    const s = summarize(ours.map((r) => r.wallMs));
    const figures: BenchFigure[] = [
      {
        name,
        unit: 'ms',
        ...s,
        samples: ours.length,
        target: '≤ 900 ms',
        meets: s.median <= 900,
        note: `healthy sandbox shop, result ${results(ours)}; a new connection pays a round trip for TCP and one for TLS 1.3 before its first answer`,
      },
    ];
    if (before) {
      figures.push({ name: `the same, ${before} (interleaved)`, unit: 'ms', ...summarize(theirs.map((r) => r.wallMs)), samples: theirs.length, note: `result ${results(theirs)}` });
    }
    return figures;
  } finally {
    await sandbox.stop();
  }
}
