import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SiteSpec } from './tls-sites.js';

/** One testssl.sh finding, as its JSON file lists them. */
export interface TestsslFinding {
  readonly id: string;
  readonly severity: string;
  readonly finding: string;
}

export interface TestsslRun {
  readonly ms: number;
  readonly exit: number | null;
  readonly findings: readonly TestsslFinding[];
}

/**
 * `testssl.sh -p -S -E` on one site of the world (protocols, server defaults incl. the chain of
 * trust, ciphers per protocol), by name with `--ip` so it asks no resolver. Inside a world the
 * resolver is 127.0.0.1 anyway: nothing leaves the namespace.
 */
export function runTestssl(site: SiteSpec, dir: string, extra: readonly string[] = ['-p', '-S', '-E']): Promise<TestsslRun> {
  const json = path.join(dir, `testssl-${site.name}-${Date.now()}.json`);
  const target = `${site.host}:${site.port}`;
  const args = ['--quiet', '--color', '0', '--warnings', 'off', '--ip', site.address, '--jsonfile', json, ...extra, target];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('testssl', args, { stdio: 'ignore' });
    const killer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.once('error', () => resolve({ ms: 0, exit: null, findings: [] }));
    child.once('close', (exit) => {
      clearTimeout(killer);
      let findings: TestsslFinding[] = [];
      try {
        findings = JSON.parse(fs.readFileSync(json, 'utf8')) as TestsslFinding[];
      } catch {
        // no JSON: the caller reports the site as not scanned
      }
      resolve({ ms: performance.now() - started, exit, findings: findings.map(({ id, severity, finding }) => ({ id, severity, finding })) });
    });
  });
}
