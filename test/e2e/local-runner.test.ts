import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/run-action.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

/**
 * GitHub's local runner, `npx @github/local-action . src/main.ts .env`, loads the entry's
 * sources, puts the .env file's INPUT_* variables in the environment and calls the exported
 * `run()` with no argument (src/commands/run.ts in github/local-action 7: `const { run } =
 * await import(entrypoint); await run()`). The package weighs 330 MB with its dependencies, so
 * the suite emulates that call shape on the compiled entry; it was also run by hand with
 * @github/local-action 7.0.1 against the sandbox (README, "Run it locally").
 */
let sandbox: Sandbox;
let tmp: string;
before(async () => {
  sandbox = await startSandbox();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-local-'));
});
after(async () => {
  await sandbox.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Imports lib/src/main.js and calls `run()` bare, as local-action does, with `inputs` as INPUT_*. */
function localRun(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const entry = pathToFileURL(path.join(ROOT, 'lib/src/main.js')).href;
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', NODE_EXTRA_CA_CERTS: sandbox.caFile, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const script = `const { run } = await import(${JSON.stringify(entry)}); if (typeof run !== 'function') throw new Error('no run()'); await run(); process.exit();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, cwd: tmp });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe("GitHub's local runner (run() called without secrets)", () => {
  it('masks the secrets itself, then fails a bad input with one line', async () => {
    const run = await localRun({ 'access-token': 'APP_USR-0000-local-runner-secret', language: 'es' });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    // The secret and its derived forms (base64…) are masked before anything else is printed.
    assert.match(run.stdout, /^::add-mask::APP_USR-0000-local-runner-secret\n(::add-mask::[^\n]+\n)*::error::Input 'site-url' is required/);
  });

  it('runs the whole action against the sandbox, in the report language', async () => {
    const summary = path.join(tmp, 'summary.md');
    const output = path.join(tmp, 'output.txt');
    fs.writeFileSync(summary, '');
    fs.writeFileSync(output, '');
    const token = sandbox.tokens.legacyTest;
    const run = await localRun(
      {
        'site-url': sandbox.broken.url('/checkout'),
        'access-token': token,
        'api-base-url': sandbox.api.baseUrl,
        language: 'pt-BR',
        'timeout-seconds': '30',
        'report-file': path.join(tmp, 'report.json'),
      },
      { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output },
    );
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /::error::Prontidão para o Mercado Pago: Ainda não está pronto para produção: \d+ bloqueantes e \d+ alertas \(fail-on: blocker\)\. Veja o resumo do job\.\n/);
    assert.match(fs.readFileSync(summary, 'utf8'), /^## ❌ `[^`]+\/checkout` ainda não está pronto para produção com o Mercado Pago/);
    assert.match(fs.readFileSync(output, 'utf8'), /result<<.*\nfail\n/);
    const lines = run.stdout.split('\n');
    assert.ok(lines[0]!.startsWith('::add-mask::'), 'the mask comes first');
    assert.ok(!lines.slice(1).join('\n').includes(token), 'the token appears only in the mask command');
    assert.ok(!fs.readFileSync(summary, 'utf8').includes(token));
  });
});
