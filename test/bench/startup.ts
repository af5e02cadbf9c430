import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST_ENTRY, ROOT } from '../helpers/run-action.js';
import { summarize, type BenchFigure } from './figures.js';

const RUNS = 15;
const WARMUP = 2;
const MB = 1024 * 1024;

/** Spawn to exit of `node args` in an empty workspace; resolves with the wall time in ms. */
async function wall(args: readonly string[], env: Record<string, string>): Promise<number> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-start-'));
  try {
    const output = path.join(workspace, 'output.txt');
    fs.writeFileSync(output, '');
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: workspace,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: workspace, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output, ...env },
      stdio: 'ignore',
    });
    await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    return performance.now() - started;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** Bytes of every file under dir (recursively), by path relative to the repository. */
function filesUnder(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  if (!fs.existsSync(dir)) return sizes;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    sizes.set(path.relative(ROOT, file), fs.statSync(file).size);
  }
  return sizes;
}

/**
 * (a) dist/ size, both faces together (what is committed); (b) a bad-input run of the action to
 * its exit, interleaved with bare `node -e 0` so both see the same machine load.
 */
export async function bench(): Promise<BenchFigure[]> {
  const sizes = filesUnder(path.join(ROOT, 'dist'));
  const distBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const badInput = { 'INPUT_SITE-URL': 'not a url', 'INPUT_ACCESS-TOKEN': 'APP_USR-bench-token' };
  for (let i = 0; i < WARMUP; i++) {
    await wall([DIST_ENTRY], badInput);
    await wall(['-e', '0'], {});
  }
  const bad: number[] = [];
  const bare: number[] = [];
  const over: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await wall(['-e', '0'], {});
    const a = await wall([DIST_ENTRY], badInput);
    bare.push(b);
    bad.push(a);
    over.push(a - b);
  }
  const sBad = summarize(bad);
  const sBare = summarize(bare);
  const sOver = summarize(over);
  return [
    {
      name: 'dist/ committed, both faces (all files)',
      unit: 'MiB',
      median: distBytes / MB,
      samples: 1,
      target: '≤ 2.3 MB (2.19 MiB)',
      meets: distBytes <= 2.3e6,
      note: [...sizes].map(([f, s]) => `${f} ${(s / 1024).toFixed(0)} KB`).join(', '),
    },
    { name: 'bad-input run of dist/index.js, to exit', unit: 'ms', ...sBad, samples: bad.length },
    { name: 'bare node -e 0, to exit (reference)', unit: 'ms', ...sBare, samples: bare.length, note: 'interleaved with the bad-input runs: what no bundle can go under' },
    { name: 'bad-input run minus bare node (paired)', unit: 'ms', ...sOver, samples: over.length, target: '≤ 25 ms', meets: sOver.median <= 25 },
  ];
}
