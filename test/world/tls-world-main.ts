import * as tls from 'node:tls';
import { createBudget } from '../../src/probes/budget.js';
import { probeTls } from '../../src/probes/tls/probe.js';
import { startSite, type RunningSite } from './tls-servers.js';
import { buildWorld, tempDir } from './tls-sites.js';

/**
 * Runs inside a test world (tls-world.ts starts it with runNodeInWorld): starts every site of
 * tls-sites.ts on its address, probes each by DNS name with the product's TLS probe, and prints
 * one JSON line per site: `{ name, url, ms, outcome }`. `--only a,b` limits the sites.
 */
const only = process.argv.indexOf('--only') > 0 ? new Set(process.argv[process.argv.indexOf('--only') + 1]!.split(',')) : undefined;
const world = buildWorld();
tls.setDefaultCACertificates([...tls.getCACertificates('default'), ...world.roots.map((r) => r.pem)]);
const dir = tempDir();
const sites = world.sites.filter((s) => !only || only.has(s.name));
const running: RunningSite[] = await Promise.all(sites.map((s) => startSite(s, dir)));
try {
  for (const site of sites) {
    const url = `https://${site.host}${site.port === 443 ? '' : `:${site.port}`}/checkout`;
    const started = performance.now();
    const outcome = await probeTls(new URL(url), createBudget(20_000));
    process.stdout.write(`${JSON.stringify({ name: site.name, url, ms: Math.round(performance.now() - started), outcome })}\n`);
  }
} finally {
  await Promise.all(running.map((r) => r.stop()));
}
