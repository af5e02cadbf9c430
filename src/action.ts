import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { errorLine } from './config/input-error.js';
import type { Settings } from './config/settings.js';
import { runReadiness } from './engine.js';
import { redactDeep } from './secrets/redact.js';
import { annotationsFor } from './report/annotations.js';
import { writeReportFile } from './report/files.js';
import { failedLine, logLine } from './report/labels.js';
import { renderMarkdown } from './report/markdown.js';
import { reachesFailOn, tally, type Report } from './report/model.js';
import { publishPullRequestComment, writeSarifFile } from './report/publish.js';

/**
 * The action once its inputs are valid (main.ts): engine → summary, outputs, files, annotations,
 * exit status. Loaded by main.ts only after the inputs passed, so a bad input never pays for it.
 */
export async function runAction(settings: Settings, redact: (s: string) => string): Promise<void> {
  // timeout-seconds bounds the whole step (DESIGN §1), measured from the process start: what the
  // outputs still need after the engine gets what is left, plus a grace, and a watchdog ends the
  // step if anything (a hung summary file, a stalled API) still holds it after that.
  const endAt = settings.timeoutMs + GRACE_MS;
  const leftMs = (): number => Math.max(1, endAt - performance.now());
  let verdict = false;
  const watchdog = setTimeout(() => {
    if (!verdict) core.setFailed(`mercadopago-readiness did not finish within timeout-seconds (${settings.timeoutMs / 1000} s).`);
    process.exit();
  }, leftMs() + WATCHDOG_MS);
  watchdog.unref();
  try {
    // timeout-seconds bounds the whole step: the time Node took to start and load this bundle counts too.
    const startupMs = Math.round(performance.now());
    const outcome = await runReadiness({ ...settings, timeoutMs: Math.max(1000, settings.timeoutMs - startupMs) });
    const { apiRequests } = outcome;
    // Cleaned whole before any renderer cuts a text: every output is also redacted once more.
    const report = redactDeep(outcome.report, redact);
    const { blockers, warnings } = tally(report.checks);
    core.info(redact(logLine(report.result, blockers, warnings, apiRequests, report.durationMs, report.language)));

    const reportError = writeReportFile(settings.reportFile, report, redact);
    setOutputs({ result: report.result, blockers: String(blockers), warnings: String(warnings), 'report-file': settings.reportFile }, redact);

    for (const a of annotationsFor(report)) {
      const props = { title: redact(a.title) };
      const message = redact(a.message);
      if (a.level === 'error') core.error(message, props);
      else if (a.level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    }
    await withinBudget('the job summary', writeSummary(report, redact, settings.reportFile), leftMs(), redact);
    writeSarifFile(settings, report, redact);
    await withinBudget('the pull-request comment', publishPullRequestComment(settings, report, redact, process.env, leftMs()), leftMs() + 50, redact);

    if (reportError !== undefined) {
      core.setFailed(reportError);
    } else if (reachesFailOn(report.result, settings.failOn)) {
      core.setFailed(failedLine(report.result, blockers, warnings, settings.failOn, report.language));
    }
    verdict = true;
  } catch (error) {
    core.setFailed(redact(`mercadopago-readiness stopped on an internal error: ${errorLine(error)}`));
  }
}

/** After timeout-seconds, the outputs still to write get this long. */
const GRACE_MS = 500;
/** And the watchdog ends the step this long after that, whatever holds it. */
const WATCHDOG_MS = 350;

/** Waits for an output step at most `ms`; one that takes longer is a warning, never a hang. */
async function withinBudget(what: string, work: Promise<void>, ms: number, redact: (s: string) => string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const outcome = await Promise.race([work.then(() => 'done' as const), late]);
  clearTimeout(timer);
  if (outcome === 'late') core.warning(redact(`${what} was not finished within timeout-seconds: left out.`));
}

/**
 * The outputs in their own try: a runner whose GITHUB_OUTPUT file is missing (core throws then)
 * gets a warning, and the verdict stands.
 */
function setOutputs(outputs: Readonly<Record<string, string>>, redact: (s: string) => string): void {
  try {
    assertRegularFile('GITHUB_OUTPUT');
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value));
  } catch (error) {
    core.warning(redact(`Could not set the step outputs: ${errorLine(error)}`));
  }
}

/**
 * The runner's command files are regular files. Anything else (a FIFO nobody reads) would block
 * the write in a way no timer can end, and hold the process at exit: refused before writing.
 */
function assertRegularFile(variable: string): void {
  const file = process.env[variable];
  if (file && fs.existsSync(file) && !fs.statSync(file).isFile()) throw new Error(`${variable} (${file}) is not a regular file`);
}

/** The summary is written in its own try: a runner without a summary file still gets the verdict. */
async function writeSummary(report: Report, redact: (s: string) => string, reportFile: string): Promise<void> {
  try {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
      core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
      return;
    }
    assertRegularFile('GITHUB_STEP_SUMMARY');
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const footer = { reportFile: path.relative(workspace, reportFile) || reportFile };
    await core.summary.addRaw(redact(renderMarkdown(report, { footer })), true).write();
  } catch (error) {
    core.warning(redact(`Could not write the job summary: ${errorLine(error)}`));
  }
}
