/**
 * Runs inside a test world (bench/page.ts starts it): serves the Vite + React checkout and the
 * Mercado Pago stand-ins by DNS name, then times N cold browser passes (a new Chromium, a new
 * profile each), and prints the samples in ms as JSON.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBrowser } from '../../src/probes/browser/find.js';
import { DEFAULT_BROWSER_BOUNDS, probeBrowser } from '../../src/probes/browser/probe.js';
import { browserNetworkRule, siteAddressClass } from '../../src/probes/browser/rules.js';
import { createBudget } from '../../src/probes/budget.js';
import { startSites } from '../pages/site.js';
import { HOSTS, worldRoutes } from '../pages/world.js';
import { createLocalCa } from '../sandbox/pki.js';

const runs = Number(process.argv[2] ?? '7');
const found = findBrowser();
if (!('path' in found)) throw new Error(found.missing);
const ca = createLocalCa();
const names = Object.keys(HOSTS);
const cert = ca.server({ commonName: names[0]!, hosts: names });
const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-bench-ca-')), 'ca.pem');
fs.writeFileSync(caFile, ca.root.certPem);
const routes = worldRoutes();
const sites = await startSites(Object.entries(HOSTS).map(([host, address]) => ({ host, address, routes: routes[host] ?? {}, certChain: cert.chain, key: cert.key })));
const url = new URL('https://react-healthy.example/');
const rule = browserNetworkRule(await siteAddressClass(url));
const samples: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const started = performance.now();
  const outcome = await probeBrowser(url, createBudget(20_000), { executable: found.path, ...DEFAULT_BROWSER_BOUNDS, rule, env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile } });
  if (!outcome.ok) throw new Error(outcome.error.message);
  if (!outcome.value.mercadoPago.constructed) throw new Error('the SDK did not start');
  if (i > 0) samples.push(performance.now() - started); // the first run warms the disk cache only
}
process.stdout.write(JSON.stringify(samples));
await sites.close();
process.exit(0);
