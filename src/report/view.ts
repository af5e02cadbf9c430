import { SECTIONS, type Section } from '../checks/types.js';
import { isCounted, tally, type CheckReport, type Report } from './model.js';

// The counting rule lives with the result policy in model.ts; renderers import it from here.
export { isCounted, isWaived } from './model.js';

/**
 * What every renderer derives from a report the same way, so the summary, PR comment,
 * terminal, annotations and SARIF never disagree on what counts.
 */

/** The counted blockers, then the counted warnings, each in catalog order: what to fix first. */
export function fixFirst(report: Report): CheckReport[] {
  const counted = report.checks.filter(isCounted);
  return [...counted.filter((c) => c.severity === 'blocker'), ...counted.filter((c) => c.severity === 'warning')];
}

/** Counted blockers and warnings (the `blockers`/`warnings` outputs) and the manual items. */
export function verdictCounts(report: Report): { blockers: number; warnings: number; manual: number } {
  return {
    ...tally(report.checks),
    manual: report.checks.filter((c) => c.status === 'manual').length,
  };
}

/** The report's checks grouped by section, in the go-live page's order; empty sections left out. */
export function bySection(report: Report): Array<{ section: Section; checks: CheckReport[] }> {
  return SECTIONS.map((section) => ({ section, checks: report.checks.filter((c) => c.section === section) })).filter((g) => g.checks.length > 0);
}

/** Whether a check has something for a person to do: fix it, or confirm it by hand. */
export function needsAction(check: CheckReport): boolean {
  return check.status === 'fail' || check.status === 'error' || check.status === 'manual';
}
