/**
 * Runs inside a test world (no name resolves there but localhost: the browser cannot look up
 * sdk.mercadopago.com or anything public): starts the sandbox, runs dist/cli/index.js with the
 * browser input three ways, prints the results as JSON for browser-cli.test.ts.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runAction } from '../helpers/run-action.js';
import { startSandbox } from '../sandbox/sandbox.js';

const sandbox = await startSandbox();
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
const base = ['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--webhook-secret', sandbox.webhookSecret, '--language', 'en'];
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-browser-cli-')), 'report.json');
const missing = await cli([...base, '--browser', 'on'], { CHROME_PATH: '/nowhere/chrome' });
const on = await cli([...base, '--browser', 'on', '--report-file', report]);
const auto = await cli([...base, '--browser', 'auto'], { CHROME_PATH: '/nowhere/chrome' });
// The action face, as the runner runs it: browser: auto with no browser on the runner.
const inputs = {
  'site-url': sandbox.healthy.url('/checkout'),
  'access-token': sandbox.tokens.productionMlb,
  'api-base-url': sandbox.api.baseUrl,
  'webhook-secret': sandbox.webhookSecret,
  language: 'en',
  'pr-comment': 'false',
  browser: 'auto',
};
const action = await runAction({ inputs, caFile: sandbox.caFile, env: { CHROME_PATH: '/nowhere/chrome' }, killAfterMs: 30_000 });
const actionOn = await runAction({ inputs: { ...inputs, browser: 'on' }, caFile: sandbox.caFile, killAfterMs: 30_000 });
process.stdout.write(
  JSON.stringify({
    missing,
    on,
    auto,
    report: fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : null,
    token: sandbox.tokens.productionMlb,
    action: { code: action.code, summary: action.summary, result: action.outputs['result'] },
    actionOn: {
      code: actionOn.code,
      result: actionOn.outputs['result'],
      browser: (actionOn.report?.checks ?? []).find((c: { id: string }) => c.id === 'approval.device-id')?.evidence?.browser ?? null,
    },
  }),
);
await sandbox.stop();
process.exit(0);
