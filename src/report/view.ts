import { SECTIONS, type Section } from '../checks/types.js';
import type { CheckReport, Report } from './model.js';

/**
 * What every renderer derives from a report the same way, so the summary, PR comment,
 * terminal, annotations and SARIF never disagree on what counts.
 */

/** Whether a check counts toward the result: failing or not checked, and not under a live waiver. */
export function isCounted(check: CheckReport): boolean {
  return (check.status === 'fail' || check.status === 'error') && !isWaived(check);
}

/** Under a waiver that has not expired. */
export function isWaived(check: CheckReport): boolean {
  return check.waiver !== undefined && check.waiver.expired !== true;
}

/** The counted blockers, then the counted warnings, each in catalog order: what to fix first. */
export function fixFirst(report: Report): CheckReport[] {
  const counted = report.checks.filter(isCounted);
  return [...counted.filter((c) => c.severity === 'blocker'), ...counted.filter((c) => c.severity === 'warning')];
}

/** Counted blockers and warnings (the `blockers`/`warnings` outputs) and the manual items. */
export function verdictCounts(report: Report): { blockers: number; warnings: number; manual: number } {
  const counted = report.checks.filter(isCounted);
  return {
    blockers: counted.filter((c) => c.severity === 'blocker').length,
    warnings: counted.filter((c) => c.severity === 'warning').length,
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
