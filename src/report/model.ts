import type { CheckId } from '../checks/ids.js';
import type { CheckDefinition, CheckOutcome, Section, Severity, Status } from '../checks/types.js';
import type { FailOn, Settings, Waiver } from '../config/settings.js';
import { docsUrl } from '../i18n/docs.js';
import type { Language } from '../i18n/text.js';

export type Result = 'pass' | 'warn' | 'fail';

/** One check in the JSON report (DESIGN §4). Texts are in the report's language. */
export interface CheckReport {
  readonly id: string;
  readonly section: Section;
  /** Effective severity: the default, or the config file's override. */
  readonly severity: Severity;
  readonly status: Status;
  readonly title: string;
  /** The finding's title, present only when `status` is `fail` (additive to schema 1). */
  readonly failureTitle?: string;
  readonly message: string;
  readonly remediation?: string;
  readonly docsUrl: string;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly durationMs: number;
  /** Present when a waiver names this check; `expired` ones no longer apply. */
  readonly waiver?: { readonly reason: string; readonly until: string; readonly expired?: true };
}

export interface ReportAccount {
  readonly userId: number;
  readonly siteId: string | null;
  readonly testUser: boolean;
}

/** The JSON report, `schemaVersion: 1`. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'mercadopago-readiness'; readonly version: string };
  readonly siteUrl: string;
  /** null when the token was refused (or the account could not be read). */
  readonly account: ReportAccount | null;
  readonly language: Language;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly result: Result;
  readonly counts: Readonly<Record<Status, number>>;
  readonly checks: readonly CheckReport[];
}

/** One evaluated check before rendering: the definition, its outcome and what settings made of it. */
export interface EvaluatedCheck {
  readonly definition: CheckDefinition;
  readonly outcome: CheckOutcome;
  readonly severity: Severity;
  readonly durationMs: number;
  readonly waiver?: Waiver & { readonly expired: boolean };
}

/** The waiver for a check on `today` (YYYY-MM-DD): the last one that names it. */
export function waiverFor(id: CheckId, waivers: readonly Waiver[], today: string): (Waiver & { expired: boolean }) | undefined {
  const found = [...waivers].reverse().find((w) => w.check === id);
  return found ? { ...found, expired: found.until < today } : undefined;
}

/** Under a waiver that has not expired. */
export function isWaived(check: CheckReport): boolean {
  return check.waiver !== undefined && check.waiver.expired !== true;
}

/** Whether a check counts toward the result: failing or not checked, and not under a live waiver. */
export function isCounted(check: CheckReport): boolean {
  return (check.status === 'fail' || check.status === 'error') && !isWaived(check);
}

/** DESIGN §3: fail on a counted blocker, warn on a counted warning, else pass. */
export function resultOf(checks: readonly CheckReport[]): Result {
  const { blockers, warnings } = tally(checks);
  if (blockers > 0) return 'fail';
  if (warnings > 0) return 'warn';
  return 'pass';
}

/** Counted blockers and warnings: the `blockers` and `warnings` outputs. */
export function tally(checks: readonly CheckReport[]): { blockers: number; warnings: number } {
  const counted = checks.filter(isCounted);
  return { blockers: counted.filter((c) => c.severity === 'blocker').length, warnings: counted.filter((c) => c.severity === 'warning').length };
}

/** Whether the run fails the workflow (`fail-on`: blocker → result fail; warning → warn or fail). */
export function reachesFailOn(result: Result, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return result !== 'pass';
  return result === 'fail';
}

export interface ReportInput {
  readonly settings: Pick<Settings, 'siteUrl'>;
  readonly checks: readonly EvaluatedCheck[];
  readonly account: ReportAccount | null;
  readonly language: Language;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly version: string;
}

export function buildReport(input: ReportInput): Report {
  const lang = input.language;
  const statusCounts: Record<Status, number> = { pass: 0, fail: 0, error: 0, skip: 0, manual: 0 };
  for (const c of input.checks) statusCounts[c.outcome.status]++;
  const checks: CheckReport[] = input.checks.map((c) => ({
    id: c.definition.id,
    section: c.definition.section,
    severity: c.severity,
    status: c.outcome.status,
    title: c.definition.title[lang],
    ...(c.outcome.status === 'fail' ? { failureTitle: c.definition.failureTitle[lang] } : {}),
    message: c.outcome.message[lang],
    ...(c.outcome.remediation ? { remediation: c.outcome.remediation[lang] } : {}),
    docsUrl: docsUrl(c.definition.docs, input.account?.siteId, lang),
    evidence: c.outcome.evidence ?? {},
    durationMs: c.durationMs,
    ...(c.waiver ? { waiver: { reason: c.waiver.reason, until: c.waiver.until, ...(c.waiver.expired ? { expired: true as const } : {}) } } : {}),
  }));
  return {
    schemaVersion: 1,
    tool: { name: 'mercadopago-readiness', version: input.version },
    siteUrl: input.settings.siteUrl.href,
    account: input.account,
    language: lang,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    result: resultOf(checks),
    counts: statusCounts,
    checks,
  };
}
