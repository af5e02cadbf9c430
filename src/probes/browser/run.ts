import type { Budget } from '../budget.js';
import type { ProbeOutcome } from '../outcome.js';
import type { BrowserEvidence } from './evidence.js';
import { DEFAULT_BROWSER_BOUNDS, probeBrowser } from './probe.js';
import { browserNetworkRule, siteAddressClass } from './rules.js';

/**
 * The browser pass as a run makes it: `siteUrl` opened in `executable` with the default bounds,
 * under the network rules of DESIGN §1 for the site's own address class. Loaded only when a run
 * asks for the browser (gather.ts, the inventory subcommand).
 */
export async function runBrowserPass(siteUrl: URL, budget: Budget, executable: string): Promise<ProbeOutcome<BrowserEvidence>> {
  const rule = browserNetworkRule(await siteAddressClass(siteUrl));
  return probeBrowser(siteUrl, budget, { executable, ...DEFAULT_BROWSER_BOUNDS, rule });
}
