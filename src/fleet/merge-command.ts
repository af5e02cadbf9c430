import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../config/input-error.js';
import { countResults } from './fleet-file.js';
import { parseFlags } from './flags.js';
import { renderMergedSummary, SUMMARY_LIMIT_BYTES } from './merge.js';
import { collectRows } from './merge-sources.js';

export const MERGE_USAGE = `Usage: mercadopago-readiness merge REPORT.json|fleet.json|FOLDER… [--summary FILE]

Combines per-site reports and fleet.json files (folders are searched for *.json, as downloaded
artifacts are laid out) into one Markdown table, each site once. Writes it to --summary FILE,
and appends it to GITHUB_STEP_SUMMARY when that is set; prints it when neither is given.
Exit status 0, or 2 on bad input.`;

/** `mercadopago-readiness merge …`: returns the exit status. */
export function runMergeCommand(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  try {
    const flags = parseFlags(argv, ['summary']);
    if (flags.has('help')) {
      process.stdout.write(`${MERGE_USAGE}\n`);
      return 0;
    }
    const rows = collectRows(flags.positional);
    const summaryFile = flags.get('summary');
    const stepSummary = env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) writeNoFollow(path.resolve(summaryFile), renderMergedSummary(rows));
    if (stepSummary) {
      // The step's summary may already hold what earlier commands of the step wrote: only the rest is ours.
      const used = fs.existsSync(stepSummary) ? fs.statSync(stepSummary).size : 0;
      fs.appendFileSync(stepSummary, renderMergedSummary(rows, Math.max(4096, SUMMARY_LIMIT_BYTES - used)));
    }
    if (!summaryFile && !stepSummary) process.stdout.write(renderMergedSummary(rows));
    const c = countResults(rows);
    const where = [summaryFile, stepSummary ? 'GITHUB_STEP_SUMMARY' : undefined].filter(Boolean).join(' and ');
    const total = `merge: ${rows.length} site${rows.length === 1 ? '' : 's'}: ${c.pass} pass, ${c.warn} warn, ${c.fail} fail, ${c.error} error${where ? `; summary written to ${where}` : ''}.\n`;
    (where ? process.stdout : process.stderr).write(total);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `Internal error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
    process.stderr.write(`${message}\n`);
    return 2;
  }
}

/** Writes a file, refusing to follow a symbolic link planted at its name. */
function writeNoFollow(file: string, content: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    throw new InputError(`Invalid '--summary': cannot write '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  try {
    fs.writeSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}
