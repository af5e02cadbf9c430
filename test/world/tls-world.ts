import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeOutcome } from '../../src/probes/outcome.js';
import type { TlsEvidence } from '../../src/probes/tls/probe.js';
import { runNodeInWorld } from './netns.js';
import type { TestsslRun } from './testssl.js';
import { buildWorld } from './tls-sites.js';

export interface SiteResult {
  readonly name: string;
  readonly url: string;
  readonly ms: number;
  readonly outcome: ProbeOutcome<TlsEvidence>;
  /** With `repeat`: the wall time of each further probe, ms. */
  readonly runs?: readonly number[];
  /** With `testssl`: testssl.sh -p -S -E on the same site. */
  readonly testssl?: TestsslRun;
}

export interface ProbeWorldOptions {
  readonly only?: readonly string[];
  readonly repeat?: number;
  readonly testssl?: boolean;
}

/** Hosts of the TLS world: every site's name on its address. */
export function worldHosts(): Record<string, string> {
  return Object.fromEntries(buildWorld().sites.map((s) => [s.host, s.address]));
}

/** Starts the TLS world, probes every site (or `only` those) and returns what the probe saw, by site name. */
export async function probeWorld(options: ProbeWorldOptions = {}): Promise<Map<string, SiteResult>> {
  const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tls-world-main.js');
  const args = [...(options.only ? ['--only', options.only.join(',')] : []), ...(options.repeat ? ['--repeat', String(options.repeat)] : []), ...(options.testssl ? ['--testssl'] : [])];
  const run = await runNodeInWorld({ hosts: worldHosts() }, main, args, { killAfterMs: options.testssl ? 1_800_000 : 120_000 });
  if (run.code !== 0) throw new Error(`TLS world exited ${run.code ?? run.signal}: ${run.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  const results = new Map<string, SiteResult>();
  for (const line of run.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const r = JSON.parse(line) as SiteResult;
    results.set(r.name, r);
  }
  return results;
}
