import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from lib/test/helpers/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The action's entry; READINESS_DIST points the hostile figures at another build. */
export const DIST_ENTRY = process.env['READINESS_DIST'] ?? path.join(ROOT, 'dist/index.js');

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The job summary file's content. */
  readonly summary: string;
  /** The outputs written to GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  /** The parsed JSON report, when one was written. */
  readonly report: any;
  readonly reportText: string;
  readonly workspace: string;
  readonly wallMs: number;
  /** Peak resident set of the action's process (VmHWM, read from /proc while it ran), in KiB. */
  readonly peakRssKb: number;
}

export interface RunOptions {
  /** Inputs by their action.yml names. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly caFile?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Files to put in the workspace before the run (relative path → content). */
  readonly files?: Readonly<Record<string, string>>;
  /** Kill the process after this long (a hang is a test failure, not a stuck suite). */
  readonly killAfterMs?: number;
  /** Runs before the process starts, with the workspace made and its files written (plant links, FIFOs…). */
  readonly prepare?: (workspace: string) => void;
}

/** Runs dist/index.js as the runner does: INPUT_* variables, summary and output files, a workspace. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-ws-'));
  const summaryFile = path.join(workspace, '..', `${path.basename(workspace)}-summary.md`);
  const outputFile = path.join(workspace, '..', `${path.basename(workspace)}-output.txt`);
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), content);
  }
  options.prepare?.(workspace);
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: os.tmpdir(),
    ...(options.caFile ? { NODE_EXTRA_CA_CERTS: options.caFile } : {}),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const started = performance.now();
  const child = spawn(process.execPath, [DIST_ENTRY], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
  // VmHWM is the peak so far: the last read before the process ends is its peak (to 10 ms).
  let peakRssKb = 0;
  const sampler = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakRssKb = Math.max(peakRssKb, Number(hwm[1]));
    } catch {
      // the process has just ended
    }
  }, 10);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(sampler);
  clearTimeout(killer);
  const wallMs = performance.now() - started;

  const reportPath = path.resolve(workspace, options.inputs['report-file'] || 'mercadopago-readiness.json');
  // Never through a link: a test that plants one checks the link's target itself.
  const reportText = readIfFile(reportPath);
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    summary: readIfFile(summaryFile),
    outputs: parseOutputs(readIfFile(outputFile)),
    report: reportText ? JSON.parse(reportText) : undefined,
    reportText,
    workspace,
    wallMs,
    peakRssKb,
  };
  fs.rmSync(summaryFile, { force: true });
  fs.rmSync(outputFile, { force: true });
  return result;
}

/** A file's text, or '' when it is gone or not a regular file (a test may replace it with a FIFO). */
function readIfFile(file: string): string {
  try {
    return fs.lstatSync(file).isFile() ? fs.readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks (and plain name=value lines). */
export function parseOutputs(content: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** The status of one check in a report. */
export function statusOf(report: any, id: string): string | undefined {
  return report?.checks?.find((c: { id: string }) => c.id === id)?.status;
}
