import * as path from 'node:path';
import { deviceId } from '../../src/checks/approval/device-id.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { publicKey } from '../../src/checks/credentials/public-key.js';
import { secretExposure } from '../../src/checks/credentials/secret-exposure.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { findBrowser } from '../../src/probes/browser/find.js';
import { createBudget } from '../../src/probes/budget.js';
import { probePage } from '../../src/probes/http/page.js';
import { blankEvidence } from '../helpers/evidence.js';
import { contextFor } from '../helpers/tls-page-evidence.js';
import { wooCommerceSite } from '../pages/handmade.js';
import { startSites } from '../pages/site.js';
import { randomLoopback } from '../sandbox/net.js';
import { createLocalCa } from '../sandbox/pki.js';
import { HOSTS } from '../pages/world.js';
import { runNodeInWorld } from '../world/netns.js';
import { type BenchFigure, summarize, timeRuns } from './figures.js';

const CHECKS = [publicKey, secretExposure, mixedContent, securityHeaders, deviceId, sdkV2];

/**
 * The page pass: the static probe + the six page checks on the WooCommerce-like checkout (20
 * same-origin scripts, gzip/br answers) on loopback, and the browser pass cold (a new Chromium
 * process and profile each time) on the Vite + React build.
 */
export async function bench(): Promise<BenchFigure[]> {
  const ca = createLocalCa();
  const address = randomLoopback();
  const cert = ca.server({ commonName: address, hosts: [address] });
  const routes = wooCommerceSite();
  const sites = await startSites([{ host: address, address, routes, certChain: cert.chain, key: cert.key }]);
  const figures: BenchFigure[] = [];
  try {
    const woo = new URL(`https://${address}/checkout/`);
    const context = contextFor(woo.href);
    const staticSamples = await timeRuns(async () => {
      const page = await probePage(woo, createBudget(10_000), 'APP_USR-1234567890123456-112817-0123456789abcdef0123456789abcdef-1');
      if (!page.ok || page.value.scripts.length !== 20) throw new Error('the WooCommerce page was not read in full');
      const evidence = blankEvidence({ page });
      for (const check of CHECKS) check.evaluate(evidence, context);
    }, 30);
    figures.push(figure('page pass, static: WooCommerce checkout (20 scripts), probe + 6 checks, loopback', staticSamples, 150));
    const found = findBrowser();
    if (!('path' in found)) {
      figures.push({ name: 'page pass, browser, cold', unit: 'ms', median: 0, samples: 0, note: `not measured: ${found.missing}` });
      return figures;
    }
    // In a test world: the page's SDK host resolves to a stand-in, and no public name is looked up.
    const run = await runNodeInWorld({ hosts: HOSTS }, path.join(import.meta.dirname, 'browser-world.js'), ['7'], { killAfterMs: 170_000 });
    if (run.code !== 0) throw new Error(`browser bench: ${run.stderr.trim().split('\n').pop()}`);
    figures.push(figure('page pass, browser, cold: Vite + React checkout by DNS name, launch to quiet network (500 ms window)', JSON.parse(run.stdout) as number[], 3000));
    return figures;
  } finally {
    await sites.close();
  }
}

function figure(name: string, samples: number[], targetMs: number): BenchFigure {
  const s = summarize(samples);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return { name, unit: 'ms', median: r(s.median), p10: r(s.p10), p90: r(s.p90), samples: samples.length, target: `≤ ${targetMs} ms`, meets: s.median <= targetMs };
}
