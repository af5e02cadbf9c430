import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
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

function cli(args: string[], env: Record<string, string> = {}, node: string[] = [process.execPath]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(node[0]!, [...node.slice(1), path.join(ROOT, 'dist/cli/index.js'), ...args], {
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
    assert.match(run.stdout, /✔ passed credentials\.production/);
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

  it('prints its version, and a help with values, defaults, examples and exit codes', async () => {
    const version = await cli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    assert.equal((await cli(['-V'])).stdout, version.stdout);
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const part of [
      /--fail-on LEVEL +blocker \| warning \| never +\(default: blocker\)/,
      /--language LANG +auto \| pt-BR \| es \| en/,
      /Examples:\n {2}MP_ACCESS_TOKEN=/,
      /Exit status:\n {2}0 [^\n]+\n {2}1 [^\n]+\n {2}2 /,
      /NO_COLOR/,
    ]) {
      assert.match(help.stdout, part);
    }
  });

  it('names --access-token and MP_ACCESS_TOKEN when the token is missing, and exits 2', async () => {
    const run = await cli(['--site-url', sandbox.healthy.url('/checkout')]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'Missing access token: pass --access-token TOKEN or set the MP_ACCESS_TOKEN environment variable (your Mercado Pago production access token).\n');
  });

  it('names the flag, not the input, for a bad value', async () => {
    const run = await cli(['--site-url', sandbox.healthy.url('/checkout'), '--fail-on', 'sometimes'], { MP_ACCESS_TOKEN: sandbox.tokens.productionMlb });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^Invalid '--fail-on': 'sometimes'\. Expected one of: blocker, warning, never\.\n$/);
  });

  it('follows FORCE_COLOR and NO_COLOR', async () => {
    const args = ['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--language=en', '--webhook-secret', sandbox.webhookSecret];
    const env = { MP_ACCESS_TOKEN: sandbox.tokens.productionMlb };
    assert.match((await cli(args, { ...env, FORCE_COLOR: '1' })).stdout, /\x1b\[32m/, 'forced on a pipe');
    assert.doesNotMatch((await cli(args, { ...env, FORCE_COLOR: '0' })).stdout, /\x1b\[/);
    assert.doesNotMatch((await cli(args, { ...env, NO_COLOR: '1' })).stdout, /\x1b\[/);
  });

  it('refuses a Node.js older than 24 in one line, exit 2, before loading the engine', async () => {
    const fake = ['--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})'];
    const run = await cli(['--site-url', 'https://shop.example/'], {}, [process.execPath, ...fake]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'mercadopago-readiness needs Node.js 24 or newer; this is Node.js 20.11.1. Install Node.js 24 (https://nodejs.org) and run it again.\n');
    assert.equal(run.stdout, '');
    const engines = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
    assert.equal(engines, '>=24', 'package.json engines says the same');
  });

  it('refuses the real Node 20 of this machine too, when there is one', async (t) => {
    const old = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => fs.existsSync(p));
    if (!old) return t.skip('no system Node.js here');
    const run = await cli(['--version'], {}, [old]);
    if (run.stderr === '' && run.code === 0) return t.skip('the system Node.js is new enough');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^mercadopago-readiness needs Node\.js 24 or newer; this is Node\.js \d+\.\d+\.\d+\./);
    assert.equal(run.stderr.split('\n').length, 2, 'one line');
  });
});
