/**
 * Runs inside a test world (see world.ts): serves every site, reads each checkout page with the
 * static probe and, when asked, with the real browser, judges the six page checks on both, and
 * prints one JSON object. The test (test/e2e/page-world.test.ts) asserts on it.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { deviceId } from '../../src/checks/approval/device-id.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { publicKey } from '../../src/checks/credentials/public-key.js';
import { secretExposure } from '../../src/checks/credentials/secret-exposure.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { findBrowser } from '../../src/probes/browser/find.js';
import { DEFAULT_BROWSER_BOUNDS, probeBrowser } from '../../src/probes/browser/probe.js';
import { browserNetworkRule, siteAddressClass } from '../../src/probes/browser/rules.js';
import { createBudget } from '../../src/probes/budget.js';
import { probePage } from '../../src/probes/http/page.js';
import { blankEvidence } from '../helpers/evidence.js';
import { contextFor } from '../helpers/tls-page-evidence.js';
import { createLocalCa } from '../sandbox/pki.js';
import { HOSTS, METADATA_ADDRESS, worldRoutes } from './world.js';
import { startSites } from './site.js';

const CHECKS = [publicKey, secretExposure, mixedContent, securityHeaders, deviceId, sdkV2];
const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withBrowser = process.argv.includes('--browser');

const ca = createLocalCa();
const names = Object.keys(HOSTS);
const cert = ca.server({ commonName: names[0]!, hosts: names });
const caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-world-ca-')), 'ca.pem');
fs.writeFileSync(caFile, ca.root.certPem);
const routes = worldRoutes();
const sites = await startSites(Object.entries(HOSTS).map(([host, address]) => ({ host, address, routes: routes[host] ?? {}, certChain: cert.chain, key: cert.key })));
// Anything that reaches the metadata address is recorded (it must stay empty).
const metadataHits: string[] = [];
const metadata = http.createServer((req, res) => {
  metadataHits.push(req.url ?? '');
  res.end('metadata');
});
await new Promise<void>((r) => metadata.listen(80, METADATA_ADDRESS, r));

const out: Record<string, unknown> = {};
const browserPath = findBrowser();
for (const page of pages) {
  const url = new URL(page);
  const staticPage = await probePage(url, createBudget(20_000), undefined);
  const evidence = blankEvidence({ page: staticPage });
  const context = contextFor(url.href);
  const verdicts = (e: typeof evidence) => Object.fromEntries(CHECKS.map((c) => [c.id, { status: c.evaluate(e, context).status, message: c.evaluate(e, context).message.en }]));
  const entry: Record<string, unknown> = { static: verdicts(evidence) };
  if (withBrowser) {
    if (!('path' in browserPath)) throw new Error(browserPath.missing);
    const started = Date.now();
    const browser = await probeBrowser(url, createBudget(25_000), {
      executable: browserPath.path,
      ...DEFAULT_BROWSER_BOUNDS,
      rule: browserNetworkRule(await siteAddressClass(url)),
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    });
    entry['browserMs'] = Date.now() - started;
    entry['browserEvidence'] = browser;
    entry['withBrowser'] = verdicts(blankEvidence({ page: staticPage, browser }));
  }
  out[page] = entry;
}
out['requests'] = sites.requests;
out['metadataHits'] = metadataHits;
process.stdout.write(JSON.stringify(out));
await sites.close();
metadata.close();
process.exit(0);
