import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

/** The browser input end to end: dist/cli/index.js as a process, against the sandbox shop, with Debian's chromium. */
let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], {
    env: { PATH: process.env['PATH'] ?? '', NODE_EXTRA_CA_CERTS: sandbox.caFile, MP_ACCESS_TOKEN: sandbox.tokens.productionMlb, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the browser input (dist/cli/index.js)', { timeout: 120_000 }, () => {
  it('makes --browser on without a browser exit 2 with one line naming browser and CHROME_PATH, before any request', async () => {
    const run = await cli(['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--browser', 'on'], { CHROME_PATH: '/nowhere/chrome' });
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /'browser'.*CHROME_PATH/);
  });

  it('runs the healthy shop with --browser on and records what the browser loaded in the JSON report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-browser-cli-'));
    const report = path.join(dir, 'report.json');
    const args = [
      '--site-url',
      sandbox.healthy.url('/checkout'),
      '--api-base-url',
      sandbox.api.baseUrl,
      '--webhook-secret',
      sandbox.webhookSecret,
      '--browser',
      'on',
      '--report-file',
      report,
      '--language',
      'en',
    ];
    const run = await cli(args);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as { checks: Array<{ id: string; status: string; evidence: { browser?: string } }> };
    const key = json.checks.find((c) => c.id === 'credentials.public-key')!;
    assert.equal(key.evidence.browser, 'ran');
    assert.ok(!fs.readFileSync(report, 'utf8').includes(sandbox.tokens.productionMlb));
  });

  it('with --browser auto and no browser, runs statically', async () => {
    const run = await cli(['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--webhook-secret', sandbox.webhookSecret, '--browser', 'auto', '--language', 'en'], {
      CHROME_PATH: '/nowhere/chrome',
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });
});
