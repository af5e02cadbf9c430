/**
 * Before/after figures for the attack classes of the hostile suite, for the note:
 * `node lib/test/e2e/hostile/figures.js` (this tree's dist/), or with READINESS_DIST=<other
 * dist/index.js> to measure another build the same way. One line per attack: exit code, wall
 * time, peak RSS, and what got through.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionRun, runAction } from '../../helpers/run-action.js';
import { runNodeInWorld } from '../../world/netns.js';
import { leakForms } from '../secret-hygiene.js';
import { WORLD } from './ssrf-cases.js';
import { echoForms, echoingApi, hang, HOSTILE_TOKEN, serve, simplePage, STRAY_TOKEN } from './stand-ins.js';

const line = (what: string, run: ActionRun, extra: string): void =>
  console.log(`${what.padEnd(44)} exit ${String(run.code).padEnd(4)} ${String(Math.round(run.wallMs)).padStart(6)} ms ${String(Math.round(run.peakRssKb / 1024)).padStart(5)} MiB  ${extra}`);

function leaks(run: ActionRun, token: string): number {
  const text = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, run.reportText].join('\n');
  return [...new Set([...Object.values(echoForms(token)), ...leakForms(token)])].filter((f) => text.includes(f)).length;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-figures-'));
  const api = await serve(echoingApi);
  const site = await serve(simplePage(''));
  const hanging = await serve(hang);
  const event = path.join(dir, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'shop', owner: { login: 'm' } } }));
  const base = { 'site-url': `${site.url}/checkout`, 'access-token': HOSTILE_TOKEN, 'api-base-url': api.url, 'timeout-seconds': '4' };

  let run = await runAction({ inputs: base });
  line('secrets: API echoes the token in 7 forms', run, `${leaks(run, HOSTILE_TOKEN)} leaked forms`);
  run = await runAction({ inputs: { ...base, 'public-key': STRAY_TOKEN } });
  line('secrets: another token as public-key', run, `${leaks(run, STRAY_TOKEN)} leaked forms`);
  run = await runAction({ inputs: { ...base, 'api-base-url': 'http://10.0.0.1/' } });
  line('secrets: api-base-url http://10.0.0.1', run, /api-base-url/.test(run.stdout) ? 'refused' : 'accepted');

  const victim = path.join(dir, 'victim.txt');
  fs.writeFileSync(victim, 'precious');
  run = await runAction({ inputs: base, prepare: (ws) => fs.symlinkSync(victim, path.join(ws, 'mercadopago-readiness.json')) });
  line('files: report-file is a planted link', run, fs.readFileSync(victim, 'utf8') === 'precious' ? 'victim untouched' : 'victim OVERWRITTEN');
  const plant = (make: (file: string) => void) => (ws: string) => {
    fs.mkdirSync(path.join(ws, '.github'));
    make(path.join(ws, '.github/mercadopago-readiness.yml'));
  };
  // FIGURES_SKIP_ZERO=1 for a build that reads /dev/zero whole (1.5 GB on a shared machine).
  if (process.env['FIGURES_SKIP_ZERO'] !== '1') {
    run = await runAction({ inputs: base, prepare: plant((f) => fs.symlinkSync('/dev/zero', f)), killAfterMs: 60_000 });
    line('files: config is a link to /dev/zero', run, run.code === 1 && /Invalid 'config'/.test(run.stdout) ? 'input error' : 'read');
  }
  run = await runAction({ inputs: base, prepare: plant((f) => execFileSync('mkfifo', [f])), killAfterMs: 15_000 });
  line('files: config is a FIFO', run, run.code === null ? 'HUNG (killed at 15 s)' : 'ended');
  run = await runAction({ inputs: { ...base, 'report-file': '../escape.json' } });
  const escaped = path.join(run.workspace, '..', 'escape.json');
  line('files: report-file ../escape.json', run, fs.existsSync(escaped) ? 'written outside' : 'refused');
  fs.rmSync(escaped, { force: true });
  run = await runAction({ inputs: { ...base, 'fail-on': 'never' }, env: { GITHUB_OUTPUT: path.join(dir, 'gone/out') } });
  line('files: GITHUB_OUTPUT missing, fail-on never', run, /internal error/.test(run.stdout) ? 'internal error' : 'verdict kept');

  run = await runAction({ inputs: { ...base, 'api-base-url': hanging.url } });
  line('budget 4 s: the API hangs', run, '');
  run = await runAction({
    inputs: { ...base, 'github-token': 'ghs_x123456' },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'm/shop', GITHUB_API_URL: hanging.url },
    killAfterMs: 60_000,
  });
  line("budget 4 s: GitHub's API hangs (PR comment)", run, '');
  const fifo = path.join(dir, 'summary.fifo');
  execFileSync('mkfifo', [fifo]);
  run = await runAction({ inputs: base, env: { GITHUB_STEP_SUMMARY: fifo }, killAfterMs: 15_000 });
  line('budget 4 s: job summary is a FIFO', run, run.code === null ? 'HUNG (killed at 15 s)' : '');

  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ssrf-world.js');
  const world = await runNodeInWorld(WORLD, script, [], { killAfterMs: 240_000 });
  const got = JSON.parse(world.stdout.trim().split('\n').pop() ?? '{}');
  const runs = Object.values(got.runs ?? {}) as Array<{ wallMs: number; peakRssKb: number }>;
  console.log(
    `ssrf: ${runs.length} runs, max ${Math.max(...runs.map((r) => r.wallMs))} ms, max ${Math.round(Math.max(...runs.map((r) => r.peakRssKb)) / 1024)} MiB; connections seen by metadata ${got.after?.metadata?.connections}, by the private host from public runs ${got.before?.intranet?.connections}, by loopback ${got.before?.loopback?.connections}`,
  );
  await Promise.all([api.close(), site.close(), hanging.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

void main();
