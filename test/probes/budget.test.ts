import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBudget } from '../../src/probes/budget.js';

describe('the run budget', () => {
  it('aborts its signal at the deadline with a TimeoutError, as AbortSignal.timeout does', async () => {
    const budget = createBudget(30);
    await new Promise((resolve) => budget.signal.addEventListener('abort', resolve, { once: true }));
    assert.equal((budget.signal.reason as DOMException).name, 'TimeoutError');
  });

  it('gives a shorter signal that ends first, and the budget still runs on', async () => {
    const budget = createBudget(10_000);
    const short = budget.signalWithin(20);
    await new Promise((resolve) => short.addEventListener('abort', resolve, { once: true }));
    assert.equal((short.reason as DOMException).name, 'TimeoutError');
    assert.equal(budget.signal.aborted, false);
    assert.equal(budget.signalWithin(60_000), budget.signal, 'a longer wait is the budget itself');
    budget.end();
  });

  it('ends early: every signal it gave aborts at once, and its timers are cleared', (t) => {
    const made: NodeJS.Timeout[] = [];
    const real = globalThis.setTimeout;
    t.mock.method(globalThis, 'setTimeout', (...args: Parameters<typeof setTimeout>) => {
      const timer = real(...args);
      made.push(timer);
      return timer;
    });
    const budget = createBudget(60_000);
    const derived = budget.signalWithin(30_000);
    t.mock.restoreAll();
    assert.equal(made.length, 2);
    budget.end();
    // A cleared Node timer is destroyed: nothing of the finished run stays reachable from it.
    assert.ok(made.every((timer) => (timer as unknown as { _destroyed: boolean })._destroyed));
    assert.equal(budget.signal.aborted, true);
    assert.equal((budget.signal.reason as DOMException).name, 'AbortError');
    assert.equal(derived.aborted, true);
  });
});
