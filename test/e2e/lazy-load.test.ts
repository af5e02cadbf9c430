import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ROOT, runAction, type RunOptions } from '../helpers/run-action.js';
import { startGitHubStandIn, type GitHubStandIn } from '../sandbox/github-api.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

// Which code of dist/ a run of dist/index.js really loads, recorded by a module hook given to
// the process with --import, and recognised by strings only that code holds (so the test does not
// depend on how the bundler names or groups chunks).

let sandbox: Sandbox;
let github: GitHubStandIn;
let dir: string;
before(async () => {
  [sandbox, github] = await Promise.all([startSandbox(), startGitHubStandIn()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-lazy-'));
  fs.writeFileSync(
    path.join(dir, 'hook.mjs'),
    "import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregisterHooks({ load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, url + '\\n'); return next(url, context); } });\n",
  );
  fs.writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ number: 9, pull_request: { number: 9 } }));
});
after(async () => {
  await Promise.all([sandbox.stop(), github.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const DIST = path.join(ROOT, 'dist');

/** The dist/ files (relative) a run loaded, and the run. */
async function loaded(options: RunOptions): Promise<{ files: string[]; run: Awaited<ReturnType<typeof runAction>> }> {
  const log = path.join(dir, `load-${Math.random().toString(36).slice(2)}.log`);
  fs.writeFileSync(log, '');
  const run = await runAction({ ...options, env: { ...options.env, LOAD_LOG: log, NODE_OPTIONS: `--import=${path.join(dir, 'hook.mjs')}` } });
  const files = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u !== '')
    .map((u) => path.relative(DIST, fileURLToPath(u)))
    .filter((f) => !f.startsWith('..'));
  return { files, run };
}

/** A string only each heavy part's code holds. */
const MARKERS = {
  engine: 'Internal error while judging this check',
  core: 'supports job summaries',
  yaml: 'YAMLParseError',
  zod: 'ZodError',
  octokit: 'octokit-core.js',
} as const;
type Part = keyof typeof MARKERS;

/** The heavy parts whose code is in the given dist/ files; each marker must be in dist/ somewhere, or the test would prove nothing. */
function partsIn(files: readonly string[]): Set<Part> {
  const all = fs.readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  const found = new Set<Part>();
  for (const [part, marker] of Object.entries(MARKERS) as [Part, string][]) {
    assert.ok(
      all.some((f) => fs.readFileSync(path.join(DIST, f), 'utf8').includes(marker)),
      `no file of dist/ holds ${part}'s marker '${marker}'`,
    );
    if (files.some((f) => fs.readFileSync(path.join(DIST, f), 'utf8').includes(marker))) found.add(part);
  }
  return found;
}

const healthy = (): Record<string, string> => ({
  'site-url': sandbox.healthy.url('/checkout'),
  'access-token': sandbox.tokens.productionMlb,
  'api-base-url': sandbox.api.baseUrl,
  'webhook-secret': sandbox.webhookSecret,
  'timeout-seconds': '20',
});

describe('dist/index.js loads heavy code only when it needs it', () => {
  it('a bad input fails before the engine, @actions/core, yaml/zod or octokit load', async () => {
    const { files, run } = await loaded({ inputs: { 'site-url': 'not a url', 'access-token': 'APP_USR-lazy-test-token' } });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::Invalid 'site-url'/);
    assert.deepEqual([...partsIn(files)], [], `heavy code loaded on a bad input: ${files.join(', ')}`);
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
    assert.ok(bytes < 50_000, `a bad input loaded ${bytes} bytes of dist/: ${files.join(', ')}`);
  });

  it('a healthy run without a config file or a pull request loads neither yaml/zod nor octokit', async () => {
    const { files, run } = await loaded({ caFile: sandbox.caFile, inputs: healthy() });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual([...partsIn(files)].sort(), ['core', 'engine'], 'yaml, zod or octokit loaded without a config file or a comment to post');
  });

  it('a config file loads yaml/zod, and a pull-request comment octokit', async () => {
    const { files, run } = await loaded({
      caFile: sandbox.caFile,
      inputs: { ...healthy(), 'github-token': github.tokens.write },
      files: { '.github/mercadopago-readiness.yml': 'checks:\n  ssl.hsts: info\n' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(dir, 'event.json'), GITHUB_REPOSITORY: 'acme/lazy', GITHUB_API_URL: github.apiUrl },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /Pull-request comment created: /);
    assert.deepEqual([...partsIn(files)].sort(), ['core', 'engine', 'octokit', 'yaml', 'zod']);
  });

  it('a script inventory file alone loads yaml/zod (and the check judges it)', async () => {
    const { files, run } = await loaded({
      caFile: sandbox.caFile,
      inputs: healthy(),
      files: { '.github/mercadopago-readiness-scripts.yml': 'scripts:\n  - src: /static/*.js\n    why: our checkout code\n' },
    });
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual([...partsIn(files)].sort(), ['core', 'engine', 'yaml', 'zod']);
    assert.notEqual(run.report.checks.find((c: { id: string }) => c.id === 'page.script-inventory').status, 'manual', 'the file was read');
  });
});
