import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { createBudget } from '../../src/probes/budget.js';
import { probeTls } from '../../src/probes/tls/probe.js';
import { runTestssl, type TestsslRun } from './testssl.js';
import { startSite, type RunningSite } from './tls-servers.js';
import { buildWorld, tempDir } from './tls-sites.js';

/**
 * Runs inside a test world (tls-world.ts starts it with runNodeInWorld): starts every site of
 * tls-sites.ts on its address, probes each by DNS name with the product's TLS probe, and prints
 * one JSON line per site: `{ name, url, ms, outcome }`. `--only a,b` limits the sites; `--repeat N`
 * probes each N more times (`runs`, ms); `--testssl` also scans each with Debian's testssl.sh
 * (`testssl`), two at a time, for the cross-check bench.
 */
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--only') ? new Set(arg('--only')!.split(',')) : undefined;
const repeat = Number(arg('--repeat') ?? 0);
const world = buildWorld();
tls.setDefaultCACertificates([...tls.getCACertificates('default'), ...world.roots.map((r) => r.pem)]);
const dir = tempDir();
const roots = path.join(dir, 'world-roots.pem');
fs.writeFileSync(roots, world.roots.map((r) => r.pem).join(''));
const sites = world.sites.filter((s) => !only || only.has(s.name));
const running: RunningSite[] = await Promise.all(sites.map((s) => startSite(s, dir)));
try {
  const scans = new Map<string, Promise<TestsslRun>>();
  if (process.argv.includes('--testssl')) {
    // Two scans at a time: testssl.sh forks hundreds of openssl processes per scan.
    let next = 0;
    const queue = sites.map((site) => () => runTestssl(site, dir, ['--add-ca', roots, '-p', '-S', '-E']));
    const results: Array<Promise<TestsslRun>> = [];
    const lane = async (): Promise<void> => {
      while (next < queue.length) {
        const i = next++;
        results[i] = queue[i]!();
        await results[i];
      }
    };
    await Promise.all([lane(), lane()]);
    sites.forEach((s, i) => scans.set(s.name, results[i]!));
  }
  for (const site of sites) {
    const url = `https://${site.host}${site.port === 443 ? '' : `:${site.port}`}/checkout`;
    const started = performance.now();
    const outcome = await probeTls(new URL(url), createBudget(20_000));
    const ms = Math.round(performance.now() - started);
    const runs: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      await probeTls(new URL(url), createBudget(20_000));
      runs.push(performance.now() - t);
    }
    const testssl = await scans.get(site.name);
    process.stdout.write(`${JSON.stringify({ name: site.name, url, ms, outcome, ...(repeat > 0 ? { runs } : {}), ...(testssl ? { testssl } : {}) })}\n`);
  }
} finally {
  // Stopping is bounded: a connection a scanner left half-open must not keep the world alive.
  await Promise.race([Promise.all(running.map((r) => r.stop())), new Promise((r) => setTimeout(r, 3_000))]);
  fs.rmSync(dir, { recursive: true, force: true });
}
// Standard output is a pipe (synchronous on Linux): everything printed is out.
process.exit(0);
