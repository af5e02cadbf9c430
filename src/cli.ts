import * as fs from 'node:fs';
import { buildSettings } from './config/settings.js';
import { InputError } from './config/input-error.js';
import { runReadiness } from './engine.js';
import { reachesFailOn } from './report/model.js';
import { createRedactor } from './report/redact.js';
import { renderSarif, workflowAnchor } from './report/sarif.js';
import { renderTerminal } from './report/terminal.js';

const USAGE = `Usage: mercadopago-readiness --site-url URL [--access-token TOKEN] [options]

The token may come from MP_ACCESS_TOKEN instead of --access-token.
Options take the action's input names: --public-key, --webhook-url, --webhook-secret,
--payment-id, --fail-on, --config, --language, --report-file, --sarif-file,
--timeout-seconds, --api-base-url. Exit status 1 when the result reaches --fail-on.`;

const FLAGS = new Set(['site-url', 'access-token', 'public-key', 'webhook-url', 'webhook-secret', 'payment-id', 'fail-on', 'config', 'language', 'report-file', 'sarif-file', 'timeout-seconds', 'api-base-url']);

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
  const [subcommand, ...rest] = process.argv.slice(2);
  if (subcommand === 'fleet') return (await import('./fleet/command.js')).runFleetCommand(rest);
  if (subcommand === 'merge') return (await import('./fleet/merge-command.js')).runMergeCommand(rest);
  const env = process.env;
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
    const settings = buildSettings((name) => args.get(name) ?? (name === 'access-token' ? (env['MP_ACCESS_TOKEN'] ?? '') : ''), {
      workspace: process.cwd(),
      readFile: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
    });
    const { report } = await runReadiness(settings);
    process.stdout.write(secretRedact(renderTerminal(report, { color: process.stdout.isTTY === true && env['NO_COLOR'] === undefined })));
    if (args.has('report-file')) fs.writeFileSync(settings.reportFile, secretRedact(JSON.stringify(report, null, 2)) + '\n');
    if (settings.sarifFile) fs.writeFileSync(settings.sarifFile, secretRedact(JSON.stringify(renderSarif(report, workflowAnchor({ env, workspace: process.cwd() })), null, 2)) + '\n');
    return reachesFailOn(report.result, settings.failOn) ? 1 : 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `Internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    process.stderr.write(`${secretRedact(redact(message))}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}

void main().then((code) => process.exit(code));
