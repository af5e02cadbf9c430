import { SECTIONS, type Section } from '../checks/types.js';
import { isCounted, isWaived as isWaivedCheck, tally, type CheckReport, type Report } from './model.js';

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

/** Every check in exactly one group: what the counts line says, summing to the number of checks. */
export interface Partition {
  readonly total: number;
  readonly passed: number;
  /** Counted failing or unverifiable blockers (the `blockers` output). */
  readonly blockers: number;
  /** Counted failing or unverifiable warnings (the `warnings` output). */
  readonly warnings: number;
  /** Failing or unverifiable info-severity checks: shown, never counted. */
  readonly info: number;
  readonly manual: number;
  readonly skipped: number;
  /** Failing or unverifiable checks under a live waiver. */
  readonly waived: number;
}

export function partition(report: Report): Partition {
  const findings = report.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const live = findings.filter((c) => !isWaivedCheck(c));
  return {
    total: report.checks.length,
    passed: report.checks.filter((c) => c.status === 'pass').length,
    blockers: live.filter((c) => c.severity === 'blocker').length,
    warnings: live.filter((c) => c.severity === 'warning').length,
    info: live.filter((c) => c.severity === 'info').length,
    manual: report.checks.filter((c) => c.status === 'manual').length,
    skipped: report.checks.filter((c) => c.status === 'skip').length,
    waived: findings.length - live.length,
  };
}

/** Findings that do not count: info-severity failures and waived ones, in catalog order. */
export function otherFindings(report: Report): CheckReport[] {
  return report.checks.filter((c) => (c.status === 'fail' || c.status === 'error') && (c.severity === 'info' || !isCounted(c)));
}

/** The title a reader sees: the finding when the check failed, the requirement otherwise. */
export function displayTitle(check: CheckReport): string {
  return check.status === 'fail' && check.failureTitle ? check.failureTitle : check.title;
}
