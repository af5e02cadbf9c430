/** One measured figure of `npm run bench`. */
export interface BenchFigure {
  readonly name: string;
  readonly unit: 'ms' | 'MB' | 'MiB' | 'KB' | 'count' | 'ratio';
  readonly median: number;
  /** Spread: the 10th and 90th percentiles, when there were several samples. */
  readonly p10?: number;
  readonly p90?: number;
  readonly samples: number;
  /** The target, as text (e.g. "< 50 ms"), and whether the median meets it. */
  readonly target?: string;
  readonly meets?: boolean;
  /** A remark printed under the table (what was compared, why something was not measured). */
  readonly note?: string;
}

/** Median and spread of samples. */
export function summarize(samples: readonly number[]): { median: number; p10: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9) };
}

/** Times `fn` `runs` times after `warmup` unmeasured runs; returns the samples in ms. */
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}
