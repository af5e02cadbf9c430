import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

const CLI = path.join(ROOT, 'dist/cli/index.js');

function run(file: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(file, args, { cwd, env: { PATH: process.env['PATH'] ?? '', NODE_EXTRA_CA_CERTS: sandbox.caFile, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** util-linux `script` gives the CLI a pseudo-terminal, as a person's shell would. */
const hasScript = ((): boolean => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe("the CLI's reports", () => {
  it('writes SARIF with --sarif-file, anchored to the workflow in the working directory', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-cli-'));
    fs.mkdirSync(path.join(cwd, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(cwd, '.github/workflows/gate.yml'), 'jobs:\n  x:\n    steps:\n      - uses: acme/mercadopago-readiness@v1\n');
    const got = await run(process.execPath, [CLI, '--site-url', sandbox.broken.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--sarif-file', 'out.sarif'], cwd, {
      MP_ACCESS_TOKEN: sandbox.tokens.legacyTest,
    });
    assert.equal(got.code, 1);
    const text = fs.readFileSync(path.join(cwd, 'out.sarif'), 'utf8');
    assert.ok(!text.includes(sandbox.tokens.legacyTest));
    const sarif = JSON.parse(text);
    assert.equal(sarif.version, '2.1.0');
    const location = sarif.runs[0].results[0].locations[0].physicalLocation;
    assert.deepEqual(location, { artifactLocation: { uri: '.github/workflows/gate.yml' }, region: { startLine: 4 } });
  });

  it('writes --report-file into a folder that does not exist yet, as the action does (run through its shebang)', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-cli-'));
    const args = ['--site-url', sandbox.healthy.url('/checkout'), '--api-base-url', sandbox.api.baseUrl, '--webhook-secret', sandbox.webhookSecret, '--report-file', 'reports/new/readiness.json'];
    const got = await run(CLI, args, cwd, { MP_ACCESS_TOKEN: sandbox.tokens.productionMlb });
    assert.equal(got.code, 0, got.stderr);
    assert.equal(got.stderr, '');
    const text = fs.readFileSync(path.join(cwd, 'reports/new/readiness.json'), 'utf8');
    assert.ok(!text.includes(sandbox.tokens.productionMlb) && !text.includes(sandbox.webhookSecret));
    assert.equal(JSON.parse(text).result, 'pass');
  });

  it('says in one line which --report-file it could not write, after the report, and exits 1', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-cli-'));
    fs.writeFileSync(path.join(cwd, 'blocker'), 'a file where the folder should be');
    const args = [
      '--site-url',
      sandbox.healthy.url('/checkout'),
      '--api-base-url',
      sandbox.api.baseUrl,
      '--webhook-secret',
      sandbox.webhookSecret,
      '--report-file',
      'blocker/readiness.json',
      '--language',
      'en',
    ];
    const got = await run(process.execPath, [CLI, ...args], cwd, { MP_ACCESS_TOKEN: sandbox.tokens.productionMlb });
    assert.equal(got.code, 1);
    assert.match(got.stdout, /Ready for production/);
    assert.equal(got.stderr.trim().split('\n').length, 1, got.stderr);
    assert.match(got.stderr, /^Could not write report-file '.*blocker\/readiness\.json': /);
    assert.doesNotMatch(got.stderr, /Internal error|\n\s+at /);
  });

  it('colours the report on a terminal, and not with NO_COLOR', { skip: hasScript ? false : 'util-linux script is not installed' }, async () => {
    const command = `'${process.execPath}' '${CLI}' --site-url '${sandbox.healthy.url('/checkout')}' --api-base-url '${sandbox.api.baseUrl}' --webhook-secret '${sandbox.webhookSecret}' --language en`;
    const env = { MP_ACCESS_TOKEN: sandbox.tokens.productionMlb, TERM: 'xterm' };
    const tty = await run('script', ['-qec', command, '/dev/null'], os.tmpdir(), env);
    assert.equal(tty.code, 0, tty.stdout);
    assert.match(tty.stdout, /\x1b\[32m✔ passed\x1b\[39m/);
    const plain = await run('script', ['-qec', command, '/dev/null'], os.tmpdir(), { ...env, NO_COLOR: '1' });
    assert.doesNotMatch(plain.stdout, /\x1b\[\d+m/);
    assert.match(plain.stdout, /Ready for production/);
  });
});
