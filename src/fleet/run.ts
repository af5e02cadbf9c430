import { AsyncLocalStorage } from 'node:async_hooks';
import type { FailOn, Settings } from '../config/settings.js';
import { runReadiness } from '../engine.js';
import type { Language } from '../i18n/text.js';
import { reachesFailOn, tally, type Report, type Result } from '../report/model.js';
import { errorReport } from './error-report.js';
import type { SitePlan } from './site-settings.js';

/** One site's line of fleet.json (DESIGN §6c), plus what the fleet itself needs to know. */
export interface SiteOutcome {
  readonly index: number;
  readonly siteUrl: string;
  readonly result: Result | 'error';
  readonly blockers: number;
  readonly warnings: number;
  /** The report's file name inside the out-dir. */
  readonly reportFile: string;
  /** Why the site could not be checked, when `result` is `error`. */
  readonly error?: string;
  readonly failOn: FailOn;
  readonly durationMs: number;
}

export interface FleetRunOptions {
  /** At most this many sites in flight at once. */
  readonly concurrency: number;
  /** Called once per site as soon as it is done, in completion order (writes its report, prints its line). */
  readonly onSiteDone: (outcome: SiteOutcome, report: Report, plan: SitePlan) => void;
  /** Extra time past a site's own timeout-seconds before it is cut loose as `error`. */
  readonly graceMs?: number;
  /** The engine; tests pass a stand-in. */
  readonly runSite?: (settings: Settings) => Promise<Report>;
  readonly clock?: () => Date;
}

/**
 * A site's async context: an exception thrown from any callback the site started lands here.
 * `crash` is dropped once the site is done: pooled sockets and timers created in its context
 * keep the store alive, and must not keep the site's run reachable through it.
 */
interface SiteScope {
  crash?: (error: unknown) => void;
}

const scope = new AsyncLocalStorage<SiteScope>();

/**
 * Checks every planned site with bounded concurrency. Each site runs under its own budget
 * (its timeout-seconds plus a grace) and its own error boundary: a rejection, a throw from a
 * socket callback (attributed to the site through its async context) or an overrun ends that
 * site alone as `error`, and the others go on. Resolves with one outcome per plan, in plan order.
 */
export async function runFleet(plans: readonly SitePlan[], options: FleetRunOptions): Promise<SiteOutcome[]> {
  const clock = options.clock ?? (() => new Date());
  const graceMs = options.graceMs ?? 5000;
  const engine = options.runSite ?? ((settings: Settings) => runReadiness(settings).then((r) => r.report));
  const outcomes = new Array<SiteOutcome>(plans.length);

  const stray = (error: unknown): void => {
    const site = scope.getStore();
    if (site?.crash) site.crash(error);
    // Outside any running site (should not happen): say so and keep the other sites going.
    else process.stderr.write(`fleet: internal error outside any running site (ignored): ${firstLine(error)}\n`);
  };
  process.on('uncaughtException', stray);
  process.on('unhandledRejection', stray);

  async function one(plan: SitePlan, position: number): Promise<void> {
    const started = clock();
    const language = languageOf(plan);
    let report: Report;
    let error: string | undefined;
    if (!plan.ready) {
      error = plan.error;
      report = errorReport(plan.target.siteUrl, error, language, started, 0);
    } else {
      const outcome = await guarded(plan.settings, engine, graceMs);
      if (outcome.ok) report = outcome.report;
      else {
        error = outcome.error;
        report = errorReport(plan.target.siteUrl, error, language, started, clock().getTime() - started.getTime());
      }
    }
    // A site that could not be checked has no findings to count: its row says why instead.
    const { blockers, warnings } = error === undefined ? tally(report.checks) : { blockers: 0, warnings: 0 };
    const result = {
      index: plan.target.index,
      siteUrl: plan.target.siteUrl.href,
      result: error === undefined ? report.result : ('error' as const),
      blockers,
      warnings,
      reportFile: plan.reportFile,
      ...(error === undefined ? {} : { error }),
      failOn: plan.ready ? plan.settings.failOn : failOnOf(plan),
      durationMs: clock().getTime() - started.getTime(),
    };
    outcomes[position] = result;
    options.onSiteDone(result, report, plan);
  }

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plans.length) {
      const position = next++;
      await one(plans[position]!, position);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, plans.length)) }, worker));
  } finally {
    process.off('uncaughtException', stray);
    process.off('unhandledRejection', stray);
  }
  return outcomes;
}

/** Whether the fleet fails: any site reached its own fail-on, or could not be checked. */
export function fleetFails(outcomes: readonly SiteOutcome[]): boolean {
  return outcomes.some((o) => o.result === 'error' || reachesFailOn(o.result, o.failOn));
}

type Guarded = { ok: true; report: Report } | { ok: false; error: string };

/** One engine run inside the site's own scope, budget and error boundary. */
function guarded(settings: Settings, engine: (s: Settings) => Promise<Report>, graceMs: number): Promise<Guarded> {
  return new Promise<Guarded>((resolve) => {
    let settled = false;
    const site: SiteScope = {};
    const finish = (value: Guarded): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      delete site.crash;
      resolve(value);
    };
    const seconds = Math.round(settings.timeoutMs / 100) / 10;
    const timer = setTimeout(() => finish({ ok: false, error: `did not finish within timeout-seconds (${seconds} s)` }), settings.timeoutMs + graceMs);
    const crash = (e: unknown): void => finish({ ok: false, error: `internal error: ${firstLine(e)}` });
    site.crash = crash;
    scope.run(site, () => {
      let work: Promise<Report>;
      try {
        work = engine(settings);
      } catch (e) {
        crash(e);
        return;
      }
      work.then((report) => finish({ ok: true, report }), crash);
    });
  });
}

function languageOf(plan: SitePlan): Language {
  const lang = plan.ready ? plan.settings.language : (plan.target.inputs['language'] as Language | 'auto' | undefined);
  return lang === undefined || lang === 'auto' ? 'en' : lang;
}

function failOnOf(plan: SitePlan): FailOn {
  const value = plan.target.inputs['fail-on'];
  return value === 'warning' || value === 'never' ? value : 'blocker';
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}
