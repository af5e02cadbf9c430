import type { Result } from '../report/model.js';
import type { SiteOutcome } from './run.js';

export type SiteResult = Result | 'error';

/** One site in fleet.json. */
export interface FleetSite {
  readonly siteUrl: string;
  readonly result: SiteResult;
  /** Counted failing blocker / warning checks, as the action's outputs count them. */
  readonly blockers: number;
  readonly warnings: number;
  /** The site's §4 report, relative to the folder fleet.json is in (the out-dir). */
  readonly reportFile: string;
  /** Why the site could not be checked (result `error`). */
  readonly error?: string;
}

/** `DIR/fleet.json` (DESIGN §6c). */
export interface FleetFile {
  readonly schemaVersion: 1;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Sites by result; all four keys always present. */
  readonly counts: Readonly<Record<SiteResult, number>>;
  /** In the targets file's order. */
  readonly sites: readonly FleetSite[];
}

export const SITE_RESULTS: readonly SiteResult[] = ['pass', 'warn', 'fail', 'error'];

/** Counts by result with every key present. */
export function countResults(results: readonly { readonly result: SiteResult }[]): Record<SiteResult, number> {
  const counts: Record<SiteResult, number> = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const r of results) counts[r.result]++;
  return counts;
}

/** The fleet.json document of a run, sites in file order. */
export function buildFleetFile(outcomes: readonly SiteOutcome[], startedAt: Date, durationMs: number): FleetFile {
  const sites = [...outcomes]
    .sort((a, b) => a.index - b.index)
    .map(
      (o): FleetSite => ({
        siteUrl: o.siteUrl,
        result: o.result,
        blockers: o.blockers,
        warnings: o.warnings,
        reportFile: o.reportFile,
        ...(o.error === undefined ? {} : { error: o.error }),
      }),
    );
  return { schemaVersion: 1, startedAt: startedAt.toISOString(), durationMs, counts: countResults(sites), sites };
}
