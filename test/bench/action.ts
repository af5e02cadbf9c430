import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST_ENTRY } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { summarize, type BenchFigure } from './figures.js';

const FULL_RUNS = 15;
const COLD_STARTS = 20;
const WARMUP = 2;
const KIB_PER_MIB = 1024;
const TIME = '/usr/bin/time';

/** The runner's environment for one run of dist/index.js against the healthy sandbox shop. */
function actionEnv(sandbox: Sandbox, workspace: string): Record<string, string> {
  const summary = path.join(workspace, 'summary.md');
  const output = path.join(workspace, 'output.txt');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: os.tmpdir(),
    NODE_EXTRA_CA_CERTS: sandbox.caFile,
    'INPUT_SITE-URL': sandbox.healthy.url('/checkout'),
    'INPUT_ACCESS-TOKEN': sandbox.tokens.productionMlb,
    'INPUT_API-BASE-URL': sandbox.api.baseUrl,
    'INPUT_WEBHOOK-SECRET': sandbox.webhookSecret,
    'INPUT_TIMEOUT-SECONDS': '20',
  };
}

export interface FullRun {
  readonly wallMs: number;
  readonly peakRssMb: number;
  /** The run's `result` output. */
  readonly result: string | undefined;
}

/**
 * One full run, to its exit. Peak RSS from GNU time (`-v`, the child's own maximum resident set)
 * when installed, else from the kernel's high-water mark (VmHWM) polled until the process ends.
 */
export async function fullRun(sandbox: Sandbox, requirePass = true, entry = DIST_ENTRY): Promise<FullRun> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-bench-'));
  try {
    const env = actionEnv(sandbox, workspace);
    const useTime = fs.existsSync(TIME);
    const timeFile = path.join(workspace, 'time.txt');
    const [command, args] = useTime ? [TIME, ['-v', '-o', timeFile, process.execPath, entry]] : [process.execPath, [entry]];
    const started = performance.now();
    const child = spawn(command, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let hwmKb = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
          } catch {
            // the process has ended
          }
        }, 5);
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const wallMs = performance.now() - started;
    if (poll) clearInterval(poll);
    const result = /^result<<(.+)\n(.*)\n/m.exec(fs.readFileSync(env['GITHUB_OUTPUT']!, 'utf8'))?.[2];
    if (requirePass && (code !== 0 || result !== 'pass')) throw new Error(`the healthy sandbox run did not pass (exit ${code}, result ${result}): ${stdout.slice(-300)}`);
    if (useTime) hwmKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))?.[1] ?? 0);
    return { wallMs, peakRssMb: hwmKb / KIB_PER_MIB, result };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** Spawn to the first byte on stdout (the `::add-mask::` line, printed before any work); then the child is killed. */
async function coldStart(sandbox: Sandbox, script: string[] = [DIST_ENTRY]): Promise<number> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-bench-'));
  try {
    const env = actionEnv(sandbox, workspace);
    const started = performance.now();
    const child = spawn(process.execPath, script, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'ignore'] });
    const first = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', () => resolve(performance.now() - started));
      child.once('error', reject);
      child.once('close', () => reject(new Error('dist/index.js ended without printing anything')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    return first;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

function figure(name: string, unit: BenchFigure['unit'], samples: readonly number[], target: string, meets: (median: number) => boolean): BenchFigure {
  const s = summarize(samples);
  return { name, unit, ...s, samples: samples.length, target, meets: meets(s.median) };
}

/** (a) full run, wall time and peak RSS (MiB); (b) cold start. dist/ size is startup.ts's. */
export async function bench(): Promise<BenchFigure[]> {
  const sandbox = await startSandbox();
  try {
    for (let i = 0; i < WARMUP; i++) await fullRun(sandbox);
    const runs: FullRun[] = [];
    for (let i = 0; i < FULL_RUNS; i++) runs.push(await fullRun(sandbox));
    const starts: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      starts.push(await coldStart(sandbox));
      // The floor: Node itself starting and printing one byte, on the same machine at the same moment.
      bare.push(await coldStart(sandbox, ['-e', "process.stdout.write('x')"]));
    }
    const rssSource = fs.existsSync(TIME) ? 'GNU time' : 'VmHWM';
    return [
      figure(
        'full run of dist/index.js (healthy sandbox)',
        'ms',
        runs.map((r) => r.wallMs),
        '≤ 280 ms',
        (m) => m <= 280,
      ),
      figure(
        `peak RSS of that run (${rssSource})`,
        'MiB',
        runs.map((r) => r.peakRssMb),
        '≤ 90 MiB',
        (m) => m <= 90,
      ),
      figure('cold start to first output', 'ms', starts, '≤ 150 ms', (m) => m <= 150),
      {
        name: 'cold start of bare Node (reference)',
        unit: 'ms',
        ...summarize(bare),
        samples: bare.length,
        note: 'node -e "process.stdout.write(\'x\')", interleaved with the runs above: what no bundle can go under',
      },
    ];
  } finally {
    await sandbox.stop();
  }
}
