import { spawn } from 'node:child_process';
import { ROOT } from '../helpers/run-action.js';
import type { BenchFigure } from './figures.js';

/**
 * `npm run bench -- --suite`: the wall time of one `npm test` (compile, dist/ freshness, every
 * test file). Run once: the suite takes a minute or more, so it is not part of the default bench.
 */
export async function bench(): Promise<BenchFigure[]> {
  const started = performance.now();
  const child = spawn('npm', ['test', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`npm test failed (exit ${code}) after ${Math.round(ms)} ms`);
  return [{ name: 'npm test, whole suite, wall time', unit: 'ms', median: ms, samples: 1, note: 'one run; the machine is shared, so compare runs made at the same moment' }];
}
