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
  /**
   * Ends the budget once the run has what it needs: aborts its signal (a probe still lingering
   * stops) and clears its timers. Without it, each finished run's timers would keep its signals
   * and what listens to them reachable until timeout-seconds is over: in a fleet, tens of KB per
   * site for the whole window.
   */
  end(): void;
}

/** The reason a budget's signal aborts at its deadline, as AbortSignal.timeout() gives it. */
function timeoutReason(): DOMException {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

export function createBudget(totalMs: number, clock: () => number = Date.now): Budget {
  const deadline = clock() + totalMs;
  const controller = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  // Unref'd as AbortSignal.timeout()'s: a pending budget never keeps the process alive by itself.
  const after = (ms: number, abort: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      abort();
    }, ms);
    timer.unref();
    timers.add(timer);
  };
  after(totalMs, () => controller.abort(timeoutReason()));
  const signal = controller.signal;
  return {
    deadline,
    signal,
    remainingMs: () => Math.max(0, deadline - clock()),
    signalWithin(ms?: number): AbortSignal {
      if (ms === undefined || ms >= deadline - clock()) return signal;
      const shorter = new AbortController();
      after(Math.max(1, ms), () => shorter.abort(timeoutReason()));
      return AbortSignal.any([signal, shorter.signal]);
    },
    end(): void {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (!signal.aborted) controller.abort(new DOMException('The run has finished', 'AbortError'));
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
