/**
 * The run budget (`timeout-seconds`). Every probe takes its signal, so nothing outlives the run;
 * a request may also ask for a shorter timeout of its own.
 */
export interface Budget {
  readonly deadline: number;
  readonly signal: AbortSignal;
  remainingMs(): number;
  /** The budget's signal, or a shorter timeout when `ms` ends first. */
  signalWithin(ms?: number): AbortSignal;
}

export function createBudget(totalMs: number, clock: () => number = Date.now): Budget {
  const deadline = clock() + totalMs;
  const signal = AbortSignal.timeout(totalMs);
  return {
    deadline,
    signal,
    remainingMs: () => Math.max(0, deadline - clock()),
    signalWithin(ms?: number): AbortSignal {
      if (ms === undefined || ms >= deadline - clock()) return signal;
      return AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, ms))]);
    },
  };
}

/** Resolves to `onTimeout()` when the signal aborts first; the losing promise is left to settle. */
export function raceSignal<T>(work: Promise<T>, signal: AbortSignal, onTimeout: () => T): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.resolve(onTimeout());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => resolve(onTimeout());
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(e);
      },
    );
  });
}
