import { InputError } from '../config/input-error.js';

/** One of N slices of a targets file: `--shard K/N`, K counted from 1. */
export interface Shard {
  readonly k: number;
  readonly n: number;
}

/** More shards than this is a typo, not a fleet (GitHub caps a matrix at 256 jobs; Kubernetes Indexed Jobs at 100,000). */
const MAX_SHARDS = 100_000;

/**
 * Parses `K/N` (1 ≤ K ≤ N). A Kubernetes pod passes `$((JOB_COMPLETION_INDEX + 1))/N`, a matrix
 * job `${{ matrix.shard }}/N`.
 */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (!match || n < 1 || n > MAX_SHARDS || k < 1 || k > n) {
    throw new InputError(`Invalid '--shard': '${value}'. Expected K/N with 1 ≤ K ≤ N (e.g. 2/4 is the second of four shards).`);
  }
  return { k, n };
}

/** DESIGN §2: the items whose 0-based position i has i mod N = K−1. Positions are kept. */
export function pickShard<T extends { readonly index: number }>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((item) => item.index % shard.n === shard.k - 1);
}
