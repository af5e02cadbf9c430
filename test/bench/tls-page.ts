import * as tls from 'node:tls';
import { createBudget } from '../../src/probes/budget.js';
import { probeHttpRedirect } from '../../src/probes/http/redirect.js';
import { probePage } from '../../src/probes/http/page.js';
import { probeTls } from '../../src/probes/tls/probe.js';
import { contextFor, evidenceWith } from '../helpers/tls-page-evidence.js';
import { startSandbox } from '../sandbox/sandbox.js';
import { summarize, timeRuns, type BenchFigure } from './figures.js';
import { certificateTrust } from '../../src/checks/ssl/certificate-trust.js';
import { deviceId } from '../../src/checks/approval/device-id.js';
import { expiryWindow } from '../../src/checks/ssl/expiry-window.js';
import { hostname } from '../../src/checks/ssl/hostname.js';
import { hsts } from '../../src/checks/ssl/hsts.js';
import { httpRedirect } from '../../src/checks/ssl/http-redirect.js';
import { https as sslHttps } from '../../src/checks/ssl/https.js';
import { keyAndSignature } from '../../src/checks/ssl/key-and-signature.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { protocols } from '../../src/checks/ssl/protocols.js';
import { publicKey } from '../../src/checks/credentials/public-key.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { secretExposure } from '../../src/checks/credentials/secret-exposure.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';
import { validity } from '../../src/checks/ssl/validity.js';

const CHECKS = [
  sslHttps,
  certificateTrust,
  hostname,
  validity,
  expiryWindow,
  protocols,
  keyAndSignature,
  httpRedirect,
  hsts,
  mixedContent,
  securityHeaders,
  publicKey,
  secretExposure,
  deviceId,
  sdkV2,
];

/**
 * The healthy sandbox shop on loopback: the TLS probe alone (four versions and the chain), and
 * the SSL and page checks end to end (TLS, page with its same-origin script, http:80 probes run
 * concurrently, as gather does, then the 15 checks).
 */
export async function bench(): Promise<BenchFigure[]> {
  const sandbox = await startSandbox();
  const before = tls.getCACertificates('default');
  tls.setDefaultCACertificates([...before, sandbox.ca.root.certPem]);
  try {
    const url = new URL(sandbox.healthy.url('/checkout'));
    const token = sandbox.tokens.productionMlb;
    const tlsSamples = await timeRuns(async () => {
      const outcome = await probeTls(url, createBudget(10_000));
      if (!outcome.ok) throw new Error(outcome.error.message);
    }, 30);
    const allSamples = await timeRuns(async () => {
      const budget = createBudget(10_000);
      const [t, p, r] = await Promise.all([probeTls(url, budget), probePage(url, budget, token), probeHttpRedirect(url, budget)]);
      const evidence = evidenceWith({ tls: t, page: p, httpRedirect: r });
      const context = contextFor(url.href);
      for (const check of CHECKS) {
        if (check.evaluate(evidence, context).status !== 'pass') throw new Error(`${check.id} did not pass on the healthy shop`);
      }
    }, 30);
    return [figure('TLS probe, one host (4 versions + chain), loopback', tlsSamples, 50), figure('SSL + page checks with their probes, loopback', allSamples, 300)];
  } finally {
    tls.setDefaultCACertificates(before);
    await sandbox.stop();
  }
}

function figure(name: string, samples: number[], targetMs: number): BenchFigure {
  const s = summarize(samples);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return { name, unit: 'ms', median: r(s.median), p10: r(s.p10), p90: r(s.p90), samples: samples.length, target: `< ${targetMs} ms`, meets: s.median < targetMs };
}
