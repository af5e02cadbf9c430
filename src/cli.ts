#!/usr/bin/env node
import * as fs from 'node:fs';
import { errorLine, InputError } from './config/input-error.js';
import { loadSettings } from './config/settings.js';
import { createRedactor } from './report/redact.js';

const USAGE = `Usage: mercadopago-readiness --site-url URL [--access-token TOKEN] [options]

The token may come from MP_ACCESS_TOKEN instead of --access-token.
Options take the action's input names: --public-key, --webhook-url, --webhook-secret,
--payment-id, --fail-on, --config, --language, --report-file, --sarif-file,
--timeout-seconds, --api-base-url, --script-inventory. Exit status 1 when the result reaches --fail-on.

       mercadopago-readiness inventory --site-url URL [--browser …] [--script-inventory FILE]
prints a proposed payment-page script inventory (see: inventory --help).`;

const FLAGS = new Set([
  'site-url',
  'access-token',
  'public-key',
  'webhook-url',
  'webhook-secret',
  'payment-id',
  'fail-on',
  'config',
  'language',
  'report-file',
  'sarif-file',
  'timeout-seconds',
  'api-base-url',
  'script-inventory',
]);

/** Parses `--name value` and `--name=value`; unknown flags are input errors. */
export function parseArgs(argv: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      values.set('help', 'true');
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match || !FLAGS.has(match[1]!)) throw new InputError(`Unknown argument '${arg}'. Run with --help for the options.`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new InputError(`Option '--${match[1]}' needs a value.`);
    values.set(match[1]!, value);
  }
  return values;
}

async function main(): Promise<number> {
  const env = process.env;
  if (process.argv[2] === 'inventory') {
    const { runInventoryCommand } = await import('./inventory-command.js');
    const run = await runInventoryCommand(process.argv.slice(3), process.cwd());
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    return run.code;
  }
  const redact = createRedactor([env['MP_ACCESS_TOKEN']?.trim()]);
  let args: Map<string, string>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const secretRedact = createRedactor([args.get('access-token')?.trim(), args.get('webhook-secret')?.trim(), env['MP_ACCESS_TOKEN']?.trim()]);
  try {
    const settings = await loadSettings((name) => args.get(name) ?? (name === 'access-token' ? (env['MP_ACCESS_TOKEN'] ?? '') : ''), {
      workspace: process.cwd(),
      readFile: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
    });
    // The engine and the renderers load only once the flags are valid.
    const [{ runReadiness }, { renderTerminal }, { writeReportFile, writeSarifFile }, { reachesFailOn }] = await Promise.all([
      import('./engine.js'),
      import('./report/terminal.js'),
      import('./report/files.js'),
      import('./report/model.js'),
    ]);
    const { report } = await runReadiness(settings);
    const redactAll = (value: string): string => secretRedact(redact(value));
    process.stdout.write(redactAll(renderTerminal(report, { color: process.stdout.isTTY === true && env['NO_COLOR'] === undefined })));
    // Same helper as the action: folders are created; a file that cannot be written is one line.
    const reportError = args.has('report-file') ? writeReportFile(settings.reportFile, report, redactAll) : undefined;
    const sarifError = settings.sarifFile ? writeSarifFile(settings.sarifFile, report, redactAll, env, process.cwd()) : undefined;
    for (const problem of [reportError, sarifError]) if (problem !== undefined) process.stderr.write(`${problem}\n`);
    if (reportError !== undefined || sarifError !== undefined) return 1;
    return reachesFailOn(report.result, settings.failOn) ? 1 : 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `Internal error: ${errorLine(error)}`;
    process.stderr.write(`${secretRedact(redact(message))}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}

void main().then((code) => process.exit(code));
