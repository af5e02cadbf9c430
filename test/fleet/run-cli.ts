import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers/run-action.js';

export const CLI_ENTRY = path.join(ROOT, 'dist/cli/index.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
}

/** Runs the built CLI bundle as a process, with only the environment given (plus PATH). */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string; killAfterMs?: number } = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, wallMs: performance.now() - started });
    }),
  );
}
