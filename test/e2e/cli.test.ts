import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox.stop();
});

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], {
    env: { PATH: process.env['PATH'] ?? '', NODE_EXTRA_CA_CERTS: sandbox.caFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('the terminal face (dist/cli/index.js)', () => {
  it('prints the report without colour when not on a TTY and exits 0 on a healthy shop', async () => {
    const run = await cli(['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--language=en', '--webhook-secret', sandbox.webhookSecret], {
      MP_ACCESS_TOKEN: sandbox.tokens.productionMlb,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Mercado Pago production readiness: Ready for production/);
    assert.match(run.stdout, /✔ pass credentials\.production/);
    assert.doesNotMatch(run.stdout, /\x1b\[/);
    assert.ok(!run.stdout.includes(sandbox.tokens.productionMlb));
  });

  it('exits 1 when the result reaches fail-on', async () => {
    const run = await cli(['--site-url', sandbox.broken.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--access-token', sandbox.tokens.legacyTest]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /credentials\.production/);
    assert.ok(!(run.stdout + run.stderr).includes(sandbox.tokens.legacyTest));
  });

  it('exits 2 with one line on a bad flag', async () => {
    const run = await cli(['--site', 'x']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /Unknown argument '--site'/);
  });
});
