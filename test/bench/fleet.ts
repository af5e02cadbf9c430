import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_ENTRY } from '../fleet/run-cli.js';
import { startStorefronts, type Storefronts, targetsEnv, targetsYaml } from '../fleet/storefronts.js';
import type { BenchFigure } from './figures.js';

/**
 * `npm run bench -- --fleet`: the fleet mode against local storefronts (issue 16). Heavy (up to
 * 1,000 HTTPS sites on loopback), so it runs only when asked. The storefronts, the API stand-in
 * and the webhook receiver live in this process; the CLI bundle runs as its own process under
 * GNU time, so its CPU time and peak RSS are its own. The storefronts share the same cores:
 * throughput is what one 2-core machine does serving both sides, a conservative figure.
 */
const TIME = '/usr/bin/time';
const SIZES = [50, 200, 1000];
const CONCURRENCY = 32;
/** One process per site, as a matrix of single runs does it: one at a time per core. */
const SINGLE_RUNS = 16;

interface Measured {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI bundle under GNU time: wall clock, user+system CPU and maximum resident set (MiB). */
async function timed(args: readonly string[], env: Record<string, string>, cwd: string): Promise<Measured> {
  const timeFile = path.join(cwd, `time-${process.hrtime.bigint()}.txt`);
  const started = performance.now();
  const child = spawn(TIME, ['-v', '-o', timeFile, process.execPath, CLI_ENTRY, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const text = fs.readFileSync(timeFile, 'utf8');
  const seconds = (label: string): number => Number(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? 0);
  return { wallMs, cpuMs: (seconds('User time') + seconds('System time')) * 1000, peakRssMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0) / 1024, code, stdout, stderr };
}

async function fleetRun(stores: Storefronts, count: number): Promise<Measured> {
  const dir = fs.mkdtempSync(path.join(stores.dir, `fleet-${count}-`));
  fs.writeFileSync(path.join(dir, 'targets.yml'), targetsYaml(stores, stores.shops.slice(0, count)));
  const run = await timed(['fleet', '--targets', 'targets.yml', '--out-dir', 'out', '--concurrency', String(CONCURRENCY)], { ...targetsEnv(stores), NODE_EXTRA_CA_CERTS: stores.caFile }, dir);
  const fleet = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'fleet.json'), 'utf8')) as { counts: Record<string, number> };
  if (run.code !== 0 || fleet.counts['pass'] !== count)
    throw new Error(`the fleet of ${count} healthy sites did not all pass (exit ${run.code}, ${JSON.stringify(fleet.counts)}): ${run.stderr.slice(0, 300)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return run;
}

/** The same sites, one CLI process each, as many at once as there are cores. */
async function perProcess(stores: Storefronts): Promise<{ sitesPerSecond: number; cpuMsPerSite: number; peakRssMb: number }> {
  const started = performance.now();
  let next = 0;
  let cpuMs = 0;
  let peakRssMb = 0;
  const env = { NODE_EXTRA_CA_CERTS: stores.caFile, MP_ACCESS_TOKEN: targetsEnv(stores)['MP_TOKEN_HEALTHY']! };
  const worker = async (): Promise<void> => {
    while (next < SINGLE_RUNS) {
      const shop = stores.shops[next++ % stores.shops.length]!;
      const run = await timed(
        ['--site-url', shop.url('/checkout'), '--api-base-url', stores.api.baseUrl, '--webhook-secret', stores.webhookSecret, '--timeout-seconds', '30', '--language', 'en'],
        env,
        stores.dir,
      );
      if (run.code !== 0) throw new Error(`a single run did not pass (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
      cpuMs += run.cpuMs;
      peakRssMb = Math.max(peakRssMb, run.peakRssMb);
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
  return { sitesPerSecond: SINGLE_RUNS / ((performance.now() - started) / 1000), cpuMsPerSite: cpuMs / SINGLE_RUNS, peakRssMb };
}

export async function bench(): Promise<BenchFigure[]> {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to measure the fleet's CPU and peak RSS`);
  const loadBefore = os.loadavg()[0]!;
  const started = performance.now();
  const stores = await startStorefronts(Math.max(...SIZES));
  const startupMs = performance.now() - started;
  const figures: BenchFigure[] = [];
  try {
    const single = await perProcess(stores);
    const bySize = new Map<number, Measured>();
    for (const size of SIZES) bySize.set(size, await fleetRun(stores, size));
    const load = os.loadavg()[0]!;
    const rate = (m: Measured, n: number): number => n / (m.wallMs / 1000);
    const at200 = bySize.get(200)!;
    for (const size of SIZES) {
      const m = bySize.get(size)!;
      const is200 = size === 200;
      figures.push(
        {
          name: `fleet ${size} sites: throughput`,
          unit: 'count',
          median: rate(m, size),
          samples: 1,
          ...(is200 ? { target: '≥ 40 sites/s', meets: rate(m, size) >= 40 } : {}),
          note: `${rate(m, size).toFixed(1)} sites/s, ${(m.wallMs / 1000).toFixed(1)} s wall, ${(m.cpuMs / size).toFixed(1)} ms of fleet CPU per site, peak RSS ${m.peakRssMb.toFixed(0)} MiB`,
        },
        { name: `fleet ${size} sites: peak RSS`, unit: 'MB', median: m.peakRssMb, samples: 1, ...(is200 ? { target: '≤ 500 MiB', meets: m.peakRssMb <= 500 } : {}) },
        { name: `fleet ${size} sites: CPU per site`, unit: 'ms', median: m.cpuMs / size, samples: 1 },
      );
    }
    const ratio = rate(at200, 200) / single.sitesPerSecond;
    figures.push(
      {
        name: 'one process per site: throughput',
        unit: 'count',
        median: single.sitesPerSecond,
        samples: SINGLE_RUNS,
        note: `${single.sitesPerSecond.toFixed(2)} sites/s with ${os.availableParallelism()} processes at once, ${single.cpuMsPerSite.toFixed(0)} ms CPU per site, peak RSS ${single.peakRssMb.toFixed(0)} MiB (the largest of them)`,
      },
      { name: 'one process per site: CPU per site', unit: 'ms', median: single.cpuMsPerSite, samples: SINGLE_RUNS },
      {
        name: 'fleet (200 sites) vs one process per site',
        unit: 'ratio',
        median: ratio,
        samples: 1,
        target: '≥ 10×',
        meets: ratio >= 10,
        note: `throughput ratio; machine load average ${loadBefore.toFixed(1)} before, ${load.toFixed(1)} after; ${Math.max(...SIZES)} storefronts started in ${(startupMs / 1000).toFixed(1)} s in the bench process (they share its cores)`,
      },
    );
  } finally {
    await stores.stop();
  }
  return figures;
}
