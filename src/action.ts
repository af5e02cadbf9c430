import * as path from 'node:path';
import * as core from '@actions/core';
import { errorLine } from './config/input-error.js';
import type { Settings } from './config/settings.js';
import { runReadiness } from './engine.js';
import { annotationsFor } from './report/annotations.js';
import { writeReportFile } from './report/files.js';
import { renderMarkdown } from './report/markdown.js';
import { reachesFailOn, tally, type Report } from './report/model.js';
import { publishPullRequestComment, writeSarifFile } from './report/publish.js';

/**
 * The action once its inputs are valid (main.ts): engine → summary, outputs, files, annotations,
 * exit status. Loaded by main.ts only after the inputs passed, so a bad input never pays for it.
 */
export async function runAction(settings: Settings, redact: (s: string) => string): Promise<void> {
  try {
    // timeout-seconds bounds the whole step: the time Node took to start and load this bundle counts too.
    const startupMs = Math.round(performance.now());
    const { report, apiRequests } = await runReadiness({ ...settings, timeoutMs: Math.max(1000, settings.timeoutMs - startupMs) });
    const { blockers, warnings } = tally(report.checks);
    core.info(redact(`Mercado Pago readiness: ${report.result} (${blockers} blockers, ${warnings} warnings; ${apiRequests} API requests, ${report.durationMs} ms)`));

    const reportError = writeReportFile(settings.reportFile, report, redact);
    core.setOutput('result', report.result);
    core.setOutput('blockers', String(blockers));
    core.setOutput('warnings', String(warnings));
    core.setOutput('report-file', settings.reportFile);

    for (const a of annotationsFor(report)) {
      const props = { title: redact(a.title) };
      const message = redact(a.message);
      if (a.level === 'error') core.error(message, props);
      else if (a.level === 'warning') core.warning(message, props);
      else core.notice(message, props);
    }
    await writeSummary(report, redact, settings.reportFile);
    writeSarifFile(settings, report, redact);
    await publishPullRequestComment(settings, report, redact);

    if (reportError !== undefined) {
      core.setFailed(reportError);
    } else if (reachesFailOn(report.result, settings.failOn)) {
      core.setFailed(`Mercado Pago readiness: ${report.result}: ${blockers} blocking and ${warnings} warning findings (fail-on: ${settings.failOn}). See the job summary.`);
    }
  } catch (error) {
    core.setFailed(redact(`mercadopago-readiness stopped on an internal error: ${errorLine(error)}`));
  }
}

/** The summary is written in its own try: a runner without a summary file still gets the verdict. */
async function writeSummary(report: Report, redact: (s: string) => string, reportFile: string): Promise<void> {
  try {
    if (!process.env['GITHUB_STEP_SUMMARY']) {
      core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
      return;
    }
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const footer = { reportFile: path.relative(workspace, reportFile) || reportFile };
    await core.summary.addRaw(redact(renderMarkdown(report, { footer })), true).write();
  } catch (error) {
    core.warning(redact(`Could not write the job summary: ${errorLine(error)}`));
  }
}
