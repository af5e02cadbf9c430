import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

/**
 * The package as npm users get it: `npm pack`, then the tarball installed in an empty folder
 * with `--offline` (the bundle needs no dependency, so nothing is fetched), then the installed
 * `mercadopago-readiness` run as a program, through its bin link, against the sandbox.
 */
const run = promisify(execFile);
const npm = (args: string[], cwd: string): Promise<{ stdout: string }> => run('npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 16 * 1024 * 1024 });

let sandbox: Sandbox;
let tmp: string;
let tarball: string;
let files: string[];
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-pack-'));
  const [packed] = JSON.parse((await npm(['pack', '--json', '--pack-destination', tmp], ROOT)).stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(tmp, packed!.filename);
  files = packed!.files.map((f) => f.path).sort();
  const app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), '{"name":"app","private":true}\n');
  await npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  sandbox = await startSandbox();
});
after(async () => {
  await sandbox?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs the installed bin link, with this Node 24 first on PATH (the shebang is `env node`). */
function installed(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bin = path.join(tmp, 'app/node_modules/.bin/mercadopago-readiness');
  const child = spawn(bin, args, { env: { PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}`, NODE_EXTRA_CA_CERTS: sandbox.caFile, ...env }, cwd: tmp });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm pack, install, run', () => {
  it('ships only what runs: the bundle, action.yml and the documents', () => {
    const allowed = /^(dist\/.+\.(js|txt|json)|action\.yml|package\.json|README\.md|LICENSE|CHANGELOG\.md|SECURITY\.md)$/;
    assert.deepEqual(
      files.filter((f) => !allowed.test(f)),
      [],
    );
    for (const needed of ['dist/cli/index.js', 'dist/index.js', 'LICENSE', 'package.json']) assert.ok(files.includes(needed), needed);
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('lib/')));
  });

  it('runs the installed program: --version, --help, a missing token, a real check', async () => {
    const version = await installed(['--version']);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const help = await installed(['--help']);
    assert.match(help.stdout, /Exit status:\n {2}0 /);
    const noToken = await installed(['--site-url', sandbox.healthy.url('/checkout')]);
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /^Missing access token: pass --access-token TOKEN or set the MP_ACCESS_TOKEN environment variable/);
    const check = await installed(['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--language', 'en', '--webhook-secret', sandbox.webhookSecret], {
      MP_ACCESS_TOKEN: sandbox.tokens.productionMlb,
    });
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /Ready for production/);
  });
});
