import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { buildSettings, type Settings } from './config/settings.js';
import { InputError } from './config/input-error.js';
import { runReadiness } from './engine.js';
import { annotationsFor } from './report/annotations.js';
import { renderMarkdown } from './report/markdown.js';
import { reachesFailOn, tally, type Report } from './report/model.js';
import { publishPullRequestComment, writeSarifFile } from './report/publish.js';
import { createRedactor } from './report/redact.js';

/**
 * The action: inputs → settings → engine → summary, outputs, files, annotations, exit status.
 * `secrets` are the secret inputs' values, already masked by the entry (src/index.ts).
 */
export async function run(secrets: readonly string[]): Promise<void> {
  const redact = createRedactor(secrets);
  let settings: Settings;
  try {
    settings = buildSettings((name) => core.getInput(name), {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      readFile: readIfExists,
    });
  } catch (error) {
    core.setFailed(redact(error instanceof InputError ? error.message : `Could not read the inputs: ${messageOf(error)}`));
    return;
  }

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
      core.setFailed(redact(reportError));
    } else if (reachesFailOn(report.result, settings.failOn)) {
      core.setFailed(`Mercado Pago readiness: ${report.result}: ${blockers} blocking and ${warnings} warning findings (fail-on: ${settings.failOn}). See the job summary.`);
    }
  } catch (error) {
    core.setFailed(redact(`mercadopago-readiness stopped on an internal error: ${messageOf(error)}`));
  }
}

/**
 * Writes the JSON report; returns why it could not (a directory in the way, no permission). The
 * caller fails the step with that reason once the summary and outputs are written.
 */
function writeReportFile(file: string, report: Report, redact: (s: string) => string): string | undefined {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redact(JSON.stringify(report, null, 2)) + '\n');
    return undefined;
  } catch (error) {
    return `Could not write report-file '${file}': ${messageOf(error)}`;
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
    core.warning(redact(`Could not write the job summary: ${messageOf(error)}`));
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`Invalid 'config': cannot read '${file}': ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
