import { parseArgs } from './cli-args.js';
import { errorLine, InputError } from './config/input-error.js';
import { loadSettings } from './config/settings.js';
import { readBoundedRegularFile } from './config/workspace-files.js';
import { createRedactor, redactDeep } from './secrets/redact.js';
import { VERSION } from './version.js';

/** Exit statuses: the contract scripts and CI steps rely on (DESIGN §2). */
export const EXIT = { ready: 0, notReady: 1, usage: 2 } as const;

const USAGE = `Usage: mercadopago-readiness --site-url URL [options]

Checks a Mercado Pago integration against the go-live requirements and prints the report.
The access token comes from --access-token or, better (it stays out of the shell history and
the process list), the MP_ACCESS_TOKEN environment variable.

Options (the action's input names):
  --site-url URL            page that shows the payment form (required)
  --access-token TOKEN      production access token (default: $MP_ACCESS_TOKEN)
  --public-key KEY          the production public key the page must use
  --webhook-url URL         notification endpoint to probe
                            (default: notification_url of recent payments/preferences)
  --webhook-secret SECRET   webhook secret signature; enables notifications.signature
                            (default: $MP_WEBHOOK_SECRET)
  --payment-id ID           production payment to audit (default: the latest live one)
  --fail-on LEVEL           blocker | warning | never            (default: blocker)
  --language LANG           auto | pt-BR | es | en               (default: auto)
  --config FILE             config file       (default: .github/mercadopago-readiness.yml)
  --report-file FILE        also write the JSON report there     (default: none)
  --sarif-file FILE         also write SARIF 2.1.0 there         (default: none)
  --timeout-seconds N       budget for the whole run, 1-3600     (default: 60)
  --api-base-url URL        Mercado Pago API base    (default: https://api.mercadopago.com)
  --browser MODE            off | auto | on: also open the page in headless Chrome/Chromium
                            ($CHROME_PATH or the usual install paths)   (default: off)
  --script-inventory FILE   approved payment-page script inventory (PCI DSS 6.4.3 / 11.6.1)
                            (default: .github/mercadopago-readiness-scripts.yml)
  -h, --help                this help
  -V, --version             the version

Examples:
  MP_ACCESS_TOKEN=APP_USR-… mercadopago-readiness --site-url https://shop.example/checkout
  mercadopago-readiness --site-url https://loja.example.com.br/checkout --language pt-BR \\
    --fail-on warning --report-file readiness.json

Exit status:
  0  the result does not reach --fail-on (ready, or only what --fail-on tolerates)
  1  the result reaches --fail-on: not ready (or a report file could not be written)
  2  bad input (a flag, the token, the config file), an internal error, or Node.js < 24

Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 turns it on (FORCE_COLOR=0 off).

A first script inventory: mercadopago-readiness inventory --site-url URL [--browser …] [--script-inventory FILE]
Many storefronts: mercadopago-readiness fleet --targets FILE [--shard K/N] [--concurrency C] [--out-dir DIR]
Combine their reports: mercadopago-readiness merge REPORT.json|fleet.json|FOLDER… [--summary FILE]
(each with --help for more).`;

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
  'browser',
  'script-inventory',
]);

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour as the conventions say: FORCE_COLOR (any value but `0`/`false`) forces it on and wins
 * over NO_COLOR (any non-empty value turns it off, no-color.org); otherwise only on a TTY that
 * is not `TERM=dumb`.
 */
export function wantsColor(env: Env, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}

/** The terminal face: flags → settings → engine → report; returns the exit status. */
export async function main(argv: readonly string[], env: Env): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (subcommand === 'fleet') return (await import('./fleet/command.js')).runFleetCommand(rest);
  if (subcommand === 'merge') return (await import('./fleet/merge-command.js')).runMergeCommand(rest);
  if (subcommand === 'inventory') {
    const { runInventoryCommand } = await import('./inventory-command.js');
    const run = await runInventoryCommand(rest, process.cwd());
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    return run.code;
  }
  const redact = createRedactor([env['MP_ACCESS_TOKEN']?.trim(), env['MP_WEBHOOK_SECRET']?.trim()]);
  let args: Map<string, string>;
  try {
    args = parseArgs(argv, FLAGS, (arg) => `Unknown argument '${arg}'. Run with --help for the options.`, true);
  } catch (error) {
    process.stderr.write(`${redact((error as Error).message)}\n`);
    return EXIT.usage;
  }
  if (args.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ready;
  }
  if (args.has('version')) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ready;
  }
  const secretRedact = createRedactor([args.get('access-token')?.trim(), args.get('webhook-secret')?.trim(), env['MP_ACCESS_TOKEN']?.trim(), env['MP_WEBHOOK_SECRET']?.trim()]);
  const redactAll = (value: string): string => secretRedact(redact(value));
  if (!(args.get('access-token') ?? env['MP_ACCESS_TOKEN'] ?? '').trim()) {
    process.stderr.write('Missing access token: pass --access-token TOKEN or set the MP_ACCESS_TOKEN environment variable (your Mercado Pago production access token).\n');
    return EXIT.usage;
  }
  try {
    const fromEnv: Record<string, string | undefined> = { 'access-token': env['MP_ACCESS_TOKEN'], 'webhook-secret': env['MP_WEBHOOK_SECRET'] };
    const settings = await loadSettings((name) => args.get(name) ?? fromEnv[name] ?? '', {
      workspace: process.cwd(),
      env,
      readFile: (file, inside) => readBoundedRegularFile('config', file, undefined, inside),
    });
    // The engine and the renderers load only once the flags are valid.
    const [{ runReadiness }, { renderTerminal }, { writeReportFile, writeSarifFile }, { reachesFailOn }] = await Promise.all([
      import('./engine.js'),
      import('./report/terminal.js'),
      import('./report/files.js'),
      import('./report/model.js'),
    ]);
    const report = redactDeep((await runReadiness(settings)).report, redactAll);
    process.stdout.write(redactAll(renderTerminal(report, { color: wantsColor(env, process.stdout.isTTY === true) })));
    // Same helper as the action: folders are created; a file that cannot be written is one line.
    const reportError = args.has('report-file') ? writeReportFile(settings.reportFile, report, redactAll) : undefined;
    const sarifError = settings.sarifFile ? writeSarifFile(settings.sarifFile, report, redactAll, env, process.cwd()) : undefined;
    for (const problem of [reportError, sarifError]) if (problem !== undefined) process.stderr.write(`${problem}\n`);
    if (reportError !== undefined || sarifError !== undefined) return EXIT.notReady;
    return reachesFailOn(report.result, settings.failOn) ? EXIT.notReady : EXIT.ready;
  } catch (error) {
    if (error instanceof InputError) {
      // The settings name the action's input; on a terminal it is a flag.
      process.stderr.write(`${redactAll(error.message.replace(/\bInput '([a-z-]+)'|'([a-z-]+)'/g, (m, a, b) => (FLAGS.has(a ?? b) ? `'--${a ?? b}'` : m)))}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`${redactAll(`Internal error: ${errorLine(error)}`)}\n`);
    return EXIT.usage;
  }
}
