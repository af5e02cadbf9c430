import { failedLine } from '../../src/report/labels.js';
import assert from 'node:assert/strict';
import { CATALOG } from '../../src/checks/catalog.js';
import type { CheckId } from '../../src/checks/ids.js';
import type { EvidenceKey } from '../../src/checks/types.js';
import type { ActionRun } from './run-action.js';

const STATUSES = new Set(['pass', 'fail', 'error', 'skip', 'manual']);

/** A Node stack frame line, as an uncaught error or a logged Error prints it. */
export const STACK_TRACE = /\n\s+at /;

/**
 * What every run must be, whatever the site, the API or the webhook did (DESIGN §1, §3): a report
 * with a status and a one-line message for every check, outputs that agree with it, the exit code
 * of the fail-on rule, no stack trace, and the end within timeout-seconds plus one second.
 */
export function assertCleanRun(run: ActionRun, options: { timeoutSeconds: number; failOn?: 'blocker' | 'warning' | 'never'; label?: string }): void {
  const label = options.label ? `${options.label}: ` : '';
  const log = `${run.stdout}\n${run.stderr}`;
  assert.ok(run.wallMs <= options.timeoutSeconds * 1000 + 1000, `${label}took ${Math.round(run.wallMs)} ms, over timeout-seconds (${options.timeoutSeconds}) + 1 s`);
  assert.doesNotMatch(log, STACK_TRACE, `${label}a stack trace was printed:\n${log}`);
  assert.ok(run.report, `${label}no JSON report was written (exit ${run.code}):\n${log}`);
  for (const check of run.report.checks as Array<{ id: string; status: string; message: string }>) {
    assert.ok(STATUSES.has(check.status), `${label}${check.id} has status ${check.status}`);
    assert.ok(typeof check.message === 'string' && check.message.trim().length > 0, `${label}${check.id} has no message`);
    assert.ok(!check.message.includes('\n'), `${label}${check.id}'s message spans lines: ${check.message}`);
  }
  assert.equal(run.outputs['result'], run.report.result, `${label}output result`);
  assert.match(run.outputs['blockers'] ?? '', /^\d+$/, `${label}output blockers`);
  assert.match(run.outputs['warnings'] ?? '', /^\d+$/, `${label}output warnings`);
  const failOn = options.failOn ?? 'blocker';
  const fails = failOn === 'never' ? false : failOn === 'warning' ? run.report.result !== 'pass' : run.report.result === 'fail';
  assert.equal(run.code, fails ? 1 : 0, `${label}exit code for result ${run.report.result} with fail-on ${failOn}`);
  const errorLines = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  if (fails)
    assert.ok(
      // The step's failure line, in the report's language (report/labels.ts failedLine).
      errorLines.includes(`::error::${failedLine(run.report.result, Number(run.outputs['blockers']), Number(run.outputs['warnings']), failOn, run.report.language)}`),
      `${label}no ::error:: line names the verdict`,
    );
}

/**
 * The checks of a report with the given ids. An id outside the catalog, or one the report lacks,
 * fails the test: a misspelt id must not make an assertion silently check nothing.
 */
export function checksAmong(report: any, ids: readonly CheckId[]): Array<{ id: string; status: string; message: string }> {
  const known = new Set<string>(CATALOG.map((c) => c.id));
  for (const id of ids) assert.ok(known.has(id), `checksAmong: ${id} is not a check id of the catalog`);
  const found = (report?.checks ?? []).filter((c: { id: string }) => (ids as readonly string[]).includes(c.id));
  const missing = ids.filter((id) => !found.some((c: { id: string }) => c.id === id));
  assert.deepEqual(missing, [], 'checksAmong: the report lacks these checks');
  return found;
}

/** Ids of the catalog's checks that read any of the given evidence fields, in report order. */
export function idsReading(...keys: readonly EvidenceKey[]): CheckId[] {
  return CATALOG.filter((c) => c.reads.some((k) => keys.includes(k))).map((c) => c.id);
}

/** A hand-picked list of check ids: typed (a misspelt id does not compile) and checked against the catalog. */
export function checkIds(...ids: readonly CheckId[]): CheckId[] {
  const known = new Set<string>(CATALOG.map((c) => c.id));
  for (const id of ids) if (!known.has(id)) throw new Error(`${id} is not a check id of the catalog`);
  return [...ids];
}

/**
 * The checks judged on the account's data beyond /users/me (payments, payment methods, reports):
 * with the API down they cannot be judged, and with a refused token they are skipped.
 */
export const ACCOUNT_DATA_CHECKS: readonly CheckId[] = checkIds(
  'quality.live-payment',
  'quality.payment-fields',
  'pix.enabled',
  'approval.item-data',
  'approval.payer-data',
  'approval.shipping-data',
  'approval.rejection-rate',
  'reports.release',
  'reports.settlement',
);
