import { parseArgs } from './cli-args.js';
import { errorLine, InputError } from './config/input-error.js';
import { readBoundedInputFile } from './config/workspace-files.js';
import { DEFAULT_SCRIPT_INVENTORY_PATH } from './config/settings.js';
import type { ScriptInventory } from './checks/support/inventory-types.js';

const USAGE = `Usage: mercadopago-readiness inventory --site-url URL [--browser off|auto|on] [--script-inventory FILE] [--timeout-seconds N]

Prints a proposed payment-page script inventory (PCI DSS 4.0.1 req. 6.4.3 / 11.6.1) for the page
as it is now, as YAML for ${DEFAULT_SCRIPT_INVENTORY_PATH}. Every new entry's why is a TODO for a
person to write. With an existing inventory (--script-inventory, or the default file when it
exists) its whys are kept and comments mark what is NEW, CHANGED, NOT SEEN or MISSING.
No access token is needed: only the public page is read.`;

const FLAGS = new Set(['site-url', 'browser', 'script-inventory', 'timeout-seconds']);

/** Output of one run: the YAML for stdout, notes for stderr, and the exit status. */
export interface InventoryRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `mercadopago-readiness inventory`: reads the page with the same probe as a full run (no token:
 * nothing is looked for but scripts and headers) and prints the proposal. Exit 0 with the YAML;
 * 2 for bad input; 1 when the page could not be read.
 */
export async function runInventoryCommand(argv: readonly string[], cwd: string): Promise<InventoryRun> {
  let args: Map<string, string>;
  let siteUrl: URL;
  let previous: ScriptInventory | undefined;
  let timeoutMs: number;
  let browser: string;
  let executable: string | undefined;
  try {
    args = parseArgs(argv, FLAGS, (arg) => `Unknown argument '${arg}' for inventory. Run 'mercadopago-readiness inventory --help' for the options.`);
    if (args.has('help')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    siteUrl = urlOf(args.get('site-url') ?? '');
    browser = args.get('browser') ?? 'off';
    if (!['off', 'auto', 'on'].includes(browser)) throw new InputError(`Invalid '--browser': '${browser}'. Expected one of: off, auto, on.`);
    if (browser !== 'off') {
      const { findBrowser } = await import('./probes/browser/find.js');
      const found = findBrowser();
      if ('path' in found) executable = found.path;
      // `on` must never silently run static only.
      else if (browser === 'on') throw new InputError(`Invalid '--browser': 'on' needs Chrome or Chromium: ${found.missing}. Set CHROME_PATH, or use --browser auto.`);
    }
    const seconds = Number(args.get('timeout-seconds') ?? '60');
    if (!(seconds > 0 && seconds <= 3600)) throw new InputError(`Invalid '--timeout-seconds': '${args.get('timeout-seconds')}'. Expected a number of seconds greater than 0 (at most 3600).`);
    timeoutMs = Math.round(seconds * 1000);
    const named = args.get('script-inventory');
    const file = named ?? DEFAULT_SCRIPT_INVENTORY_PATH;
    const source = readBoundedInputFile('script-inventory', file, cwd);
    if (source === undefined && named !== undefined) throw new InputError(`Invalid 'script-inventory': file '${named}' does not exist.`);
    if (source !== undefined) {
      const { parseScriptInventory } = await import('./config/script-inventory-file.js');
      previous = parseScriptInventory(source, file);
    }
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${error instanceof InputError ? error.message : `Internal error: ${errorLine(error)}`}\n` };
  }
  const [{ createBudget }, { probePage }, { seenScripts }, { proposeInventory }, { runtimeScripts }] = await Promise.all([
    import('./probes/budget.js'),
    import('./probes/http/page.js'),
    import('./checks/support/inventory-diff.js'),
    import('./checks/support/inventory-proposal.js'),
    import('./checks/support/inventory-runtime.js'),
  ]);
  const budget = createBudget(timeoutMs);
  // The browser pass runs beside the static one, as in a full run: it adds the scripts injected at run time.
  const browserRun = executable === undefined ? Promise.resolve(undefined) : import('./probes/browser/run.js').then(({ runBrowserPass }) => runBrowserPass(siteUrl, budget, executable));
  const [outcome, browserOutcome] = await Promise.all([probePage(siteUrl, budget, undefined), browserRun]);
  if (!outcome.ok) return { code: 1, stdout: '', stderr: `Could not read ${siteUrl.href}: ${outcome.error.message}\n` };
  const page = outcome.value;
  if (page.status < 200 || page.status > 299 || !page.html)
    return { code: 1, stdout: '', stderr: `${page.finalUrl} answered HTTP ${page.status} ${page.contentType ?? ''}: not the checkout page's HTML\n` };
  const runtime = runtimeScripts(browserOutcome, page.finalUrl);
  const seen = seenScripts(page, runtime.scripts);
  const notes = [`${seen.length} scripts on ${page.finalUrl}${previous ? ` (compared with the existing inventory)` : ''}.`];
  if (browserOutcome !== undefined && !browserOutcome.ok) notes.push(`The browser pass did not complete (${browserOutcome.error.message}): static pass only.`);
  if (!runtime.ran) notes.push('Static pass only: scripts injected at run time are not in this proposal (--browser on adds them).');
  if (!page.scriptGraph.complete) notes.push('Some same-origin scripts could not be read in full: their entries are authorised by URL alone.');
  return { code: 0, stdout: proposeInventory(seen, page.headers, page.finalUrl, previous), stderr: `${notes.join('\n')}\n` };
}

function urlOf(value: string): URL {
  if (value === '') throw new InputError("Input 'site-url' is required: expected the URL of the page that shows the payment form, e.g. https://shop.example/checkout.");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`Invalid 'site-url': '${value}' is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`Invalid 'site-url': '${value}' is not an http(s) URL.`);
  if (url.username || url.password) throw new InputError("Invalid 'site-url': the URL must not carry a user name or password.");
  return url;
}
