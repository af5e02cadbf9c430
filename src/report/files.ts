import { writeFileNoFollow } from '../config/workspace-files.js';
import type { Report } from './model.js';
import { renderSarif, workflowAnchor } from './sarif.js';

/**
 * The report files both faces write (the action's report-file / sarif-file inputs, the CLI's
 * flags): folders are created, every byte passes the redactor, and a file that cannot be written
 * comes back as one line naming it (never a throw), for the face to fail or warn with.
 */

type Redact = (value: string) => string;

/** Where relative report paths were resolved: no folder inside it is followed when it is a link. */
const workspaceOf = (): string => process.env['GITHUB_WORKSPACE'] || process.cwd();

/** Writes `value` as pretty JSON to `file`, creating its folder; returns why it could not, or undefined. */
function writeJson(file: string, value: unknown, redact: Redact, what: string): string | undefined {
  try {
    writeFileNoFollow(file, `${redact(JSON.stringify(value, null, 2))}\n`, workspaceOf());
    return undefined;
  } catch (error) {
    return redact(`Could not write ${what} '${file}': ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Writes the JSON report; returns why it could not (a directory in the way, no permission). */
export function writeReportFile(file: string, report: Report, redact: Redact): string | undefined {
  return writeJson(file, report, redact, 'report-file');
}

/** Writes the SARIF 2.1.0 file, anchored to the workflow file when the environment names one. */
export function writeSarifFile(file: string, report: Report, redact: Redact, env: Readonly<Record<string, string | undefined>>, workspace: string): string | undefined {
  return writeJson(file, renderSarif(report, workflowAnchor({ env, workspace })), redact, 'the SARIF file');
}
